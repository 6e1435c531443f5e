"""Where the facets live: a base file and a log of what changed since.

    library.facets.json   {"facets": {number: {"id", "s", "e", "d"}}}, as earlier versions wrote it
    library.facets.log    one line per save: ["+", [number, id, s, e, d], …] or ["-", number]

Saving an analysis appends a line instead of rewriting the facets of the whole
library (at 100,000 articles, tens of MB for each article the reader analyses
in the background), and a reader that follows the log reads only its new lines.
When the log outgrows a quarter of the base, the writer folds it in: the base is
replaced, then the log emptied. Every line is an upsert or a removal by number,
so a log read again on top of a base that already holds it (a crash between the
two steps) changes nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from .errors import LibraryCorrupt
from .facets import Facets, from_doc, to_doc
from .jsonfile import Stamp, atomic_write, file_stamp, load_json_file, remove_orphans
from .logfile import append_lines, read_lines

_LOG_MIN = 1 << 20  # the log is folded in past this size, or a quarter of the base if larger

Entry = tuple[str, Facets]  # the article's id, its facets


@dataclass(frozen=True)
class Cursor:
    """How far a reader got: the base it read and the bytes of the log after it."""

    base: Stamp | None
    log_ino: int | None
    offset: int


class FacetLog:
    def __init__(self, base: Path, log: Path) -> None:
        self.base = base
        self.log = log

    advice = "it only holds what the analyses found: move it away, and the articles are analysed again"

    def _read_base(self) -> dict[int, Entry]:
        data = load_json_file(self.base, self.advice) or {}
        found: dict[int, Entry] = {}
        try:
            for number, doc in data.get("facets", {}).items():
                found[int(number)] = (doc["id"], from_doc(doc))
        except (KeyError, TypeError, ValueError, IndexError) as err:
            raise LibraryCorrupt(self.base, f"has a damaged row ({err!r})", self.advice) from None
        return found

    def _apply(self, entries: list[Any], into: dict[int, Entry | None]) -> None:
        try:
            for entry in entries:
                if entry[0] == "+":
                    for number, article_id, s, e, d in entry[1:]:
                        into[number] = (article_id, from_doc({"s": s, "e": e, "d": d}))
                elif entry[0] == "-":
                    for number in entry[1:]:
                        into[number] = None
                else:
                    raise ValueError(entry[0])
        except (TypeError, ValueError, IndexError, KeyError) as err:
            raise LibraryCorrupt(self.log, f"has a damaged entry ({err!r})", self.advice) from None

    def read(self) -> tuple[dict[int, Entry], Cursor]:
        """Every article's facets by number, and where a reader got to."""
        for _ in range(5):
            stamp = file_stamp(self.base)
            found: dict[int, Entry | None] = dict(self._read_base())
            ino = _ino(self.log)
            entries, offset = read_lines(self.log, 0, self.advice)
            if file_stamp(self.base) == stamp and _ino(self.log) == ino:
                self._apply(entries, found)
                return {n: e for n, e in found.items() if e is not None}, Cursor(stamp, ino, offset)
        raise LibraryCorrupt(self.base, "keeps changing while it is read", "try again")

    def since(self, cursor: Cursor) -> tuple[dict[int, Entry | None], Cursor] | None:
        """What was saved after `cursor`, by number (None: removed); None when the log was folded into
        the base meanwhile (read() everything again)."""
        if file_stamp(self.base) != cursor.base:
            return None
        try:
            st = os.stat(self.log)
        except FileNotFoundError:
            return None if cursor.offset else ({}, cursor)
        if cursor.log_ino is not None and st.st_ino != cursor.log_ino or st.st_size < cursor.offset:
            return None
        if st.st_size == cursor.offset and cursor.log_ino is not None:
            return {}, cursor
        entries, offset = read_lines(self.log, cursor.offset, self.advice)
        if _ino(self.log) != st.st_ino:
            return None
        changed: dict[int, Entry | None] = {}
        self._apply(entries, changed)
        return changed, Cursor(cursor.base, st.st_ino, offset)

    # -- writing, with the write lock held -------------------------------------

    def save(self, entries: dict[int, Entry]) -> None:
        rows = [[n, i, *to_doc(f).values()] for n, (i, f) in entries.items()]
        if rows:
            self._append(["+", *rows])

    def remove(self, numbers: list[int]) -> None:
        if numbers:
            self._append(["-", *numbers])

    def _append(self, entry: list[Any]) -> None:
        size = append_lines(self.log, [entry])
        base = file_stamp(self.base)
        if size > max(_LOG_MIN, (base[2] if base else 0) // 4):
            self.fold()

    def fold(self) -> None:
        """Replace the base with base and log together, then empty the log."""
        remove_orphans(self.base)
        found, _ = self.read()
        docs = {str(n): {"id": i, **to_doc(f)} for n, (i, f) in sorted(found.items())}
        atomic_write(self.base, orjson.dumps({"facets": docs}))
        atomic_write(self.log, b"")


def _ino(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except FileNotFoundError:
        return None
