"""Where the reading state lives: a base file and a log of the marks made since.

    library.state.json   {"articles": {number: {"id", "read", "starred"}}, "app": {"1": {"last_opened": id}}}:
                         TinyDB's layout, as earlier versions wrote it; only articles not in the default state
    library.state.log    one line per mark: ["s", number, id, read, starred], or ["o", id] for the article opened

Marking an article rewrote the whole state file before: every read or starred article of the library,
twice for each article opened (its mark, then "last opened"); at 10,000 read articles that was 26 ms a
mark. Now a mark appends one line and fsyncs it (store/logfile.py: a line is whole or absent, whatever
kills the writer). When the log outgrows a quarter of the base (and at least LOG_MIN), the writer folds
it in: the base is replaced (the one it replaces kept as the backup), then the log emptied. Each line
gives an article's whole state, so a log read again over a base that already holds it (a crash between
the two steps) changes nothing.

A reader keeps what it read, and afterwards reads only the log's new lines: a stat or two when nothing
changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from .article import ReadingState
from .errors import LibraryCorrupt
from .jsonfile import Stamp, atomic_write, file_stamp, load_json_file, remove_orphans
from .logfile import append_lines, read_lines

LOG_MIN = 1 << 16  # bytes of log before a fold, at least: about 1,500 marks, read in well under a millisecond

_DEFAULT = ReadingState()


@dataclass(frozen=True)
class _Cursor:
    base: Stamp | None
    log_ino: int | None
    offset: int


class StateLog:
    def __init__(self, base: Path, log: Path, backup: Path) -> None:
        self.base, self.log, self.backup = base, log, backup
        self._states: dict[int, tuple[str, ReadingState]] = {}  # article number -> its id and state
        self._last: str | None = None
        self._cursor: _Cursor | None = None

    @property
    def advice(self) -> str:
        if self.backup.exists():
            return f"restore the previous version with `cp '{self.backup}' '{self.base}'`, or move the file away"
        return "nothing was changed; move the file away to start afresh (every article then shows unread)"

    # -- reading -----------------------------------------------------------------------------

    def states(self) -> dict[str, ReadingState]:
        """Every article's state that is not the default, by id."""
        self._refresh()
        return {article_id: state for article_id, state in self._states.values()}

    def state(self, number: int) -> ReadingState:
        self._refresh()
        found = self._states.get(number)
        return found[1] if found else _DEFAULT

    def last_opened(self) -> str | None:
        self._refresh()
        return self._last

    def _refresh(self) -> None:
        """Catch up with the disk: only the log's new lines, unless it was folded (or the base replaced)."""
        cursor = self._cursor
        base = file_stamp(self.base)
        try:
            st = os.stat(self.log)
            ino, size = st.st_ino, st.st_size
        except FileNotFoundError:
            ino, size = None, 0
        if cursor is not None and cursor.base == base and cursor.log_ino == ino and size >= cursor.offset:
            if size != cursor.offset:
                entries, offset = read_lines(self.log, cursor.offset, self.advice)
                self._apply(entries, self._states)
                self._cursor = _Cursor(base, ino, offset)
            return
        for _ in range(5):
            base, ino = file_stamp(self.base), _ino(self.log)
            states, last = self._read_base()
            entries, offset = read_lines(self.log, 0, self.advice)
            if file_stamp(self.base) == base and _ino(self.log) == ino:  # not folded meanwhile
                self._states, self._last = states, last
                self._apply(entries, states)
                self._cursor = _Cursor(base, ino, offset)
                return
        raise LibraryCorrupt(self.base, "keeps changing while it is read", "try again")

    def _read_base(self) -> tuple[dict[int, tuple[str, ReadingState]], str | None]:
        data = load_json_file(self.base, self.advice) or {}
        found: dict[int, tuple[str, ReadingState]] = {}
        try:
            for number, doc in data.get("articles", {}).items():
                state = ReadingState(bool(doc.get("read")), bool(doc.get("starred")))
                if state != _DEFAULT:
                    found[int(number)] = (str(doc["id"]), state)
            last = data.get("app", {}).get("1", {}).get("last_opened")
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise LibraryCorrupt(self.base, f"has a damaged row ({err!r})", self.advice) from None
        return found, last if isinstance(last, str) else None

    def _apply(self, entries: list[Any], into: dict[int, tuple[str, ReadingState]]) -> None:
        try:
            for entry in entries:
                if entry[0] == "s":
                    _, number, article_id, read, starred = entry
                    state = ReadingState(bool(read), bool(starred))
                    if state == _DEFAULT:
                        into.pop(int(number), None)
                    else:
                        into[int(number)] = (str(article_id), state)
                elif entry[0] == "o":
                    self._last = str(entry[1])
                else:
                    raise ValueError(entry[0])
        except (TypeError, ValueError, IndexError) as err:
            raise LibraryCorrupt(
                self.log, f"has a damaged entry ({err!r})", "move it away: the marks made since the last fold are lost"
            ) from None

    # -- writing, with the write lock held -----------------------------------------------------

    def set(self, number: int, article_id: str, state: ReadingState) -> None:
        """Give an article this state (the default one takes it out)."""
        self._refresh()
        self._append(["s", number, article_id, state.read, state.starred])
        self._apply([["s", number, article_id, state.read, state.starred]], self._states)

    def remove(self, number: int) -> None:
        """An article removed from the library: its state goes with it."""
        self._refresh()
        found = self._states.get(number)
        if found is not None:
            self.set(number, found[0], _DEFAULT)

    def set_last_opened(self, article_id: str) -> None:
        self._refresh()
        if article_id != self._last:
            self._append(["o", article_id])
            self._last = article_id

    def _append(self, entry: list[Any]) -> None:
        size = append_lines(self.log, [entry])
        # the cursor moves past our own line: read again, it would change nothing
        if self._cursor is not None:
            self._cursor = _Cursor(self._cursor.base, _ino(self.log), size)
        base = file_stamp(self.base)
        if size > max(LOG_MIN, (base[2] if base else 0) // 4):
            self.fold()

    def fold(self) -> None:
        """Replace the base with base and log together, then empty the log."""
        remove_orphans(self.base)
        self._cursor = None
        self._refresh()
        docs = {str(n): {"id": i, "read": s.read, "starred": s.starred} for n, (i, s) in sorted(self._states.items())}
        data: dict[str, Any] = {"articles": docs}
        if self._last is not None:
            data["app"] = {"1": {"last_opened": self._last}}
        atomic_write(self.base, orjson.dumps(data), self.backup)
        atomic_write(self.log, b"")
        self._cursor = _Cursor(file_stamp(self.base), _ino(self.log), 0)


def _ino(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except FileNotFoundError:
        return None
