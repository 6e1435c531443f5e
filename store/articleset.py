"""A filtered view of the library: an immutable value whose filters compose.

    ArticleSet.of(infos, states, facets).unread().quoting("putin").matching("tianjin")

Every filter returns a new set; the source rows are indexed once (folded
titles, sources, speakers, entity names, days), so a filter over 10,000
articles is a few list comprehensions over prepared strings: milliseconds.
The same filters are reachable from one query string, as typed in the reader:

    tianjin source:athens speaker:"vladimir putin" entity:beijing date:2025-09 is:unread is:starred

Every term but `=NAME` matches in any case and with or without diacritics, as the views' filters
do (store/matching.py): `speaker:` and `entity:` match part of a name ("putin" finds Vladimir Putin,
"erdogan" Recep Tayyip Erdoğan, `entity:"sao paulo"` São Paulo); with `=` before the name, the whole
name as the views list it: `speaker:=officials` is the articles the Speakers view counts for
"officials", not those quoting "Commerce Ministry officials" too, nor "Officials", which it lists
apart (a capital mid-sentence names someone: store/sources.py). `f` on a speaker or an entity filters
the library this way.
"""

from __future__ import annotations

import shlex
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from itertools import chain
from operator import itemgetter

from .article import ArticleInfo, ReadingState
from .facets import Facets
from .matching import folded, holding, starting

_NO_FACETS = Facets()
_DEFAULT = ReadingState()
_FACET_COLUMNS = ("speakers", "entities", "speakers_as_written", "entities_as_written", "days")


@dataclass(frozen=True, slots=True)
class _Index:
    """Search keys for every article, computed once per library snapshot."""

    infos: tuple[ArticleInfo, ...]
    states: Mapping[str, ReadingState]  # read live: marking read needs no re-index
    text: tuple[str, ...]  # "title\nsource", folded (store/matching.py): lower case, no diacritics
    sources: tuple[str, ...]
    speakers: tuple[str, ...]  # "\n"-joined, folded, so one `in` tests them all
    entities: tuple[str, ...]
    speakers_as_written: tuple[str, ...]  # the same, not folded: for "speaker:=NAME"
    entities_as_written: tuple[str, ...]
    days: tuple[str, ...]  # DATE values, plus the publication date, one per line
    row_of: Mapping[str, int]  # article id -> its row


def _facet_columns(infos: Sequence[ArticleInfo], facets: Mapping[str, Facets]) -> dict[str, tuple[str, ...]]:
    """The speakers, entities and days columns, by their _Index field names."""
    found = [facets.get(i.id, _NO_FACETS) for i in infos]
    return {
        "speakers": tuple(f"\n{folded(f.speakers)}\n" for f in found),
        "entities": tuple(f"\n{folded(f.entities)}\n" for f in found),
        "speakers_as_written": tuple(f"\n{f.speakers}\n" for f in found),
        "entities_as_written": tuple(f"\n{f.entities}\n" for f in found),
        "days": tuple(
            f"\n{f.days}\n{i.published.isoformat() if i.published else ''}\n" for i, f in zip(infos, found, strict=True)
        ),
    }


def _index(infos: Sequence[ArticleInfo], states: Mapping[str, ReadingState], facets: Mapping[str, Facets]) -> _Index:
    return _Index(
        infos=tuple(infos),
        states=states,
        text=tuple(folded(f"{i.title}\n{i.source}") for i in infos),
        sources=tuple(folded(i.source) for i in infos),
        **_facet_columns(infos, facets),
        row_of={i.id: r for r, i in enumerate(infos)},
    )


def _newest_first(info: ArticleInfo) -> tuple[date, datetime]:
    return (info.published or info.added.date(), info.added)


def _place(infos: Sequence[ArticleInfo], info: ArticleInfo) -> int:
    """Where an article goes among `infos` (newest first): after every one at least as new, as the library
    orders an article added later."""
    key = _newest_first(info)
    lo, hi = 0, len(infos)
    while lo < hi:
        mid = (lo + hi) // 2
        if _newest_first(infos[mid]) >= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _pick(column: tuple, rows: list[int]) -> tuple:
    if len(rows) < 2:
        return tuple(column[r] for r in rows)
    return itemgetter(*rows)(column)  # in C: 100,000 rows in a few milliseconds


def _quote(value: str) -> str:
    """A value as a query term writes it: in double quotes when it holds a space or a quote (`\\"` inside)."""
    if value and not any(c.isspace() or c in '"\\' for c in value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True, slots=True)
