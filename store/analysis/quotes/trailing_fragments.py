"""Quoted words that close the sentence of a report they belong to are the report's last part."""

from __future__ import annotations

from dataclasses import replace

from ..types import Quote

_MAX_GAP_WORDS = 12  # 'a tribute to', ', made by some X, who are', ' 757 but it was a' between content and fragment


def fragments_ending_their_report(text: str, quotes: list[Quote]) -> list[Quote]:
    """'He called it a “grave mistake,” made by some “voices on the left,” who are “simply wrong.”' or 'He added that
    he could do without it but it was a “great luxury.”': the parse ends the content before the last quoted
    fragment, which then stands as a direct quote of the same cue. Words quoted in the middle of a sentence, after
    content of the same cue with no sentence break between, go on with that content, which turns mixed."""
    absorbed: set[int] = set()
    grown: dict[int, Quote] = {}
    for n, d in enumerate(quotes):
        if d.kind != "direct" or len(d.spans) != 1 or d.cue_start is None or not _embedded(text, d.start):
            continue
        for m, c in enumerate(quotes):
            c = grown.get(m, c)
            if c.kind == "direct" or c.cue_start != d.cue_start or not c.end <= d.start:
                continue
            gap = text[c.end:d.start]
            if any(ch in gap for ch in ".!?;:\n") or len(gap.split()) > _MAX_GAP_WORDS or c.end <= d.cue_start:
                # '…, which is an outcome, he said, "…"': a cue between them gives the fragment a report of its own
                continue
            grown[m] = replace(c, end=d.end, text=text[c.start:d.end], spans=((c.start, d.end),), kind="mixed")
            absorbed.add(n)
            break
    return [grown.get(m, q) for m, q in enumerate(quotes) if m not in absorbed]


def _embedded(text: str, start: int) -> bool:
    """The quotation opens mid-sentence: a word, comma or dash before it, not a sentence end or colon."""
    before = text[max(0, start - 40):start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"”’'"
