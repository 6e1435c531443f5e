"""A 'despite' phrase after a forecast that the source weighs against it ('said costs will rise, despite new
measures to cut them', 'would impose the curbs, despite any talks'): part of what the source foresees, not the
writer weighing the report ('said it was safe, despite photos showing X', 'should wait, despite backing Y')."""

from __future__ import annotations

from spacy.tokens import Token


def foreseen_despite(t: Token, cue: Token) -> bool:
    """t is a ', despite <noun>' phrase the parse hung on a reported clause with a modal ('will', 'would', 'should')
    rather than on the cue: the source's own concession. Not a gerund ('despite backing X': what the source did),
    nor a noun with a participle or a verb below it ('despite photos showing X', 'despite reports it would close'),
    which bring in evidence or another account the writer sets beside the report."""
    if t.dep_ != "prep" or t.lower_ != "despite" or t.head.i == cue.i or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.head.children):
        return False
    objects = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
    if len(objects) != 1 or objects[0].dep_ != "pobj" or objects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(
        v.pos_ in ("VERB", "AUX") and v.dep_ != "amod" and not _infinitive(v)
        for v in objects[0].subtree
        if v.i != objects[0].i
    )


def _infinitive(v: Token) -> bool:
    """'measures to cut rates', 'talks to avert the curbs': a purpose, no other account."""
    return v.tag_ == "TO" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)
