"""Import articles from files, folders, JSON/JSONL, feeds and URLs.

`read_sources` yields an Article or an ImportProblem for every article it
meets; one bad input never stops the ones after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import ImportProblem
from .decode import decode, read_bytes
from .feeds import feed_entries, looks_like_feed
from .fields import DEFAULT_MAX_CHARS, Overrides, build_article
from .folders import LeftOut, walk
from .plain import parse_plain
from .records import json_records, jsonl_records

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".json", ".jsonl"}

Item = Article | ImportProblem


@dataclass(frozen=True)
class ImportOptions:
    overrides: Overrides = field(default_factory=Overrides)
    max_chars: int = DEFAULT_MAX_CHARS
    encoding: str | None = None
    timeout: float = 15.0

    @property
    def max_bytes(self) -> int:
        # UTF-8 text takes up to 4 bytes a character; HTML carries markup besides
        return self.max_chars * 4


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def expand(sources: Iterable[str], left_out: LeftOut | None = None) -> Iterator[str | Path | ImportProblem]:
    """URLs as given, files as given, folders walked recursively for the files that may be articles; what a
    folder holds besides (README, licence, pictures, hidden files) is counted in `left_out`."""
    left_out = LeftOut() if left_out is None else left_out
    for source in sources:
        if is_url(source):
            yield source
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            yield from walk(path, KNOWN_SUFFIXES - {""}, left_out)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield ImportProblem(source, "no such file or folder")


def read_sources(sources: Iterable[str | Path | ImportProblem], options: ImportOptions) -> Iterator[Item]:
    for source in sources:
        if isinstance(source, ImportProblem):
            yield source
            continue
        try:
            yield from _read_one(source, options)
        except ImportProblem as problem:
            yield problem


def _articles(found: Iterable[tuple[str, dict[str, Any]] | ImportProblem], options: ImportOptions) -> Iterator[Item]:
    for item in found:
        if isinstance(item, ImportProblem):
            yield item
            continue
        where, fields = item
        try:
            yield build_article(where, overrides=options.overrides, max_chars=options.max_chars, **fields)
        except ImportProblem as problem:
            yield problem


def _read_one(source: str | Path, options: ImportOptions) -> Iterator[Item]:
    if isinstance(source, str):
        yield from _read_url(source, options)
        return
    where = str(source)
    suffix = source.suffix.lower()
    if suffix == ".jsonl":
        yield from _articles(jsonl_records(source, where, options.max_bytes, options.encoding), options)
        return
    raw = read_bytes(source, options.max_bytes)
    if suffix in FEED_SUFFIXES or looks_like_feed(raw[:2048]):
        yield from _articles(feed_entries(raw, where), options)
        return
    text = decode(raw, where, options.encoding)
    if suffix == ".json":
        yield from _articles(json_records(text, where), options)
    elif suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        from .web import html_fields  # with urllib, http and ssl: a tenth of a second that plain files need not pay

        yield from _articles([(where, html_fields(text, where))], options)
    else:
        yield from _articles([(where, parse_plain(text, where, suffix in MARKDOWN_SUFFIXES))], options)


def _read_url(url: str, options: ImportOptions) -> Iterator[Item]:
    from .web import fetch, html_fields

    raw, kind = fetch(url, options.timeout, options.max_bytes)
    if "xml" in kind or "rss" in kind or "atom" in kind or looks_like_feed(raw[:2048]):
        yield from _articles(feed_entries(raw, url), options)
    else:
        yield from _articles([(url, html_fields(raw, url, url=url))], options)
