"""JSON files that are never half-written or silently emptied.

TinyDB's own JSONStorage writes in place and reads a 0-byte file as an empty
database (see TINYDB.md): one crash, then one write, and a library is gone.
Here every write goes to a temporary file in the same folder, is fsynced and
renamed over the old one; damage is an error, never an empty database. The
TinyDB storage built on these is in store/tinystorage.py.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Any

import orjson

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
    # os.urandom is what secrets.token_hex reads; the secrets module (with hashlib) cost the reader's start 2%
    return path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")


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
