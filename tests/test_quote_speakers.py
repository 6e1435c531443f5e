"""Who said it: the speaker a quote is given when the parse or the model leaves the source unclear (real model).

The sentences are our own, each in the shape of a mistake seen on news the rules were not written
from (DESIGN.md, "Canonical names").
"""

from __future__ import annotations

import pytest

from store.analysis import analyze, build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def quote_with(nlp, text: str, fragment: str):
    quotes = [q for q in analyze(nlp, text).quotes if fragment in q.text]
    assert quotes, f"no quote containing {fragment!r}"
    return min(quotes, key=lambda q: len(q.text))


@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "role"),
    [
        # a hyphenated given name written in lower case after the hyphen is one name, titles off
        (("TAIPEI, March 3 - Central bank Governor Chang Chi-cheng said the rise in reserves came from heavy "
         "inflows."), "rise in reserves", "Chang Chi-cheng", "Governor"),
    ],
)
def test_titles_come_off_a_name_the_model_left_whole_or_untagged(nlp, text, fragment, speaker, role) -> None:
    q = quote_with(nlp, text, fragment)
    assert (q.speaker, q.speaker_role) == (speaker, role)
