"""Direct quotes beside the cues: how much of a content quotation marks cover, bylines and host clauses."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..types import Quote
from .attach import Cue
from .clauses import paragraph_clip, trim
from .index import root, text_of

DASHES = "―—–-"


def dash_byline(doc: Doc, text: str, end: int) -> Cue | None:
    """'“We will win.” ― Ana Ruiz': a name after a dash closing the quote's paragraph signs the quote."""
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    body = rest.lstrip()
    if not body or body[0] not in DASHES:
        return None
    name = body[1:].strip().rstrip(".")
    words = name.split()
    if not 1 <= len(words) <= 6 or not words[0][0].isupper():
        return None
    dash_at = end + len(rest) - len(body)
    start = text.index(name, dash_at)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return None
    dash = doc.char_span(dash_at, dash_at + 1, alignment_mode="expand")
    if dash is None:
        return None
    k = next(t.i for t in span if t.pos_ == "PROPN")
    while k + 1 < span.end and doc[k + 1].pos_ == "PROPN":
        k += 1  # the surname ends the name: "Ana Ruiz, Denver" is signed by Ruiz
    return Cue(dash[0], text[dash_at], dash_at, dash_at + 1, doc[k], [])


# a quotation closed by a full stop, then a new sentence: '… the victims[.]" She went on to say, …'
_CLOSED_QUOTATION = re.compile(r'((?:[.!?]|\[\.\])["”])\s+(?=[A-Z"“])')


def clip_at_closed_quotation(text: str, cue: Cue) -> bool:
    """Reported content ends with the sentence, even where the parser runs two into one because the
    quotation closed it ('… would place "tremendous stigmatization on the victims[.]" She went on …').
    False when nothing of the content is left in the cue's sentence."""
    if not cue.spans:
        return True
    cut = closed_quotation_after(text, cue.end, max(e for _, e in cue.spans))
    if cut is not None:
        cue.spans = [(s, min(e, cut)) for s, e in cue.spans if s < cut and re.search(r"\w\w", text[s:min(e, cut)])]
    return bool(cue.spans)


def closed_quotation_after(text: str, lo: int, hi: int) -> int | None:
    m = _CLOSED_QUOTATION.search(text, lo, hi)
    return m.end(1) if m else None


def host_clause(doc: Doc, spans, cue: Cue, mask: bytearray) -> tuple[int, int] | None:
    """The clause a quoted fragment sits in when it hangs under its cue by another path than ccomp.

    "… called Machado’s “sex tape.”": the reported content is the whole object, so it is a mixed quote.
    """
    if len(spans) != 1:
        return None
    span = doc.char_span(spans[0][0], spans[0][1], alignment_mode="expand")
    if span is None:
        return None
    t = root(doc, span.start, span.end)
    hung = t.is_quote  # "reported 'no errors' from X": the parse may hang the opening mark on the cue, not the words
    if hung:
        t = next((w for w in span if w.head.i == cue.token.i and w.dep_ == "dobj"), t)
    for _ in range(12):
        if t.head.i == cue.token.i:
            break
        if t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    if t.dep_ in ("nsubj", "nsubjpass", "punct", "aux", "neg", "advmod", "npadvmod"):
        return None
    lo, hi = paragraph_clip(cue.token, t.left_edge.i, t.right_edge.i)
    lo, hi = trim(doc, lo, hi)
    if hi < lo:
        return None
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    text = text_of(doc)
    inside, total = coverage(text, mask, [(start, end)])
    if inside >= 0.85 * total or start > spans[0][0] and not (hung and _marks_only(text[spans[0][0]:start])) or \
            end < spans[0][1]:
        return None
    return start, end


def _marks_only(gap: str) -> bool:
    return not any(ch.isalnum() for ch in gap)


def coverage(text: str, mask: bytearray, spans) -> tuple[int, int]:
    inside = total = 0
    for s, e in spans:
        for i in range(s, e):
            if text[i].isalnum():
                total += 1
                inside += mask[i]
    return inside, total


def overlaps(group, spans) -> bool:
    return any(s < ge and gs < e for gs, ge in group for s, e in spans)


def cover(spans, groups):
    """Widen each content span to the whole of the quotes it cuts into (the parser leaves ".”" outside)."""
    out = []
    for s, e in spans:
        for g in groups:
            for gs, ge in g:
                if gs < e and s < ge:
                    s, e = min(s, gs), max(e, ge)
        out.append((s, e))
    return out


def within(group, spans) -> bool:
    return all(any(s <= gs and ge <= e for s, e in spans) for gs, ge in group)


def merge_next_quotation(text: str, quotes: list[Quote]) -> list[Quote]:
    """'The summit did "too little," he said. "Europe risks a lot."': one attribution in two pieces.

    Reported content that comes before its cue, followed in the same paragraph by a quotation right
    after the cue clause, goes on in that quotation: it becomes the content's second piece. The
    quoted words inside the content were already joined to that quotation as one split direct
    quote; the mixed quote takes its later pieces instead.
    """
    out: list[Quote] = []
    skip: set[int] = set()
    for n, q in enumerate(quotes):
        if n in skip:
            continue
        if q.kind == "mixed" and q.cue_start is not None and q.cue_start >= q.end and q.speaker is not None:
            for m in range(len(quotes)):
                d = quotes[m]
                if m == n or m in skip or d.kind != "direct" or len(d.spans) < 2:
                    continue
                first, rest = d.spans[0], d.spans[1:]
                if q.start <= first[0] and first[1] <= q.end and rest[0][0] > q.cue_end and \
                        "\n" not in text[q.end:rest[0][0]]:
                    spans = q.spans + rest
                    q = Quote(q.start, rest[-1][1], text[q.start:rest[-1][1]], spans, "mixed", q.speaker,
                              q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end)
                    skip.add(m)
                    break
        out.append(q)
    return [q for q in out if not any(q is quotes[m] for m in skip)]
