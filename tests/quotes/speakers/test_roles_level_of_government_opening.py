"""A level of government or of a court opening a sentence before a lower-case post ("Federal judge <Name>", "State
prosecutor <Name>") is part of the role, as the same words in lower case are; the reader dropped "Federal", which a
town goes by, and "State", which the parse reads as a noun. Real model; sentences and names of our own."""

from __future__ import annotations

from quote_support import described


def test_federal_judge_opening_a_paragraph(nlp) -> None:
    text = "The case was heard in Ohio.\n\nFederal judge Mary Alcott said the law was clear.\n"
    assert described(nlp, text, "the law was clear")[:2] == ("Mary Alcott", "Federal judge")


def test_state_prosecutor_opening_the_story(nlp) -> None:
    text = "State prosecutor Tom Keller said the evidence was weak.\n"
    assert described(nlp, text, "the evidence was weak")[:2] == ("Tom Keller", "State prosecutor")


def test_a_town_opening_the_sentence_stays_out(nlp) -> None:
    text = "Harlow managing director Tom Keller said sales rose.\n"
    assert described(nlp, text, "sales rose")[1] != "Harlow managing director"