class ArticleSet:
    _index: _Index
    _rows: tuple[int, ...]
    filters: tuple[str, ...] = field(default=())  # the query terms applied, for titles and tests

    @classmethod
    def of(
        cls,
        infos: Sequence[ArticleInfo],
        states: Mapping[str, ReadingState] | None = None,
        facets: Mapping[str, Facets] | None = None,
    ) -> ArticleSet:
        """Every article given, in the order given (the library's: newest first)."""
        return cls(_index(infos, states if states is not None else {}, facets or {}), tuple(range(len(infos))))

    def with_all_facets(self, facets: Mapping[str, Facets]) -> ArticleSet:
        """The same rows and filters, with every article's facets these (an article missing has none).

        The reader lists the library before its facets are read, then adds them: titles, sources and
        positions are indexed once. The filters are not re-applied: call `where` for that.
        """
        index = self._index
        columns = _facet_columns(index.infos, facets)
        new = _Index(index.infos, index.states, index.text, index.sources, row_of=index.row_of, **columns)
        return ArticleSet(new, self._rows, self.filters)

    def with_facets(self, changed: Mapping[str, Facets]) -> ArticleSet:
        """The same rows and filters, with these articles' facets replaced (a new analysis came in).

        Only the changed rows are indexed again; the filters are not re-applied: call `where` for that.
        """
        index = self._index
        rows = {info.id: r for r, info in enumerate(index.infos) if info.id in changed}
        if not rows:
            return self
        fresh = _index([index.infos[r] for r in rows.values()], index.states, changed)
        columns = {}
        for name in _FACET_COLUMNS:
            column, new_rows = list(getattr(index, name)), getattr(fresh, name)
            for n, r in enumerate(rows.values()):
                column[r] = new_rows[n]
            columns[name] = tuple(column)
        new = _Index(index.infos, index.states, index.text, index.sources, row_of=index.row_of, **columns)
        return ArticleSet(new, self._rows, self.filters)

    def with_articles(
        self, added: Sequence[ArticleInfo], removed: Collection[str] = (), facets: Mapping[str, Facets] | None = None
    ) -> ArticleSet:
        """Every article (unfiltered), with `added` in their newest-first places and `removed` gone: what
        another process changed. Only the new rows are indexed; call `where` to filter again."""
        index = self._index
        columns = {f.name: getattr(index, f.name) for f in fields(index) if f.name not in ("states", "row_of")}
        if removed:
            kept = [r for r, i in enumerate(index.infos) if i.id not in removed]
            columns = {name: _pick(column, kept) for name, column in columns.items()}
        if added:
            fresh = _index(sorted(added, key=_newest_first, reverse=True), index.states, facets or {})
            infos = columns["infos"]
            places = [_place(infos, info) for info in fresh.infos]  # ascending: fresh is newest first
            for name, column in columns.items():
                new = getattr(fresh, name)
                parts, start = [], 0
                for n, at in enumerate(places):
                    parts.append(column[start:at])
                    parts.append((new[n],))
                    start = at
                parts.append(column[start:])
                columns[name] = tuple(chain.from_iterable(parts))
        row_of = {i.id: r for r, i in enumerate(columns["infos"])}
        new_index = _Index(states=index.states, row_of=row_of, **columns)
        return ArticleSet(new_index, tuple(range(len(new_index.infos))))

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[ArticleInfo]:
        infos = self._index.infos
        return (infos[r] for r in self._rows)

    def __getitem__(self, n: int) -> ArticleInfo:
        """The n-th article of the set, without building the others (a list shows only a screenful)."""
        return self._index.infos[self._rows[n]]

    def position(self, article_id: str) -> int | None:
        """Where the article is in the set, or None. A filter keeps the library's order, so this is a bisection."""
        row = self._index.row_of.get(article_id)
        if row is None:
            return None
        at = bisect_left(self._rows, row)
        return at if at < len(self._rows) and self._rows[at] == row else None

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self.position(article_id) is not None

    @property
    def ids(self) -> list[str]:
        infos = self._index.infos
        return [infos[r].id for r in self._rows]

    @property
    def everything(self) -> ArticleSet:
        """The unfiltered set this one was filtered from."""
        return ArticleSet(self._index, tuple(range(len(self._index.infos))))

    @property
    def query(self) -> str:
        return " ".join(self.filters)

    # -- filters -------------------------------------------------------------

    def _keep(self, term: str, rows: Iterable[int]) -> ArticleSet:
        return ArticleSet(self._index, tuple(rows), (*self.filters, term))

    def matching(self, text: str) -> ArticleSet:
        """Title or source holds every word of `text` at the start of one of its words, in any case, with or
        without diacritics (store/matching.py)."""
        return self._keep(text, holding(self._index.text, text, self._rows))

    def from_source(self, source: str) -> ArticleSet:
        return self._keep(f"source:{_quote(source)}", starting(self._index.sources, folded(source), self._rows))

    def quoting(self, speaker: str) -> ArticleSet:
        """Articles with a quote whose speaker's name holds `speaker` where a word of it starts, in any case and
        with or without diacritics ("putin" finds Vladimir Putin, "erdogan" Erdoğan, "put" Putin, not "utin"),
        or, for "=name", is `name` as the views list it."""
        index = self._index
        return self._named("speaker", speaker, index.speakers, index.speakers_as_written)

    def mentioning(self, entity: str) -> ArticleSet:
        """Articles naming an entity whose name holds `entity` (folded as `quoting`), or, for "=name", is `name`."""
        return self._named("entity", entity, self._index.entities, self._index.entities_as_written)

    def _named(self, key: str, name: str, lowered: tuple[str, ...], written: tuple[str, ...]) -> ArticleSet:
        if name.startswith("=") and len(name) > 1:
            needle = f"\n{name[1:]}\n"  # a whole line of the article's names
            return self._keep(term(key, name[1:], exact=True), [r for r in self._rows if needle in written[r]])
        return self._keep(term(key, name), starting(lowered, folded(name), self._rows))

    def dated(self, prefix: str) -> ArticleSet:
        """Published on, or mentioning, a day within `prefix`: 2025, 2025-09 or 2025-09-03."""
        needle, days = f"\n{prefix}", self._index.days
        return self._keep(f"date:{prefix}", [r for r in self._rows if needle in days[r]])

    def unread(self) -> ArticleSet:
        infos, states = self._index.infos, self._index.states
        return self._keep("is:unread", [r for r in self._rows if not states.get(infos[r].id, _DEFAULT).read])

    def starred(self) -> ArticleSet:
        infos, states = self._index.infos, self._index.states
        return self._keep("is:starred", [r for r in self._rows if states.get(infos[r].id, _DEFAULT).starred])

    def read(self) -> ArticleSet:
        infos, states = self._index.infos, self._index.states
        return self._keep("is:read", [r for r in self._rows if states.get(infos[r].id, _DEFAULT).read])

    def where(self, query: str) -> ArticleSet:
        """Apply a typed query: words and key:value terms, all of which must hold."""
        found = self
        words: list[str] = []
        for term in split_query(query):
            key, sep, value = term.partition(":")
            key = key.lower()
            if sep and value and key in _KEYED:
                found = _KEYED[key](found, value)
            elif sep and key == "is" and value.lower() in _STATES:
                found = _STATES[value.lower()](found)
            else:
                words.append(term)
        return found.matching(" ".join(words)) if words else found


