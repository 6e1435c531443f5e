"""A stance held with content: "Buchheit is adamant that the banks have nothing to worry about", "Analysts remain
optimistic the market will recover by June".

The rulings count stances with content as reports ("merchants fear that …", "researchers estimate …"). An
adjective of conviction or doubt after "be" or "remain" says what a verb would ("is confident that" as "believes
that"): the clause it governs is the content, the subject of "be" the source. Only a clause opened by "that" or
with a subject of its own counts ("is not sure whether" asks, "is sure to win" forecasts nobody's words), and an
impersonal subject ("it is certain that") holds nobody's stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

STANCE_ADJECTIVES = frozenset(cues()["stance_adjectives"])
_LINKS = frozenset(cues()["stance_link_verbs"])
_NOT_SOURCES = {"it", "this", "that", "there", "which", "what", "who"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


def stance_clause(adj: Token) -> tuple[int, int, Token] | None:
    """(first, last) token indices of the clause an adjective of stance governs, and the subject holding it."""
    if adj.dep_ != "acomp" or adj.lemma_.lower() not in STANCE_ADJECTIVES:
        return None
    link = adj.head
    if link.lemma_.lower() not in _LINKS or link.dep_ in ("relcl", "acl"):
        return None
    subject = next((c for c in link.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _NOT_SOURCES:
        return None
    # the parse hangs the clause on the adjective or on "be"; "re-establish" may come as three clauses
    clauses = sorted((c for c in list(adj.children) + list(link.children) if c.dep_ == "ccomp" and c.i > adj.i),
                     key=lambda c: c.i)
    if not clauses or clauses[0].left_edge.i != adj.i + 1:
        return None
    first = clauses[0]
    marks = {c.lower_ for c in first.children if c.dep_ == "mark"}
    if marks - {"that"} or not marks and not any(c.dep_ in _SUBJECTS for c in first.children):
        return None
    last = max(c.right_edge.i for c in clauses if all(not t.is_punct or t.text == "-" for t in
                                                      adj.doc[first.right_edge.i + 1:c.left_edge.i]))
    return first.left_edge.i, last, subject
