"""Libraries written by earlier newsreaders, brought to the current schema once.

Schema 1 (newsreader up to 0.1.0): the index was one TinyDB file, library.json,
holding every article's row as a dict under its number, rewritten whole at
every add. Schema 2 keeps the same numbers, so the texts, analyses, facets and
reading state beside it stay as they are: only the index is rewritten, into a
base of rows newest first and an empty log. The schema-1 file stays as
library.json.bak (an older newsreader opens it again once copied back).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import LibraryCorrupt
from .index import NUMBER, SCHEMA, _meta_of, _newest_first, check_row, utc_iso
from .jsonfile import load_json_file, remove_orphans

if TYPE_CHECKING:
    from .index import Index


def legacy_rows(data: dict[str, Any], path: Path, advice: str) -> list[list[Any]]:
    """The rows of a schema-1 index, newest first."""
    rows = []
    try:
        for number, r in data.get("articles", {}).items():
            published = r.get("published") or None
            if published is not None:
                date.fromisoformat(published)
            added = utc_iso(datetime.fromisoformat(r["added"]))
            row = [int(number), r["id"], r.get("title") or "", r.get("source") or "", published, r.get("url") or "",
                   added, r.get("chars", 0)]
            rows.append(check_row(row, path, lambda: advice))
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise LibraryCorrupt(path, f"has a damaged article row ({err!r})", advice) from None
    return _newest_first(rows)


def upgrade(index: Index) -> None:
    """Rewrite a schema-1 index as schema 2, under the write lock (a read-only library raises LibraryReadOnly)."""
    with index.lock:
        remove_orphans(index.path)
        current = load_json_file(index.path, index.advice)
        if current is None:
            return
        meta = _meta_of(current, index.path, index.advice)
        if meta["schema"] >= SCHEMA:
            return  # another process upgraded it while this one waited for the lock
        rows = legacy_rows(current, index.path, index.advice)
        next_number = max([meta.get("next", 1), *(r[NUMBER] + 1 for r in rows)])
        index.write_generation(1, rows, next_number, bool(meta.get("seeded")))
