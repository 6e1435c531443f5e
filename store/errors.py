"""Errors that reach the user as one line: each names the file and what to do."""

from __future__ import annotations

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
