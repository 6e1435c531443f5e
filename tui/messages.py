"""Messages that cross panes: panels ask the article to jump and the library to filter.

Written out by hand, as Textual writes its own, not as dataclasses: the app imports this module before
its first frame, and making a dataclass (its methods compiled from source) cost the reader's start about
0.2% each, 1.7% for these seven.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from store.analysis.types import Analysis
    from store.articleset import ArticleSet
    from store.errors import NewsreaderError
    from store.facetlog import Cursor
    from store.facets import Facets


class JumpTo(Message):
    """Scroll the article to these stored-text spans and mark them."""

    def __init__(self, spans: tuple[tuple[int, int], ...], copy_text: str = "", panel: str | None = None) -> None:
        self.spans = spans
        self.copy_text = copy_text  # what `y` copies while this item is chosen
        self.panel = panel  # a jump from a view: the side panel ("quotes", "dates") to show the item chosen in
        super().__init__()


class FilterLibrary(Message):
    """Show only the library's articles matching this query term, e.g. speaker:"Vladimir Putin"."""

    def __init__(self, query: str) -> None:
        self.query = query
        super().__init__()


class AnalysisReady(Message):
    """A worker finished analysing an article (possibly one no longer on screen)."""

    def __init__(self, article_id: str, analysis: Analysis | None, error: str = "", unsaved: NewsreaderError | None = None,
                 again: bool = False, background: bool = False, facets: Facets | None = None) -> None:
        self.article_id = article_id
        self.analysis = analysis
        self.error = error
        self.unsaved = unsaved  # the analysis is shown but could not be stored (read-only, disk full)
        self.again = again  # asked for with `r`: replaces the analysis on screen
        self.background = background  # from the background run over the library, not asked for
        self.facets = facets  # the analysis's, made where its text was at hand
        super().__init__()


class FeedsProgress(Message):
    """The reader's refresh of every subscribed feed (R): how far it is, and what it brought once over."""

    def __init__(self, done: int, total: int, added: tuple[str, ...] = (), failed: tuple[str, ...] = (),
                 error: str = "", over: bool = False) -> None:
        self.done = done
        self.total = total
        self.added = added  # ids of the new articles, once over
        self.failed = failed  # one line per feed that failed, once over
        self.error = error  # why the refresh could not run at all
        self.over = over
        super().__init__()


class BackgroundProgress(Message):
    """The background analysis of the library: how far it is, and whether it is over."""

    def __init__(self, done: int, total: int, finished: bool = False, stopped: str = "", said: bool = False) -> None:
        self.done = done  # articles finished (analysed, or skipped because they were meanwhile)
        self.total = total  # articles it found without a current analysis
        self.finished = finished  # nothing left to analyse
        self.stopped = stopped  # why it gave up (no model, a library that cannot be written): said once
        self.said = said  # the reason is told already (a refused write is told by the reader, once)
        super().__init__()


class LibraryRead(Message):
    """The whole index, read in a thread after the first screen: every article, indexed for the filters
    that need no facets (words, source, is:)."""

    def __init__(self, everything: ArticleSet, ids: set[str], last_opened: str | None) -> None:
        self.everything = everything
        self.ids = ids
        self.last_opened = last_opened
        super().__init__()


class FacetsRead(Message):
    """Then the facets, read in the same thread and added to that index: speaker, entity and date filters."""

    def __init__(self, everything: ArticleSet | None, cursor: Cursor | None, error: NewsreaderError | None = None) -> None:
        self.everything = everything  # None when the facets could not be read
        self.cursor = cursor  # where that read got to: the reader's watch follows the facets from there
        self.error = error
        super().__init__()
