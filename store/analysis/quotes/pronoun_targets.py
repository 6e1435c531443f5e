"""'accused him of lying', 'blamed them for the closure', 'criticised her for selling the plant': a charge or a
judgement whose target the article gives by a pronoun.

The object rules leave a pronoun object alone, since 'denied it', 'confirmed this' or 'welcomed them' name nothing
said. But the charge itself is in the phrase after the pronoun: 'of' and what the target is accused of, 'for' and
what it is blamed or praised for. With that phrase the pronoun is the one judged, as a name would be ('accused
<Firm> of X' is already reported), and the report runs over it and the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues, saying_verbs

_ACCUSING = frozenset(cues()["accusing_verbs"])
_BLAMING = frozenset(cues()["blaming_verbs"])
_JUDGING = frozenset(cues()["judging_verbs"])
_NOT_REASONS = ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT")
# what the target said or urged ('blame him for encouraging ranchers to clear the land'): the target's own report,
# which the rules for such verbs give the target; the charge around it would take its words
_REPORTING = saying_verbs() | frozenset(cues()["infinitive_verbs"])


def charged_pronoun(verb: Token, obj: Token) -> bool:
    """obj, a personal pronoun as verb's object, is the target of a charge the phrase right after it states."""
    if obj.dep_ != "dobj" or obj.tag_ != "PRP" or obj.head.i != verb.i or obj.i + 1 >= len(obj.doc):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _ACCUSING:
        wanted = "of"
    elif lemma in _BLAMING or lemma in _JUDGING:
        wanted = "for"
    else:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    prep = obj.doc[obj.i + 1]
    if prep.lower_ != wanted or prep.head.i != verb.i or prep.dep_ not in ("prep", "advcl", "mark"):
        return False
    # a verb of saying or a clause with a subject of its own joined inside the phrase ('one accusing it of X and
    # another alleging Y') is a second charge, often by another source, which the parse ran into this one
    if any(
        t.dep_ == "conj"
        and (t.lemma_.lower() in saying_verbs() or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
        for t in prep.subtree
    ):
        return False
    if any(c.dep_ == "pcomp" and c.lemma_.lower() in _REPORTING for c in prep.children):
        return False
    # what the phrase holds: an act ('of lying', 'for selling X') or a thing ('for the closure'), not a span of
    # time or a sum ('praised them for two hours', 'blamed him for 40 mln dlrs of losses' is left)
    return any(
        (c.dep_ == "pcomp" and c.tag_ == "VBG")
        or (c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in _NOT_REASONS)
        for c in prep.children
    )
