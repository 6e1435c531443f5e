"""RSS and Atom feeds, parsed by feedparser: one article per entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import ImportProblem


def looks_like_feed(head: bytes) -> bool:
    start = head.lstrip()[:512].lower()
    return start.startswith(b"<?xml") and (b"<rss" in head[:2048].lower() or b"<feed" in head[:2048].lower() or b"<rdf" in head[:2048].lower()) or start.startswith((b"<rss", b"<feed", b"<rdf"))


def _entry_date(entry: Any, where: str) -> date | None:
    """The day in the publisher's own time zone; feedparser's parsed dates are shifted to UTC."""
    from .fields import parse_published

    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        if entry.get(raw):
            try:
                return parse_published(entry[raw], where)
            except ImportProblem:
                if entry.get(parsed):
                    return date(*entry[parsed][:3])
    return None


def feed_entries(raw: bytes, where: str) -> Iterator[tuple[str, dict[str, Any]] | ImportProblem]:
    """Fields for build_article, one dict per entry; an unusable entry is an ImportProblem."""
    import feedparser

    from .web import fragment_text

    parsed = feedparser.parse(raw)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise ImportProblem(where, f"is not a feed with entries{why}")
    source = parsed.feed.get("title", "")
    for number, entry in enumerate(parsed.entries, 1):
        title = entry.get("title", "")
        label = f"{where}, entry {number}" + (f" ({title[:40]!r})" if title else "")
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        text = fragment_text(html) if html else ""
        if not text.strip():
            yield ImportProblem(label, "has no text")
            continue
        yield label, {
            "text": text,
            "title": title,
            "source": source,
            "published": _entry_date(entry, label),
            "url": entry.get("link", ""),
        }
