"""Errors that reach the user as one line: each names the file and what to do."""

from __future__ import annotations

import errno
from pathlib import Path


class NewsreaderError(Exception):
    """Base for every error the command line prints as a single line."""


class LibraryError(NewsreaderError):
    """A library file cannot be used. The file is never modified."""

    def __init__(self, path: Path | str, problem: str, advice: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        message = f"{self.path}: {problem}"
        if advice:
            message += f"; {advice}"
        super().__init__(message)


class LibraryCorrupt(LibraryError):
    pass


class LibraryTooNew(LibraryError):
    pass


class LibraryBusy(LibraryError):
    pass


class LibraryReadOnly(LibraryError):
    """The library's folder cannot be written: reading works, changes are not saved."""


class LibraryFull(LibraryError):
    """The disk (or the file-size limit) has no room for a write; the old file stays whole."""


_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_failure(path: Path, err: OSError) -> OSError | LibraryError:
    """What a failed library write means to the user; other OS errors are returned as they are.

    Every write replaces a file by renaming a finished copy over it, so after any
    of these the file on disk is the one from before the write.
    """
    path = Path(path)
    where = path.parent
    if err.errno in _FULL:
        return LibraryFull(where, f"the disk is full: no room to write {path.name}", "the library is intact; free some space and try again")
    if err.errno == errno.EFBIG:
        return LibraryFull(where, f"{path.name} would pass this system's file-size limit", "the library is intact")
    if err.errno in _READ_ONLY:
        return LibraryReadOnly(
            where, f"the library is read-only: no permission to write {path.name} here", "reading works, writing does not"
        )
    return err


class ArticleNotFound(NewsreaderError):
    pass


class ImportProblem(NewsreaderError):
    """One input (a file, a line of a JSONL file, a feed) that could not be imported."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class ModelMissing(NewsreaderError):
    pass
