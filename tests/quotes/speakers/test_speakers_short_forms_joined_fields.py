"""A short form of a body named in full, where the full name joins two fields or its acronym is written in mixed
case (real model). Passages of our own in the shape of the modern news they were read from."""

from __future__ import annotations

from store.analysis import analyze

WEATHER = ("The river rose above its record level on Monday, according to the National Weather and Ocean Service "
           "(NAWOS). The service warned that rain would continue through the weekend.")

WARDENS = ("A court on Monday ordered the rehiring of 40 wardens dismissed by the Lopes Silva Institute for Wetland "
           "Protection (ILSWet) last year.\n\nILSWet said in a statement that it would appeal the decision.")


def _speakers(nlp, text: str, words: str) -> set[str]:
    return {q.speaker for q in analyze(nlp, text).quotes if words in q.text}


def test_the_head_after_two_joined_fields_is_the_body(nlp):
    # "and" joins the fields before the head; it is no complement after it, as "of" or "on" would be
    assert _speakers(nlp, WEATHER, "rain would continue") == {"National Weather and Ocean Service"}


def test_a_complement_after_the_head_still_names_another_thing(nlp):
    text = ("OSLO, May 2 - The Presidential Commission on Good Government met on Monday. "
            "The government said it would study the report.")
    assert "Presidential Commission on Good Government" not in _speakers(nlp, text, "study the report")


def test_an_acronym_in_mixed_case_in_brackets_is_the_body(nlp):
    assert _speakers(nlp, WARDENS, "appeal the decision") == {"Lopes Silva Institute for Wetland Protection"}


def test_a_trust_the_model_left_untagged_is_the_trust_named_before(nlp):
    text = ("NEW YORK, May 4 - Harbor Realty Trust said it sold two office buildings for 40 mln dlrs.\n\n"
            "The trust said it would use the money to pay debt.")
    assert _speakers(nlp, text, "pay debt") == {"Harbor Realty Trust"}


def test_the_embassy_is_the_one_named_before_with_its_country(nlp):
    text = ("NEW YORK, May 4 - The Japanese Embassy said on Monday that the government in Tokyo would cut tariffs "
            "on imported rice and beef.\n\nThe embassy said the cuts would be made next year.")
    assert _speakers(nlp, text, "cuts would be made") == {"Japanese Embassy"}
