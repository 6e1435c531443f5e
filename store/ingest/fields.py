"""Turn loose metadata from any format into a clean Article, or say what is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..article import Article
from ..errors import ImportProblem
from ..text import clean_line, clean_text

DEFAULT_MAX_CHARS = 5_000_000
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s")


@dataclass(frozen=True)
class Overrides:
    """--title, --source, --published, --url: these win over what the file says."""

    title: str = ""
    source: str = ""
    published: date | None = None
    url: str = ""


def parse_published(value: Any, where: str) -> date | None:
    """A publication date from ISO, RFC 2822 (feeds, e-mail) or a written-out date.

    >>> parse_published("Tue, 02 Sep 2025 08:00:00 GMT", "x")
    datetime.date(2025, 9, 2)
    >>> parse_published("2 September 2025", "x")
    datetime.date(2025, 9, 2)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        # the date as written: .date() does not convert an aware time, and a bare date may end in Z too
        return datetime.fromisoformat(text.removesuffix("Z")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # imported when a date is not ISO: most are

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    try:
        # two different defaults: a field dateutil filled in itself is not a date we were given
        first = dateutil_parser.parse(text, default=datetime(2000, 1, 1))
        second = dateutil_parser.parse(text, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        first = second = None
    if first is None or first.date() != second.date():
        raise ImportProblem(where, f"cannot read the publication date {text[:40]!r} (use YYYY-MM-DD)")
    return first.date()


def title_from_text(text: str, limit: int = 100) -> str:
    """The first sentence, cut at a word boundary if it is long."""
    first_line = text.strip().split("\n", 1)[0]
    sentence = _SENTENCE_END.split(first_line, 1)[0].strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—- ")
    return cut + "…"


def build_article(
    where: str,
    text: Any,
    *,
    title: Any = "",
    source: Any = "",
    published: Any = None,
    url: Any = "",
    overrides: Overrides | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    if not isinstance(text, str):
        raise ImportProblem(where, "has no text" if text in (None, "") else "its text is not a string")
    if len(text) > max_chars:
        raise ImportProblem(where, f"is too large: {len(text):,} characters of text (the limit is {max_chars:,}; raise it with --max-size)")
    body = clean_text(text)
    if not body:
        raise ImportProblem(where, "is empty: no text to import")
    o = overrides or Overrides()
    return Article.new(
        body,
        title=clean_line(o.title or title) or title_from_text(body),
        source=clean_line(o.source or source),
        published=o.published or parse_published(published, where),
        url=clean_line(o.url or url),
    )
