"""Sentence boundaries the small model puts after an abbreviation's full stop ("the U.S. -- and also …",
"Acme Corp. said", "WASHINGTON, March 11 - U.S. Senate …"): they cut a reported statement short and
leave its cue without a speaker. Marked before the parser, which then keeps them inside the sentence.
"""

from __future__ import annotations

import re

SHORT_FORMS = (
    "Corp", "Inc", "Co", "Ltd", "Bros", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Cmdr", "Maj",
    "Rev", "Prof", "Dr", "Mr", "Mrs", "Ms", "St", "Mt", "Ft", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Jr", "Sr", "vs",
)
# initials with full stops (U.S., D.C., a.m.) or a short form English abbreviates, then spaces on one line,
# then the next word's first character
ABBREVIATION = re.compile(
    r"(?<![\w.])(?:(?:[A-Za-z]\.){2,}|(?:" + "|".join(SHORT_FORMS) + r")\.)([ \t]+)(\S)"
)
# a title before a name ("Navy Capt. Jeff Davis", "Mr. Amar"): never the end of a sentence in news copy
TITLE_FORMS = frozenset(("Gov", "Sen", "Rep", "Gen", "Lt", "Sgt", "Capt", "Adm", "Cmdr", "Maj", "Rev", "Prof", "Dr", "Mr",
                         "Mrs", "Ms"))
# a word cannot open a sentence when it is in lower case or a number, nor can these marks
CLOSING = frozenset(",;:)]}%’-–—")  # not the straight ' that may open a quotation


def continues(first: str) -> bool:
    """Whether a word starting with this character, after an abbreviation's full stop, carries its sentence on."""
    return first.islower() or first.isdigit() or first in CLOSING


def continuations(text: str, opens: set[int]) -> list[int]:
    """Where the words that follow an abbreviation in the same sentence begin (character offsets): the next
    word continues it, or the abbreviation itself opens a sentence (at an offset in `opens`: a one-word
    sentence "U.S." is never right)."""
    return [
        found.start(2)
        for found in ABBREVIATION.finditer(text)
        if continues(found.group(2)) or found.start() in opens
        or found.group(2).isupper() and found.group().split(".", 1)[0] in TITLE_FORMS
    ]
