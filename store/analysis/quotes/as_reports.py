"""A report given as an aside opened by "as": "As the Ledger reported, the two men had met", "the bill, as the
senator noted, has no funding", "As The Post's columnist puts it, X".

The parse hangs the "as" clause on the main verb as an adverbial clause with nothing of its own to report, so
the speech verb seemed to report nothing. Like "X, he said, Y", the sentence around the aside is the content.
Only verbs of saying or writing that can report a clause ('note', 'report', 'say', 'write', 'observe', 'point
out', 'put it'): not 'as he spoke', 'as expected', 'as polls show', 'as she seeks re-election'.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cue_table import cues, report_verbs

# speech verbs besides the clause-reporting ones that take an "as" aside (cues.json's as_aside_verbs)
_ALSO = frozenset(cues()["as_aside_verbs"])
_OWN_CONTENT = ("ccomp", "xcomp", "dobj", "dative", "prep")


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    """Verbs of saying (cues.json's speech_verbs) that report a clause (its verbs): not 'expect' or 'show'."""
    return frozenset(cues()["speech_verbs"]) & report_verbs() | _ALSO


def as_aside(tok: Token) -> bool:
    """tok is a speech verb opened by "as", hung on the clause it comments on, with no content of its own."""
    lemma = tok.lemma_.lower()
    if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX") or lemma not in _reporting():
        return False
    first = tok.left_edge
    if first.lower_ != "as" or first.dep_ != "mark" or first.head.i != tok.i:
        return False
    if lemma == "put" and not _it_object(tok) or lemma == "point" and not _out(tok):
        return False  # "as X put it", "as X pointed out"; not "as X put the bill to a vote"
    if tok.tag_ == "VBN" and lemma != "report" and not _perfect(tok):
        return False  # "As written, the law bans X", "as stated above": the wording, nobody's report
    if tok.tag_ != "VBN" and not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return not any(c.dep_ in _OWN_CONTENT and not _allowed(c, lemma) for c in tok.children)


def _perfect(tok: Token) -> bool:
    """'as the Ledger has reported', 'as I have noted': a perfect with its subject, no passive wording."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) and \
        any(c.dep_ == "nsubj" for c in tok.children)


def _it_object(tok: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def _out(tok: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _allowed(child: Token, lemma: str) -> bool:
    """'put it', 'reported by the Ledger', 'noted in a column', 'wrote on Monday': no content of the verb's own."""
    if lemma == "put" and child.dep_ == "dobj" and child.lower_ == "it":
        return True
    return child.dep_ == "prep" and child.lower_ in ("in", "on", "at", "during", "by", "last", "earlier", "after")


def sourceless_aside(tok: Token) -> bool:
    """'As reported, X': a report with no source named; the sentence's subject is no source of it."""
    return tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children) and not _perfect(tok)
