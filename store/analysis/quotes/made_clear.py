"""'He made clear, however, that lending would rise', 'Officials made it clear before the talks that they expected no
breakthrough': making something clear reports it, though "make" with a that-clause is otherwise no cue ("make sure
that X"). The parse hangs the clause anywhere (on the verb, on "clear", on a noun in between), so it is read
from the word order: the that-clause opening within a few words after "clear" or "plain"."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues
from .index import sent_bounds

_PLAIN = frozenset(cues()["clear_adjectives"])
_REACH = 12  # words between "clear" and its "that": ", however,", "before the start of today's talks"


def made_clear(verb: Token) -> tuple[Token, int, int] | None:
    """(the adjective, first, last) token indices of the clause a 'made (it) clear that' reports."""
    adj = next((c for c in verb.rights if c.lower_ in _PLAIN and c.pos_ == "ADJ"), None)
    if adj is None:
        return None
    doc = verb.doc
    end = sent_bounds(doc, verb.i)[1]
    that = next((t for t in doc[adj.i + 1:min(end, adj.i + _REACH)] if t.lower_ == "that"), None)
    if that is None or that.i + 1 >= end:
        return None
    clause = that.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "that adjustment lending would rise": "that" read as the subject's determiner
    last = clause.right_edge.i if clause.i > that.i else end - 1
    return adj, that.i + 1, max(last, that.i + 1)
