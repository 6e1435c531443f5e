"""One writer at a time: an advisory lock on a file beside the library."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import Self

from .errors import LibraryBusy, LibraryError, write_failure


class WriteLock:
    """Re-entrant within a process; waits up to `timeout` seconds for another process."""

    def __init__(self, path: Path, timeout: float = 10.0) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None
        self._depth = 0

    def __enter__(self) -> Self:
        if self._depth == 0:
            self._fd = self._acquire()
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def _acquire(self) -> int:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            failure = write_failure(self.path, err)
            if isinstance(failure, LibraryError):
                raise failure from None
            raise LibraryError(self.path, f"cannot create the lock file ({err.strerror})") from None
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LibraryBusy(
                        self.path,
                        f"the library is busy: another newsreader has been writing for {self.timeout:g} s",
                        "try again when it has finished",
                    ) from None
                time.sleep(0.02)
