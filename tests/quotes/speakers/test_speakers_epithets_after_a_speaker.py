"""A player the article names and then sources by place in the team, age or title won ("the <Club> full-back said",
"the England striker said", "the 24-year-old told") right after their own quote is that player, where the resolver
left the description, the club or no one speaking (real model; DESIGN.md: a speaker is the person the article names,
not a descriptor). The sentences are our own; the rule is quotes/posts_as_sources.py epithets_of_the_last_speaker.
"""

from __future__ import annotations

import pytest
from quote_support import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse cut the source at the club's name: the club spoke
        (
            (
                "Wingers United have named a side for the visit to Harlow.\n\nAnd despite the poor start, captain Tom "
                'Bexley believes the squad is in good heart. "There is no panic in the team," said the Wingers '
                'full-back. "We have trained well all week."'
            ),
            ["Tom Bexley", "Tom Bexley"],
        ),
        # the paragraph names him only as an object, so the description spoke
        (
            (
                'Tom Bexley says he is settled at Harlow. "I like it here," he said.\n\nTalk has linked Bexley with a '
                "return to England, with Rovers showing interest, but the England striker said he is happy where he "
                "is."
            ),
            ["Tom Bexley"] * 3,
        ),
    ],
)
def test_a_description_after_a_players_quote_is_that_player(nlp, text, expected) -> None:
    assert speakers_in(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article gave the person before another post: a coach is not "the striker"
        (
            (
                'Coach Sam Trent said the side was ready. "We are in good shape," Trent said.\n\n"We have trained '
                'hard," the striker said.'
            ),
            "Sam Trent",
        ),
        # another person the narrative names in between may be the one described
        (
            (
                'Ann Kite said she took the call in May. "I was shocked," she said. Ms Kite started working with Joe Marsh '
                "in June. In the documentary, the singer said he missed the farm."
            ),
            "Ann Kite",
        ),
    ],
)
def test_a_description_left_alone(nlp, text, expected) -> None:
    assert speakers_in(nlp, text)[-1] != expected
