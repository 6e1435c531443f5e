"""The library on disk: a small metadata index, sharded texts and a reading-state file.

Layout (TINYDB.md has the measurements behind it), for ``--db library.json``:

    library.json          index: one short row per article, plus the schema version
    library.texts/NNNNN.json   texts, 256 articles a shard, keyed by article number
    library.state.json    read / starred / last opened: rewritten on every mark,
                          so it holds only articles whose state is not the default
    library.lock          one writer at a time

Listing reads only the index; opening an article reads one shard; marking it
read rewrites only the state file. Texts are written before the index row that
points to them, so the index is the commit point: a crash leaves at worst an
unreferenced text, never a row without its text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from .article import Article, ArticleInfo, ReadingState, metadata_record
from .errors import ArticleNotFound, LibraryCorrupt, LibraryTooNew
from .facets import Facets
from .facets import from_doc as facets_from_doc
from .facets import to_doc as facets_doc
from .jsonfile import AtomicJSONStorage, Stamp, load_json_file, remove_orphans
from .lock import WriteLock
from .paths import LibraryPaths

SCHEMA = 1
SHARD_SIZE = 256
_META_ID = 1
_OPEN_SHARDS = 8


@dataclass
class AddResult:
    added: list[ArticleInfo] = field(default_factory=list)
    duplicates: int = 0


@dataclass(frozen=True)
class _Snapshot:
    stamp: Stamp | None
    numbers: dict[str, int]
    infos: dict[str, ArticleInfo]


def _info_from_row(row: dict[str, Any]) -> ArticleInfo:
    published = row.get("published")
    return ArticleInfo(
        id=row["id"],
        title=row.get("title") or "",
        source=row.get("source") or "",
        published=date.fromisoformat(published) if published else None,
        url=row.get("url") or "",
        added=datetime.fromisoformat(row["added"]),
        chars=row.get("chars", 0),
    )


def _row(article: Article) -> dict[str, Any]:
    return metadata_record(article) | {"chars": len(article.text)}


def _replace(table: Table, items: list[tuple[int, dict[str, Any]]]) -> None:
    """Write documents under these numbers, replacing any already there: one pass over the table
    (an upsert a document passes over the whole table each time: 1,024 analyses saved in a
    10,000-article library took 6.7 s)."""
    stale = [n for n, _ in items if table.contains(doc_id=n)]
    if stale:
        table.remove(doc_ids=stale)
    table.insert_multiple(Document(doc, doc_id=n) for n, doc in items)


def newest_first(info: ArticleInfo) -> tuple[date, datetime]:
    return (info.published or info.added.date(), info.added)


class Library:
    def __init__(self, path: str | Path, lock_timeout: float = 10.0, verify: bool = True) -> None:
        self.paths = LibraryPaths(Path(path))
        self.path = self.paths.index
        self._lock = WriteLock(self.paths.lock, lock_timeout)
        self._index = self._open(self.path, backup=True)
        self._state = self._open(self.paths.state, backup=True)
        # derived from the analyses, so it needs no backup: re-analysing rebuilds it
        self._facets = self._open(self.paths.facets)
        self._shards: OrderedDict[tuple[str, int], TinyDB] = OrderedDict()
        self._snap: _Snapshot | None = None
        if verify:  # damage is reported now, not at the first click; the reader verifies after its first paint
            self._check_schema(self._index.storage.read())

    @property
    def lock(self) -> WriteLock:
        """The one write lock: companions (subscriptions) share it, so one process never waits on itself."""
        return self._lock

    # -- files ---------------------------------------------------------------

    def _open(self, path: Path, backup: bool = False) -> TinyDB:
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

    def _snapshot(self) -> _Snapshot:
        storage: AtomicJSONStorage = self._index.storage  # type: ignore[assignment]
        data = storage.read()
        if self._snap is not None and self._snap.stamp == storage.stamp and data is not None:
            return self._snap
        self._check_schema(data)
        numbers: dict[str, int] = {}
        infos: dict[str, ArticleInfo] = {}
        try:
            # the raw rows, not TinyDB's Documents: a copy of 10,000 rows is not needed to read them
            for number, row in (data or {}).get("articles", {}).items():
                info = _info_from_row(row)
                numbers[info.id] = int(number)
                infos[info.id] = info
        except (KeyError, TypeError, ValueError) as err:
            raise LibraryCorrupt(self.path, f"has a damaged article row ({err!r})", storage.advice) from None
        self._snap = _Snapshot(storage.stamp, numbers, infos)
        return self._snap

    def _check_schema(self, data: dict[str, Any] | None) -> None:
        if data is None:
            return
        storage: AtomicJSONStorage = self._index.storage  # type: ignore[assignment]
        meta = data.get("_meta", {}).get(str(_META_ID))
        schema = meta.get("schema") if isinstance(meta, dict) else None
        if not isinstance(schema, int):
            raise LibraryCorrupt(
                self.path, "is valid JSON but not a newsreader library (no schema version)", storage.advice
            )
        if schema > SCHEMA:
            raise LibraryTooNew(
                self.path,
                f"was written by a newer newsreader (library schema {schema}, this version reads {SCHEMA})",
                "upgrade newsreader with `pip install -U newsreader`",
            )

    def _meta(self) -> dict[str, Any]:
        return dict(self._table(self._index, "_meta").get(doc_id=_META_ID) or {"schema": SCHEMA})

    def __len__(self) -> int:
        return len(self._snapshot().infos)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._snapshot().infos

    def infos(self) -> list[ArticleInfo]:
        """Every article's metadata, newest first. Reads no text."""
        return sorted(self._snapshot().infos.values(), key=newest_first, reverse=True)

    def resolve(self, prefix: str) -> str:
        """The full id for an id or a unique prefix of one (at least 4 characters)."""
        infos = self._snapshot().infos
        if prefix in infos:
            return prefix
        matches = [i for i in infos if i.startswith(prefix)] if len(prefix) >= 4 else []
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ArticleNotFound(f"{prefix}: more than one article id starts with this; give more of it")
        raise ArticleNotFound(f"{prefix}: no article with this id in {self.path}")

    def in_storage_order(self, ids: Iterable[str]) -> list[str]:
        """The ids (of articles in the library) sorted by where they are stored: reading their texts or
        analyses in this order opens each file once, where newest-first order may open each many times."""
        numbers = self._snapshot().numbers
        return sorted((i for i in ids if i in numbers), key=numbers.__getitem__)

    def info(self, article_id: str) -> ArticleInfo:
        return self._snapshot().infos[self.resolve(article_id)]

    def get(self, article_id: str) -> Article:
        snap = self._snapshot()
        info = snap.infos[self.resolve(article_id)]
        number = snap.numbers[info.id]
        doc = self._table(self._shard(self.paths.texts, number // SHARD_SIZE), "texts").get(doc_id=number)
        if doc is None or doc.get("id") != info.id:
            raise LibraryCorrupt(
                self.paths.shard(self.paths.texts, number // SHARD_SIZE),
                f"is missing the text of article {info.id}",
                f"remove it with `newsreader remove {info.id}` and import it again",
            )
        return Article(info.id, info.title, info.source, info.published, info.url, doc["text"], info.added)

    # -- writing -------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles in one commit; articles already present are counted, not stored."""
        result = AddResult()
        index: AtomicJSONStorage = self._index.storage  # type: ignore[assignment]
        with self._lock, index.transaction():
            remove_orphans(self.path)
            snap = self._snapshot()
            meta = self._meta()
            number = meta.get("next", 1)
            fresh: dict[str, tuple[int, Article]] = {}
            for article in articles:
                if article.id in snap.infos or article.id in fresh:
                    result.duplicates += 1
                    continue
                fresh[article.id] = (number, article)
                number += 1
            if not fresh:
                return result
            self._write_texts(fresh.values())
            self._table(self._index, "articles").insert_multiple(
                Document(_row(article), doc_id=n) for n, article in fresh.values()
            )
            self._table(self._index, "_meta").upsert(Document({**meta, "schema": SCHEMA, "next": number}, doc_id=_META_ID))
            result.added = [article.info() for _, article in fresh.values()]
        # the file now holds exactly the old snapshot plus these rows: extend it rather than re-read 10k rows
        self._snap = _Snapshot(
            index.stamp,
            snap.numbers | {a.id: n for n, a in fresh.values()},
            snap.infos | {info.id: info for info in result.added},
        )
        return result

    def _write_texts(self, numbered: Iterable[tuple[int, Article]]) -> None:
        self._write_shards(self.paths.texts, "texts", ((n, {"id": a.id, "text": a.text}) for n, a in numbered))

    def _write_shards(self, folder: Path, table_name: str, docs: Iterable[tuple[int, dict[str, Any]]]) -> None:
        """Write documents by article number, each shard file once."""
        by_shard: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        for n, doc in docs:
            by_shard.setdefault(n // SHARD_SIZE, []).append((n, doc))
        for shard, items in by_shard.items():
            db = self._shard(folder, shard)
            storage: AtomicJSONStorage = db.storage  # type: ignore[assignment]
            with storage.transaction():
                remove_orphans(storage.path)
                # numbers are never reused, but a writer killed before its index
                # commit can leave texts under numbers the next writer takes
                _replace(self._table(db, table_name), items)

    # -- analyses ------------------------------------------------------------

    def analysis_doc(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of an article, as written by save_analysis_docs, or None."""
        snap = self._snapshot()
        number = snap.numbers[self.resolve(article_id)]
        doc = self._table(self._shard(self.paths.analyses, number // SHARD_SIZE), "analyses").get(doc_id=number)
        return dict(doc) if doc is not None and doc.get("id") == article_id else None

    def save_analysis_docs(self, docs: dict[str, dict[str, Any]], facets: dict[str, Facets]) -> None:
        """Store analyses and their facets by article id, one write per file; articles removed meanwhile are skipped."""
        with self._lock:
            numbers = self._snapshot().numbers
            self._write_shards(
                self.paths.analyses,
                "analyses",
                ((numbers[i], {**doc, "id": i}) for i, doc in docs.items() if i in numbers),
            )
            storage: AtomicJSONStorage = self._facets.storage  # type: ignore[assignment]
            with storage.transaction():
                found = [(numbers[i], {"id": i, **facets_doc(f)}) for i, f in facets.items() if i in numbers]
                _replace(self._table(self._facets, "facets"), found)
            storage.forget()  # the reader keeps its own index of these; a second copy is memory for nothing

    def facets(self) -> dict[str, Facets]:
        """Speakers, entities and dates of every analysed article, by id. Reads no analysis.

        Read from disk each time and not kept: the caller (the reader's index) keeps what it needs.
        """
        storage: AtomicJSONStorage = self._facets.storage  # type: ignore[assignment]
        data = load_json_file(self.paths.facets, storage.advice) or {}
        known = self._snapshot().infos
        return {d["id"]: facets_from_doc(d) for d in data.get("facets", {}).values() if d.get("id") in known}

    def remove(self, article_id: str) -> ArticleInfo:
        with self._lock:
            snap = self._snapshot()
            info = snap.infos[self.resolve(article_id)]
            number = snap.numbers[info.id]
            self._table(self._index, "articles").remove(doc_ids=[number])
            tables = [
                self._table(self._shard(self.paths.texts, number // SHARD_SIZE), "texts"),
                self._table(self._shard(self.paths.analyses, number // SHARD_SIZE), "analyses"),
                self._table(self._facets, "facets"),
                self._table(self._state, "articles"),
            ]
            for table in tables:
                if table.contains(doc_id=number):
                    table.remove(doc_ids=[number])
        return info

    def seed(self, articles: Callable[[], Iterable[Article]]) -> int:
        """Import sample articles into a library that is empty and was never seeded.

        Seeds come once: a library the user has emptied stays empty.
        """
        index: AtomicJSONStorage = self._index.storage  # type: ignore[assignment]
        if self._meta().get("seeded"):
            return 0
        with self._lock, index.transaction():
            meta = self._meta()
            if meta.get("seeded"):
                return 0
            added = self.add(articles()).added if not len(self) else []
            meta = self._meta()
            self._table(self._index, "_meta").upsert(Document({**meta, "schema": SCHEMA, "seeded": True}, doc_id=_META_ID))
            return len(added)

    # -- reading state -------------------------------------------------------

    def states(self) -> dict[str, ReadingState]:
        """Read/starred for every article that is not in the default state."""
        found = {}
        for doc in self._table(self._state, "articles").all():
            found[doc["id"]] = ReadingState(bool(doc.get("read")), bool(doc.get("starred")))
        return found

    def state(self, article_id: str) -> ReadingState:
        number = self._snapshot().numbers[self.resolve(article_id)]
        doc = self._table(self._state, "articles").get(doc_id=number)
        return ReadingState(bool(doc.get("read")), bool(doc.get("starred"))) if doc else ReadingState()

    def set_state(self, article_id: str, *, read: bool | None = None, starred: bool | None = None) -> ReadingState:
        state: AtomicJSONStorage = self._state.storage  # type: ignore[assignment]
        # one transaction: TinyDB's upsert is an update and an insert, two writes and two fsyncs
        with self._lock, state.transaction():
            snap = self._snapshot()
            full_id = self.resolve(article_id)
            number = snap.numbers[full_id]
            table = self._table(self._state, "articles")
            old = table.get(doc_id=number) or {}
            new = ReadingState(
                bool(old.get("read")) if read is None else read,
                bool(old.get("starred")) if starred is None else starred,
            )
            if new == ReadingState():
                if old:
                    table.remove(doc_ids=[number])
            elif new != ReadingState(bool(old.get("read")), bool(old.get("starred"))) or not old:
                table.upsert(Document({"id": full_id, "read": new.read, "starred": new.starred}, doc_id=number))
        return new

    @property
    def last_opened(self) -> str | None:
        doc = self._table(self._state, "app").get(doc_id=1)
        value = doc.get("last_opened") if doc else None
        return value if value in self else None

    @last_opened.setter
    def last_opened(self, article_id: str) -> None:
        state: AtomicJSONStorage = self._state.storage  # type: ignore[assignment]
        with self._lock, state.transaction():
            self._table(self._state, "app").upsert(Document({"last_opened": article_id}, doc_id=1))
