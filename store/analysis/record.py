"""Analyses as JSON: the `newsreader analyze` contract, and compact rows for the library.

Rows are short lists, not dicts that repeat their keys and text (TINYDB.md: half
the size and half the parse time); the text of every span is sliced back out of
the article when a row is read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .types import Analysis, DateMention, EntityMention, Quote, ReferenceDate


def contract(analysis: Analysis) -> dict[str, Any]:
    """The JSON object `newsreader analyze` prints (DESIGN.md, the analysis contract)."""
    ref = analysis.reference_date
    return {
        "reference_date": {"value": ref.value.isoformat() if ref.value else None, "source": ref.source},
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label, "canonical": e.canonical, "role": e.role}
            for e in analysis.entities
        ],
        "quotes": [
            {
                "start": q.start, "end": q.end, "text": q.text, "spans": [list(s) for s in q.spans], "kind": q.kind,
                "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
                "speaker_role": q.speaker_role, "affiliation": q.affiliation,
            }
            for q in analysis.quotes
        ],
        "dates": [
            {
                "start": d.start, "end": d.end, "text": d.text, "type": d.type, "value": d.value,
                "sentence_start": d.sentence_start, "sentence_end": d.sentence_end,
            }
            for d in analysis.dates
        ],
    }


def to_rows(analysis: Analysis) -> dict[str, Any]:
    ref = analysis.reference_date
    return {
        "ref": [ref.value.isoformat() if ref.value else None, ref.source],
        "ents": [[e.start, e.end, e.label, e.canonical, e.role] for e in analysis.entities],
        "quotes": [
            [q.start, q.end, [list(s) for s in q.spans], q.kind, q.speaker, q.speaker_start, q.speaker_end,
             q.cue, q.cue_start, q.cue_end, q.speaker_role, q.affiliation]
            for q in analysis.quotes
        ],
        "dates": [[d.start, d.end, d.type, d.value, d.sentence_start, d.sentence_end] for d in analysis.dates],
    }


def from_rows(rows: dict[str, Any], text: str) -> Analysis:
    value, source = rows["ref"]
    return Analysis(
        reference_date=ReferenceDate(date.fromisoformat(value) if value else None, source),
        entities=tuple(EntityMention(s, e, text[s:e], label, canon, role) for s, e, label, canon, role in rows["ents"]),
        quotes=tuple(
            Quote(s, e, text[s:e], tuple((a, b) for a, b in spans), kind, spk, ss, se, cue, cs, ce, *who)
            for s, e, spans, kind, spk, ss, se, cue, cs, ce, *who in rows["quotes"]
        ),
        dates=tuple(DateMention(s, e, text[s:e], typ, val, a, b) for s, e, typ, val, a, b in rows["dates"]),
    )
