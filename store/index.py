"""The library's index: one short row of metadata per article, kept so that a write costs what it changes.

For ``--db library.json``:

    library.json                  the manifest: schema, generation, rows in the base, next number, seeded
    library.index/NNNNNN.rows     the generation's base: one JSON row a line, newest first; never changed
    library.index/NNNNNN.ids      the base's ids in the same order, one a line: all an `add` reads to dedupe
    library.index/NNNNNN.keys     the base's numbers and sort keys in the same order (for merges)
    library.index/NNNNNN.log      what happened since: one line per add (all its rows) or removal

An add appends one line to the log and fsyncs it: that line is the commit point
(texts are written before it, so a row never lacks its text). A removal is a
line too. When the log passes LOG_LIMIT bytes, the writer compacts: it merges
base and log into the next generation's files, then replaces the manifest, the
one commit point of a compaction (the previous manifest stays as library.json.bak,
and the previous generation's files are kept so that it still opens). A reader
that kept up with the log reads only its new lines; the first screen reads the
head of the base and the log, not the whole index. The log is read whole before
that screen, so the reader (after its first screen) and an import (at its end)
compact it already past TIDY_LIMIT (Library.tidy_index); a single add does not,
to stay cheap.

At 100,000 articles (tests/bench/index_scale.py, this machine, medians of 9): `list --json`
0.61 s and `add` of one article 0.17 s, against 1.80 s and 1.13 s when the index was one
TinyDB file rewritten (with its backup) at every add; a compaction takes 0.25 s.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from datetime import UTC, date, datetime
from functools import wraps
from itertools import repeat
from pathlib import Path
from typing import Any

import orjson

from .article import Article, ArticleInfo
from .errors import LibraryCorrupt, LibraryReadOnly, LibraryTooNew
from .jsonfile import Stamp, atomic_write, file_stamp, load_json_file, remove_orphans
from .lock import WriteLock
from .logfile import append_lines, read_lines
from .paths import LibraryPaths

SCHEMA = 2
LOG_LIMIT = 1 << 20  # bytes of log before a compaction: about 5,000 rows, read in ~10 ms
# bytes of log that a start may leave to be compacted after its first screen: the log is read whole before
# that screen (412 KB cost a 10,000-article start about 40 M instructions, a tenth of its own work)
TIDY_LIMIT = 1 << 16
_META_ID = "1"
_HEAD = 1 << 16  # bytes read at a time from the head of the base

# a row: [number, id, title, source, published, url, added, chars]; dates as ISO strings, `added` in UTC
NUMBER, ID, TITLE, SOURCE, PUBLISHED, URL, ADDED, CHARS = range(8)
_ROW_TYPES = (int, str, str, str, (str, type(None)), str, str, int)


def utc_iso(moment: datetime) -> str:
    """`added` as stored: in UTC, so that ISO strings sort as the moments do."""
    return (moment.astimezone(UTC) if moment.tzinfo is not None else moment).isoformat()


def row_of(number: int, article: Article) -> list[Any]:
    published = article.published.isoformat() if article.published else None
    return [number, article.id, article.title, article.source, published, article.url, utc_iso(article.added), len(article.text)]


def sort_key(row: list[Any]) -> str:
    """Newest first is this key descending (then the number ascending): the publication date,
    else the day it was added, then the moment it was added."""
    return (row[PUBLISHED] or row[ADDED][:10]) + row[ADDED]


def _order(row: list[Any]) -> tuple[str, int]:
    return sort_key(row), -row[NUMBER]


def _newest_first(rows: Iterable[list[Any]]) -> list[list[Any]]:
    return sorted(rows, key=_order, reverse=True)


def _merged(base: list[list[Any]], extra: list[list[Any]]) -> list[list[Any]]:
    """Two lists of rows, each newest first, as one."""
    if not extra:
        return base
    if not base:
        return extra
    return list(heapq.merge(base, extra, key=_order, reverse=True))


class _Converter:
    """Rows to ArticleInfo, sharing equal dates: a batch of articles shares its `added` moment."""

    def __init__(self, path: Path, advice: Callable[[], str]) -> None:
        self.path, self.advice = path, advice
        self._days: dict[str | None, date | None] = {None: None}
        self._moments: dict[str, datetime] = {}

    def __call__(self, row: list[Any]) -> ArticleInfo:
        try:
            published = self._days.get(row[PUBLISHED])
            if published is None and row[PUBLISHED] is not None:
                published = self._days[row[PUBLISHED]] = date.fromisoformat(row[PUBLISHED])
            added = self._moments.get(row[ADDED])
            if added is None:
                added = self._moments[row[ADDED]] = datetime.fromisoformat(row[ADDED])
            return ArticleInfo(row[ID], row[TITLE], row[SOURCE], published, row[URL], added, row[CHARS])
        except (IndexError, TypeError, ValueError) as err:
            raise LibraryCorrupt(self.path, f"has a damaged article row ({err!r})", self.advice()) from None


def check_row(row: Any, path: Path, advice: Callable[[], str]) -> list[Any]:
    if not isinstance(row, list) or len(row) != len(_ROW_TYPES) or not all(
        isinstance(value, kind) for value, kind in zip(row, _ROW_TYPES, strict=True)
    ):
        raise LibraryCorrupt(path, f"has a damaged article row ({str(row)[:80]})", advice())
    return row


def check_rows(rows: list[Any], path: Path, advice: Callable[[], str]) -> list[Any]:
    """check_row for many rows, one column at a time in C (row by row in Python was most of the time it took
    to read a log of 5,000 rows, before the first screen); a damaged row is named by check_row."""
    if set(map(type, rows)) <= {list} and set(map(len, rows)) <= {len(_ROW_TYPES)} and all(
        all(map(isinstance, column, repeat(kind))) for column, kind in zip(zip(*rows), _ROW_TYPES, strict=False)
    ):
        return rows
    for row in rows:
        check_row(row, path, advice)
    raise AssertionError("check_rows found damage that check_row did not")


def _meta_of(data: dict[str, Any], path: Path, advice: str) -> dict[str, Any]:
    meta = data.get("_meta", {}).get(_META_ID)
    schema = meta.get("schema") if isinstance(meta, dict) else None
    if not isinstance(schema, int):
        raise LibraryCorrupt(path, "is valid JSON but not a newsreader library (no schema version)", advice)
    if schema > SCHEMA:
        raise LibraryTooNew(
            path,
            f"was written by a newer newsreader (library schema {schema}, this version reads {SCHEMA})",
            "upgrade newsreader with `pip install -U newsreader`",
        )
    if schema == SCHEMA and not all(isinstance(meta.get(k), int) for k in ("generation", "rows", "next")):
        raise LibraryCorrupt(path, "has a damaged manifest (generation, rows or next missing)", advice)
    return meta


class _Moved(Exception):
    """The files this view was reading are gone: compactions by another process moved on meanwhile."""


def _retried(method: Callable[..., Any]) -> Callable[..., Any]:
    """A read that found its generation's files gone starts again from the current manifest."""

    @wraps(method)
    def again(self: Index, *args: Any) -> Any:
        for _ in range(5):
            try:
                return method(self, *args)
            except _Moved:
                self.refresh()
        raise LibraryCorrupt(self.path, "keeps changing while it is read", "try again")

    return again


