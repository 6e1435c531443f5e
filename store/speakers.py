"""Speakers across the library: who is quoted, how often, in how many articles, and what they said.

Built from the records of store/mentions.py, never from the analyses. Named speakers (people,
organisations, places) and unnamed sources ("analysts", "officials") are kept apart, as the
analysis contract asks (DESIGN.md, canonical names).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from .article import ArticleInfo
from .library import newest_first
from .matching import folded, holding
from .mentions import joined, quote_rows
from .sources import description


class Speaker(NamedTuple):
    name: str
    named: bool
    quotes: int
    articles: int
    role: str = ""  # the role the articles give most often: "President"
    affiliation: str = ""  # the same for the organisation: "Federal Reserve"

    @property
    def described(self) -> str:
        """ "chair, Federal Reserve": who the speaker is, as a line beside the name."""
        return description(self.role, self.affiliation)


class QuoteEntry(NamedTuple):
    """One quote, with the article it is in."""

    article: ArticleInfo
    speaker: str  # "" when unattributed
    named: bool
    role: str
    kind: str
    text: str
    spans: tuple[tuple[int, int], ...]  # what to mark in the article
    # the organisation the article gives the speaker, from its speakers record (`quotes_in`'s `speakers`): the
    # first in the text, as the Quotes panel shows beside the name
    affiliation: str = ""

    @property
    def described(self) -> str:
        """ "chair, Federal Reserve": who the speaker is, as the Quotes panel shows it beside the name."""
        return description(self.role, self.affiliation)


class SpeakerIndex:
    """Every speaker of the given speakers records, counted once; `matching` then only picks positions.

    Counting is a few joins, splits and Counters over whole fields (store/mentions.py), not a loop over
    the library's quotes, and a speaker's row (`speaker(n)`) is made when it is shown. A speaker's
    quotes are read when asked for, from `quotes`: the quotes records of the articles given.
    """

    def __init__(
        self,
        records: Mapping[str, dict[str, Any]],
        infos: Mapping[str, ArticleInfo],
        quotes: Callable[[list[str]], Mapping[str, dict[str, Any]]],
    ) -> None:
        self.records, self.infos, self._quotes = records, infos, quotes
        chosen = list(records.values())
        names = joined(chosen, "sa")
        articles = Counter(names)
        counts = joined(chosen, "sc")
        # most speakers have one quote in an article: count them all once, then add what the others have
        # more (a loop over the few; a loop over all the pairs took three times as long)
        said = articles.copy()
        for n in [n for n, count in enumerate(counts) if count != "1"]:
            said[names[n]] += int(counts[n]) - 1
        named = set(joined(chosen, "sn"))
        roles, affiliations = most_given(joined(chosen, "sr")), most_given(joined(chosen, "sf"))
        # named first, then the most quoted, in the most articles, by name: stable sorts from the last key
        # to the first, each keyed by a builtin, so that no Python code runs per speaker
        order = list(said)  # each once
        order.sort(key=str.lower)
        order.sort(key=articles.__getitem__, reverse=True)
        order.sort(key=said.__getitem__, reverse=True)
        order.sort(key=named.__contains__, reverse=True)
        self.names = order
        self._named, self._said, self._articles = named, said, articles
        self._roles, self._affiliations = roles, affiliations
        self._keys = list(map(folded, order))
        self._search: list[str] | None = None
        self._making_search = threading.Lock()  # a view makes them in its thread, a first key may ask meanwhile
        self.analysed = len(records)

    def __len__(self) -> int:
        return len(self.names)

    def speaker(self, n: int) -> Speaker:
        name = self.names[n]
        return Speaker(name, name in self._named, self._said[name], self._articles[name], self._roles.get(name, ""),
                       self._affiliations.get(name, ""))

    @property
    def speakers(self) -> list[Speaker]:
        """Every speaker, in order."""
        return [self.speaker(n) for n in range(len(self.names))]

    def matching(self, text: str = "") -> Sequence[int]:
        """The positions of the speakers whose row holds every word of `text` in its name, role or organisation,
        in any case and with or without diacritics ("putin", "federal reserve", "erdogan"): named speakers first,
        most quoted first, then the unnamed sources."""
        return holding(self.search_keys(), text) if text.strip() else range(len(self.names))

    def search_keys(self) -> list[str]:
        """What the filter looks in: each speaker's name, role and organisation, folded, in the list's order. Made
        when first needed (the view makes them just after it opens; `newsreader speakers` never needs them)."""
        with self._making_search:
            if self._search is None:
                roles, affiliations = self._roles, self._affiliations
                rows = [f"{name}\t{roles.get(name, '')}\t{affiliations.get(name, '')}" for name in self.names]
                # line by line: lower() alone for the ASCII ones, where one non-ASCII line sends a joined text
                # through the slow path whole
                self._search = list(map(folded, rows))
        return self._search

    def named_like(self, text: str) -> Sequence[int]:
        """The same for the names alone: the speakers a part of a name may stand for."""
        return holding(list(map(folded, self.names)), text)

    def first_unnamed(self, positions: Sequence[int]) -> int:
        """Where the unnamed sources start among these positions (they come after every named speaker)."""
        named, names = self._named, self.names
        return next((k for k, n in enumerate(positions) if names[n] not in named), len(positions))

    def named(self, name: str) -> Speaker | None:
        """The speaker of exactly this name, else the one whose name matches it in any case and with or without
        diacritics."""
        # (a bound method is made anew at each look-up: comparing two with `is` never held, so "officials"
        # found "Officials", listed first)
        for wanted, keys in ((name, self.names), (folded(name), self._keys)):
            for n, key in enumerate(keys):
                if key == wanted:
                    return self.speaker(n)
        return None

    def quotes_by(self, name: str) -> list[QuoteEntry]:
        """The speaker's quotes, newest article first, in the order each article gives them."""
        return quotes_in(self._quotes(self.articles_of(name)), self.infos, speaker=name)

    def articles_of(self, name: str) -> list[str]:
        needle = f"\n{name}\n"
        return [i for i, record in self.records.items() if needle in f"\n{record['sa']}\n"]


