"""A name its own words place (a town's noun after it, its state after a comma, a country's name of several words)
is not outvoted by the article's other mentions of it (real model, real pipeline): the vote of one label per referent
counted the bare mentions the model typed a person, a firm or a building and turned the place back."""

from __future__ import annotations

from entity_support import mentions


def _labels(nlp, text: str, name: str) -> list[str]:
    return [label for written, label, _ in mentions(nlp, text) if written == name]


def test_the_town_before_its_area_wins_the_tie(nlp) -> None:
    text = ("DALLAS, May 4 - Kestrel Media Inc said it signed WKRT-TV, Marlowe, Fla, to carry its programs. Kestrel "
            "said the station, carried over channel 12 in the Marlowe area, reaches about 90,000 homes.")
    assert _labels(nlp, text, "Marlowe") == ["GPE", "GPE"]


def test_a_country_of_several_words_wins_the_tie(nlp) -> None:
    text = ("SYDNEY, May 4 - Corvid Mining Ltd said it trusts the Papua New Guinea government will allow the mine. "
            "The deposit lies off the southern coast of Papua New Guinea, the company said.")
    assert _labels(nlp, text, "Papua New Guinea") == ["GPE", "GPE"]


def test_the_town_before_its_state_keeps_its_label_against_a_majority(nlp) -> None:
    text = ("The Tasker family sold the farm near Ollerton, Nebraska, last year. Ollerton said it would not comment "
            "on the sale, and Ollerton declined to say more.")
    assert _labels(nlp, text, "Ollerton")[0] == "GPE"


def test_a_placed_town_is_no_word_of_a_persons_name(nlp) -> None:
    # the model reads '<Town> <Firm>' as a person's full name; one_word_of_a_name then made the town one word of it
    text = ("Rowan said output at its plant near Castleford, Ontario, rose. Castleford Rowan makes parts for cars, "
            "and Castleford will get a new line.")
    assert _labels(nlp, text, "Castleford")[0] == "GPE"
