"""A sentence break the parse made where the text marks none is no end of a report.

The small model sometimes ends a sentence inside a noun phrase: 'cited angry remarks | the mayor had made about
farmers as proof of X' becomes two sentences, and the object of the cue stops at 'remarks'; in wire copy it ends
one inside a firm's name written without full stops ('sold the unit to Harlow Gas | Cos Inc for X'). The writer put no
full stop, question mark, colon or line break there, so the words after the break still belong to the report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..types import Quote

_ENDED = re.compile(r"[.!?,;:]\W*$")  # the content already ends on a mark: the break is the writer's
_MARKS = "\"“”"


def over_unmarked_breaks(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    out = []
    for q in quotes:
        end = _run_on_end(doc, text, q, quotes)
        if end is not None:
            kind = "mixed" if q.kind == "indirect" and any(m in text[q.end:end] for m in _MARKS) else q.kind
            q = replace(q, end=end, text=text[q.start:end], spans=((q.spans[0][0], end),), kind=kind)
        out.append(q)
    return out


def _run_on_end(doc: Doc, text: str, q: Quote, quotes: list[Quote]) -> int | None:
    if q.kind == "direct" or len(q.spans) != 1 or q.spans[0][1] != q.end or _ENDED.search(text, q.start, q.end):
        return None
    if not re.match(r" [A-Za-z0-9]", text[q.end:q.end + 2]):
        return None
    span = doc.char_span(q.end + 1, q.end + 2, alignment_mode="expand")
    if span is None or not span[0].is_sent_start or (q.cue_start is not None and q.cue_start > q.end):
        return None
    sent = span[0].sent
    last = sent.end - 1
    while last > span[0].i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last == span[0].i:
        return None  # a lone word ('castings | No. | Nine'): its full stop is an abbreviation's, no end either
    end = doc[last].idx + len(doc[last])
    if "\n" in text[q.end:end]:
        return None
    if any(o is not q and (q.end <= o.start < end or o.cue_start is not None and q.end <= o.cue_start < end)
           for o in quotes):
        return None  # the next words hold a report of their own
    return end
