"""A one-word name the model calls a people's (NORP) that has no people's, faith's, party's or language's shape ('the
game, developed by <Firm>', 'rival <Firm>') names a firm, in every mention (real model, real pipeline). A people's
word ('Soviet', 'the West'), a word a common noun says is a thing ('<Word>, a nerve agent') and a word of a headline
set in capitals word by word stay as the model said."""

from __future__ import annotations

from entity_support import labels_of


def test_a_developer_read_as_a_people_is_a_firm(nlp) -> None:
    text = "The game, developed by Spindle, was released last year to strong reviews."
    assert labels_of(nlp, text, "Spindle") == {"ORG"}


def test_a_rival_read_as_a_people_is_a_firm_in_every_mention(nlp) -> None:
    text = ("Both Deutsche Boerse and rival Spindle met the Milan bourse's owners on Tuesday. A study by Spindle "
            "shows most traders now prefer to deal from home.")
    assert labels_of(nlp, text, "Spindle") == {"ORG"}


def test_a_peoples_word_stays_a_people(nlp) -> None:
    assert labels_of(nlp, "The Soviet Union said Soviet troops would leave.", "Soviet") == {"NORP"}
    text = "Leaders of the West met in Paris. The West has said it will impose sanctions."
    assert labels_of(nlp, text, "West") == {"NORP"}


def test_a_thing_set_beside_its_noun_is_no_firm(nlp) -> None:
    text = "He was poisoned with Spindle, a nerve agent developed in the 1970s."
    assert labels_of(nlp, text, "Spindle") == {"NORP"}


def test_a_word_of_a_capitalised_headline_is_no_firm(nlp) -> None:
    text = "Harbour Scheme Proves Costly and Complex.\n\nThe council will vote on it next week."
    assert labels_of(nlp, text, "Complex") == {"NORP"}


def test_a_person_named_by_their_people_is_no_firm(nlp) -> None:
    text = ("Marco Ruiz has added to talk linking him with a move away from the club. The Spaniard believed he was "
            "talking to the club's director when he criticised his team-mates.")
    assert "ORG" not in labels_of(nlp, text, "Spaniard")
    assert "ORG" not in labels_of(nlp, "Lars Pettersen won the final. The Swede said he was delighted.", "Swede")


def test_a_word_joined_to_a_participle_is_no_firm(nlp) -> None:
    text = "The rebels shot down two Czechoslovak-made jets over the border town last week."
    assert "ORG" not in labels_of(nlp, text, "Czechoslovak")
