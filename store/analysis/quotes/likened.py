"""A likening: 'likened the plan to a "slow poison"', 'compared the mayor to a captain who is X'.

The subject's words set one thing beside another; PolNeAR reports the thing and what it was likened to. The verbs
(cues.json's likening_verbs) are no verbs of saying, so nothing else finds these. Only with an object and 'to':
'compared with' and a bare 'compared to' are the writer's figures ('up 5 pct, compared with 3 pct'), and so is a
firm's 'compared sales to a year ago'.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_LIKENING = frozenset(cues()["likening_verbs"])
# a comma or a dash after what it was likened to sets off the writer's own words ('to the BBC, which receives X')
_SETTERS = {",", ";", "—", "–", "-", "--"}


def likened(tok: Token, mask: bytearray) -> tuple[int, int, Token] | None:
    """(first, last token of the content, its head) for a likening verb with an object and a 'to' after it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _LIKENING or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return None  # 'was likened to X by Y' names the thing, not the words' owner, first
    obj = next((c for c in tok.rights if c.dep_ in ("dobj", "npadvmod") and c.pos_ in ("NOUN", "PROPN", "PRON")),
               None)
    if obj is None or mask[obj.idx]:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in tok.children):
        return None  # 'if you compare it to X': a likening supposed, nobody's words
    end = tok.sent.end
    # the parse hangs 'to' on the verb, on the object, or makes it the mark of a clause of the object ('to "burning X"')
    to = next((t for t in tok.doc[obj.i + 1:end] if t.lower_ == "to" and not mask[t.idx] and
               (t.head in (tok, obj) or t.head.head == obj and t.dep_ == "aux")), None)
    if to is None:
        return None
    hi = (to if to.head in (tok, obj) else to.head).right_edge.i
    stop = next((t.i for t in tok.doc[to.i + 1:hi + 1] if t.text in _SETTERS and not mask[t.idx]), None)
    if stop is not None:
        hi = stop - 1
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.doc[to.i + 1:hi + 1]):
        return None  # 'compared sales to a year ago': figures set beside a period's, no view
    return obj.left_edge.i, hi, obj
