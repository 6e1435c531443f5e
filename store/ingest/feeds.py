"""RSS and Atom feeds, parsed by feedparser: one article per entry."""

from __future__ import annotations

import hashlib
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

    # the plain dict lookups: feedparser's own maps a missing "published" to "updated" with a warning
    fields = dict(entry)
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        if fields.get(raw):
            try:
                return parse_published(fields[raw], where)
            except ImportProblem:
                # feedparser rolls impossible fields over ("2025-13-45" becomes a day in 2026):
                # its reading is trusted only when the year it found is written in the date
                if fields.get(parsed) and str(fields[parsed][0]) in str(fields[raw]):
                    return date(*fields[parsed][:3])
    return None


def entry_key(entry: Any, text: str) -> str:
    """What makes an entry the same entry next time: its guid, else its link, else its words."""
    for field in ("id", "link"):
        value = entry.get(field)
        if isinstance(value, str) and value.strip():
            basis = f"{field}:{value.strip()}"
            break
    else:
        basis = "text:" + entry.get("title", "") + "\n" + " ".join(text.split())
    # short and fixed-size: a feed's seen keys are stored, and guids can be long URLs
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def feed_items(
    raw: bytes, where: str, allow_empty: bool = False
) -> Iterator[tuple[str, tuple[str, dict[str, Any]] | ImportProblem]]:
    """(key, fields for build_article) per entry; an unusable entry is an ImportProblem beside its key.

    `allow_empty`: a well-formed feed with no entries yields nothing (a subscription may be
    quiet for a while) instead of being refused as not a feed.
    """
    import feedparser

    from .web import fragment_text
    from .xmlguard import refuse_entities

    refuse_entities(raw, where)
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        if allow_empty and parsed.get("version") and not parsed.get("bozo"):
            return
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise ImportProblem(where, f"is not a feed with entries{why}")
    source = parsed.feed.get("title", "")
    for number, entry in enumerate(parsed.entries, 1):
        title = entry.get("title", "")
        label = f"{where}, entry {number}" + (f" ({title[:40]!r})" if title else "")
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        text = fragment_text(html) if html else ""
        key = entry_key(entry, text)
        if not text.strip():
            yield key, ImportProblem(label, "has no text")
            continue
        yield key, (label, {
            "text": text,
            "title": title,
            "source": source,
            "published": _entry_date(entry, label),
            "url": entry.get("link", ""),
        })


def feed_entries(raw: bytes, where: str) -> Iterator[tuple[str, dict[str, Any]] | ImportProblem]:
    """Fields for build_article, one dict per entry; an unusable entry is an ImportProblem."""
    for _, item in feed_items(raw, where):
        yield item
