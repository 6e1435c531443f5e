"""A bare month naming a vote still to come ("the November election", "can win in November") is the
month ahead, not the one a year back; told in the past, or of a poll or a speech, it stays behind."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

from store.analysis import analyze

WINTER = date(2024, 1, 20)
SPRING = date(2024, 3, 12)


@pytest.mark.parametrize("text, published, value", [
    ("Party leaders say the mayor needs a united base to carry the city in the November election.", WINTER,
     "2024-11"),
    ("Organizers worry that turnout among young people will sag if the senator is the nominee in November.", SPRING,
     "2024-11"),
    ("The governor argues that only a moderate can win in November, and donors agree with her.", SPRING, "2024-11"),
    ("Residents of the territory cannot vote in the November general election for president.", SPRING, "2024-11"),
    ("The party cannot afford to lose the young supporters whose votes the nominee needs in November.", SPRING,
     "2024-11"),
])
def test_a_vote_ahead_is_the_coming_month(nlp, text, published, value):
    assert dated(nlp, text, "November", published) == ("DATE", value)


@pytest.mark.parametrize("text, published, expression, value", [
    # told in the past: the month gone
    ("The union endorsed the senator in November after a vote of its members.", SPRING,
     "November", "2023-11"),
    # a poll taken, not a vote ahead
    ("Her support is up ten points from December, when a poll put the nominee race at a tie.", SPRING,
     "December", "2023-12"),
    # a speech given: the month names a thing told, not when the vote falls
    ("The group was launched by a former governor with a February speech attacking the likely nominee.", date(2024, 5, 2),
     "February", "2024-02"),
])
def test_a_month_gone_stays_behind(nlp, text, published, expression, value):
    assert dated(nlp, text, expression, published) == ("DATE", value)


def test_the_month_just_gone_stays_behind(nlp):
    # told in December, "the November election" is the one just held
    text = "Officials are still counting provisional ballots from the November election in two counties."
    found = [d for d in analyze(nlp, text, date(2024, 12, 3)).dates if d.text == "November"]
    assert [(d.type, d.value) for d in found] == [("DATE", "2024-11")]
