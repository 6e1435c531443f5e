"""An age between commas after a name ("Tremell Okafo, 26, a marcher") shows a person, though the model took the
name for an organisation and its first name is none the list knows (real model, real pipeline; sentences of our
own). A firm's stock code between commas ("Tokyo Electric, 9501,") is no age."""

from __future__ import annotations

from entity_support import entities_of


def test_an_age_after_a_name_makes_it_a_persons(nlp) -> None:
    text = "Neither was that the case for Tremell Okafo, 26, a marcher who was pushed to the ground."
    assert ("Tremell Okafo", "PERSON") in entities_of(nlp, text)


def test_a_stock_code_is_no_age(nlp) -> None:
    assert ("Tokyo Electric", "ORG") in entities_of(nlp, "Shares of Tokyo Electric, 9501, rose.")
