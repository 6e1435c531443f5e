"""A match report's team sheet (the players' surnames in a bare list, the substitutes in brackets with their minute,
then the bookings and the scorers): every entry is a person, however the model typed it, two entries run together
are two persons, and a scorer's minute is no part of the name (real model and pipeline). Reports of our own, with
made-up players; a list of countries with no team sheet's form stays as the model typed it."""

from __future__ import annotations

from entity_support import mentions

REPORT = (
    "Riverton beat Hillcrest 2-1 on Saturday. Dan Quorrel scored the winner after Tom Brackley had levelled.\n\n"
    "Penhallow, Quorrel, Brackley, Ostrava, Kettering, Lisbon, Wexford (Dunmore 64), Halloran, Mabbott, "
    "Tennant (Carlow 77), Ruddock.\n\n"
    "Ostrava, Halloran.\n\n"
    "Quorrel 12, Brackley 80.\n\n"
    "Sayle, Morecambe, Fintry, Alloa, Brora, Dornoch, Lairg (Golspie 70), Wick, Thurso, Keiss, Reay."
)


def test_team_sheet_entries_are_persons(nlp) -> None:
    found = mentions(nlp, REPORT)
    labels = {}
    for text, label, _ in found:
        labels.setdefault(text, set()).add(label)
    for player in (
        "Ostrava",
        "Kettering",
        "Lisbon",
        "Wexford",
        "Dunmore",
        "Carlow",
        "Alloa",
        "Dornoch",
        "Golspie",
        "Thurso",
        "Wick",
    ):
        assert labels.get(player) == {"PERSON"}, (player, labels.get(player))
    # a scorer's minute is no part of his name, and the name is the one the report gave in full
    assert ("Quorrel", "PERSON", "Dan Quorrel") in found
    assert not any(text.startswith(("Quorrel ", "Brackley ")) for text, _, _ in found)


def test_a_list_of_countries_stays(nlp) -> None:
    text = (
        "The ministers of France, Germany, Italy, Spain, Portugal, Greece and Austria met in Brussels.\n\n"
        "France, Germany, Italy, Spain, Portugal, Greece."
    )
    found = mentions(nlp, text)
    assert {label for t, label, _ in found if t in ("France", "Germany", "Italy")} == {"GPE"}
