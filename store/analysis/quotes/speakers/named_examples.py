"""A source the sentence gives as a group and then names: 'Some, such as <Name>, believe …', 'Critics,
such as <Name> at <Group>, said …'."""

from __future__ import annotations

from spacy.tokens import Token


def named_example(resolver, token: Token) -> Token | None:
    """'Some, such as <Name>, believe …': the one person named as the example holds the view the sentence gives,
    and is the source the article names (the words that follow are mostly theirs); two or more ('such as <A> and
    <B>') are left to the group."""
    if token.dep_ != "nsubj" or token.pos_ not in ("PRON", "DET", "NOUN", "ADJ") or token.tag_ == "NN":
        return None
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "as" or not any(c.lower_ == "such" for c in prep.lefts):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
            return None
        k = resolver.overlapping(objects[0].idx, objects[0].idx + len(objects[0]))
        if k is not None and resolver.ents[k].label == "PERSON":
            return objects[0]
    return None
