"""The TinyDB storage of the library's texts and analyses: atomic writes (store/jsonfile.py), cached reads.

Apart from store/jsonfile.py so that opening a library, which reads no text, does not import TinyDB.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from .jsonfile import Stamp, atomic_write, file_stamp, load_json_file


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
