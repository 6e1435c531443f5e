"""A name the article writes before a lower-case valley's, glacier's, volcano's or island's noun ('the <Name> valley',
'the <Name> glacier', '<Name> island') names that place, which is no town (LOC), in every mention, as 'river' does,
though the model reads it as a person, a firm or a town (real model, real pipeline). A known town before 'valley'
keeps its label, and a people's word before 'island' stays one."""

from __future__ import annotations

from entity_support import labels_of


def test_a_valley_named_before_its_noun_is_a_place(nlp) -> None:
    text = "The quarry would be dug in the Vostran valley, close to the border, the company said."
    assert labels_of(nlp, text, "Vostran") == {"LOC"}


def test_a_glacier_and_a_volcano_named_before_their_nouns(nlp) -> None:
    text = ("Researchers measured the Tellvik glacier for a third year. Ash from the Karamoti volcano later "
            "grounded flights across the region.")
    assert labels_of(nlp, text, "Tellvik") == {"LOC"}
    assert labels_of(nlp, text, "Karamoti") == {"LOC"}


def test_a_peninsula_named_before_its_noun(nlp) -> None:
    text = "Troops dug in on the Oruvan peninsula as the shelling went on through the night."
    assert labels_of(nlp, text, "Oruvan") == {"LOC"}


def test_a_known_town_before_valley_keeps_its_label(nlp) -> None:
    text = "Smog hung over the Kathmandu valley for a week, and schools in Kathmandu were closed."
    assert labels_of(nlp, text, "Kathmandu") == {"GPE"}


def test_a_peoples_word_before_island_stays_one(nlp) -> None:
    text = "Tourists crowded the beaches of the Greek island over the long weekend."
    assert "LOC" not in labels_of(nlp, text, "Greek")
