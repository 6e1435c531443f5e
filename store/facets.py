"""What each article is about, in a few names: the keys of cross-article filters.

Kept in a small file of its own beside the library, so that filtering 10,000
articles by speaker, entity or date reads neither texts nor analyses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .analysis.types import Analysis

_CALENDAR = re.compile(r"^\d{4}(-\d{2}){0,2}$")


@dataclass(frozen=True, slots=True)
class Facets:
    speakers: frozenset[str] = frozenset()
    entities: frozenset[tuple[str, str]] = frozenset()  # (label, canonical)
    days: frozenset[str] = frozenset()  # calendar values of DATE mentions: 2025-09-02, 2025-09, 2025


def facets_of(analysis: Analysis) -> Facets:
    return Facets(
        speakers=frozenset(q.speaker for q in analysis.quotes if q.speaker),
        entities=frozenset((e.label, e.canonical) for e in analysis.entities),
        days=frozenset(d.value for d in analysis.dates if d.type == "DATE" and _CALENDAR.match(d.value)),
    )


def to_doc(facets: Facets) -> dict[str, Any]:
    return {
        "s": sorted(facets.speakers),
        "e": sorted([label, name] for label, name in facets.entities),
        "d": sorted(facets.days),
    }


def from_doc(doc: dict[str, Any]) -> Facets:
    return Facets(
        speakers=frozenset(doc.get("s", ())),
        entities=frozenset((label, name) for label, name in doc.get("e", ())),
        days=frozenset(doc.get("d", ())),
    )
