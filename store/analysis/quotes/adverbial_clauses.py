"""A reported clause the parse hung on the speech verb as an adverbial, so that no complement was found: 'said
after the meeting he would not accept the offer' is parsed with 'accept' an adverbial clause of 'said' and the
phrase before its subject hung on it (or its preposition read as the clause's conjunction). The clause from its
subject on is what was said; the phrase dates the saying.

Only a finite clause with a subject of its own and no word opening it: a participle ('said, adding …') and a
clause opened by a conjunction or a wh-word ('said as he left', 'will respond when he gives evidence') stay the
writer's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import FINITE

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def adverbial_report(verb: Token) -> tuple[Token, int] | None:
    """The adverbial clause holding what `verb` reports, and the index its content starts at."""
    for child in verb.rights:
        if child.dep_ != "advcl" or any(c.dep_ == "mark" and not any(g.dep_ == "pobj" for g in c.children)
                                        for c in child.children):
            continue  # a "mark" with an object of its own is the dating phrase's preposition ("after the vote")
        if any(c.tag_ in ("WRB", "WDT", "WP") for c in child.children):
            continue  # "will respond to X when he gives evidence": a time or a question, nothing said
        if child.tag_ not in FINITE and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in child.children):
            continue
        subject = next((c for c in child.children if c.dep_ in _SUBJECTS and c.i < child.i), None)
        if subject is not None and not any(c.dep_ == "aux" and c.i < subject.i for c in child.children):
            return child, subject.left_edge.i  # (not "should Trump win": a condition put as a question)
    return None