_KEYED = {
    "source": ArticleSet.from_source,
    "speaker": ArticleSet.quoting,
    "entity": ArticleSet.mentioning,
    "date": ArticleSet.dated,
}
_STATES = {"unread": ArticleSet.unread, "starred": ArticleSet.starred, "read": ArticleSet.read}


def split_query(query: str) -> list[str]:
    """Words, with "double quotes" holding spaces (and \\" a quote: names hold them); a half-typed quote is
    not an error.

    >>> split_query('speaker:"Vladimir Putin" tianjin')
    ['speaker:Vladimir Putin', 'tianjin']
    >>> split_query('speaker:"Vladimir Pu')
    ['speaker:Vladimir Pu']
    >>> split_query(r'speaker:="C. J. \\"Pete\\" Silas"')
    ['speaker:=C. J. "Pete" Silas']
    """
    lexer = shlex.shlex(query, posix=True)
    lexer.whitespace_split = True
    lexer.quotes = '"'
    lexer.escape = "\\"
    try:
        return list(lexer)
    except ValueError:  # an unclosed quote mid-typing, or a backslash last
        return split_query(query[:-1] if query.endswith("\\") else query + '"')


def term(key: str, value: str, exact: bool = False) -> str:
    """One query term, quoted when it needs to be: term("speaker", "Vladimir Putin"); `exact`: the whole name.

    >>> term("speaker", "Vladimir Putin"), term("speaker", "officials", exact=True)
    ('speaker:"Vladimir Putin"', 'speaker:=officials')
    """
    return f"{key}:{'=' if exact else ''}{_quote(value)}"
