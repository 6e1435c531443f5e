"""'According to X': the cue, its source and the report around it (the phrase's head clause, read by according_head;
a phrase opening the sentence, by according_opening; the writer's aside after it, by according_aside)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .according_aside import writers_aside
from .according_head import reported_head
from .according_opening import opening_report
from .attach import Cue
from .clauses import pieces_around
from .cue_table import cues
from .index import sent_bounds, text_of


def according_to(tok: Token) -> Cue | None:
    """The report 'according' at tok opens ("X rose, according to Y", "According to Y, X rose"): the clause the
    phrase hangs on, or, where the parse lost the phrase's shape, the clause after the comma that ends its source."""
    if by_a_measure(tok):
        return None  # "grades each load according to its quality": by what it is done, no source
    cue = _according_parsed(tok)
    opening = opening_report(tok)
    if opening is None:
        return cue
    source, first, last = opening
    doc = tok.doc
    start = doc[first].idx
    if cue is not None and cue.spans and cue.spans[0][0] >= start:
        return cue  # "According to a poll by A, B and C, X": a source listed past the comma, as the parse read it
    to = doc[tok.i + 1]  # the parse lost the phrase's shape: the source ends at the comma, the report follows it
    end = to.idx + len(to)
    return Cue(tok, text_of(doc)[tok.idx:end], tok.idx, end, source, [(start, doc[last].idx + len(doc[last]))])


def _according_parsed(tok: Token) -> Cue | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if to is None and nxt is not None and nxt.lower_ == "to":
        to = nxt
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    doc = tok.doc
    head = reported_head(tok, to)
    if head is None:
        return None
    passed = head.i != tok.head.i  # a verb of the source's description was passed over: nothing after X is content
    while head.dep_ in ("advcl", "acl", "csubj") and head.tag_ in ("VBG", "VBN") and head.head.i != head.i:
        head = head.head  # "Rescuers, working in the cold, according to X, pulled …": X reports the whole clause
    if head.pos_ in ("VERB", "AUX"):
        lo, hi = head.left_edge.i, head.right_edge.i
        if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i < tok.i and \
                sent_bounds(doc, head.head.i) == sent_bounds(doc, head.i):
            lo = head.head.left_edge.i  # "17 died and 35 were rescued, according to X": X reports both
    else:
        lo, hi = sent_bounds(doc, head.i)
        hi -= 1
    if passed:
        hi = min(hi, tok.left_edge.i - 1)
    cut_hi = max(tok.right_edge.i, to.right_edge.i)
    if to.right_edge.i + 1 < cut_hi and doc[to.right_edge.i + 1].text == ",":
        cut_hi = to.right_edge.i + 1  # "was, according to X, among the dead": what follows the comma is content
    if writers_aside(doc, head, tok, cut_hi):
        hi = min(hi, cut_hi)  # "…, according to a poll - virtually the same as …": the writer's comparison
    pieces = [(s, e) for s, e in pieces_around(doc, lo, hi, tok.left_edge.i, cut_hi)
              if s < tok.idx or not _PARTITIVE_RELATIVE.match(text_of(doc), s)]
    if not pieces:
        return None
    end = to.idx + len(to)
    return Cue(tok, text_of(doc)[tok.idx:end], tok.idx, end, source, pieces)


def by_a_measure(tok: Token) -> bool:
    """'according to its quality', 'according to the type of loan', 'according to a formula', 'went according to
    plan': the phrase names a measure, a kind or a method by which something is done (cues.json accordance_nouns),
    not the source of a report."""
    doc = tok.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACCORDANCE_NOUNS:
        return False
    # "according to the plan", "according to the draft plans" may cite the document; only "according to plan" goes by it
    return noun.lemma_.lower() not in _BARE_ONLY or noun.tag_ == "NN" and not any(noun.children)


_ACCORDANCE_NOUNS = frozenset(cues()["accordance_nouns"])
_BARE_ONLY = frozenset(cues()["bare_accordance_nouns"])

# "…, according to officials, some of whom were hospitalised": the writer's word about the source, not its report
_PARTITIVE_RELATIVE = re.compile(r"\w+ of (?:whom|which)\b", re.IGNORECASE)
