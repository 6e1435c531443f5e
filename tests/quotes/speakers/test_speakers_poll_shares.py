"""'62 percent said': a share of those polled speaks under its amount, never under the bare word 'percent', and an
amount opening its sentence is written in lower case like any unnamed source. With the real model and pipeline;
sentences of our own."""

from __future__ import annotations

import pytest
from quote_support import speaker_of

POLL = "The Lakeside Institute asked 900 residents about the new bridge in March."


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("In the survey, 62 percent said the bridge was worth its cost.", "was worth its cost", "62 percent"),
    ("In the survey, 55% said the toll was too high.", "the toll was too high", "55%"),
    ("In the survey, only 7 percent said they used it every day.", "they used it every day", "7 percent"),
])
def test_a_share_of_those_polled_speaks_under_its_amount(nlp, sentence, fragment, speaker) -> None:
    assert speaker_of(nlp, f"{POLL} {sentence}", fragment) == speaker


def test_an_amount_opening_the_sentence_is_lower_case(nlp) -> None:
    text = f"{POLL} About four in 10 residents said the bridge had shortened their commute."
    assert speaker_of(nlp, text, "shortened their commute") == "about four in 10 residents"


def test_an_amount_before_the_source_is_still_no_source(nlp) -> None:
    text = "The bank will sell bonds worth around 51 billion marks dealers said is needed to calm the market."
    assert speaker_of(nlp, text, "needed to calm the market") == "dealers"
