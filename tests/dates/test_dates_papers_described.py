"""A newspaper described rather than named ("a Swiss financial daily", "a Singapore daily,") or named after a
country's possessive or a nationality ("Qatar's daily al-Watan", "the Greek daily Proini Ora") is no schedule;
"a small dose daily", with no place in its words, stays SET."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(2031, 9, 10)


@pytest.mark.parametrize("text", [
    "The minister told a Belgian business daily that the plan would go ahead.",
    "The chairman gave an interview to a Swiss financial daily.",
    "Orchard Post, a Singapore daily, said the talks had stalled.",
    "Qatar's daily al-Watan reported that talks could resume soon.",
    "Brazil's leading daily Folha reported the figures.",
])
def test_a_described_paper_is_no_schedule(nlp, text):
    assert not [d for d in analyze(nlp, text, REPORT).dates if d.text == "daily"]


@pytest.mark.parametrize("text", [
    "Patients take a small dose daily.",
    "The plant in Ohio makes a French dessert daily.",
    "Buses leave the terminal daily, except on holidays.",
])
def test_a_schedule_after_a_noun_phrase_stays(nlp, text):
    assert [(d.type, d.value) for d in analyze(nlp, text, REPORT).dates if d.text == "daily"] == [("SET", "P1D")]
