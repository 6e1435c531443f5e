"""The library on disk: an index that grows by appending, sharded texts and analyses, facets and reading state.

Layout (TINYDB.md has the measurements behind it), for ``--db library.json``:

    library.json               the index's manifest; library.index/ holds its rows and its log (store/index.py)
    library.texts/NNNNN.json   texts, 256 articles a shard, keyed by article number
    library.analyses/NNNNN.json    analyses, the same way
    library.facets.json (+ .log)   speakers, entities and dates by article (store/facetlog.py)
    library.state.json (+ .log)    read / starred / last opened: a mark appends a line (store/statelog.py);
                               only articles whose state is not the default are kept
    library.lock               one writer at a time

Listing reads only the index (the first screen only its newest rows); opening an
article reads one shard; adding one appends a line to the index's log; marking it
read appends a line to the state's log. Texts are written before the index line that
points to them, so the index is the commit point: a crash leaves at worst an
unreferenced text, never a row without its text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, KeysView
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article, ArticleInfo, ReadingState
from .errors import ArticleNotFound, LibraryCorrupt
from .index import SCHEMA, TIDY_LIMIT, Index, iter_records, row_of
from .jsonfile import file_stamp, remove_orphans
from .lock import WriteLock
from .paths import LibraryPaths
from .statelog import StateLog

if TYPE_CHECKING:
    from tinydb import TinyDB
    from tinydb.table import Table

    from .facetlog import Cursor, FacetLog
    from .facets import Facets
    from .tinystorage import AtomicJSONStorage

__all__ = ["SCHEMA", "SHARD_SIZE", "AddResult", "Library", "newest_first"]

SHARD_SIZE = 256
_OPEN_SHARDS = 8


@dataclass
class AddResult:
    added: list[ArticleInfo] = field(default_factory=list)
    duplicates: int = 0
    # the articles whose texts were written, the first of each id: two texts can share an id (it is taken
    # from the text with its whitespace collapsed), so whoever analyses what was added must take these
    stored: list[Article] = field(default_factory=list)


def newest_first(info: ArticleInfo) -> tuple[date, datetime]:
    return (info.published or info.added.date(), info.added)


class Library:
    def __init__(self, path: str | Path, lock_timeout: float = 10.0, verify: bool = True) -> None:
        self.paths = LibraryPaths(Path(path))
        self.path = self.paths.index
        self._lock = WriteLock(self.paths.lock, lock_timeout)
        self._index = Index(self.paths, self._lock)
        self._state = StateLog(self.paths.state, self.paths.state_log, self.paths.backup(self.paths.state))
        self._facet_log: FacetLog | None = None
        self._facet_cursor: Cursor | None = None
        self._shards: OrderedDict[tuple[str, int], TinyDB] = OrderedDict()
        if verify:  # damage is reported now, not at the first click; the reader verifies after its first paint
            self._index.refresh()

    @property
    def _facets(self) -> FacetLog:
        """Made when first used: the first screen needs no facets (their modules cost it ~5 M instructions)."""
        if self._facet_log is None:
            from .facetlog import FacetLog

            # derived from the analyses, so it needs no backup: re-analysing rebuilds it
            self._facet_log = FacetLog(self.paths.facets, self.paths.facets_log)
        return self._facet_log

    @property
    def lock(self) -> WriteLock:
        """The one write lock: companions (subscriptions) share it, so one process never waits on itself."""
        return self._lock

    # -- files ---------------------------------------------------------------

    def _open(self, path: Path, backup: bool = False) -> TinyDB:
        from tinydb import TinyDB  # texts and analyses only: the index and the first screen do without

        from .tinystorage import AtomicJSONStorage

        return TinyDB(path, storage=AtomicJSONStorage, backup=self.paths.backup(path) if backup else None)

    def _table(self, db: TinyDB, name: str) -> Table:
        return db.table(name, cache_size=0)

    def _shard(self, folder: Path, number: int) -> TinyDB:
        key = (folder.name, number)
        db = self._shards.pop(key, None)
        if db is None:
            db = self._open(self.paths.shard(folder, number))
        self._shards[key] = db
        while len(self._shards) > _OPEN_SHARDS:
            self._shards.popitem(last=False)
        return db

    # -- reading -------------------------------------------------------------

    def _fresh(self) -> Index:
        """The index, brought up to date with the disk: two stats when nothing changed."""
        self._index.refresh()
        return self._index

    def _numbers(self) -> dict[str, int]:
        return self._fresh().numbers()

    def __len__(self) -> int:
        return len(self._fresh())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._numbers()

    def ids(self) -> KeysView[str]:
        """The ids of every article, in no particular order. Reads no metadata."""
        return self._numbers().keys()

    def infos(self) -> list[ArticleInfo]:
        """Every article's metadata, newest first. Reads no text."""
        return list(self._fresh().ordered())

    def newest(self, count: int) -> list[ArticleInfo]:
        """The `count` newest articles' metadata, reading only the head of the index: the first screen."""
        return self._fresh().newest(count)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every article's metadata as JSON-ready dicts, newest first: what `list --json` prints.
        Faster than infos() at 100,000 articles, since no date is parsed and no object built."""
        return iter_records(self._fresh().rows())

    def resolve(self, prefix: str) -> str:
        """The full id for an id or a unique prefix of one (at least 4 characters)."""
        numbers = self._numbers()
        if prefix in numbers:
            return prefix
        matches = [i for i in numbers if i.startswith(prefix)] if len(prefix) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ArticleNotFound(f"{prefix}: more than one article id starts with this; give more of it")
        raise ArticleNotFound(f"{prefix}: no article with this id in {self.path}")

    def in_storage_order(self, ids: Iterable[str]) -> list[str]:
        """The ids (of articles in the library) sorted by where they are stored: reading their texts or
        analyses in this order opens each file once, where newest-first order may open each many times."""
        numbers = self._numbers()
        return sorted((i for i in ids if i in numbers), key=numbers.__getitem__)

    def info(self, article_id: str) -> ArticleInfo:
        full_id = self.resolve(article_id)
        return self._index.info(full_id)

    def get(self, article_id: str) -> Article:
        info = self.info(article_id)
        number = self._index.numbers()[info.id]
        doc = self._table(self._shard(self.paths.texts, number // SHARD_SIZE), "texts").get(doc_id=number)
        if doc is None or doc.get("id") != info.id:
            raise LibraryCorrupt(
                self.paths.shard(self.paths.texts, number // SHARD_SIZE),
                f"is missing the text of article {info.id}",
                f"remove it with `newsreader remove {info.id}` and import it again",
            )
        return Article(info.id, info.title, info.source, info.published, info.url, doc["text"], info.added)

    def follow(self) -> None:
        """Keep track, from now on, of the ids another process adds and removes: index_changes() tells."""
        self._fresh().follow()

    def index_changes(self) -> tuple[list[str], list[str]] | None:
        """The ids added and removed since follow() or the last call, read from the new lines of the index's
        log only; None when the index had to be read afresh (compare every id then)."""
        return self._fresh().journal()

    def stamps(self) -> tuple[Any, ...]:
        """Changes whenever another process (or this one) wrote to the index, the reading state or the
        facets: a few stats, for a reader that watches the library. The third is the reading state's
        (its base's and its log's)."""
        index, log = self._index.stamps()
        state = (file_stamp(self.paths.state), file_stamp(self.paths.state_log))
        return index, log, state, file_stamp(self.paths.facets), file_stamp(self.paths.facets_log)

    # -- writing -------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles in one commit; articles already present are counted, not stored."""
        result = AddResult()
        with self._lock:
            remove_orphans(self.path)
            index = self._fresh()
            index.for_writing()
            articles = list(articles)
            known = index.known([a.id for a in articles])
            number = index.next_number()
            fresh: dict[str, tuple[int, Article]] = {}
            for article in articles:
                if article.id in known or article.id in fresh:
                    result.duplicates += 1
                    continue
                fresh[article.id] = (number, article)
                number += 1
            if not fresh:
                return result
            self._write_texts(fresh.values())
            result.added = index.add([row_of(n, article) for n, article in fresh.values()])
            result.stored = [article for _, article in fresh.values()]
        return result

    def tidy_index(self) -> bool:
        """Compact the index's log if it is past TIDY_LIMIT, so that the next start reads little of it before
        its first screen; the reader calls this after its own first screen, in a thread. An add compacts only
        past LOG_LIMIT, to stay cheap. True when it compacted."""
        if self._fresh().log_size() <= TIDY_LIMIT:
            return False
        with self._lock:
            index = self._fresh()
            if index.log_size() <= TIDY_LIMIT:  # another process compacted meanwhile
                return False
            index.compact()
        return True

    def _write_texts(self, numbered: Iterable[tuple[int, Article]]) -> None:
        self._write_shards(self.paths.texts, "texts", ((n, {"id": a.id, "text": a.text}) for n, a in numbered))

    def _write_shards(self, folder: Path, table_name: str, docs: Iterable[tuple[int, dict[str, Any]]]) -> None:
        """Write documents by article number, each shard file once."""
        by_shard: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        for n, doc in docs:
            by_shard.setdefault(n // SHARD_SIZE, []).append((n, doc))
        from tinydb.table import Document

        for shard, items in by_shard.items():
            db = self._shard(folder, shard)
            storage: AtomicJSONStorage = db.storage  # type: ignore[assignment]
            with storage.transaction():
                remove_orphans(storage.path)
                table = self._table(db, table_name)
                # numbers are never reused, but a writer killed before its index
                # commit can leave texts under numbers the next writer takes
                stale = [n for n, _ in items if table.contains(doc_id=n)]
                if stale:
                    table.remove(doc_ids=stale)
                table.insert_multiple(Document(doc, doc_id=n) for n, doc in items)

    # -- analyses ------------------------------------------------------------

    def analysis_doc(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of an article, as written by save_analysis_docs, or None."""
        number = self._numbers()[self.resolve(article_id)]
        doc = self._table(self._shard(self.paths.analyses, number // SHARD_SIZE), "analyses").get(doc_id=number)
        return dict(doc) if doc is not None and doc.get("id") == article_id else None

    def save_analysis_docs(
        self, docs: dict[str, dict[str, Any]], facets: dict[str, Facets], records: dict[Path, dict[str, Any]] | None = None
    ) -> None:
        """Store analyses and their facets by article id, one write per file; articles removed meanwhile are skipped.

        `records`: by folder, the records the views across the library read (store/mentions.py), written after
        the analyses and in the order given. `docs` may be empty: records rebuilt from stored analyses.
        """
        with self._lock:
            numbers = self._numbers()
            self._write_shards(
                self.paths.analyses,
                "analyses",
                ((numbers[i], {**doc, "id": i}) for i, doc in docs.items() if i in numbers),
            )
            for folder, found in (records or {}).items():
                self._write_shards(folder, "records", ((numbers[i], {**doc, "id": i}) for i, doc in found.items() if i in numbers))
            self._facets.save({numbers[i]: (i, found) for i, found in facets.items() if i in numbers})

    def facets(self) -> dict[str, Facets]:
        """Speakers, entities and dates of every analysed article, by id. Reads no analysis.

        Read from disk each time and not kept: the caller (the reader's index) keeps what it needs;
        facets_changed() then tells it what was saved since.
        """
        found, self._facet_cursor = self._facets.read()
        numbers = self._numbers()
        return {i: f for n, (i, f) in found.items() if numbers.get(i) == n}

    @property
    def facets_cursor(self) -> Cursor | None:
        """How far facets() or facets_changed() read: hand it to another handle's follow_facets()."""
        return self._facet_cursor

    def follow_facets(self, cursor: Cursor) -> None:
        """facets_changed() tells what was saved after `cursor`: the facets were read by another handle
        on this library (a thread's), from where this one follows them."""
        self._facet_cursor = cursor

    def facets_changed(self) -> dict[str, Facets] | None:
        """The facets saved (by any process) since the last facets() or facets_changed() on this object, by id.
        None: they were compacted meanwhile, or facets() was never called; call facets() for them all.
        (Facets are removed only with their article, which the index reports.)"""
        if self._facet_cursor is None:
            return None
        found = self._facets.since(self._facet_cursor)
        if found is None:
            return None
        changed, self._facet_cursor = found
        numbers = self._numbers()
        return {e[0]: e[1] for n, e in changed.items() if e is not None and numbers.get(e[0]) == n}

    def remove(self, article_id: str) -> ArticleInfo:
        with self._lock:
            index = self._fresh()
            index.for_writing()
            info = self.info(article_id)
            number = index.numbers()[info.id]
            index.remove(number, info.id)
            tables = [
                self._table(self._shard(self.paths.texts, number // SHARD_SIZE), "texts"),
                self._table(self._shard(self.paths.analyses, number // SHARD_SIZE), "analyses"),
                *(self._table(self._shard(folder, number // SHARD_SIZE), "records") for folder in self._record_folders()),
            ]
            for table in tables:
                if table.contains(doc_id=number):
                    table.remove(doc_ids=[number])
            self._facets.remove([number])
            self._state.remove(number)
        return info

    def _record_folders(self) -> list[Path]:
        """The folders of records under library.views/ (store/mentions.py)."""
        try:
            return sorted(f for f in self.paths.views.iterdir() if f.is_dir())
        except OSError:
            return []

    def seed(self, articles: Callable[[], Iterable[Article]]) -> int:
        """Import sample articles into a library that is empty and was never seeded.

        Seeds come once: a library the user has emptied stays empty.
        """
        if self._fresh().meta.get("seeded"):
            return 0
        with self._lock:
            index = self._fresh()
            index.for_writing()
            if index.meta.get("seeded"):
                return 0
            added = self.add(articles()).added if not len(index) else []
            index.set_meta(seeded=True)
            return len(added)

    # -- reading state -------------------------------------------------------

    def states(self) -> dict[str, ReadingState]:
        """Read/starred for every article that is not in the default state."""
        return self._state.states()

    def state(self, article_id: str) -> ReadingState:
        return self._state.state(self._numbers()[self.resolve(article_id)])

    def set_state(self, article_id: str, *, read: bool | None = None, starred: bool | None = None) -> ReadingState:
        with self._lock:
            full_id = self.resolve(article_id)
            number = self._numbers()[full_id]
            old = self._state.state(number)
            new = ReadingState(old.read if read is None else read, old.starred if starred is None else starred)
            if new != old:
                self._state.set(number, full_id, new)
        return new

    @property
    def last_opened(self) -> str | None:
        value = self._state.last_opened()
        return value if value in self else None

    @last_opened.setter
    def last_opened(self, article_id: str) -> None:
        with self._lock:
            self._state.set_last_opened(article_id)
