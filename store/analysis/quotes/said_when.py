"""'said on Friday it won an order', 'told reporters this week the talks were stuck': the parse often hangs the
time of the saying on the reported clause; placed between the cue and the clause's subject it dates the report,
and is no word of what was said."""

from __future__ import annotations

from spacy.tokens import Token

_TIMES = ("DATE", "TIME")


def past_time_of_saying(cue: Token, lo: int, content: Token) -> int:
    """Where the content starts once a time phrase opening it right after the cue (or the one told) is left out."""
    doc = cue.doc
    between = range(cue.i + 1, lo)
    if any(doc[i].head.i != cue.i and not any(a.i == cue.i for a in doc[i].ancestors) or doc[i].dep_ == "ccomp"
           for i in between):
        return lo
    opening = next((c for c in content.lefts if c.left_edge.i == lo), None)
    if opening is None or not _day_of_saying(opening):
        return lo
    words = [t for t in opening.subtree if not (t.i == opening.i and opening.dep_ == "prep") and t.dep_ != "det"]
    if not words or any(t.ent_type_ not in _TIMES for t in words):
        return lo
    start = opening.right_edge.i + 1
    subject = next((c for c in content.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == start), None)
    return start if subject is not None else lo


def _day_of_saying(phrase: Token) -> bool:
    """'on Friday', 'this weekend', 'yesterday' date a report; 'last year' or 'in March' before a clause in the
    past perfect more often date what it reports ('said last year goods had been exported')."""
    if phrase.dep_ == "prep":
        return phrase.lower_ == "on"
    if phrase.dep_ != "npadvmod":
        return False
    return phrase.left_edge.i == phrase.right_edge.i or any(c.dep_ == "det" and c.lower_ == "this" for c in phrase.children)
