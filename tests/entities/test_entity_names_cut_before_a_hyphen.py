"""Names cut before a hyphen: '<A>-<B> Corp' written whole, then '<A>' tagged alone before '-<B>'. The rule alone, on the model's tokens and the mentions given by token
index (the model's cuts vary), and the whole pipeline on a firm's name. Names of our own; two bodies' acronyms
joined by a hyphen, a place after the hyphen and a word the article names alone stay apart."""

from __future__ import annotations

from entity_support import mentions

from store.analysis.entities.hyphen_tails import names_cut_before_a_hyphen
from store.analysis.entities.mentions import mention_of


def _cut(nlp, text: str, tagged: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = nlp(text)
    given = [mention_of(doc[start:end], label) for start, end, label in tagged]
    return [(m.name, m.label) for m in names_cut_before_a_hyphen(doc, given)]


def test_a_short_name_the_article_wrote_whole(nlp) -> None:
    # Tarvell - Quist Corp said ... . Tarvell - Quist said ...
    text = "Tarvell-Quist Corp said it would cut jobs. Tarvell-Quist said the cuts would save money."
    assert _cut(nlp, text, [(0, 4, "ORG"), (10, 11, "ORG")]) == [("Tarvell-Quist Corp", "ORG"),
                                                                    ("Tarvell-Quist", "ORG")]


def test_a_place_the_model_read_in_the_short_name(nlp) -> None:
    text = "Bronwick-First Savings Bank lost money. Bronwick-First's loans fell."
    assert _cut(nlp, text, [(0, 5, "ORG"), (8, 9, "GPE")])[1] == ("Bronwick-First", "ORG")


def test_two_bodies_a_place_and_a_name_of_its_own_stay_apart(nlp) -> None:
    assert _cut(nlp, "The NATO-EU talks ended.", [(1, 2, "ORG")]) == [("NATO", "ORG")]
    assert _cut(nlp, "The Vesta-Ohio pipeline opened.", [(1, 2, "ORG")]) == [("Vesta", "ORG")]
    text = "The Vesta-Corran merger was approved. Corran said it was pleased."
    assert _cut(nlp, text, [(1, 2, "ORG"), (8, 9, "ORG")])[0] == ("Vesta", "ORG")


def test_the_pipeline_keeps_the_firm_whole(nlp) -> None:
    found = mentions(nlp, "Tarvell-Quist Corp said on Tuesday it would cut 400 jobs. Tarvell-Quist said the cuts "
                          "would save 20 mln dlrs a year.")
    assert [(t, c) for t, label, c in found if label == "ORG"] == [("Tarvell-Quist Corp", "Tarvell-Quist Corp"),
                                                                   ("Tarvell-Quist", "Tarvell-Quist Corp")]
