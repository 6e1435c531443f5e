"""A person called by the initials of the full name the article gives ('<First> <Surname>-<Surname>' and '<FSS>'),
which the model reads as an organisation's letters (real model, real pipeline; sentences of our own, names made
up)."""

from __future__ import annotations

from entity_support import mentions


def test_initials_of_the_one_full_name_are_the_person(nlp) -> None:
    text = (
        "Fans cheer as MQV joins the rally in Dayton\n\nRep. Marisol Quintero-Vance spoke in Dayton on Friday. "
        "Quintero-Vance told the crowd she would fight for higher wages.\n\nMore: MQV slams the Senate over the "
        "budget\n\nCritics said MQV had not read the bill."
    )
    found = [(label, canonical) for text_, label, canonical in mentions(nlp, text) if text_ == "MQV"]
    assert found
    assert all(m == ("PERSON", "Marisol Quintero-Vance") for m in found)


def test_letters_the_article_defines_for_a_firm_stay_the_firms(nlp) -> None:
    text = (
        "The Midwest Quarry Ventures (MQV) said on Monday it would close a plant. Marisol Quintero-Vance, a local "
        "lawmaker, said MQV had broken its promise."
    )
    found = {(label, canonical) for text_, label, canonical in mentions(nlp, text) if text_ == "MQV"}
    assert found == {("ORG", "Midwest Quarry Ventures")}


def test_letters_two_persons_share_name_neither(nlp) -> None:
    text = (
        "Fans cheer as MQV joins the rally in Dayton\n\nRep. Marisol Quintero-Vance spoke in Dayton on Friday, and "
        "Mark Quill-Varga spoke after her. Quintero-Vance told the crowd she would fight for higher wages.\n\n"
        "Critics said MQV had not read the bill."
    )
    found = {canonical for text_, _, canonical in mentions(nlp, text) if text_ == "MQV"}
    assert "Marisol Quintero-Vance" not in found and "Mark Quill-Varga" not in found
