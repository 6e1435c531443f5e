"""The library's timeline: every calendar date its articles mention, each with its sentence and article.

Built from the dates records of store/mentions.py. Dates in order (a month or a year the text
gives no day for sorts before its days: 2025, 2025-09, 2025-09-03), and within a date the
newest article first. An entry is a position in that order; `entry(n)` makes the value to show
when it comes on screen, from its article's sentences record, read then. Opening a timeline of
70,000 dates is a sort of their values and a few lists of numbers, made by builtins, not
70,000 objects, and reads no sentence.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, chain, groupby, pairwise, repeat
from typing import Any, NamedTuple

from .article import ArticleInfo
from .library import newest_first
from .matching import folded, starting

_DATE_PREFIX = re.compile(r"^\d{1,4}(-\d{0,2}){0,2}$")


class DateEntry(NamedTuple):
    value: str  # 2025-09-03, 2025-09 or 2025
    expression: str  # the words the article uses: "Wednesday"
    sentence: str  # the sentence it stands in
    start: int  # the expression, in the stored text
    end: int
    article: ArticleInfo


def _pick(values: Sequence[Any], order: Sequence[int]) -> list[Any]:
    """values[n] for each n of `order`, in C rather than a loop."""
    return list(map(values.__getitem__, order))


class Timeline:
    """Every date mention of the given records, in order; `matching` then only picks positions."""

    def __init__(
        self,
        records: Mapping[str, dict[str, Any]],
        infos: Mapping[str, ArticleInfo],
        sentences: Callable[[list[str]], Mapping[str, dict[str, Any]]],
    ) -> None:
        """`records`: dates records by article id; `sentences`: the sentences records of the articles given."""
        self._sentences = sentences
        self._articles = sorted((infos[i] for i in records if i in infos and records[i]["dv"]), key=newest_first, reverse=True)
        self._records = [records[info.id] for info in self._articles]
        values = "\n".join(r["dv"] for r in self._records).split("\n") if self._records else []
        # where each article's entries start in the records' own order (an entry's article is found by bisection)
        self._first = [0, *accumulate(r["dv"].count("\n") + 1 for r in self._records)]
        order = sorted(range(len(values)), key=values.__getitem__)  # stable: newest article first within a date
        self.values: list[str] = _pick(values, order)
        self._unsorted = order  # position -> index in the records' own order
        # where each date's run of entries starts: the values are sorted
        self._starts = [bisect_left(self.values, value) for value in dict.fromkeys(self.values)]
        self._shown: dict[int, tuple[list[str], list[str]]] = {}  # an article's offsets and sentences, once shown
        self._keys: list[str] | None = None
        self._found: dict[str, Sequence[int]] = {}  # the positions of the queries typed lately
        self._making_keys = threading.Lock()  # a view makes them in its thread, a first key may ask meanwhile
        self.analysed = len(records)

    @property
    def articles(self) -> int:
        """How many articles mention a date."""
        return len(self._articles)

    def _place(self, n: int) -> tuple[int, int]:
        """The entry's article, and its line in that article's records."""
        i = self._unsorted[n]
        a = bisect_right(self._first, i) - 1
        return a, i - self._first[a]

    def __len__(self) -> int:
        return len(self.values)

    def entry(self, n: int) -> DateEntry:
        a, k = self._place(n)
        shown = self._shown.get(a)
        if shown is None:
            info = self._articles[a]
            found = self._sentences([info.id]).get(info.id)
            shown = self._shown[a] = (self._records[a]["do"].split("\n"), found["d"].split("\n") if found else [])
        offsets, texts = shown
        expression, _, sentence = texts[k].partition("\t") if k < len(texts) else ("", "", "")
        start, _, end = offsets[k].partition("-")
        return DateEntry(self.values[n], expression, sentence, int(start), int(end), self._articles[a])

    def matching(self, query: str = "") -> Sequence[int]:
        """The positions of the entries that hold every term of `query`: a date or the start of one
        (2025-09, or just 20) matches the date, other words the start of a word of the sentence, the date's
        own words or the article's title ("war" finds "post-war", not "Stewart"), in any case and with or without diacritics ("sao paulo" finds São Paulo), folded as
        the Speakers view and the library's filter fold them (store/matching.py).

        As a query is typed, each key narrows the last result rather than search everything again (a word
        grows: what holds "tar" is among what holds "ta"), and a key erased finds its query's result kept.
        """
        query = " ".join(folded(query).split()) + (" " if query[-1:].isspace() else "")
        if query in self._found:
            return self._found[query]
        found: Sequence[int] = range(len(self.values))
        for typed in sorted(self._found, key=len, reverse=True):
            if query.startswith(typed):
                found = self._found[typed]
                break
        for term in query.split():
            if _DATE_PREFIX.match(term):
                # the values are sorted: the dates a prefix matches are one run of them, and so are the
                # positions found so far (in order), so a run of those
                lo = bisect_left(self.values, term)
                hi = bisect_left(self.values, term + "\uffff", lo)
                found = found[bisect_left(found, lo) : bisect_left(found, hi)]
            else:
                found = starting(self.search_keys(), term, found)
        if len(self._found) >= 32:
            self._found.clear()
        self._found[query] = found
        return found

    def by_date(self, positions: Sequence[int]) -> list[tuple[str, Sequence[int]]]:
        """Consecutive positions of one date, as the timeline shows them under one heading."""
        values = self.values
        if isinstance(positions, range):  # a run of the whole timeline: its dates' runs are known
            starts = self._starts
            first, last = bisect_right(starts, positions.start) - 1, bisect_left(starts, positions.stop)
            edges = [positions.start, *starts[first + 1 : last], positions.stop]
            return [(values[a], range(a, b)) for a, b in pairwise(edges) if a < b]
        return [(value, list(group)) for value, group in groupby(positions, key=values.__getitem__)]

    def warm(self, positions: Iterable[int]) -> None:
        """Read the sentences of these entries now (in a view's thread, before they are shown)."""
        for n in positions:
            self.entry(n)

    def search_keys(self) -> list[str]:
        """Each entry's words, sentence and article title, folded, in timeline order. Made when first needed
        (a view may make them just after it opens): folding 70,000 sentences costs 50 ms."""
        with self._making_keys:
            if self._keys is None:
                self._keys = self._make_keys()
        return self._keys

    def _make_keys(self) -> list[str]:
        found = self._sentences([info.id for info in self._articles])
        titles = [f"\t{folded(info.title)}" for info in self._articles]
        keys: list[str] = []
        for info, record in zip(self._articles, self._records, strict=True):
            count = record["dv"].count("\n") + 1
            texts = found[info.id]["d"].split("\n") if info.id in found else []
            if len(texts) != count:  # no sentences for this article: its dates are found by their title only
                texts = [""] * count
            keys += texts
        # line by line: lower() alone for the ASCII ones, where one non-ASCII line sends a joined text through
        # the slow path whole
        counts = [b - a for a, b in pairwise(self._first)]
        article_of = chain.from_iterable(map(repeat, range(len(counts)), counts))
        keys = list(map(str.__add__, map(folded, keys), map(titles.__getitem__, article_of)))
        return _pick(keys, self._unsorted)
