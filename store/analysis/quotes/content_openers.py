"""'<Firm> said in view of the drop in its shares, it is weighing a buyback': a phrase of cause, concession or
condition right after the verb of saying opens what was said, but the parse hangs it on the cue, so the report
started at the clause's subject. Such a phrase gives no time, place or occasion of the saying ('said in a
statement', 'said on Tuesday'): it is part of the report."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_OPENERS = tuple(tuple(p.split()) for p in cues()["content_opening_phrases"])


def opens_content(words: list[str]) -> bool:
    """Whether the words (lower case) open with one of the phrases."""
    return any(tuple(words[:len(p)]) == p for p in _OPENERS)


def opening_adverbial(cue: Token, lo: int, content: Token) -> int:
    """Where the content starts once such a phrase, hung on the cue between it and its clause, is put back in."""
    doc = cue.doc
    prep = next((c for c in cue.rights if c.i == cue.i + 1 and c.dep_ == "prep"), None)
    if prep is None or content.i < cue.i or not prep.right_edge.i < lo <= content.left_edge.i:
        return lo
    words = [t.lower_ for t in doc[prep.i:prep.right_edge.i + 1]]
    if not opens_content(words):
        return lo
    if any(not t.is_punct for t in doc[prep.right_edge.i + 1:lo]):
        return lo  # another phrase between them: not one opening the clause
    return prep.i


def opened_clause(cue: Token) -> Token | None:
    """'said because of the fall in prices, it would close two plants': the parse makes the clause an adverbial one
    of the cue, the phrase its first words; with a subject of its own, it is what was said."""
    doc = cue.doc
    for child in cue.rights:
        if child.dep_ == "advcl" and child.left_edge.i == cue.i + 1 and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i + 1 for c in child.children):
            words = [t.lower_ for t in doc[cue.i + 1:child.i]]
            if opens_content(words):
                return child
    return None
