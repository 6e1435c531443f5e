"""Awards known by a name with no head word: 'won an Oscar', 'two Golden Globes', 'an Oscar-winning film', 'the
Grammys'. The model reads such a name as a person, an organisation or a place; it is an award, an event as "Berwick
Prize" is, in every mention, once one mention is written as a thing (after an article or a number, in the plural, or
before the noun it qualifies) in an article that speaks of awards. Not when the article names a person with the
word ("Oscar Lindqvist", then "Oscar said"), nor a player known by one name ("Oscar scored twice")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers, tokens
from .mentions import Mention
from .referents import key
from .vocabulary import HEADS

_AWARDS = {tuple(name.split()) for name in HEADS["awards"]}
_AWARD_WORDS = HEADS["award_words"]


def awards_by_name(doc: Doc, mentions: list[Mention]) -> None:
    found = [m for m in mentions if key(m.words) in _AWARDS and m.label != "EVENT"]
    if not found or not _AWARD_WORDS.intersection(lowers(doc)):
        return  # an article that gives no nomination, award or ceremony names no award: "Commander Oscar"
    named = {w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in key(m.words)}
    toks = tokens(doc)
    things = {key(m.words) for m in found if _a_thing(toks, m)}
    for m in found:
        k = key(m.words)
        if k in things and not (len(k) == 1 and k[0] in named):
            m.label = "EVENT"


def _a_thing(toks, m: Mention) -> bool:
    """'an Oscar', 'two Baftas', 'the Oscars', 'Oscar nominations', 'Oscar-winning'; not after a noun, which a
    player's name follows as often ('best actor Oscar', 'forward Oscar')."""
    before = toks[m.start - 1] if m.start else None
    after = toks[m.end] if m.end < len(toks) else None
    # a person is written after "the" too ("the veteran Oscar"): a 'person' needs the plural or a noun after it
    return m.words[-1].endswith("s") or before is not None and before.pos_ in ("DET", "NUM") and m.label != "PERSON" \
        or after is not None and (
        after.text == "-" and not after.whitespace_ or after.is_lower and after.pos_ == "NOUN"
        and toks[m.end - 1].dep_ == "compound")
