"""A mixed quote that opens on a quotation and holds its own cue is the quotation with its attribution after it."""

from __future__ import annotations

from dataclasses import replace

from ..types import Quote

_MAX_ASIDE_WORDS = 8  # ', he said, ' or ', said Ana Ruiz, speaking of the budget, ' between two pieces of one quotation


def quotations_before_their_cue(text: str, groups: list, quotes: list[Quote]) -> list[Quote]:
    """'“We are ready,” said Ana Ruiz, after touring the site' or '“We are ready,” she said, “and …”' made one
    span: the parse hung the quotation and the clause of its cue in one clause, whose words outside the marks are
    the attribution and its circumstances, no words of the speaker. Such a quote is the quotation alone, direct: the
    pieces before the cue and those that follow it through a short aside. Content with words of its own before its
    cue ('The plan, he said, is “a disaster.”'), and content split around its cue that goes on unquoted ('“It is
    better,” he added, to wait'), are left alone."""
    out: list[Quote] = []
    for q in quotes:
        if q.kind == "mixed" and q.cue_start is not None and any(s < q.cue_start < e for s, e in q.spans):
            spans = sorted(span for g in groups for span in g if q.start <= span[0] and span[1] <= q.end)
            pieces = _pieces(text, q, spans)
            if pieces:
                start, end = pieces[0][0], pieces[-1][1]
                q = replace(q, start=start, end=end, text=text[start:end], spans=tuple(pieces), kind="direct")
        out.append(q)
    kept: list[Quote] = []
    for q in out:  # the quotation may also stand as a direct quote of its own
        if not any(o.kind == "direct" and o.spans == q.spans for o in kept):
            kept.append(q)
    return kept


def _pieces(text: str, q: Quote, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not spans or any(s <= q.cue_start < e for s, e in spans) or spans[0][1] > q.cue_start or \
            any(c.isalnum() for c in text[q.start:spans[0][0]]):
        return []
    pieces = [spans[0]]
    for s, e in spans[1:]:
        if s <= q.cue_start or pieces[-1][1] <= q.cue_start < s and \
                len(text[pieces[-1][1]:s].split()) <= _MAX_ASIDE_WORDS:
            pieces.append((s, e))
        else:
            break
    return pieces
