"""'According to X,' opening a sentence: the source phrase runs to its comma, and the sentence after it is the report.

The parse often loses the phrase's shape when the source is a firm with its kind before it ('According to survey
firm X, ...', where 'survey' is read as a verb) or a noun with an appositive name, and then either hangs the
report's subject on the source or makes 'According' the sentence's root: the report came out cut or not at all.
Word order settles it: a sentence that opens on the phrase names its source up to the first comma, and what follows
is a clause of its own when it holds a finite verb and does not open on a relative pronoun, a participle or a
preposition (which would still describe the source: 'According to X, who runs Y, ...'). Only when the parse gave
no report, or one that begins inside the phrase: a source listed past the comma ('According to a poll by A, B
and C, X') is read right by the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import FINITE, NOT_CLAUSE_OPENERS
from .index import sent_bounds


def opening_report(tok: Token) -> tuple[Token, int, int] | None:
    """(source, first, last token of the report) for a sentence opening on 'According to X,', or None."""
    doc = tok.doc
    lo, hi = sent_bounds(doc, tok.i)
    if tok.i != lo or tok.text != "According" or tok.i + 1 >= hi or doc[tok.i + 1].lower_ != "to":
        return None
    comma = next((i for i in range(tok.i + 2, hi) if doc[i].text == ","), None)
    if comma is None or comma == tok.i + 2:
        return None
    if any(doc[i].tag_ in FINITE for i in range(tok.i + 2, comma)):
        return None  # a clause inside the phrase: its shape is not a bare source
    last = hi - 1
    while last > comma and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    first = comma + 1
    if first > last or doc[first].tag_ in NOT_CLAUSE_OPENERS or doc[first].is_punct:
        return None
    if not any(doc[i].tag_ in FINITE for i in range(first, last + 1)):
        return None
    phrase = [doc[i] for i in range(tok.i + 2, comma)]
    to = doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj" and c.i < comma and c.pos_ != "VERB"), None)
    if source is not None:  # "analysts X": the name beside its kind
        source = next((c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < comma), source)
    if source is None:  # no object of 'to', or a verb ('survey' in 'survey firm X'): a name, else the last noun
        source = next((t for t in reversed(phrase) if t.pos_ == "PROPN"), None) or \
            next((t for t in reversed(phrase) if t.pos_ == "NOUN"), None)
    if source is None:
        return None
    return source, first, last
