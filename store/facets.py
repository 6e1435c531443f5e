"""What each article is about, in a few names: the keys of cross-article filters.

Kept in a small file of its own beside the library, so that filtering 10,000
articles by speaker, entity or date reads neither texts nor analyses. Each
kind of name is one newline-joined string, on disk and in memory: 10,000
articles' facets are 30,000 strings to load, not 300,000 (a list per name cost
the reader 0.4 s and 120 MB at 10,000 articles).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analysis.types import Analysis


@dataclass(frozen=True, slots=True)
class Facets:
    speakers: str = ""  # canonical speaker names, sorted, one per line
    entities: str = ""  # canonical entity names
    days: str = ""  # calendar values of DATE mentions: 2025-09-02, 2025-09, 2025

    @classmethod
    def of(cls, speakers: Iterable[str] = (), entities: Iterable[str] = (), days: Iterable[str] = ()) -> Facets:
        return cls(_join(speakers), _join(entities), _join(days))

    def speaker_names(self) -> list[str]:
        return _split(self.speakers)

    def entity_names(self) -> list[str]:
        return _split(self.entities)

    def day_values(self) -> list[str]:
        return _split(self.days)


def _join(names: Iterable[str]) -> str:
    return "\n".join(sorted({n.replace("\n", " ") for n in names if n}))


def _split(joined: str) -> list[str]:
    return joined.split("\n") if joined else []


def facets_of(analysis: Analysis, text: str) -> Facets:
    """An analysed article's facets. Its speakers are named as the views across the library list them
    (store/sources.py: "Officials said" as "officials", a pronoun not at all), so that `speaker:=NAME`
    finds the articles a view counts for NAME."""
    from .analysis.types import calendar_value  # not at import: the library opens without the analysis's types
    from .sources import as_source

    canonicals = {e.canonical for e in analysis.entities}
    return Facets.of(
        speakers=(as_source(q.speaker, canonicals, text, q.speaker_start)[0] for q in analysis.quotes if q.speaker),
        entities=(e.canonical for e in analysis.entities),
        days=(day for d in analysis.dates if (day := calendar_value(d.type, d.value))),
    )


def to_doc(facets: Facets) -> dict[str, Any]:
    return {"s": facets.speakers, "e": facets.entities, "d": facets.days}


def from_doc(doc: dict[str, Any]) -> Facets:
    speakers, entities, days = doc.get("s", ""), doc.get("e", ""), doc.get("d", "")
    if isinstance(speakers, str) and isinstance(entities, str) and isinstance(days, str):
        return Facets(speakers, entities, days)
    # written by an earlier version: a list per kind, entities as [label, name] pairs
    return Facets.of(speakers, (pair[1] for pair in entities), days)
