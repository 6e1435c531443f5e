"""A church's, a cathedral's, a hospital's or a school's name opened by a saint's title and possessive ('St Mary's
Cathedral', 'St Anne's Catholic School'): the model ends the name at the saint's mark and tags the saint alone, as a
person or a town; the name runs on over the mark to the building's or the school's word, a building (FAC) or an
organisation, with at most two capitalised words between (real model, real pipeline)."""

from __future__ import annotations

from entity_support import labels_of, mentions


def test_a_cathedral_named_for_a_saint_is_one_building(nlp) -> None:
    text = "Hundreds sheltered in St Mary's Cathedral after the river rose, the bishop said on Sunday."
    assert labels_of(nlp, text, "St Mary's Cathedral") == {"FAC"}
    assert not any(t == "St Mary" for t, _, _ in mentions(nlp, text))


def test_a_church_and_a_school_named_for_saints(nlp) -> None:
    text = ("Volunteers at St Andrew's Church cooked for 300 people on Tuesday, and St Luke's School was "
            "closed until the water went down.")
    assert labels_of(nlp, text, "St Andrew's Church") == {"FAC"}
    assert labels_of(nlp, text, "St Luke's School") == {"ORG"}


def test_a_saints_name_with_no_building_after_it_is_left_alone(nlp) -> None:
    text = "Pilgrims walked to the shrine on St Brendan's feast day, the parish priest said."
    assert not any(t.startswith("St Brendan's") for t, _, _ in mentions(nlp, text))


def test_a_church_with_its_faith_between_is_one_building(nlp) -> None:
    text = "Volunteers at St Andrew's Anglican Church cooked for 300 people on Tuesday, the vicar said."
    assert labels_of(nlp, text, "St Andrew's Anglican Church") == {"FAC"}
    assert not any(t == "Anglican Church" for t, _, _ in mentions(nlp, text))
