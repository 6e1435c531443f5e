"""A TinyDB storage that never leaves a half-written or silently emptied file.

TinyDB's own JSONStorage writes in place and reads a 0-byte file as an empty
database (see TINYDB.md): one crash, then one write, and a library is gone.
Here every write goes to a temporary file in the same folder, is fsynced and
renamed over the old one; damage is an error, never an empty database.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from .errors import LibraryCorrupt, write_failure

Stamp = tuple[int, int, int]


def file_stamp(path: Path) -> Stamp | None:
    """Changes whenever the file is replaced: cheap staleness check for caches."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def remove_orphans(path: Path) -> None:
    """Temporary files left by a killed writer. Call only while holding the write lock."""
    for orphan in path.parent.glob(f".{path.name}.*.tmp"):
        with suppress(OSError):
            orphan.unlink()


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes, backup: Path | None = None) -> None:
    """Replace `path` with `payload` so that a reader or a crash sees old or new, never half.

    With `backup`, the file being replaced stays reachable there (a hard link:
    no copy is made). A full disk or a read-only folder is a LibraryError that says so.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace(path, payload, backup)
    except OSError as err:
        raise write_failure(path, err) from None


def _replace(path: Path, payload: bytes, backup: Path | None) -> None:
    tmp = temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup is not None and path.exists():
            link = temp_name(backup)
            os.link(path, link)
            os.replace(link, backup)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def load_json_file(path: Path, advice: str) -> dict[str, Any] | None:
    """The file's tables, None if there is no file. Damage raises LibraryCorrupt."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise LibraryCorrupt(path, f"cannot be read ({err.strerror})", advice) from None
    if not raw.strip():
        raise LibraryCorrupt(path, "is empty (a crash or a full disk may have truncated it)", advice)
    try:
        data = orjson.loads(raw)
    except (orjson.JSONDecodeError, ValueError, TypeError, UnicodeDecodeError) as err:
        raise LibraryCorrupt(path, f"is damaged: not valid JSON ({err})", advice) from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise LibraryCorrupt(path, "is valid JSON but not a newsreader library file", advice)
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage with atomic writes, cached reads and batched transactions.

    Reads are cached until the file on disk changes (another process replaced
    it). Inside `transaction()`, writes stay in memory and reach the disk once,
    at the end, or not at all if the block raises.
    """

    def __init__(self, path: str | Path, backup: Path | None = None) -> None:
        self.path = Path(path)
        self.backup = backup
        self._data: dict[str, Any] | None = None
        self._stamp: Stamp | None = None
        self._depth = 0
        self._dirty = False

    @property
    def advice(self) -> str:
        """What to do about a damaged file: newsreader itself never touches it."""
        if self.backup is not None and self.backup.exists():
            return f"restore the previous version with `cp '{self.backup}' '{self.path}'`, or move the file away"
        return "nothing was changed; move the file away to start afresh"

    @property
    def stamp(self) -> Stamp | None:
        return self._stamp

    def read(self) -> dict[str, Any] | None:
        if self._depth:
            return self._data
        stamp = file_stamp(self.path)
        if stamp is None:
            self._data, self._stamp = None, None
        elif stamp != self._stamp or self._data is None:
            self._data = load_json_file(self.path, self.advice)
            self._stamp = stamp
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        if self._depth:
            self._dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        try:
            atomic_write(self.path, orjson.dumps(self._data), self.backup)
        except BaseException:
            self.forget()
            raise
        self._stamp = file_stamp(self.path)

    def forget(self) -> None:
        """Drop the in-memory copy; the next read comes from disk."""
        self._data, self._stamp = None, None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth == 0:
            self.read()  # start from what is on disk now, not from an old cache
        self._depth += 1
        try:
            yield
        except BaseException:
            if self._depth == 1:
                self._dirty = False
                self.forget()
            raise
        else:
            if self._depth == 1 and self._dirty:
                self._dirty = False
                self._flush()
        finally:
            self._depth -= 1

    def close(self) -> None:
        pass
