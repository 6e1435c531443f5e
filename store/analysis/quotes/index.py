"""Sentence bounds and span roots computed once per doc: spaCy's Token.sent and Span.root walk the doc each call."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import text_of, tokens  # noqa: F401  (the quote modules import text_of from here)

_KEY = "newsreader_quotes_sents"


def _bounds(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        sent_of = [0] * len(doc)
        bounds = []
        for n, sent in enumerate(doc.sents):
            bounds.append((sent.start, sent.end))
            sent_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
        cached = doc.user_data[_KEY] = (sent_of, bounds)
    return cached


def sent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    sent_of, bounds = _bounds(doc)
    return bounds[sent_of[i]]


def sent_root(doc: Doc, i: int) -> Token:
    lo, hi = sent_bounds(doc, i)
    return root(doc, lo, hi)


def root(doc: Doc, lo: int, hi: int) -> Token:
    """The first token of doc[lo:hi] whose head lies outside it (Span.root without the cost)."""
    toks = tokens(doc)  # a list index, not a new Token per word
    for k in range(lo, hi):
        h = toks[k].head.i
        if h < lo or h >= hi or h == k:
            return toks[k]
    return toks[lo]


def forget(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)
