"""Read a file as text, refusing binaries, oversize files and unknown encodings clearly."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import ImportProblem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/EPUB document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}


def read_bytes(path: Path, max_bytes: int | None) -> bytes:
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ImportProblem(str(path), f"is too large: {size:,} bytes (raise the limit with --max-size)")
        return path.read_bytes()
    except PermissionError:
        raise ImportProblem(str(path), "cannot be read: permission denied") from None
    except FileNotFoundError:
        raise ImportProblem(str(path), "no such file or folder") from None
    except IsADirectoryError:
        raise ImportProblem(str(path), "is a folder") from None
    except OSError as err:
        raise ImportProblem(str(path), f"cannot be read ({err.strerror or err})") from None


def sniff(head: bytes, where: str) -> str | None:
    """The encoding a byte-order mark names, if any. Raises for empty and binary files."""
    if not head.strip():
        raise ImportProblem(where, "is empty: no text to import")
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            raise ImportProblem(where, f"is a binary file ({kind}), not text")
    if b"\x00" in head[:8192]:
        raise ImportProblem(where, "is a binary file (it holds NUL bytes), not text")
    return None


def decode(raw: bytes, where: str, encoding: str | None = None) -> str:
    """UTF-8 (or the BOM's encoding, or --encoding); NUL bytes mean a binary file."""
    bom = sniff(raw[:8192], where)
    if bom:
        try:
            return raw.decode(bom)
        except UnicodeDecodeError as err:
            raise ImportProblem(where, f"has a {bom.upper()} byte-order mark but is not valid {bom.upper()} ({err.reason})") from None
    try:
        return raw.decode(encoding or "utf-8")
    except LookupError:
        raise ImportProblem(where, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        byte = raw[err.start : err.start + 1].hex()
        hint = "" if encoding else "; if it is Latin-1 or Windows text, add --encoding cp1252"
        raise ImportProblem(
            where, f"is not valid {encoding or 'UTF-8'} (byte 0x{byte} at offset {err.start}){hint}"
        ) from None
