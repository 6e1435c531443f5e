"""A report inside a relative clause: "reserves, which Wang said made Taiwan a target".

The relative pronoun is the subject of what was said, and the parser hangs the reported verb
phrase on the cue as an open complement ("which Mielke expects to decline by one fifth", "which it
says do not take account of X") rather than a clause. The content is that verb phrase (the
rulings: "The plan, which the minister said would cut costs" quotes "would cut costs").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_RELATIVE = {"which", "who", "that"}
# what opens a relative clause set off by a comma (", which entered the market", ", whom he named"): the writer's
# aside, no part of a report (bounds, bracketed_names); 'that' opens no such clause
COMMA_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_VERB_PARTS = {"aux", "auxpass", "neg", "advmod"}  # "to decline", "do not take", "would soon cut"
_REPORTING = frozenset(cues()["relative_verbs"])  # saying and judging; not "agreed to": a plan is no report


def relative_report(cue: Token) -> tuple[int, int] | None:
    """(first, last) token indices of the verb phrase a relative-clause cue reports, or None."""
    if cue.dep_ != "relcl" or cue.lemma_.lower() not in _REPORTING or \
            not any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in cue.children):
        return None
    doc = cue.doc
    pronoun = next((t for t in doc[cue.head.i + 1:cue.i] if t.lower_ in _RELATIVE), None) \
        if cue.head.i < cue.i else None
    if pronoun is None or doc[pronoun.i - 1].pos_ == "ADP":
        return None  # "a mission during which a team agreed to buy": the pronoun is no subject of the words
    said = next((c for c in cue.rights if c.dep_ == "xcomp" and
                 all(t.dep_ in _VERB_PARTS and t.head.i == c.i for t in doc[cue.i + 1:c.i])), None)
    if said is None:  # the relative pronoun may hang on the verb phrase, but nothing else before its verb
        return None
    return cue.i + 1, said.right_edge.i
