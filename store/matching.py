"""How words typed into a filter match what a view lists: in any case, with or without diacritics.

A reader types "erdogan" for Recep Tayyip Erdoğan and "federal reserve" for "Federal Reserve", and
an article may write a role "Chair" where another writes "chair": both sides are folded the same
way (`folded`) before they are compared, so that one rule decides what matches and what counts as
the same words. The analysis folds its name keys with the same function ("Erdogan" and "Erdoğan" are
one referent), so what the article joins and what a filter finds agree; this module imports only the
standard library, so the analysis and the reader can both use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# letters with a stroke or a ligature, which Unicode does not decompose into a base letter and a mark,
# though a reader without them on the keyboard types the plain letter ("Łukasz", "Søren", "Kılıçdaroğlu");
# and the typographic apostrophe, which a keyboard types straight ("Kimura’s", "O’Brien")
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t", "þ": "th",
                        "æ": "ae", "œ": "oe", "’": "'"})
# the combining diacritical marks of the Latin, Greek and Cyrillic scripts, as decomposition leaves them
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def folded(text: str) -> str:
    """The text in lower case without diacritics: what a typed word is looked for in, and looked for as.

    Line breaks stay where they are, so a view folds many lines joined in one call and splits them again.

    >>> folded("Recep Tayyip Erdoğan"), folded("Chief Executive"), folded("Łukasz\\nİstanbul"), folded("Kimura’s")
    ('recep tayyip erdogan', 'chief executive', 'lukasz\\nistanbul', "kimura's")
    """
    if text.isascii():  # nearly every name and role: lower() alone, and ten times faster
        return text.lower()
    # only the runs of other letters take the slow way, each distinct run once (an article's entities are
    # kilobytes of ASCII with an "ğ" or two): folding goes letter by letter, a mark staying in its run
    return _OTHER.sub(_run_folded, text).lower()


_OTHER = re.compile(r"[^\x00-\x7f]+")


def _run_folded(run: re.Match[str]) -> str:
    return _letters_folded(run[0])


@lru_cache(maxsize=4096)
def _letters_folded(letters: str) -> str:
    plain = _MARKS.sub("", unicodedata.normalize("NFKD", letters.casefold().translate(_PLAIN)))
    # the marks of other scripts too (a name's key in the analysis drops every mark it decomposes to)
    return plain if plain.isascii() else "".join(c for c in plain if not unicodedata.combining(c))


def folded_in_place(text: str) -> str:
    """The text folded letter for letter, so that a position in it is the same position in the text: what a
    word is found in when the find must mark it where it stands. A letter that folds to more or less than one
    ("ß" to "ss", a combining mark to nothing) is only lower-cased.

    >>> folded_in_place("Erdoğan in Straße"), folded_in_place("Résumé")
    ('erdogan in straße', 'resume')
    """
    if text.isascii():
        return text.lower()
    return _OTHER.sub(_run_folded_in_place, text).lower()


def _run_folded_in_place(run: re.Match[str]) -> str:
    return _letters_folded_in_place(run[0])


@lru_cache(maxsize=4096)
def _letters_folded_in_place(letters: str) -> str:
    return "".join(f if len(f := _letters_folded(c)) == 1 else c.lower() for c in letters)


def holding(keys: Sequence[str], text: str, among: Sequence[int] | None = None) -> Sequence[int]:
    """The positions of the folded `keys` (all, or those `among`, in their order) that hold every word of
    `text`, each anywhere ("a b" finds Anna Berg).

    >>> list(holding(["anna berg", "officials"], "BERG")), list(holding(["anna berg"], ""))
    ([0], [0])
    >>> list(holding(["sao paulo", "paulo", "sao paulo"], "São Paulo", among=[1, 2]))
    [2]
    """
    found: Sequence[int] = range(len(keys)) if among is None else among
    for word in folded(text).split():  # a word at a time over fewer and fewer keys: no generator per key
        found = [n for n in found if word in keys[n]]
    return found
