"""JSON and JSON Lines records with the fields title, text, source, published, url."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from ..errors import ImportProblem
from .decode import decode, sniff

FIELDS = ("text", "title", "source", "published", "url")


def _fields(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ImportProblem(where, "is not a JSON object with a text field")
    if "text" not in record:
        raise ImportProblem(where, "has no text field")
    return {k: record.get(k) for k in FIELDS}


def json_records(raw: str, where: str) -> Iterator[tuple[str, dict[str, Any]] | ImportProblem]:
    """A .json file: one record, a list of records, or {"articles": [...]}."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        raise ImportProblem(where, f"is not valid JSON ({err})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise ImportProblem(where, "holds no records to import")
    for number, record in enumerate(records, 1):
        label = f"{where}, record {number}" if isinstance(data, list) else where
        try:
            yield label, _fields(record, label)
        except ImportProblem as problem:
            yield problem


def jsonl_records(
    path: Path, where: str, max_line: int, encoding: str | None = None
) -> Iterator[tuple[str, dict[str, Any]] | ImportProblem]:
    """A .jsonl file, streamed: a bad line is reported and the next one still imports."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise ImportProblem(where, f"cannot be read ({err.strerror})") from None
    with handle:
        bom = sniff(handle.read(8192), where)
        handle.seek(0)
        if bom in ("utf-16", "utf-32"):
            # lines cannot be split on b"\n" in these: decode the whole file (rare)
            lines: Iterable[bytes | str] = decode(handle.read(), where).splitlines()
        else:
            lines = handle
        found = 0
        for number, line in enumerate(lines, 1):
            label = f"{where}:{number}"
            if isinstance(line, bytes):
                if len(line) > max_line:
                    yield ImportProblem(label, f"is too large ({len(line):,} bytes; raise the limit with --max-size)")
                    continue
                try:
                    line = line.decode(encoding or "utf-8-sig" if number == 1 else encoding or "utf-8")
                except (UnicodeDecodeError, LookupError) as err:
                    yield ImportProblem(label, f"is not valid {encoding or 'UTF-8'} ({err}); see --encoding")
                    continue
            if not line.strip():
                continue
            found += 1
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as err:
                yield ImportProblem(label, f"is not valid JSON ({err})")
                continue
            try:
                yield label, _fields(record, label)
            except ImportProblem as problem:
                yield problem
        if not found:
            yield ImportProblem(where, "is empty: no records to import")
