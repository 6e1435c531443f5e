"""A digest of wire stories opens a paragraph with its place in capitals before a dash ("HAVANA - "); a label in
capitals before a dash that the model left untagged and the gazetteer does not know ("NOTE - ", "MARKET TALK - ")
heads the paragraph and names no place (real model; our own sentences)."""

from __future__ import annotations

from entity_support import label_by_text

from store.analysis import analyze

STORY = ("OSLO, May 3 - The ferry operator said on Friday its first-half profit rose to 120 million crowns from "
         "95 million a year earlier.\n\n")


def test_a_note_or_a_section_label_before_a_dash_is_no_place(nlp):
    found = label_by_text(nlp, STORY + "NOTE - Profit is given before tax and in millions of crowns.\n\n"
                              "FREIGHT RATES - Rates for container ships rose for a third week.")
    assert "NOTE" not in found and "FREIGHT RATES" not in found, found


def test_a_known_place_inside_the_digest_stays_a_place(nlp):
    found = label_by_text(nlp, STORY + "BERGEN - The port authority said traffic rose by a fifth in June.")
    assert found.get("BERGEN") == "GPE", found


def test_a_dateline_after_the_headline_with_its_state_stays_a_place_unknown_to_the_gazetteer(nlp):
    text = ("Golf clubs fight the weeds.\n\n"
            "PALMA SOLA, Fla. -- Weeds, crabgrass and mud now cover the greens, the club said.")
    found = {e.text: e.label for e in analyze(nlp, text).entities}
    assert found.get("PALMA SOLA") == "GPE", found
