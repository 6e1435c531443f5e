"""A single name put before a firm's or a paper's noun in lower case ('the Sandoval group', 'the Pravdin daily
newspaper', 'the Gallardo organisation') is the firm's or the paper's, though the model reads it as a person's for
want of a cue before it (real model, real pipeline). A person the article names in full keeps their name, and an
adverb that only spells like a paper's noun names no paper."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_before_group_is_the_group(nlp) -> None:
    text = "The issue was bought by the Sandoval group, which holds nine pct of the stock."
    assert labels_of(nlp, text, "Sandoval") == {"ORG"}


def test_a_name_before_daily_newspaper_is_the_paper(nlp) -> None:
    text = "The finance minister told the Pravdin daily newspaper that the plan would be dropped."
    assert labels_of(nlp, text, "Pravdin") == {"ORG"}


def test_a_name_before_organisation_is_the_organisation(nlp) -> None:
    text = "Figures gathered by the Gallardo organisation showed that sales fell in May."
    assert labels_of(nlp, text, "Gallardo") == {"ORG"}


def test_a_founder_named_in_full_stays_a_person(nlp) -> None:
    text = ("The Falkner firm said on Tuesday that Hal Falkner had stepped down as chairman. "
            "Falkner said he would stay on the board.")
    assert labels_of(nlp, text, "Hal Falkner") == {"PERSON"}


def test_an_adverb_after_a_place_is_no_paper(nlp) -> None:
    text = "The carrier will fly out of Heathrow daily from June, it said."
    assert "ORG" not in labels_of(nlp, text, "Heathrow")


def test_a_familys_name_before_its_network_stays_a_person(nlp) -> None:
    text = "Money from the Hartwell brothers network went to the campaign."
    assert labels_of(nlp, text, "Hartwell") == {"PERSON"}
