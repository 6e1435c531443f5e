"""Name keys: what makes two mentions one referent, whatever their spelling.

"Erdogan" and "Erdoğan", "SANTOS" and "Santos" are one name to a reader: keys fold case and
diacritics (store/matching.py, as the reader's filters fold what is typed), so the article's
spellings meet, while the name shown stays as the article first writes it. Organisations add a
company form to their short name ("Santos" -> "Santos Ltd").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...matching import folded

# the legal form after a company's name: "Santos Ltd", "Boeing Co", "Royal Dutch/Shell Group"; a partnership's
# ("Halvern Limited Partnership", "Halvern L.P.") is what 'the company' of the next sentence names as well
# the Nordic forms ("Kestrel Oy", "Tornvik AB", "Fjordvik ASA") close a firm's name as "Ltd" does, and its first word
# alone is the firm ("Tornvik said")
CORPORATE = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "pty", "llc", "ag", "sa", "nv",
             "bv", "spa", "gmbh", "s.a.", "n.v.", "corporation", "company", "group", "holdings", "limited",
             "incorporated", "partnership", "l.p.", "oy", "oyj", "ab", "asa"}

# a word's key: the reader's folding, remembered per word, since an article's rules fold the same words many times
fold = lru_cache(maxsize=16384)(folded)


def ends_in_a_legal_form(name: str) -> bool:
    """'Boeing Co', 'Santos Ltd', 'Royal Dutch/Shell Group': a name whose last word is a legal form, as the speaker
    rules ask of every organisation they weigh as the company an article is about."""
    return fold(name.split()[-1]) in CORPORATE


# a mention's key, remembered per word tuple: the entity and speaker rules ask for the same mention's key again and
# again (some 58,000 times per 100 articles, from a few thousand distinct names)
@lru_cache(maxsize=16384)
def key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


def contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """The words of `shorter` run together, in order, inside `longer` (both tuples or both lists: a slice equals
    only its own type)."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


@dataclass(frozen=True, slots=True)
class Referent:
    """One person, organisation or place of the article, under the name a reader would note."""

    name: str
    label: str
    role: str | None = None  # "President"
    affiliation: str | None = None  # "Amnesty International"
