"""A party's short name or its members run together with the word before them ('Indiana GOP insiders', 'Reagan
Democrats', 'Key Democratic lawmakers'): the model reads the word before as a given name and the whole as one person;
every "GOP" or "Republicans" of the article was then that person, and a surname ("Reagan") was shown under it."""

from __future__ import annotations

from .mentions import Mention

# a party's name or short name: a body (ORG), or its members (NORP), never one person
_PARTY_ENDS = {"GOP": "ORG", "Democrats": "NORP", "Republicans": "NORP", "Democratic": "NORP", "Republican": "NORP",
               "Whigs": "NORP", "Tories": "NORP"}


def parties_taken_for_persons(mentions: list[Mention]) -> None:
    """'Indiana GOP insiders', 'district GOP leaders': the model reads the state or the word before a party's
    short name as a given name, and every "GOP" of the article was then one person."""
    for m in mentions:
        if m.label == "PERSON" and m.words and m.words[-1] in _PARTY_ENDS:
            m.label = _PARTY_ENDS[m.words[-1]]
