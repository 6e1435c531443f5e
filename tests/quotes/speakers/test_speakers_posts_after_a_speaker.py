"""A post the article sources a quote to ("The Tory leader said …") right after a person spoke under their name is
that person, where the resolver left the post speaking on its own (real model; DESIGN.md: a speaker is the person the
article names, not a descriptor). The sentences are our own; the rule is quotes/posts_as_sources.py
posts_of_the_last_speaker.
"""

from __future__ import annotations

import pytest

from store.analysis import analyze


def _shown(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Tom Brack has denied his team was split over the plan to back the bill.\n\nThe Tory leader said his team "
          "had reached a \"shared view\" after a \"long talk\"."), [("Tom Brack", "Tory leader")] * 2),
        (("Tom Brack told Ana Ruiz: \"I will never trust you again.\" Before he left for Rome, the chancellor told "
          "reporters: \"Of course I trust the party.\""), [("Tom Brack", "chancellor")] * 2),
        # a party's name in the post is the person's own post, as the lower-case words are
        (("Ruth Adair has said her move to the upper house will not change her views.\n\nMs Adair said she had "
          "thought about the offer for \"a long time\" because she had doubts. The former Labour leader said she "
          "would take the title of Baroness Adair of Kelso."), [("Ruth Adair", "former Labour leader")] * 3),
        # a seat in a house written in capitals is a post as the lower-case ones are
        (("Tom Brack said on Monday that the plan would go ahead.\n\nThe MEP said the scheme would cost far more than "
          "the council had said."), [("Tom Brack", "MEP")] * 2),
    ],
)
def test_a_post_right_after_a_named_speaker_is_that_speaker(nlp, text, expected) -> None:
    assert _shown(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # an organisation's post is most often someone else's: the candidate is no FBI director
        (("Tom Brack said on Monday that the plan would go ahead.\n\nThe FBI director criticised the plan but did "
          "not say more."), "FBI director"),
        # nor one the article gives another role: "the MP" may be another member of the house
        (("Health Secretary Tom Brack said on Monday that the plan would go ahead.\n\nThe MP said the scheme would "
          "cost far more than the council had said."), "MP"),
        # capitals that spell a title but name a body: the league is no corporal
        (("Tom Brack said on Monday that the tour would go ahead.\n\nThe CPL has said that it picked a short game "
          "so that fans can follow the play."), "CPL"),
        # a person the article gave another role does not hold this one
        (("Party chairman Tom Brack has denied his team was split over the plan to back the bill.\n\nThe Tory leader "
          "said his team had reached a \"shared view\" after a \"long talk\"."), "Tory leader"),
    ],
)
def test_a_post_of_someone_else_is_left(nlp, text, left) -> None:
    assert left in {q.speaker for q in analyze(nlp, text).quotes}
