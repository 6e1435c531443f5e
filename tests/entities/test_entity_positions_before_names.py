"""A player's position written with a hyphen ("Fly-half", "Scrum-half", "Full-back") opens a sentence before the name
as a title does: it is the person's role, no part of the name, so his surname alone later takes his full name. A
hyphenated given name ("Jae-won Lee") is still one (real model)."""

from __future__ import annotations

from entity_support import mentions


def test_a_position_opening_a_sentence_is_the_players_role(nlp) -> None:
    text = ("The side won easily on Saturday. Scrum-half Gareth Pryce scored twice, and Pryce was named man of the "
            "match.")
    found = [m for m in mentions(nlp, text) if "Pryce" in m[0]]
    assert found == [("Gareth Pryce", "PERSON", "Gareth Pryce"), ("Pryce", "PERSON", "Gareth Pryce")]


def test_full_back_opening_a_sentence_is_the_players_role(nlp) -> None:
    text = "Full-back Dafydd Morgan is fit to face Italy, the coach said. Morgan trained on Tuesday."
    assert {m[2] for m in mentions(nlp, text) if "Morgan" in m[0]} == {"Dafydd Morgan"}


def test_a_position_in_lower_case_is_the_players_role(nlp) -> None:
    from store.analysis import analyze

    text = "The rugby club said on Friday that it had signed scrum-half Tom Pritchard from a Welsh side."
    roles = {e.canonical: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}
    assert roles == {"Tom Pritchard": "scrum-half"}


def test_a_hyphenated_given_name_stays_the_name(nlp) -> None:
    text = "Jae-won Lee, the firm's founder, left on Monday. Lee said the board had agreed."
    assert ("Jae-won Lee", "PERSON", "Jae-won Lee") in mentions(nlp, text)
