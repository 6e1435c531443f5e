"""A person the article names when they first speak and then sources as "the <post>" ("<Name> said …", then "The
foreign secretary told MPs …") is shown with that post as the role (real model; DESIGN.md: the role the article gives
the speaker, beside the name). The sentences are our own; the rule is quotes/posts_as_sources.py.
"""

from __future__ import annotations

import pytest

from store.analysis import analyze


def _shown(nlp, text: str) -> set[tuple[str | None, str | None]]:
    return {(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("\"The talks must go on,\" Ruth Adair said on Monday.\n\nThe foreign secretary told MPs that the envoy "
          "would return to Geneva."), {("Ruth Adair", "foreign secretary")}),
        # the place before the post is no word of the role (names README)
        (("\"We will keep fighting,\" Ruth Adair said on Monday.\n\nThe Vermont senator said the bill would pass "
          "before the summer."), {("Ruth Adair", "senator")}),
    ],
)
def test_the_post_a_named_speaker_speaks_under_is_the_role(nlp, text, expected) -> None:
    assert _shown(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source's words stop short of the post ("of state" runs on): no role rather than a cut one
        (("Ruth Adair said on Monday that the talks had failed.\n\nThe former secretary of state told reporters she "
          "would meet the envoy again."), {("Ruth Adair", None)}),
        # a role the article gave with the name stays
        (("Finance Minister Ruth Adair said on Monday that taxes would fall.\n\nThe minister told reporters the "
          "budget would balance."), {("Ruth Adair", "Finance Minister")}),
    ],
)
def test_a_cut_post_or_a_role_given_with_the_name_is_left(nlp, text, expected) -> None:
    assert _shown(nlp, text) == expected
