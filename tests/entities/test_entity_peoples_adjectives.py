"""A people's adjective known by heart ('Welsh', 'Irish', 'French') before the noun in lower case it qualifies is
that people's (NORP), not a person or a team (real model, real pipeline). A writer whose surname spells like one, named
in full first, stays a person. A people's or a movement's word of heads.json 'peoples' is the people's too ('<Word>
rebels', 'a <Word> spokesman'), which the model takes for an organisation or a person; the movement named with its own
noun ('the <Word> movement') stays an organisation. The plural of such a word, which the model takes for a person, is
the people too."""

from __future__ import annotations

from entity_support import entities_of, labels_of


def test_an_adjective_before_a_pack_is_a_people(nlp) -> None:
    text = "Fans cheered the Welsh pack as it pushed over for a try."
    assert labels_of(nlp, text, "Welsh") == {"NORP"}


def test_an_adjective_before_the_backs_is_a_people(nlp) -> None:
    text = "The coach praised the Welsh backs after the match in Cardiff."
    assert labels_of(nlp, text, "Welsh") == {"NORP"}


def test_a_surname_spelt_like_an_adjective_stays_a_person(nlp) -> None:
    text = "Guests included the novelist Amy Welsh. Welsh said the book took four years."
    assert labels_of(nlp, text, "Welsh") == {"PERSON"}


def test_a_movements_word_before_rebels_and_spokesman_is_a_people(nlp) -> None:
    text = ("Rebels fired missiles at the port on Monday. The government blamed Houthi rebels for the strike, and a "
            "Houthi spokesman denied it.\n")
    assert labels_of(nlp, text, "Houthi") == {"NORP"}


def test_a_peoples_word_before_fighters_is_no_person(nlp) -> None:
    text = "Kurd fighters held the town on Sunday, a Kurd commander said.\n"
    assert labels_of(nlp, text, "Kurd") == {"NORP"}


def test_the_movement_named_with_its_noun_stays_an_organisation(nlp) -> None:
    text = "Officials said the town had fallen. The Houthi movement said it would hold talks next week.\n"
    assert labels_of(nlp, text, "Houthi movement") == {"ORG"}


def test_a_movements_plural_is_a_people(nlp) -> None:
    text = "The minister said Houthis fired two drones at the airport.\n"
    assert labels_of(nlp, text, "Houthis") == {"NORP"}
    assert ("Houthis", "PERSON") not in entities_of(nlp, text)
