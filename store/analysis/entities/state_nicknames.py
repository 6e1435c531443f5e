"""A US state called by its nickname, 'the Granite State', 'the Buckeye State': the model reads the two capitalised
words as an organisation (or a building, a person). It is the state, a place, in every mention. Only the nickname
alone: "Golden State Warriors" or "Empire State Building" are names of their own, and a school ("Iowa State") is
named after its state, not by a nickname."""

from __future__ import annotations

from .mentions import Mention

_NICKNAMES = {
    "granite", "sunshine", "silver", "buckeye", "badger", "hawkeye", "keystone", "golden", "lone star", "empire",
    "garden", "palmetto", "peach", "hoosier", "bluegrass", "old line", "show-me", "show me", "tar heel", "volunteer",
    "evergreen", "bay", "wolverine", "beehive", "pelican", "magnolia", "centennial", "cornhusker", "sooner", "aloha",
    "gem", "treasure", "pine tree", "green mountain", "nutmeg", "sunflower", "north star", "gopher", "yellowhammer",
    "beaver", "grand canyon", "mount rushmore", "peace garden", "cowboy", "prairie", "last frontier", "ocean",
    "diamond", "mountain", "constitution",
}


def state_nicknames(mentions: list[Mention]) -> None:
    for m in mentions:
        words = m.words[1:] if m.words and m.words[0].lower() == "the" else m.words
        if m.label in ("ORG", "FAC", "PERSON", "LOC", "NORP") and len(words) >= 2 and words[-1] == "State" \
                and all(w[:1].isupper() for w in words) and " ".join(words[:-1]).lower() in _NICKNAMES:
            m.label = "GPE"

