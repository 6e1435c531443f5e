"""A report cut short at a bracketed name ('said it bought a stake in ailing <Kestrel Mills Ltd>, a mill in Leeds',
'had doubts about the sale of its unit <Kestrel Mills Inc> to Dorset Corp'): wire copy puts a firm's name, or its
ticker, in angle brackets, and the parser hangs the '<' and the words after it on the verb of saying, so the
reported clause stopped before the bracket. The report runs on through the brackets to the end of the sentence when
every word from the bracket on hangs on the cue (or a verb above it) or inside that stretch (the trailing asides are
cut after, as for any report). A report that ends on a bracketed name or ticker keeps its closing '>', which the
parse hangs on the cue ('said its rivals are Hale Co <HLC> and Orrin Corp <ORN>.' stopped at '<ORN')."""

from __future__ import annotations

from spacy.tokens import Token

from ..doctext import tokens
from .index import sent_bounds
from .relative import COMMA_RELATIVES


def _left_open(toks, first: int, hi: int) -> bool:
    """Whether a '<' between token first and hi (in hi's sentence) has no '>' after it up to hi."""
    start = max(first, sent_bounds(toks[hi].doc, hi)[0])
    depth = 0
    for t in toks[start:hi + 1]:
        if t.text == "<":
            depth += 1
        elif t.text == ">" and depth:
            depth -= 1
    return depth > 0


def through_brackets(cue: Token, hi: int) -> int:
    """The content's last token once the words the parse cut off at a '<' right after it are in."""
    toks = tokens(cue.doc)
    if hi > cue.i and hi + 1 < len(toks) and toks[hi + 1].text == ">" and _left_open(toks, cue.i, hi):
        hi += 1  # "its rivals are Acme Co <ACM> and Widget Corp <WDG>.": the parse hangs the closing '>' elsewhere
    if hi <= cue.i or hi + 1 >= len(toks) or toks[hi + 1].text != "<":
        return hi
    last = sent_bounds(cue.doc, cue.i)[1] - 1
    while last > hi and (toks[last].is_punct and toks[last].text != ">" or toks[last].is_space):
        last -= 1
    if not any(t.text == ">" for t in toks[hi + 2:last + 1]):
        return hi
    # the parse drops the bracketed part on the cue, or on the verb the cue's own clause hangs from
    # ('a lawyer who says he organised the takeover of <Firm>': on the sentence's main verb)
    above = {cue.i, *(a.i for a in cue.ancestors)}
    for t in toks[hi + 1:last + 1]:
        if t.text == ";" or t.is_quote or t.is_space and "\n" in t.text:
            return hi  # another clause or a quotation: not the one report
        if t.i in above:
            return hi  # "…, <Firm>, a spokesman for X said": the verb above the cue, a source of its own
        if t.text == "," and t.i < last and toks[t.i + 1].lower_ in COMMA_RELATIVES and toks[t.i - 1].text == ">":
            return t.i - 1  # "<Firm> <TICK>, which entered the market in 1986": the writer's aside, as bounds cuts it
        if t.head.i not in above and not hi < t.head.i <= last:
            return hi  # a word that belongs elsewhere: the parse did not merely drop the bracketed part
    return last
