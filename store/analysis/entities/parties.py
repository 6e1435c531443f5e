"""A party's short name or its members run together with the word before them ('Indiana GOP insiders', 'Reagan
Democrats', 'Key Democratic lawmakers'): the model reads the word before as a given name and the whole as one person;
every "GOP" or "Republicans" of the article was then that person, and a surname ("Reagan") was shown under it. British
copy's short names are read as persons alone ("the Lib Dems say", "Labour is counting on")."""

from __future__ import annotations

from .mentions import Mention
from .vocabulary import HEADS_DATA

# a party's name or short name: a body (ORG), or its members (NORP), never one person
_PARTY_ENDS = {word: label for label, words in HEADS_DATA["party_ends"].items() for word in words}


def parties_taken_for_persons(mentions: list[Mention]) -> None:
    """'Indiana GOP insiders', 'district GOP leaders', 'the Lib Dems': the model reads the state or the word before a
    party's short name as a given name, or the short name as a person's, and every "GOP" of the article was then one
    person."""
    for m in mentions:
        if m.label == "PERSON" and m.words and m.words[-1] in _PARTY_ENDS:
            m.label = _PARTY_ENDS[m.words[-1]]
