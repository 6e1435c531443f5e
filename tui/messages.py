"""Messages that cross panes: panels ask the article to jump and the library to filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from store.analysis.types import Analysis
    from store.articleset import ArticleSet
    from store.errors import NewsreaderError
    from store.facetlog import Cursor
    from store.facets import Facets


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
    again: bool = False  # asked for with `r`: replaces the analysis on screen
    background: bool = False  # from the background run over the library, not asked for
    facets: Facets | None = None  # the analysis's, made where its text was at hand


@dataclass
class FeedsProgress(Message):
    """The reader's refresh of every subscribed feed (R): how far it is, and what it brought once over."""

    done: int
    total: int
    added: tuple[str, ...] = ()  # ids of the new articles, once over
    failed: tuple[str, ...] = ()  # one line per feed that failed, once over
    error: str = ""  # why the refresh could not run at all
    over: bool = False


@dataclass
class BackgroundProgress(Message):
    """The background analysis of the library: how far it is, and whether it is over."""

    done: int  # articles finished (analysed, or skipped because they were meanwhile)
    total: int  # articles it found without a current analysis
    finished: bool = False  # nothing left to analyse
    stopped: str = ""  # why it gave up (no model, a library that cannot be written): said once
    said: bool = False  # the reason is told already (a refused write is told by the reader, once)


# repr=False: a message's repr would spell out every article of the library
@dataclass(repr=False)
class LibraryRead(Message):
    """The whole index, read in a thread after the first screen: every article, indexed for the filters
    that need no facets (words, source, is:)."""

    everything: ArticleSet
    ids: set[str]
    last_opened: str | None


@dataclass(repr=False)
class FacetsRead(Message):
    """Then the facets, read in the same thread and added to that index: speaker, entity and date filters."""

    everything: ArticleSet | None  # None when the facets could not be read
    cursor: Cursor | None  # where that read got to: the reader's watch follows the facets from there
    error: NewsreaderError | None = None
