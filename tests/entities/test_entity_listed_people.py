"""People listed by commas or 'and' that were read as one organisation (real model, real pipeline; sentences of our
own). "Sen. Alan Brook of Ohio and Sen. Tom Vance of Utah" is two senators and two states, not a firm of partners
"Ohio and Sen. Tom Vance"; "Vance, Brook or Kirby" is three people the article names in full elsewhere. Partners'
firms with no title and no part written alone ("Phillips and Drew", "Ruane, Cunniff & Goldfarb") stay whole."""

from __future__ import annotations

from entity_support import entities_of

from store.analysis import analyze


def test_a_title_after_and_opens_a_person_not_a_partner(nlp) -> None:
    text = "The senator beat rivals Sen. Alan Brook of Ohio and Sen. Tom Vance of Utah in the primary on Tuesday."
    found = entities_of(nlp, text)
    assert ("Tom Vance", "PERSON") in found
    assert ("Ohio", "GPE") in found
    assert not any(" and " in name for name, _ in found)


def test_surnames_listed_by_commas_are_the_people_named_elsewhere(nlp) -> None:
    text = ("The race is now between Vance, Brook or Kirby. Alan Brook, Tom Vance and Ray Kirby spoke in Ohio on "
            "Monday.")
    entities = analyze(nlp, text).entities
    assert not any("," in e.text for e in entities)
    assert {e.text: e.canonical for e in entities if e.label == "PERSON"}["Vance"] == "Tom Vance"
    assert ("Alan Brook", "PERSON") in entities_of(nlp, text)


def test_partners_firms_stay_whole(nlp) -> None:
    assert ("Phillips and Drew", "ORG") in entities_of(nlp, "Analyst Tim Harris of Phillips and Drew said prices "
                                                            "would rise.")
    assert ("Ruane, Cunniff & Goldfarb", "ORG") in entities_of(nlp, "The largest holder is Ruane, Cunniff & Goldfarb, "
                                                                    "a fund.")
