"""Name keys: what makes two mentions one referent, whatever their spelling.

"Erdogan" and "Erdoğan", "SANTOS" and "Santos" are one name to a reader: keys fold case and
diacritics, so the article's spellings meet, while the name shown stays as the article first
writes it. Organisations add a company form to their short name ("Santos" -> "Santos Ltd").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...matching import folded

# the legal form after a company's name: "Santos Ltd", "Boeing Co", "Royal Dutch/Shell Group"
CORPORATE = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "pty", "llc", "ag", "sa", "nv",
             "bv", "spa", "gmbh", "s.a.", "n.v.", "corporation", "company", "group", "holdings", "limited",
             "incorporated"}


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """'Erdoğan' -> 'erdogan'; 'Kılıçdaroğlu' -> 'kilicdaroglu'; 'Kimura’s' -> "kimura's".

    As a filter folds what a reader types (store.matching), so that wire copy's plain "Yildiz" meets the
    "Yıldız" an article gave first: Turkish ı, Vietnamese đ, Danish ø have no mark to strip."""
    return folded(word.casefold().replace("’", "'"))


def key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


@dataclass(frozen=True, slots=True)
class Referent:
    """One person, organisation or place of the article, under the name a reader would note."""

    name: str
    label: str
    role: str | None = None  # "President"
    affiliation: str | None = None  # "Amnesty International"
