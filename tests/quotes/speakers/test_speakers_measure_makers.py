"""Figures speak for whoever made them, when the words before the measure name the maker in ways the plain
'<ORG> data' rule missed: the maker's name with its initials in brackets before the measure, a name the model left
untagged, and customs; an indicator's initials ('GDP data') name no maker (real model).

Our own sentences.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_initials_in_brackets_before_the_measure(nlp) -> None:
    text = "Flu cases rose to 42,000 last week, according to Eastbrook University (EBU) data."
    assert speaker_of(nlp, text, "Flu cases rose") == "Eastbrook University"


def test_untagged_maker(nlp) -> None:
    text = "Shares in Halvorsen Marine rose 3% by noon, according to LSEG data."
    assert speaker_of(nlp, text, "rose 3%") == "LSEG"


def test_customs_with_the_country_word(nlp) -> None:
    text = "Exports of blueberries to Japan reached $2 billion last year, according to Peruvian customs data."
    assert speaker_of(nlp, text, "Exports of blueberries") == "Peruvian customs"


def test_indicator_names_no_maker(nlp) -> None:
    text = "GDP data showed growth slowed to 1.2% in the quarter."
    assert speaker_of(nlp, text, "growth slowed") != "GDP"


def test_title_case_indicator_names_no_maker(nlp) -> None:
    text = "Weekly Jobless Claims data showed a rise in the number of people out of work."
    assert speaker_of(nlp, text, "a rise in the number") != "Jobless Claims"
