"""A sport's competitions by their closing word: "the Riverton Open", "the Hillcrest Sevens", "a Grand Slam", "the
Six Nations", "the Premiership", "the Oakvale Cup" are events (no entity a reader looks up here, as the names'
rulings say of events), though the model reads them as towns, grounds, bodies, persons or laws. Only in a report of
a game (a premiership is a prime minister's term too, and "the United Nations" no competition); not a name whose
closing word a body takes too ("League", "Union"), nor a name the model gave a role."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention
from .sports_clubs import reports_a_sport

_ENDS = {"open", "sevens", "slam", "slams", "premiership", "cup", "cups", "championship", "championships", "trophy"}
_ALONE = {"sevens", "premiership"}  # a competition's one-word name ("the Sevens", "the Premiership")
_NATIONS = {"six", "five", "four", "home", "tri"}  # "the Six Nations", "the Tri-Nations"; not "the United Nations"
_READ_AS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"}


def _a_competition(words: tuple[str, ...]) -> bool:
    if not words or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False  # "the world cup" in lower case, or a phrase the model ran on ("England a Grand Slam")
    last = words[-1].lower()
    if last == "nations":
        return len(words) > 1 and words[-2].rstrip("-").lower() in _NATIONS
    return last in _ENDS and (len(words) > 1 or last in _ALONE)


def competitions(doc: Doc, mentions: list[Mention]) -> None:
    # a tennis report names no club and so does not open the club rules, but its tournaments close with "Open"
    if not reports_a_sport(doc):
        return
    for m in mentions:
        if m.label in _READ_AS and not m.role and _a_competition(tuple(w for w in m.words if w != "-")):
            m.label = "EVENT"
