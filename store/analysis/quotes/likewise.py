"""The writer noting who else holds the stance: 'said she wants an inquiry, as have several council members'.

An 'as' clause set off by a comma whose auxiliary comes before its subject ("as have X", "as did X", "as was X")
compares others with the source: it is the writer's addition, not the source's words. With the subject first it
may be the source's own comparison ("prices would rise, as they did last year"), which stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def others_likewise(doc: Doc, clause: Token, start: int) -> bool:
    """clause, opening at token `start` after a comma, is 'as' + auxiliary + the others it names."""
    # the three auxiliaries, grammar rather than cue words (the lexicon lists "be" among its stance links)
    return doc[start].lower_ == "as" and clause.i == start + 1 and clause.lemma_.lower() in ("have", "do", "be") and \
        doc[start - 1].text == "," and \
        any(c.dep_ in ("nsubj", "dobj", "attr") and c.i > clause.i for c in clause.children) and \
        not any(c.dep_ in ("nsubj", "expl") and c.i < clause.i for c in clause.children)
