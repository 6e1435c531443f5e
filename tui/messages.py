"""Messages that cross panes: panels ask the article to jump and the library to filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from store.analysis.types import Analysis
    from store.errors import NewsreaderError


@dataclass
class JumpTo(Message):
    """Scroll the article to these stored-text spans and mark them."""

    spans: tuple[tuple[int, int], ...]
    copy_text: str = ""  # what `y` copies while this item is chosen


@dataclass
class FilterLibrary(Message):
    """Show only the library's articles matching this query term, e.g. speaker:"Vladimir Putin"."""

    query: str


@dataclass
class AnalysisReady(Message):
    """A worker finished analysing an article (possibly one no longer on screen)."""

    article_id: str
    analysis: Analysis | None
    error: str = ""
    unsaved: NewsreaderError | None = None  # the analysis is shown but could not be stored (read-only, disk full)
