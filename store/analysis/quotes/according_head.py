"""The clause an 'according to X' reports, when the parse hangs it on a verb of X's own description.

"…, according to a memo previously kept secret", "…, according to officials who spoke to the paper but were not
authorized to speak": the parse makes the participle or the second verb of the relative clause the head of
"according", which would report that description ("previously kept secret") instead of the clause before it.
A verb after the source, with no subject of its own, describes the source: the report is the clause it hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def describes_source(head: Token, to: Token) -> bool:
    """head, the verb 'according' hangs on, comes after the source phrase ending `to`'s subtree and has no subject."""
    return head.pos_ in ("VERB", "AUX") and head.i > to.right_edge.i and \
        not any(c.dep_ in _SUBJECTS for c in head.children)


def reported_head(tok: Token, to: Token) -> Token | None:
    """The verb whose clause 'according' (tok) reports, once a verb of the source's description is passed over;
    None when that description is the sentence's root ('According to X, writing for Y:'), which reports nothing."""
    head = tok.head
    if not describes_source(head, to):
        return head
    if head.head.i == head.i:
        return None if head.tag_ in ("VBG", "VBN") else head
    return head.head if head.head.i < tok.i else head
