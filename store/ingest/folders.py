"""A folder given to `add`: the files in it that may be articles, and what is left out, and why.

A folder of saved articles often holds other things: a README or a licence that says what the folder is,
a picture, a PDF, an editor's hidden files. Those are left out and counted, so that one line can say what
was not imported. A file named on the command line is always read, whatever its name.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ImportProblem

# files that say what a folder or a project is: never an article, whatever their type
_ABOUT_THE_FOLDER = re.compile(
    r"(?:readme|licen[cs]e)(?:[-_.].*)?|(?:copying|changelog|contributing|authors|code_of_conduct)(?:\.[^.]+)?",
    re.IGNORECASE,
)
_NAMES_SHOWN = 3  # the notes named in the summary; more are counted
_TYPES_SHOWN = 4


def about_the_folder(name: str) -> bool:
    """README.md, LICENSE, LICENSE-MIT.txt, readme_fr.txt, CHANGELOG.md…"""
    return _ABOUT_THE_FOLDER.fullmatch(name) is not None


@dataclass
class LeftOut:
    """What walking the folders given to `add` left out."""

    notes: list[Path] = field(default_factory=list)  # README, LICENSE…: about the folder, not articles
    types: Counter[str] = field(default_factory=Counter)  # files of a type newsreader does not read, by suffix
    hidden: int = 0  # dotfiles and dot-folders (.git, .DS_Store, an editor's swap file): never looked into

    def __bool__(self) -> bool:
        return bool(self.notes or self.types or self.hidden)

    def summary(self) -> str:
        """One line: what was left out of the folders, and why."""
        parts = []
        if self.notes:
            names = ", ".join(p.name for p in self.notes[:_NAMES_SHOWN])
            more = len(self.notes) - _NAMES_SHOWN
            parts.append(names + (f" and {more} more" if more > 0 else "") + " (about the folder, not articles)")
        if self.types:
            count = sum(self.types.values())
            kinds = [suffix or "without an extension" for suffix, _ in self.types.most_common(_TYPES_SHOWN)]
            kinds += ["…"] if len(self.types) > _TYPES_SHOWN else []
            parts.append(f"{count} file{'s' * (count != 1)} of types newsreader does not read ({', '.join(kinds)})")
        if self.hidden:
            parts.append(f"{self.hidden} hidden file{'s' * (self.hidden != 1)} or folder{'s' * (self.hidden != 1)}")
        return "Left out of the folder: " + "; ".join(parts) + ". Name a file to add it anyway."


def walk(folder: Path, known_suffixes: set[str], left_out: LeftOut) -> Iterator[Path | ImportProblem]:
    """The folder's article files, recursively and sorted: its own, then its subfolders'."""
    seen: set[tuple[int, int]] = set()
    problems: list[ImportProblem] = []

    def on_error(err: OSError) -> None:
        problems.append(ImportProblem(str(err.filename), f"cannot be read ({err.strerror})"))

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=on_error):
        yield from problems
        problems.clear()
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop, or a folder linked twice
            dirs.clear()
            continue
        seen.add((st.st_dev, st.st_ino))
        left_out.hidden += sum(d.startswith(".") for d in dirs)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            suffix = path.suffix.lower()
            if name.startswith("."):
                left_out.hidden += 1
            elif about_the_folder(name):
                left_out.notes.append(path)
            elif suffix not in known_suffixes:
                left_out.types[suffix] += 1
            else:
                yield path
    yield from problems
