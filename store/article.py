"""The article model: plain values that flow from import to storage to screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any


def article_id(text: str) -> str:
    """Stable id from the text alone, so re-importing with other metadata dedupes.

    Whitespace is collapsed first: the same article re-wrapped is the same article.
    """
    import hashlib  # here, not above: the reader's first screen makes no id, and hashlib costs its start 1%

    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the library list needs; never holds the text."""

    id: str
    title: str
    source: str
    published: date | None
    url: str
    added: datetime
    chars: int


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    source: str
    published: date | None
    url: str
    text: str
    added: datetime = field(default_factory=now)

    @classmethod
    def new(
        cls,
        text: str,
        *,
        title: str = "",
        source: str = "",
        published: date | None = None,
        url: str = "",
    ) -> Article:
        return cls(article_id(text), title, source, published, url, text)

    def info(self) -> ArticleInfo:
        return ArticleInfo(
            self.id, self.title, self.source, self.published, self.url, self.added, len(self.text)
        )



class ReadingState:
    """Read and starred, an immutable value. A plain class, not a dataclass: making a frozen dataclass runs
    its generated methods through the compiler, some 4 M instructions of the reader's first frame."""

    __slots__ = ("read", "starred")
    read: bool
    starred: bool

    def __init__(self, read: bool = False, starred: bool = False) -> None:
        object.__setattr__(self, "read", read)
        object.__setattr__(self, "starred", starred)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a ReadingState cannot be changed ({name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a ReadingState cannot be changed ({name})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReadingState):
            return NotImplemented
        return self.read == other.read and self.starred == other.starred

    def __hash__(self) -> int:
        return hash((self.read, self.starred))

    def __repr__(self) -> str:
        return f"ReadingState(read={self.read!r}, starred={self.starred!r})"


def metadata_record(item: Article | ArticleInfo) -> dict[str, Any]:
    """The JSON form of an article's metadata, shared by the library file and `--json` output."""
    return {
        "id": item.id,
        "title": item.title,
        "source": item.source,
        "published": item.published.isoformat() if item.published else None,
        "url": item.url,
        "added": item.added.isoformat(),
    }
