"""The library's own test helpers shared by more than one folder: a library that cannot be written, the bytes of a
library's files, and the mounts that make a small or read-only disk where the machine allows them."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.library import Library
from store.seeds import ensure_seeded


def mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"this machine cannot mount here ({result.stderr.strip() or result.returncode})")


def unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def made_read_only(tmp_path: Path, source: Path) -> Iterator[Path]:
    """The library folder `source`, where this process cannot write (as root: a read-only bind mount)."""
    if os.geteuid() != 0:
        for path in [source, *source.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        yield source
        for path in [source, *source.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        return
    view = tmp_path / "view"
    view.mkdir()
    mount("--bind", str(source), str(view))
    try:
        mount("-o", "remount,bind,ro", str(view))
        yield view
    finally:
        unmount(view)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A library of the seed articles, not analysed, in a folder this process cannot write."""
    source = tmp_path / "lib"
    library = Library(source / "library.json")
    ensure_seeded(library)
    yield from made_read_only(tmp_path, source)
