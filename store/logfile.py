"""An append-only file of JSON lines, where one write is one line.

A line ends with a newline written in the same `write` as the line, so a reader
(or a crash) sees it whole or sees no newline yet: bytes after the last newline
are a write in progress, or one a killed writer left behind, and count for
nothing. The next writer, under the write lock, cuts them off before it appends,
so they can never join the next line. A batch that must be committed whole
(every row of one `add`) is written as one line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

import orjson

from .errors import LibraryCorrupt, write_failure
from .jsonfile import fsync_dir

_TAIL = 1 << 16  # bytes read at a time when looking back for the last newline


def _complete_size(fd: int, size: int) -> int:
    """The length of the file up to and with its last newline: what was committed."""
    end = size
    while end > 0:
        start = max(0, end - _TAIL)
        chunk = os.pread(fd, end - start, start)
        at = chunk.rfind(b"\n")
        if at >= 0:
            return start + at + 1
        end = start
    return 0


def append_lines(path: Path, entries: Iterable[Any]) -> int:
    """Append one JSON line per entry and fsync; returns the file's size after. Call with the write lock held.

    A failed write (a full disk) is cut back off, so the file is as it was; a full disk or a
    read-only folder is a LibraryError that says so.
    """
    payload = b"".join(orjson.dumps(e, option=orjson.OPT_APPEND_NEWLINE) for e in entries)
    try:
        created = not path.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError as err:
        raise write_failure(path, err) from None
    try:
        size = os.fstat(fd).st_size
        kept = _complete_size(fd, size)
        if kept != size:  # a torn line from a writer killed mid-write
            os.ftruncate(fd, kept)
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            with suppress(OSError):
                os.ftruncate(fd, kept)
            raise
        if created:
            fsync_dir(path.parent)
        return kept + len(payload)
    except OSError as err:
        raise write_failure(path, err) from None
    finally:
        os.close(fd)


def read_lines(path: Path, offset: int, advice: str) -> tuple[list[Any], int]:
    """The entries committed from byte `offset` on, and the offset just after the last of them.

    A missing file holds nothing. A complete line that is not JSON is damage, never skipped.
    """
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            raw = f.read()
    except FileNotFoundError:
        return [], offset
    except OSError as err:
        raise LibraryCorrupt(path, f"cannot be read ({err.strerror})", advice) from None
    end = raw.rfind(b"\n") + 1
    entries = []
    at = offset
    for line in raw[: end - 1].split(b"\n") if end else ():
        try:
            entries.append(orjson.loads(line))
        except orjson.JSONDecodeError:
            raise LibraryCorrupt(
                path,
                f"is damaged: line {_line_number(path, at)} is not valid JSON",
                f"the lines before it are whole: `truncate -s {at} '{path}'` keeps them (and loses the rest); or {advice}",
            ) from None
        at += len(line) + 1
    return entries, offset + end


def _line_number(path: Path, offset: int) -> int:
    """1-based number of the line starting at `offset`, for error messages."""
    with open(path, "rb") as f:
        return f.read(offset).count(b"\n") + 1
