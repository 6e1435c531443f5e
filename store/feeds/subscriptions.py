"""Subscriptions in `library.feeds.json`, beside the library, written like every library file.

One row per feed, keyed by its URL: what the server said last time (ETag,
Last-Modified, for conditional requests), when and how the last fetch went,
the keys of the entries already seen and the ids of the articles it brought.
Changes happen under the library's write lock and reach the disk atomically.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson

from ..errors import ImportProblem, LibraryCorrupt, LibraryTooNew, NewsreaderError
from ..jsonfile import atomic_write, load_json_file, remove_orphans
from ..lock import WriteLock
from ..paths import LibraryPaths

SCHEMA = 1
# enough to recognise what a feed still lists and what it lists again soon after dropping it
MIN_SEEN = 1000


class FeedNotFound(NewsreaderError):
    pass


def check_url(url: str) -> str:
    """The URL stripped, if newsreader may fetch it: http or https with a host. Else ImportProblem."""
    url = url.strip()
    if any(c.isspace() or ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in url):
        # shown escaped: such an address may come from a stranger's OPML file, bound for a terminal
        raise ImportProblem(repr(url), "contains spaces or control characters; refused")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise ImportProblem(url, f"is not an http or https address ({shown}); refused")
    if not parts.hostname:
        raise ImportProblem(url, "has no host name; refused")
    return url


def default_name(url: str) -> str:
    return urlsplit(url).hostname or url


@dataclass
class Subscription:
    url: str
    name: str
    added: str
    etag: str = ""
    last_modified: str = ""
    last_fetched: str = ""  # ISO UTC time of the last answer, 304 included
    last_error: str = ""
    seen: list[str] = field(default_factory=list)  # newest first
    articles: list[str] = field(default_factory=list)

    def remember(self, keys: list[str]) -> None:
        """Keys of this fetch first, then older ones, bounded so the file does not grow forever."""
        current = set(keys)
        merged = keys + [k for k in self.seen if k not in current]
        self.seen = merged[: max(MIN_SEEN, 2 * len(keys))]

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Subscription:
        known = {k: doc[k] for k in cls.__dataclass_fields__ if k in doc}
        sub = cls(**known)
        if not isinstance(sub.url, str) or not isinstance(sub.seen, list) or not isinstance(sub.articles, list):
            raise TypeError("a field has the wrong type")
        return sub


class Subscriptions:
    def __init__(self, paths: LibraryPaths, lock: WriteLock) -> None:
        self.path = paths.feeds
        self.backup = paths.backup(paths.feeds)
        self._lock = lock

    @property
    def _advice(self) -> str:
        if self.backup.exists():
            return f"restore the previous version with `cp '{self.backup}' '{self.path}'`, or move the file away"
        return "nothing was changed; move the file away to start afresh (the articles are not in it)"

    def _load(self) -> dict[str, Subscription]:
        data = load_json_file(self.path, self._advice)
        if data is None:
            return {}
        meta = data.get("_meta", {}).get("1")
        schema = meta.get("schema") if isinstance(meta, dict) else None
        if not isinstance(schema, int):
            raise LibraryCorrupt(self.path, "is valid JSON but not a newsreader feeds file (no schema version)", self._advice)
        if schema > SCHEMA:
            raise LibraryTooNew(
                self.path, f"was written by a newer newsreader (feeds schema {schema}, this version reads {SCHEMA})",
                "upgrade newsreader with `pip install -U newsreader`",
            )
        try:
            return {url: Subscription.from_doc(doc) for url, doc in data.get("feeds", {}).items()}
        except (KeyError, TypeError, ValueError) as err:
            raise LibraryCorrupt(self.path, f"has a damaged feed row ({err})", self._advice) from None

    def all(self) -> list[Subscription]:
        return list(self._load().values())

    def find(self, url_or_name: str) -> Subscription:
        """By URL, else by name (which must be unique)."""
        feeds = self._load()
        if url_or_name in feeds:
            return feeds[url_or_name]
        named = [s for s in feeds.values() if s.name == url_or_name]
        if len(named) == 1:
            return named[0]
        if named:
            raise NewsreaderError(f"{url_or_name}: several feeds have this name; give the URL")
        raise FeedNotFound(f"{url_or_name}: no subscription with this URL or name in {self.path}")

    @contextmanager
    def editing(self) -> Iterator[dict[str, Subscription]]:
        """The subscriptions by URL, to change in place; written once at the end, unless the block raises."""
        with self._lock:
            remove_orphans(self.path)
            feeds = self._load()
            before = {url: s.to_doc() for url, s in feeds.items()}
            yield feeds
            if {url: s.to_doc() for url, s in feeds.items()} != before:
                payload = {"_meta": {"1": {"schema": SCHEMA}}, "feeds": {url: s.to_doc() for url, s in feeds.items()}}
                atomic_write(self.path, orjson.dumps(payload), self.backup)


def subscriptions_of(library) -> Subscriptions:
    return Subscriptions(library.paths, library.lock)

