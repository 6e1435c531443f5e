"""A length with a half in its count: "5 1/2 hours", "2-1/2 years", "three and a half years".

The model often reads such a count as a number (CARDINAL or QUANTITY, "about 2-1/2" with or without its unit) and
tags no date, so the length was lost though the same count without its half is found. The expression is taken
here from the count to the unit when nothing else holds those words, or from the count when the model tagged the
words from the half on ("one-half years" of "three and one-half years", read as one year). normalize reads the
half as it already did for years, days and hours, and now for months and weeks too ("3-1/2 months" P3.5M, where
the half was dropped). An age ("a 4-1/2 year-old dispute") is no length of the story's time and is left.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import lowers
from .lexicon import NUMBERS, UNITS

# the units a half is told of in news; quarters, weekends and nights are counted whole
_HALVED = {w for w, u in UNITS.items() if u in ("Y", "M", "W", "D", "H", "MIN", "DE")}
_COUNTS = {w for w in NUMBERS if " " not in w and w not in ("a", "an")}
_AFTER_COUNT = {"1/2", "-", "and"}  # a word list first: a Token per word costs more than the rare half


def _count(tok: Token) -> bool:
    return (tok.text.isascii() and tok.text.isdigit() and len(tok.text) <= 3) or tok.lower_ in _COUNTS


def _half_end(low: list[str], i: int) -> int | None:
    """End of the half after the count at i ("1/2", "-1/2", "and a half", "and one-half"), else None."""
    if low[i + 1:i + 2] == ["1/2"]:
        return i + 2
    if low[i + 1:i + 3] == ["-", "1/2"]:
        return i + 3
    for words in (["and", "a", "half"], ["and", "one", "half"], ["and", "one", "-", "half"]):
        if low[i + 1:i + 1 + len(words)] == words:
            return i + 1 + len(words)
    return None


def half_lengths(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with each count, its half and the unit after it made one expression where nothing holds those words
    yet, or where the model tagged them from the half on ("one-half years" of "three and one-half years")."""
    low = lowers(doc)
    n = len(doc)
    out = list(spans)
    covered = {k for s, e in spans for k in range(s, e)}
    for i in range(n - 2):
        if low[i + 1] not in _AFTER_COUNT or (j := _half_end(low, i)) is None or j >= n or low[j] not in _HALVED \
                or not _count(doc[i]):
            continue
        if j + 2 < n and doc[j + 1].text in ("-", "–") and low[j + 2] == "old":
            continue  # "the 4-1/2 year-old dispute": an age
        inner = [(s, e) for s, e in out if i < s and e == j + 1]
        if covered.intersection(range(i, j + 1)) != {k for s, e in inner for k in range(s, e)}:
            continue
        out = [sp for sp in out if sp not in inner] + [(i, j + 1)]
        covered.update(range(i, j + 1))
    return sorted(out)
