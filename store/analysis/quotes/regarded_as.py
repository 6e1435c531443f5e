"""'the minister sees the tariff as a threat to jobs', 'voters still view her as the abler one', 'he regards the deal
as unfair': how the subject sees a thing is the subject's stance, reported as the thing and what it is seen as. So is
how the subject makes a thing out ('portrayed the levy as a burden', 'cast himself as an outsider').

The verbs report a clause too ('sees that X'), which the clause rules read; with a bare object and no 'as' they
report nothing ('saw the film', 'views the site'). Only an 'as' right after the object counts, opening a phrase that
hangs on the verb: not 'as' opening a clause of its own ('saw the film as he left'), nor a passive ('is seen as X',
whose holder the sentence does not name).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues
from .index import sent_bounds

_REGARDING = frozenset(cues()["regarding_verbs"])
_WORKS = frozenset(cues()["work_nouns"])


def regarding(verb: Token) -> bool:
    """A verb of regarding that holds a view: not a gerund after a preposition ('gets drivers used to seeing their
    cars as an office'), which tells of a habit the writer describes, nor a view someone may hold ('some may see
    this as lazy'), the writer's guess."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _REGARDING and \
        not (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj")) and \
        not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and not _part_given(verb)


def _part_given(verb: Token) -> bool:
    """'cast him as the king in the film': a part in a work, given by whoever made it, no view of anyone."""
    if verb.lemma_.lower() != "cast":
        return False
    lo, hi = sent_bounds(verb.doc, verb.i)
    return any(t.lemma_.lower() in _WORKS for t in verb.doc[lo:hi])


def regarded_as(verb: Token) -> tuple[int, int, Token] | None:
    """(first token, last token, object) of 'X as Y' after a verb of regarding, or None."""
    if not regarding(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    start = sent_bounds(doc, verb.i)[0]
    while start < verb.i and doc[start].is_space:
        start += 1
    if doc[start].is_quote or doc[start].text in _OPENING_MARKS:
        return None  # '“X has always regarded herself as Y': words quoted from someone, its marks left unpaired
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i + 1 >= len(doc):
        return None
    as_ = doc[obj.right_edge.i + 1]
    if as_.lower_ != "as" or as_.dep_ == "mark":
        return None
    branch = as_
    while branch.head.i != verb.i:  # the phrase under the verb that holds the 'as'
        if branch.head.i == branch.i or branch.head.i < verb.i:
            return None
        branch = branch.head
    if branch.right_edge.i <= as_.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in branch.children):
        return None
    # 'view her as the abler one - with six in ten saying X': what follows a dash or a semicolon is the writer's
    hi = next((t.i - 1 for t in doc[as_.i + 1:branch.right_edge.i + 1] if _sets_off(t)), branch.right_edge.i)
    return (obj.left_edge.i, hi, obj) if hi > as_.i else None


_BREAKS = {"-", "—", "–", "--", ";"}


def _sets_off(tok: Token) -> bool:
    """A dash or a semicolon that sets the words after it off; not a hyphen inside a word ('an out-of-touch
    heir', 'a pro-business mayor'), which has no space on either side."""
    if tok.text not in _BREAKS:
        return False
    return tok.text != "-" or bool(tok.whitespace_) or tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_)


_OPENING_MARKS = {'"', "“", "‘", "'", "«", "''", "``"}
