"""What someone told a hearer named with a place or time: "told a crowd at a hotel in Dayton that she is not
quitting", "told reporters in the capital that the bill would pass".

After a hearer and a prepositional phrase the parse often reads the that-clause as a relative clause on the
last noun ("the capital that she is not quitting"), so the telling seemed to report nothing. A telling with no
clause of its own always reports one: a clause opened by "that" with a subject of its own, hung on a noun of the
hearer's phrase or of a phrase after it, is what was told.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def told_clause(tok: Token) -> Token | None:
    """The clause the parse hung on a noun after the telling verb `tok`, when it is what was told."""
    for child in tok.rights:
        if child.dep_ not in ("dobj", "dative", "prep", "npadvmod"):
            continue
        for t in child.subtree:
            if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and _opens_with_that(t):
                return t
    return None


def _opens_with_that(clause: Token) -> bool:
    """'… that she expects to win': "that" opens it, right after the noun (no comma: ', that' is a relative), with
    a subject of its own and no gap for "that" to fill: "that" is a conjunction, or the verb has its object or
    complement already ('a town that the river had flooded' is a relative clause, its object the town)."""
    doc = clause.doc
    first = clause.left_edge
    if first.lower_ != "that" or first.i < 1 or doc[first.i - 1].is_punct or \
            not clause.left_edge.i <= first.head.i <= clause.right_edge.i:
        return False
    if not any(c.dep_ in _SUBJECTS and c.i != first.i for c in clause.children):
        return False
    # the gap is in the verb "that" hangs on ('that she expects to win the state': "that" is read as win's object)
    return first.dep_ in ("mark", "advmod") or \
        any(c.dep_ in _FILLED and c.i != first.i for c in first.head.children)


_FILLED = ("dobj", "attr", "acomp", "xcomp", "ccomp")  # not oprd: "a city that she calls home"