class Index:
    """One process's view of the index, brought up to date by `refresh()` (cheap when nothing changed).

    Not for sharing between threads: each thread opens its own Library.
    """

    def __init__(self, paths: LibraryPaths, lock: WriteLock) -> None:
        self.paths = paths
        self.path = paths.index
        self.backup = paths.backup(paths.index)
        self.lock = lock
        self._stamp: Stamp | None = None
        self._meta: dict[str, Any] = {}
        self._read_once = False
        self._legacy: list[list[Any]] | None = None  # a schema-1 library that could not be upgraded (read-only)
        self._journal: list[tuple[bool, str]] | None = None  # ids added (True) and removed, for a follower
        self._reread = False  # read afresh since the follower last looked: the journal is not the whole story
        self._forget()

    def _forget(self, continued: bool = False) -> None:
        """Drop everything derived from the files; it is read again when asked for. `continued`: the
        content is the same (a compaction), only where it lies changed."""
        if not continued:
            self._reread = True
        self._log_ino: int | None = None
        self._offset = 0  # bytes of the log applied
        self._added: dict[int, list[Any]] = {}  # rows the log added, by number (removed ones too)
        self._removed: dict[int, str] = {}  # numbers the log removed (from the base or the log), with their ids
        self._count = self._meta.get("rows", 0) if self._legacy is None else len(self._legacy)
        self._ids: str | None = None  # the base's ids, one a line
        self._keys: tuple[list[str], list[int], list[str]] | None = None  # the base's ids, numbers, sort keys
        self._numbers: dict[str, int] | None = None  # every article's number, by id
        self._infos: dict[str, ArticleInfo] | None = None
        self._ordered: list[ArticleInfo] | None = None  # newest first

    def _advice(self) -> str:
        return self.advice

    @property
    def advice(self) -> str:
        if self.backup.exists():
            return f"restore the previous version with `cp '{self.backup}' '{self.path}'`, or move the file away"
        return "nothing was changed; move the file away to start afresh"

    def _file(self, generation: int, kind: str) -> Path:
        return self.paths.segments / f"{generation:06d}.{kind}"

    @property
    def meta(self) -> dict[str, Any]:
        return self._meta

    @property
    def generation(self) -> int | None:
        return self._meta.get("generation") if self._legacy is None else None

    def stamps(self) -> tuple[Stamp | None, Stamp | None]:
        """Changes whenever a write reached the index: for a reader that watches the library."""
        generation = self.generation
        return file_stamp(self.path), file_stamp(self._file(generation, "log")) if generation else None

    # -- keeping up with the disk ----------------------------------------------

    def _missing(self, path: Path) -> Exception:
        if file_stamp(self.path) != self._stamp:
            return _Moved()
        return LibraryCorrupt(path, "is missing: the library's index is incomplete", self.advice)

    def _check_not_lost(self) -> None:
        """No manifest, yet an index with articles beside it: not a new library but one whose manifest went
        missing. Empty files are a first write under way (its base and log come before its manifest): a
        reader that looks in between sees an empty library, which it is, and nothing is lost."""
        if any(_size(p) for kind in ("rows", "log") for p in self.paths.segments.glob(f"*.{kind}")):
            raise LibraryCorrupt(self.path, f"is missing, though {self.paths.segments.name}/ holds an index",
                                 self.advice if self.backup.exists() else "restore it from a backup")

    def refresh(self) -> None:
        for _ in range(5):
            stamp = file_stamp(self.path)
            if (stamp != self._stamp or not self._read_once) and not self._read_manifest(stamp):
                continue  # the manifest changed while it was read
            if not self._meta or self._legacy is not None or self._follow_log():
                return
        raise LibraryCorrupt(self.path, "keeps changing while it is read", "try again")

    def _read_manifest(self, stamp: Stamp | None) -> bool:
        data = load_json_file(self.path, self.advice)
        self._read_once = True
        if data is None:
            try:
                self._check_not_lost()
            except LibraryCorrupt:
                # a first write commits its manifest before its log holds a line, so a manifest there now was
                # written between the read and the look at the index: read it again, nothing is lost
                if self.path.exists():
                    return False
                raise
            self._meta, self._stamp, self._legacy = {}, None, None
            self._forget()
            return True
        meta = _meta_of(data, self.path, self.advice)
        if meta["schema"] < SCHEMA:
            from .migrate import upgrade

            try:
                upgrade(self)
            except LibraryReadOnly:  # still readable, as it is
                from .migrate import legacy_rows

                self._legacy = legacy_rows(data, self.path, self.advice)
                self._meta, self._stamp = dict(meta), stamp
                self._forget()
                return True
            return False
        old = self._meta.get("generation")
        self._legacy = None
        if old is not None and meta["generation"] == old:
            self._meta, self._stamp = meta, stamp  # the seeded flag, or a rewrite of the same generation
        elif old is not None and meta["generation"] == old + 1 and self._catch_up(meta):
            self._stamp = stamp
        else:
            self._meta, self._stamp = meta, stamp
            self._forget()
        return True

    def _catch_up(self, meta: dict[str, Any]) -> bool:
        """A compaction made the next generation out of the base and log this view knows: the rest of the
        old log is all it needs to read (the old files are kept one generation). False: read afresh."""
        try:
            if not self._follow_log():
                return False
        except LibraryCorrupt:
            return False
        if self._count != meta["rows"]:
            return False
        numbers, infos, ordered = self._numbers, self._infos, self._ordered
        self._meta = meta
        self._forget(continued=True)
        self._numbers, self._infos, self._ordered = numbers, infos, ordered
        return True

    def _follow_log(self) -> bool:
        """Apply the log's new lines. False when the log vanished (a compaction moved on meanwhile)."""
        path = self._file(self._meta["generation"], "log")
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if file_stamp(self.path) != self._stamp:
                return False
            raise LibraryCorrupt(path, "is missing: the library's index is incomplete", self.advice) from None
        if st.st_ino != self._log_ino:
            if self._log_ino is not None:  # replaced (a backup restored): start over
                self._forget()
            self._log_ino = st.st_ino
        if st.st_size == self._offset:
            return True
        entries, self._offset = read_lines(path, self._offset, self.advice)
        for entry in entries:
            self._apply(entry, path)
        return True

    def _apply(self, entry: Any, path: Path) -> None:
        if isinstance(entry, list) and entry and entry[0] == "+":
            for row in check_rows(entry[1:], path, self._advice):
                self._add_row(row, path)
        elif isinstance(entry, list) and len(entry) == 3 and entry[0] == "-" and isinstance(entry[1], int):
            self._remove_number(entry[1], entry[2])
        else:
            raise LibraryCorrupt(path, f"has a damaged entry ({str(entry)[:80]})", self.advice)

    def _add_row(self, row: list[Any], path: Path) -> None:
        self._added[row[NUMBER]] = row
        self._count += 1
        if self._journal is not None:
            self._journal.append((True, row[ID]))
        if self._numbers is not None:
            self._numbers[row[ID]] = row[NUMBER]
        if self._infos is not None:
            info = self._infos[row[ID]] = _Converter(path, self._advice)(row)
            if self._ordered is not None:
                self._ordered.insert(_position(self._ordered, info), info)

    def _remove_number(self, number: int, article_id: Any) -> None:
        if number in self._removed:
            return
        self._removed[number] = article_id
        self._count -= 1
        if self._journal is not None:
            self._journal.append((False, article_id))
        if self._numbers is not None and self._numbers.get(article_id) == number:
            del self._numbers[article_id]
            if self._infos is not None:
                gone = self._infos.pop(article_id, None)
                if gone is not None and self._ordered is not None:
                    self._ordered = [i for i in self._ordered if i is not gone]

    def follow(self) -> None:
        """From now on, keep the ids that the log adds and removes, for `journal()`."""
        self._journal, self._reread = [], False

    def journal(self) -> tuple[list[str], list[str]] | None:
        """The ids added and removed (in the log's order) since follow() or the last call; None when the
        index was read afresh meanwhile (a compaction it could not follow, a backup restored)."""
        if self._journal is None or self._reread:
            self.follow()
            return None
        entries, self._journal = self._journal, []
        return [i for added, i in entries if added], [i for added, i in entries if not added]

    # -- the base ----------------------------------------------------------------

    def _base_ids(self) -> str:
        """The base's ids, one a line, as one string: a substring test finds one among 100,000
        faster than the ids could be split into a set."""
        if self._ids is None:
            if self._legacy is not None:
                self._ids = "".join(f"{r[ID]}\n" for r in self._legacy)
                return self._ids
            path = self._file(self._meta["generation"], "ids")
            try:
                text = path.read_bytes().decode("ascii")
            except FileNotFoundError:
                raise self._missing(path) from None
            except (OSError, UnicodeDecodeError) as err:
                raise LibraryCorrupt(path, f"is damaged ({err})", self.advice) from None
            if text[-1:] not in ("", "\n") or text.count("\n") != self._meta["rows"]:
                raise LibraryCorrupt(path, "is damaged: its ids do not match the manifest", self.advice)
            self._ids = text
        return self._ids

    def _base_keys(self) -> tuple[list[str], list[int], list[str]]:
        """The base's ids, numbers and sort keys, in its order. The sort keys are stored as one
        newline-joined string: the parser copies one string instead of making 100,000."""
        if self._keys is None:
            if self._legacy is not None:
                rows = self._legacy
                self._keys = [r[ID] for r in rows], [r[NUMBER] for r in rows], [sort_key(r) for r in rows]
                return self._keys
            ids = self._base_ids().split("\n")[:-1]
            path = self._file(self._meta["generation"], "keys")
            if not path.exists():
                raise self._missing(path)
            data = _load(path, self.advice)
            try:
                numbers, keys = data["numbers"], data["keys"]
                keys = keys.split("\n") if keys else []
            except (KeyError, TypeError, AttributeError):
                numbers = keys = None
            if not all(isinstance(k, list) and len(k) == self._meta["rows"] for k in (numbers, keys)):
                raise LibraryCorrupt(path, "is damaged: its lists do not match the manifest", self.advice)
            self._keys = ids, numbers, keys  # type: ignore[assignment]
        return self._keys

    def _base_rows(self, limit: int | None = None) -> list[list[Any]]:
        """The base's rows, newest first (the first `limit` or so of them), the removed ones included."""
        if self._legacy is not None:
            return self._legacy if limit is None else self._legacy[:limit]
        path = self._file(self._meta["generation"], "rows")
        raw = self._read_rows_file(path, limit)
        if limit is None:
            if raw[-1:] not in (b"", b"\n") or raw.count(b"\n") != self._meta["rows"]:
                raise LibraryCorrupt(path, "is damaged: its rows do not match the manifest", self.advice)
            body = raw[:-1].replace(b"\n", b",")
        else:
            body = b",".join(raw.split(b"\n")[:-1][:limit])  # after the last newline: cut off by the limit
        try:
            # one array for the parser, not a call per line: a third of the time at 100,000 rows
            rows = orjson.loads(b"[" + body + b"]")
        except orjson.JSONDecodeError as err:
            raise LibraryCorrupt(path, f"is damaged: not valid JSON ({err})", self.advice) from None
        # shapes checked in C (map), not per row in Python; a value of the wrong type is caught where it is used
        if (limit is None and len(rows) != self._meta["rows"]) or (
            rows and (set(map(type, rows)) != {list} or set(map(len, rows)) != {len(_ROW_TYPES)})
        ):
            raise LibraryCorrupt(path, "has a damaged article row", self.advice)
        return rows

    def _read_rows_file(self, path: Path, lines: int | None) -> bytes:
        """The base's bytes, or its head: at least `lines` whole lines."""
        try:
            with open(path, "rb") as f:
                if lines is None:
                    return f.read()
                chunks, found = [], 0
                while found < lines:
                    chunk = f.read(_HEAD)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    found += chunk.count(b"\n")
                return b"".join(chunks)
        except FileNotFoundError:
            raise self._missing(path) from None
        except OSError as err:
            raise LibraryCorrupt(path, f"cannot be read ({err.strerror})", self.advice) from None

    def _base_row(self, position: int) -> list[Any]:
        """One row of the base, by its position: only its line is parsed (the reader opens an old article
        with its index not yet read whole, and a row far down would otherwise parse every row above it)."""
        path = self._file(self._meta["generation"], "rows")
        lines = self._read_rows_file(path, position + 1).split(b"\n", position + 1)
        if len(lines) <= position + 1:
            raise LibraryCorrupt(path, "is damaged: its rows do not match the manifest", self.advice)
        try:
            row = orjson.loads(lines[position])
        except orjson.JSONDecodeError as err:
            raise LibraryCorrupt(path, f"is damaged: not valid JSON ({err})", self.advice) from None
        return check_row(row, path, self._advice)

    def _log_rows(self) -> list[list[Any]]:
        """The log's rows still in the library, newest first."""
        return _newest_first(r for n, r in self._added.items() if n not in self._removed)

    # -- reading -----------------------------------------------------------------

    def __len__(self) -> int:
        return self._count

    @_retried
    def numbers(self) -> dict[str, int]:
        """Every article's number (where its text and analysis are stored), by id."""
        if self._numbers is None:
            ids, numbers, _ = self._base_keys() if self._meta or self._legacy is not None else ([], [], [])
            found = dict(zip(ids, numbers, strict=True))
            for n, row in self._added.items():
                found[row[ID]] = n
            for n, article_id in self._removed.items():
                if found.get(article_id) == n:
                    del found[article_id]
            self._numbers = found
        return self._numbers

    @_retried
    def known(self, ids: list[str]) -> set[str]:
        """Which of these ids are in the library. For a few ids, reads only the base's ids."""
        if self._numbers is not None or len(ids) > 32 or (not self._meta and self._legacy is None):
            numbers = self.numbers() if self._meta or self._legacy is not None else {}
            return {i for i in ids if i in numbers}
        base = self._base_ids()
        added = self._added
        gone_from_base = {i for n, i in self._removed.items() if n not in added}
        in_log = {r[ID] for n, r in added.items() if n not in self._removed}
        return {
            i for i in ids
            if i in in_log or ((base.startswith(f"{i}\n") or f"\n{i}\n" in base) and i not in gone_from_base)
        }

    @_retried
    def rows(self) -> list[list[Any]]:
        """Every row, newest first, as stored: for printing many without building an ArticleInfo each."""
        if not self._meta and self._legacy is None:
            return []
        removed = self._removed
        base = [r for r in self._base_rows() if r[NUMBER] not in removed] if removed else self._base_rows()
        return _merged(base, self._log_rows())

    @_retried
    def infos(self) -> dict[str, ArticleInfo]:
        if self._infos is None:
            rows = self.rows()
            convert = _Converter(self.path, self._advice)
            self._ordered = [convert(r) for r in rows]
            self._infos = {i.id: i for i in self._ordered}
            self._numbers = {r[ID]: r[NUMBER] for r in rows}
        return self._infos

    @_retried
    def ordered(self) -> list[ArticleInfo]:
        """Every article, newest first."""
        infos = self.infos()
        if self._ordered is None:
            self._ordered = sorted(infos.values(), key=_info_key, reverse=True)
        return self._ordered

    @_retried
    def newest(self, count: int) -> list[ArticleInfo]:
        """The `count` newest articles, reading the head of the base and the log only."""
        if self._ordered is not None:
            return self._ordered[:count]
        if not self._meta and self._legacy is None:
            return []
        removed = self._removed
        head = [r for r in self._base_rows(count + len(removed)) if r[NUMBER] not in removed]
        convert = _Converter(self.path, self._advice)
        return [convert(r) for r in _merged(head, self._log_rows())[:count]]

    @_retried
    def row(self, article_id: str) -> list[Any]:
        """One article's row; reads the base only when it is not in the log."""
        number = self.numbers()[article_id]
        if number in self._added:
            return self._added[number]
        _, numbers, _ = self._base_keys()
        position = numbers.index(number)
        if self._legacy is not None:
            return self._legacy[position]
        return self._base_row(position)

    @_retried
    def info(self, article_id: str) -> ArticleInfo:
        if self._infos is not None:
            return self._infos[article_id]
        return _Converter(self.path, self._advice)(self.row(article_id))

    # -- writing (the caller holds the write lock and has refreshed) --------------

    def log_size(self) -> int:
        """Bytes of the log applied so far (after refresh(): the whole log)."""
        return self._offset if self._meta and self._legacy is None else 0

    def next_number(self) -> int:
        return max(self._meta.get("next", 1), max(self._added, default=0) + 1)

    def add(self, rows: list[list[Any]]) -> list[ArticleInfo]:
        """Commit rows (numbered from next_number()) in one line of the log; returns their infos."""
        self._create()
        self._append(["+", *rows])
        if self._infos is not None:
            return [self._infos[r[ID]] for r in rows]
        convert = _Converter(self.path, self._advice)
        return [convert(r) for r in rows]

    def remove(self, number: int, article_id: str) -> None:
        self._append(["-", number, article_id])

    def _append(self, entry: list[Any]) -> None:
        path = self._file(self._meta["generation"], "log")
        self._offset = append_lines(path, [entry])
        self._apply(entry, path)
        self._log_ino = os.stat(path).st_ino
        if self._offset > LOG_LIMIT:
            self.compact()

    def for_writing(self) -> None:
        """Before a write: a schema-1 library that was read as it is (read-only then) is upgraded now, or the
        write fails as it would have."""
        if self._legacy is not None:
            from .migrate import upgrade

            upgrade(self)
            self._stamp = None
            self.refresh()

    def set_meta(self, **fields: Any) -> None:
        self._create()
        self._write_manifest({**self._meta, **fields})

    def _write_manifest(self, meta: dict[str, Any]) -> None:
        payload = orjson.dumps({"_meta": {_META_ID: meta}})
        atomic_write(self.path, payload, self.backup)
        if not self.backup.exists():  # a new library: its backup is a copy, so that damage always has a remedy
            atomic_write(self.backup, payload)
        self._meta, self._stamp = meta, file_stamp(self.path)

    def _create(self) -> None:
        """The files of an empty library, at its first write."""
        if self._meta:
            return
        self._check_not_lost()
        self.write_generation(1, [], next_number=1, seeded=False)

    def write_generation(self, generation: int, rows: list[list[Any]], next_number: int, seeded: bool) -> None:
        """Write a generation's base (rows newest first) and an empty log, then commit it in the manifest."""
        self._write_base(generation, [orjson.dumps(r) for r in rows], [r[ID] for r in rows], [r[NUMBER] for r in rows],
                         [sort_key(r) for r in rows])
        self._commit(generation, len(rows), next_number, seeded)
        self._legacy = None
        self._forget()

    def _write_base(self, generation: int, lines: list[bytes], ids: list[str], numbers: list[int], keys: list[str]) -> None:
        for kind in ("rows", "ids", "keys", "log"):
            remove_orphans(self._file(generation, kind))
        atomic_write(self._file(generation, "rows"), b"".join(line + b"\n" for line in lines))
        atomic_write(self._file(generation, "ids"), "".join(f"{i}\n" for i in ids).encode("ascii"))
        atomic_write(self._file(generation, "keys"), orjson.dumps({"numbers": numbers, "keys": "\n".join(keys)}))
        atomic_write(self._file(generation, "log"), b"")

    def _commit(self, generation: int, count: int, next_number: int, seeded: bool) -> None:
        kept = self._meta.get("generation")
        self._write_manifest(
            {"schema": SCHEMA, "generation": generation, "rows": count, "next": next_number, "seeded": seeded}
        )
        # the generation before stays: the backup manifest names it
        for old in self.paths.segments.glob("*.*"):
            stem = old.name.split(".", 1)[0]
            if stem.isascii() and stem.isdigit() and int(stem) not in (generation, kept):
                with suppress(OSError):
                    old.unlink()

    def compact(self) -> None:
        """Merge the base and the log into the next generation."""
        generation = self._meta["generation"]
        ids, numbers, keys = self._base_keys()
        raw = self._file(generation, "rows").read_bytes().split(b"\n")
        if len(raw) != len(ids) + 1:
            raise LibraryCorrupt(self._file(generation, "rows"), "is damaged: its rows do not match the manifest", self.advice)
        removed = self._removed
        log_rows = self._log_rows()
        base = ((keys[p], -numbers[p], p) for p in range(len(ids)) if numbers[p] not in removed)
        extra = ((sort_key(r), -r[NUMBER], -1 - n) for n, r in enumerate(log_rows))
        merged = list(heapq.merge(base, extra, reverse=True))
        lines = [raw[p] if p >= 0 else orjson.dumps(log_rows[-1 - p]) for _, _, p in merged]
        new_ids = [ids[p] if p >= 0 else log_rows[-1 - p][ID] for _, _, p in merged]
        new_numbers = [-n for _, n, _ in merged]
        new_keys = [k for k, _, _ in merged]
        next_number = self.next_number()
        self._write_base(generation + 1, lines, new_ids, new_numbers, new_keys)
        self._commit(generation + 1, len(merged), next_number, bool(self._meta.get("seeded")))
        # the content is the same: what this view derived from it still holds
        numbers_by_id, infos, ordered = self._numbers, self._infos, self._ordered
        self._forget(continued=True)
        self._keys = (new_ids, new_numbers, new_keys)
        self._numbers, self._infos, self._ordered = numbers_by_id, infos, ordered
        self._log_ino = os.stat(self._file(generation + 1, "log")).st_ino


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:  # removed by a writer meanwhile
        return 0


def _load(path: Path, advice: str) -> Any:
    try:
        return orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise LibraryCorrupt(path, "is missing: the library's index is incomplete", advice) from None
    except orjson.JSONDecodeError as err:
        raise LibraryCorrupt(path, f"is damaged: not valid JSON ({err})", advice) from None
    except OSError as err:
        raise LibraryCorrupt(path, f"cannot be read ({err.strerror})", advice) from None


def _info_key(info: ArticleInfo) -> tuple[date, datetime]:
    return (info.published or info.added.date(), info.added)


def _position(ordered: list[ArticleInfo], info: ArticleInfo) -> int:
    """Where a newly added article goes in a newest-first list: after every article at least as new."""
    key = _info_key(info)
    lo, hi = 0, len(ordered)
    while lo < hi:
        mid = (lo + hi) // 2
        if _info_key(ordered[mid]) >= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


def iter_records(rows: Iterable[list[Any]]) -> Iterator[dict[str, Any]]:
    """Rows as the JSON records `list --json` prints (without the reading state)."""
    for r in rows:
        yield {"id": r[ID], "title": r[TITLE], "source": r[SOURCE], "published": r[PUBLISHED], "url": r[URL],
               "added": r[ADDED], "chars": r[CHARS]}
