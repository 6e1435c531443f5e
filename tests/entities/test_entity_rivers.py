"""A name the article writes before 'river' in lower case ('the <Name> river', 'the <Name> and <Name> rivers') is the
river's (LOC) in every mention, though the model reads it as a person, a firm or a town (real model, real pipeline).
A name a known place has keeps its label, and a person named before 'river' in another sense stays a person."""

from __future__ import annotations

from entity_support import labels_of


def test_a_river_named_before_its_noun_is_a_place_in_every_mention(nlp) -> None:
    text = ("Shaking loose the hills, the quake swelled the Vellach river, which burst its banks and carried away "
            "homes. Rescue teams along the Vellach found four bodies on Friday.")
    assert labels_of(nlp, text, "Vellach") == {"LOC"}


def test_two_rivers_named_before_the_plural_noun(nlp) -> None:
    text = "Officials said the Sorva and Kellan rivers, which both flow through the province, were in high flood."
    assert labels_of(nlp, text, "Sorva") == {"LOC"}
    assert labels_of(nlp, text, "Kellan") == {"LOC"}


def test_a_state_named_like_its_river_stays_the_state(nlp) -> None:
    text = "Barges on the Mississippi river were halted on Monday, Mississippi officials said."
    assert labels_of(nlp, text, "Mississippi") == {"GPE"}


def test_a_full_name_before_a_river_stays_a_person(nlp) -> None:
    text = "Engineer Carla Dunne river-rafted every summer. Dunne said she would retire in May."
    assert labels_of(nlp, text, "Carla Dunne") == {"PERSON"}
