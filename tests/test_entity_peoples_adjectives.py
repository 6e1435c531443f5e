"""A people's adjective known by heart ('Welsh', 'Irish', 'French') before the noun in lower case it qualifies is
that people's (NORP), not a person or a team (real model, real pipeline). A writer whose surname spells like one, named
in full first, stays a person."""

from __future__ import annotations

from entity_support import labels_of


def test_an_adjective_before_a_pack_is_a_people(nlp) -> None:
    text = "Fans cheered the Welsh pack as it pushed over for a try."
    assert labels_of(nlp, text, "Welsh") == {"NORP"}


def test_an_adjective_before_the_backs_is_a_people(nlp) -> None:
    text = "The coach praised the Welsh backs after the match in Cardiff."
    assert labels_of(nlp, text, "Welsh") == {"NORP"}


def test_a_surname_spelt_like_an_adjective_stays_a_person(nlp) -> None:
    text = "Guests included the novelist Amy Welsh. Welsh said the book took four years."
    assert labels_of(nlp, text, "Welsh") == {"PERSON"}
