"""'X is accused of Y', 'X was accused by Z of Y': a passive accusation reports Y, for whoever the article says
accused (the agent after "by"), or for no one named: the accusation is reported, not the writer's own claim."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_ACCUSING = frozenset(cues()["accusing_verbs"])


def passive_accusation(tok: Token) -> tuple[int, int, Token | None] | None:
    """(first, last, source) of what a passive accusing verb charges, or None."""
    if tok.lemma_.lower() not in _ACCUSING or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and
               any(k.dep_ in ("pcomp", "pobj") for k in c.children)), None)
    if of is None or of.right_edge.i <= of.i:
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return of.i + 1, of.right_edge.i, source
