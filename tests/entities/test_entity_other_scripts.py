"""An interview's answer quoted in another script, with English loanwords inside it: the English model tags runs of
its words as persons and organisations, which name no one (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import KINDS, mentions

_ANSWER = ("The volunteers spoke to us in Mysore about the lockdown. ((WN)) What did you receive? ((hi))Hindi "
           "language: हमें सरकार से Ration card नहीं मिला। Family से मदद मिली, और Lockdown के समय में हमने kit बाँटी। "
           "COVID के बाद सब बदल गया। Priya Nair, who leads the group, said the district office helped.")


def test_no_name_in_a_passage_of_another_script(nlp) -> None:
    found = [(text, label) for text, label, _ in mentions(nlp, _ANSWER) if label in KINDS]
    assert not [text for text, _ in found if text != "Mysore" and text != "Priya Nair"], found
    assert ("Priya Nair", "PERSON") in found and ("Mysore", "GPE") in found, found


def test_latin_names_with_accents_stay(nlp) -> None:
    found = {text for text, _, _ in mentions(nlp, "Đặng Văn Lâm met officials in Athens on Monday.")}
    assert "Đặng Văn Lâm" in found, found


def test_a_latin_name_with_a_modifier_letter_stays(nlp) -> None:
    found = {text for text, _, _ in mentions(nlp, "The ship docked in Nukuʻalofa, the capital of Tonga, on Monday.")}
    assert "Nukuʻalofa" in found, found


def test_a_known_place_and_a_month_in_such_a_passage_stay(nlp) -> None:
    text = ("We asked about the news. ((hi))Hindi language: हम लोग Italy और USA की ख़बरें देखते थे, और August तक हमने "
            "काम बंद रखा।")
    found = {(text, label) for text, label, _ in mentions(nlp, text)}
    assert ("Italy", "GPE") in found and ("August", "DATE") in found, found
