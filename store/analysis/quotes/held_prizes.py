"""'will defend her title', 'the defending champion', 'MPs defending their seats': a prize or a seat held and
contested again, which is no position argued for and no one's words."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_DEFENDING = frozenset(cues()["prize_defending_verbs"])
_PRIZES = frozenset(cues()["held_prize_nouns"])


def defends_a_prize(verb: Token, obj: Token) -> bool:
    """The object of 'defend' is a title, a crown or a seat, or the one who holds it ('defending champion X')."""
    if verb.lemma_.lower() not in _DEFENDING or obj.dep_ != "dobj":
        return False
    return obj.lemma_.lower() in _PRIZES or \
        any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _PRIZES for c in obj.lefts)
