"""Shared by the entity tests: the kinds the names eval scores, an article's entities as (canonical, label), each
mention's canonical name, every mention as (text, label, canonical), the labels of one mention's text, and each
mention's label by its text."""

from __future__ import annotations

from store.analysis import analyze

KINDS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def entities_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.canonical, e.label) for e in analyze(nlp, text).entities if e.label in KINDS}


def canonical_names(nlp, text: str) -> dict[str, str]:
    """Each mention's text and the canonical name the article gives it."""
    return {e.text: e.canonical for e in analyze(nlp, text).entities}


def mentions(nlp, text: str) -> list[tuple[str, str, str]]:
    """Every mention in text order as (text, label, canonical), where one text may name different referents."""
    return [(e.text, e.label, e.canonical) for e in analyze(nlp, text).entities]


def labels_of(nlp, text: str, words: str) -> set[str]:
    """The labels the article's mentions written exactly `words` are given."""
    return {e.label for e in analyze(nlp, text).entities if e.text == words}


def label_by_text(nlp, text: str) -> dict[str, str]:
    """Each mention's text and its label (the last mention's, where one text is given two)."""
    return {e.text: e.label for e in analyze(nlp, text).entities}
