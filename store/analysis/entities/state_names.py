"""States and provinces the model calls organisations ("the ACT and Tasmania remain fatality free", "the
Northern Territory's coroner"): a first-level state's name alone, in an article that also names its country,
another of that country's states or one of its cities as places, is the state. A name several countries' states
share, or a word that is also a firm's ("Delta"), is only taken where the article places it in that country; a
match report is left alone, where a state's name is as often its side's. A state's name of two words the model
calls a person's is the state too."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention
from .sports_clubs import about_a_sport


@lru_cache(maxsize=1)
def _states() -> dict[str, frozenset[str]]:
    # "Eastern", "Central", "Northern": a name the states of three countries or more share is a word first ("Eastern
    # and Northern European heritage"), neither a state here nor a sign of one
    return {name: codes for name, codes in gazetteer.state_countries().items() if len(codes) < 3}


def states_taken_for_bodies(doc: Doc, mentions: list[Mention]) -> None:
    states = _states()  # made once, like the gazetteer's table it is cut from
    if not any(m.label == "ORG" and m.name in states for m in mentions) or about_a_sport(doc):
        return
    cities = gazetteer.city_countries()
    countries: set[str] = set()
    for m in mentions:
        if m.label in ("GPE", "LOC"):
            if code := gazetteer.country_code(m.name):
                countries.add(code)
            countries |= states.get(m.name, frozenset()) | cities.get(m.name, frozenset())
    for m in mentions:
        if m.label == "ORG" and m.name in states and states[m.name] & countries and not m.role:
            m.label = "GPE"


def states_taken_for_persons(mentions: list[Mention]) -> None:
    """'the governors of Bahia and Mato Grosso': a state's name of two words or more, which the model reads as a
    person's when its first word is a first name too ('Mato', 'Santa'), is the state; no one's full name is a
    state's. A name the article gives a title stays a person, and a word alone ('Georgia') is left to the cues."""
    states = gazetteer.states()
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1 and not m.role and m.name in states:
            m.label = "GPE"
