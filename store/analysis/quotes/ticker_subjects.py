"""A report whose subject holds a wire ticker ('X said <Firm> Ltd <ABC.S> were keen to buy'): the parser takes the
ticker's closing bracket, or the firm after it, for the reported clause's subject, so the report opened on '>'
or inside the ticker, or lost the firms named before it. The report goes back to the word after the cue when only
its subject's words, a ticker among them, lie between the two: nothing that ends a clause or opens a quotation."""

from __future__ import annotations

import re

from ..paragraphs import BRACKETED_TICKER  # the tickers the sentence splitter holds inside their sentence

_STOPS = re.compile(r"[;:!?\"“”\n]")  # not a full stop: firms' names hold them ('N.V.', 'Co.')


def subjects_through_a_ticker(text: str, cues: list) -> None:
    for cue in cues:
        if not cue.spans or cue.end > cue.spans[0][0] or cue.spans[0][0] - cue.end > 150:
            continue
        start = cue.spans[0][0]
        gap = text[cue.end : start]
        if text[start : start + 1] == ">" or gap.rfind("<") > gap.rfind(">"):  # the report opens in a ticker
            close = text.find(">", start, start + 20)
            if close < 0 or not BRACKETED_TICKER.fullmatch(text, text.rfind("<", cue.end, start + 1), close + 1):
                continue
            gap = text[cue.end : text.rfind("<", cue.end, start + 1)]
        elif not BRACKETED_TICKER.search(gap):
            continue
        if _STOPS.search(BRACKETED_TICKER.sub("", gap)):
            continue
        first = cue.end + len(gap) - len(gap.lstrip())
        cue.spans = [(first, cue.spans[0][1]), *cue.spans[1:]]