def most_given(pairs: list[str]) -> dict[str, str]:
    """For each speaker of these "speaker <tab> word" lines (a line per article that gives the pair), the words
    given in the most articles, however they are cased ("chair" and "Chair" are one role), in the spelling most
    of those articles give; the first given, of those given as often.

    >>> most_given(["Powell\\tchair", "Powell\\tgovernor", "Powell\\tChair", "Powell\\tgovernor", "Powell\\tChair"])
    {'Powell': 'Chair'}
    """
    spellings = Counter(pairs)  # in the order first given, as are the Counters below
    votes: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], str] = {}
    for pair, n in spellings.items():
        name, _, word = pair.partition("\t")
        same = (name, folded(word))
        votes[same] += n
        if n > spellings[f"{name}\t{shown.setdefault(same, word)}"]:
            shown[same] = word
    found: dict[str, str] = {}
    for same, _ in votes.most_common():
        found.setdefault(same[0], shown[same])
    return found


def quotes_in(
    records: Mapping[str, dict[str, Any]],
    infos: Mapping[str, ArticleInfo],
    article_ids: Iterable[str] | None = None,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    speakers: Mapping[str, dict[str, Any]] | None = None,
) -> list[QuoteEntry]:
    """Quotes newest article first: of these articles (default all), by this speaker (exact name), in
    articles published within [since, until] (articles without a date are left out when either is given);
    with the articles' `speakers` records, each with the organisation its article gives the speaker."""
    ids = records.keys() if article_ids is None else [i for i in article_ids if i in records]
    chosen = []
    for article_id in ids:
        info = infos.get(article_id)
        if info is None:
            continue
        if since is not None or until is not None:
            day = info.published
            if day is None or (since is not None and day < since) or (until is not None and day > until):
                continue
        chosen.append(info)
    chosen.sort(key=newest_first, reverse=True)
    found = []
    for info in chosen:
        record = speakers.get(info.id) if speakers is not None else None
        affiliations = first_given(record.get("sf", "")) if record else {}  # "sf" is missing from older records
        for row in quote_rows(records[info.id]):  # in the article's order
            if speaker is None or row.speaker == speaker:
                found.append(QuoteEntry(info, row.speaker, row.named, row.role, row.kind, row.text, row.spans,
                                        affiliations.get(row.speaker, "")))
    return found


def first_given(pairs: str) -> dict[str, str]:
    """For each speaker of an article's "speaker <tab> word" lines (in the order of the text), the first word.

    >>> first_given("Powell\\tchair\\nPowell\\tgovernor\\nReed\\tspokesman")
    {'Powell': 'chair', 'Reed': 'spokesman'}
    """
    found: dict[str, str] = {}
    for line in pairs.split("\n") if pairs else ():
        name, _, word = line.partition("\t")
        found.setdefault(name, word)
    return found
