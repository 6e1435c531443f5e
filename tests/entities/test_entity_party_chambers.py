"""A party's word run into the chamber after it ('the Republican Senate Majority Leader') or into the chamber's
members ('Republican Representatives') is no body's name: the chamber alone is the body, its members none (real
model).

Our own sentences; a party's own name stays whole."""

from __future__ import annotations

from entity_support import entities_of

from store.analysis import analyze


def test_the_partys_word_is_no_part_of_the_chamber(nlp) -> None:
    text = ("The bill now goes to the Senate. Jane Roe, the Republican Senate Majority Leader, said she would hold "
            "a vote in May. Republican Representatives attacked the plan on Tuesday.\n")
    found = entities_of(nlp, text)
    names = {name for name, _ in found}
    assert ("Senate", "ORG") in found
    assert "Republican Senate" not in names and "Republican Representatives" not in names


def test_a_partys_own_name_stays(nlp) -> None:
    text = "The Republican Party said on Tuesday it would hold its convention in Ohio.\n"
    found = entities_of(nlp, text)
    assert ("Republican Party", "ORG") in found


def test_the_partys_word_stays_out_of_the_leaders_post(nlp) -> None:
    text = ("The bill now goes to the Senate. Jane Roe, the Republican Senate Majority Leader, said she would hold "
            "a vote in May.\n")
    quotes = analyze(nlp, text).quotes
    assert [(q.speaker, q.speaker_role, q.affiliation) for q in quotes] == [("Jane Roe", "Majority Leader", "Senate")]
