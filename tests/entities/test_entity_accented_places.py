"""Towns written with their own accents ("Kraków", "Malmö"): GeoNames names them so, and the gazetteer took only
unaccented names, so the model's guess (a person, a firm, nothing) stood (real model and pipeline). Passages of our
own."""

from __future__ import annotations

from entity_support import mentions


def test_accented_towns_in_a_list_are_places(nlp) -> None:
    found = {(text, label) for text, label, _ in mentions(
        nlp, "Fans travelled from Kraków and Wrocław to watch the final in Poznań.")}
    assert {("Kraków", "GPE"), ("Wrocław", "GPE"), ("Poznań", "GPE")} <= found, found


def test_an_accented_town_is_no_firm(nlp) -> None:
    found = {(text, label) for text, label, _ in mentions(
        nlp, "The festival moved from Malmö to Göteborg this year, its organisers said.")}
    assert ("Malmö", "GPE") in found, found


def test_a_person_beside_an_accented_town_stays_a_person(nlp) -> None:
    found = {(text, label) for text, label, _ in mentions(
        nlp, "Marta Nowak, who runs a bakery in Łódź, said sales had fallen by a third since January.")}
    assert {("Marta Nowak", "PERSON"), ("Łódź", "GPE")} <= found, found
