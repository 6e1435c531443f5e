"""A pair of dashes sets an aside inside the reported content, not at its end.

'said it would offer a bonus -- its first in years -- and new shares', 'vowed to keep all lorries - some 4,000 a day -
out of the old town': the parse ends the content at the first dash and hangs what follows the second on some word
outside it, so the report lost its last part. What comes after the closing dash goes on with the content when it
can only be the content's own: a phrase joined by 'and'/'or' or a preposition, with no clause of its own (not '--
which was rejected -- there has been talk of Y', a writer's sentence, nor '-- a rare step -- and warned that Y', a
second report of the same source, nor what follows an aside in quotation marks, someone's own words).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..doctext import tokens
from .cue_table import report_verbs
from .index import sent_bounds
from .speakers.words import DASHES

_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def past_dashed_aside(cue: Token, lo: int, hi: int) -> int:
    """The content's last token once a dashed aside right after it, and what follows the aside, are taken in."""
    doc = cue.doc
    toks = tokens(doc)
    first = hi if 0 <= hi < len(toks) and _free_dash(toks, hi) else hi + 1  # a cut may keep the dash ('--')
    if hi <= cue.i or hi < lo or first >= len(toks) or not _free_dash(toks, first):
        return hi
    end = sent_bounds(doc, cue.i)[1] - 1
    while end > first and (toks[end].is_punct or toks[end].is_space):
        end -= 1
    closing = next((t.i for t in toks[first + 2:end] if t.text == toks[first].text and _free_dash(toks, t.i)), None)
    if closing is None or closing + 1 > end:
        return hi
    if any(t.is_quote for t in toks[first + 1:closing]):
        return hi  # '-- "X is Y" -- and B': quoted words between the dashes are a voice of their own, not an aside
    tail = toks[closing + 1:end + 1]
    if any(t.text in DASHES or t.text in (";", ":") for t in tail):
        return hi
    heads = [t for t in tail if not lo <= t.head.i <= end or t.head.i == t.i or t.head.i < closing]
    if not heads or not (heads[0].dep_ == "cc" and heads[0].lower_ in ("and", "or") or heads[0].dep_ == "prep"):
        return hi
    for t in heads:
        if t.is_punct:
            continue
        if t.dep_ not in ("cc", "prep", "conj", "pobj", "dobj", "npadvmod") or t.dep_ == "dobj" and t.pos_ == "VERB":
            return hi
        if any(c.dep_ in _SUBJECTS for c in t.children) or t.pos_ in ("VERB", "AUX") and \
                t.lemma_.lower() in report_verbs():
            return hi  # a clause of its own, or a second report of the source's
        if t.pos_ in ("VERB", "AUX") and (t.tag_ == "VBD" or t.tag_ == cue.tag_):
            return hi  # 'had pledged a breakthrough -- ... -- and mounted an offensive': what the source did next
    return end


def _free_dash(toks: list[Token], i: int) -> bool:
    """toks[i] is a dash standing between words, spaces around it, not a hyphen inside a word."""
    t = toks[i]
    return t.text in DASHES and i > 0 and bool(toks[i - 1].whitespace_) and bool(t.whitespace_)
