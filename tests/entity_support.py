"""Shared by the entity tests: the kinds the names eval scores, and an article's entities as (canonical, label)."""

from __future__ import annotations

from store.analysis import analyze

KINDS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def entities_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.canonical, e.label) for e in analyze(nlp, text).entities if e.label in KINDS}
