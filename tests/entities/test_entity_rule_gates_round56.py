"""Round 56 code health: the text gates of names_cut_before_a_hyphen and storms_cut_short, the one token -> mention
map, and the one set of the articles a paper's title opens with. Each gate only returns early where the rule would
change nothing, so a text that passes it is mended as before. Sentences of our own."""

from __future__ import annotations

from store.analysis.entities import outlets, papers
from store.analysis.entities.hyphen_tails import names_cut_before_a_hyphen
from store.analysis.entities.mentions import mention_by_token, mention_of
from store.analysis.entities.storm_names import _storm_word_written, storms_cut_short
from store.analysis.entities.vocabulary import TITLE_ARTICLES


def _given(doc, tagged):
    return [mention_of(doc[start:end], label) for start, end, label in tagged]


def test_no_hyphen_in_the_text_leaves_the_mentions(nlp) -> None:
    doc = nlp("Marlow Quist Corp said it would cut jobs. Marlow said the cuts would save money.")
    given = _given(doc, [(0, 3, "ORG"), (9, 10, "ORG")])
    assert names_cut_before_a_hyphen(doc, given) == given


def test_no_organisation_opening_with_hyphenated_words_leaves_the_mentions(nlp) -> None:
    # a hyphen in the text, but in no organisation's name: nothing to run a cut name on to
    doc = nlp("Tarvell said the well-known plan of Quist Holdings would go ahead. Tarvell-Quist rose.")
    given = _given(doc, [(0, 1, "PERSON"), (8, 10, "ORG"), (14, 15, "ORG")])
    assert names_cut_before_a_hyphen(doc, given) == given


def test_the_hyphen_rule_still_mends_past_its_gates(nlp) -> None:
    doc = nlp("Tarvell-Quist Corp said it would cut jobs. Tarvell-Quist said the cuts would save money.")
    found = names_cut_before_a_hyphen(doc, _given(doc, [(0, 4, "ORG"), (10, 11, "ORG")]))
    assert [(m.name, m.label) for m in found] == [("Tarvell-Quist Corp", "ORG"), ("Tarvell-Quist", "ORG")]


def test_a_storm_word_in_any_case_or_with_a_mark_passes_the_storm_gate(nlp) -> None:
    assert _storm_word_written(nlp("Tropical Cyclone Orlena crossed the coast."))
    assert _storm_word_written(nlp("TYPHOON ORLENA NEARS THE COAST"))
    # a name's key drops diacritics, so the gate reads the folded text too
    assert _storm_word_written(nlp("Tropical Cyclône Orlena crossed the coast."))
    assert not _storm_word_written(nlp("The Tropical Forest Alliance met in Orlena on Monday."))


def test_no_storm_word_leaves_the_mentions(nlp) -> None:
    doc = nlp("The Tropical Forest Alliance met in Orlena on Monday.")
    given = _given(doc, [(1, 4, "ORG"), (6, 7, "GPE")])
    assert storms_cut_short(doc, given) == given


def test_the_storm_rule_still_mends_past_its_gate(nlp) -> None:
    doc = nlp("Tropical Cyclone Orlena crossed the coast on Monday.")
    found = storms_cut_short(doc, _given(doc, [(1, 3, "PERSON")]))
    assert [(m.name, m.label) for m in found] == [("Tropical Cyclone Orlena", "EVENT")]


def test_each_token_maps_to_the_mention_covering_it(nlp) -> None:
    doc = nlp("Ana Ruiz met Marlow Quist Holdings in Lisbon.")
    given = _given(doc, [(0, 2, "PERSON"), (3, 6, "ORG"), (7, 8, "GPE")])
    by_token = mention_by_token(given)
    assert sorted(by_token) == [0, 1, 3, 4, 5, 7]
    assert by_token[4] is given[1] and by_token[7] is given[2]


def test_the_title_articles_are_one_set_each_rule_widens() -> None:
    assert "Le" in TITLE_ARTICLES and "al" not in TITLE_ARTICLES
    assert outlets._TITLE_ARTICLES == TITLE_ARTICLES | {"al"}
    assert papers._TITLE_ARTICLES == TITLE_ARTICLES | {"O", "A"}
