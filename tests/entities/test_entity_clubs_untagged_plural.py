"""In an article about a sport, a one-word name the model left untagged before a plural verb ("<town> have signed")
is a club, as a tagged one is already, and so are its other mentions; a feast the model left untagged ("a quiet
Christmas are") and a national side named by its country's closing word ("the Republic have") are not (real model)."""

from __future__ import annotations

from entity_support import entities_of, mentions


def test_an_untagged_name_before_a_plural_verb_is_a_club(nlp) -> None:
    text = ("The football transfer window shuts on Monday. Arsenal have signed a young defender from a French side, "
            "and Arsenal will pay him well.")
    clubs = [m for m in mentions(nlp, text) if m[0] == "Arsenal"]
    assert clubs == [("Arsenal", "ORG", "Arsenal"), ("Arsenal", "ORG", "Arsenal")]


def test_a_feast_before_a_plural_verb_is_no_club(nlp) -> None:
    text = "Sales of football shirts are rising. Some think a quiet Christmas are unlikely for the shops."
    assert ("Christmas", "ORG") not in entities_of(nlp, text)


def test_a_country_by_its_closing_word_is_no_club(nlp) -> None:
    text = "The football friendly is on Tuesday. The Republic have never lost to them at home, the coach said."
    assert ("Republic", "ORG") not in entities_of(nlp, text)
