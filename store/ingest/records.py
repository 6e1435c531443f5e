"""JSON and JSON Lines records with the fields title, text, source, published, url."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from ..errors import ImportProblem

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
    for number, record in enumerate(records, 1):
        label = f"{where}, record {number}" if isinstance(data, list) else where
        try:
            yield label, _fields(record, label)
        except ImportProblem as problem:
            yield problem


def jsonl_records(path: Path, where: str, max_line: int) -> Iterator[tuple[str, dict[str, Any]] | ImportProblem]:
    """A .jsonl file, streamed: a bad line is reported and the next one still imports."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise ImportProblem(where, f"cannot be read ({err.strerror})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            label = f"{where}:{number}"
            if not line.strip():
                continue
            if len(line) > max_line:
                yield ImportProblem(label, f"is too large ({len(line) / 1e6:.1f} MB; see --max-size)")
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as err:
                yield ImportProblem(label, f"is not valid JSON ({err})")
                continue
            try:
                yield label, _fields(record, label)
            except ImportProblem as problem:
                yield problem
