"""Opening articles: the row under the cursor is shown (previewed), Enter opens it, marks it read and moves to its text."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from store.article import ReadingState
from store.errors import NewsreaderError

from .widgets.article_pane import ArticlePane
from .widgets.article_view import ArticleView
from .widgets.library_list import LibraryList
from .widgets.library_pane import FilterInput
from .widgets.panels.side_panels import SidePanels

if TYPE_CHECKING:
    from store.analysis.types import Analysis

    from .app import NewsreaderApp


class ArticleOpening:
    """Mixed into NewsreaderApp."""

    def on_library_list_highlighted(self: NewsreaderApp, event: LibraryList.Highlighted) -> None:
        if self._panes_gone():  # a row the list moved to just before the reader closed
            return
        if event.article_id == self._quiet_highlight:
            self._quiet_highlight = None
            return
        if self.narrow:
            return
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        if isinstance(self.focused, FilterInput):
            # while typing a filter the top row changes per key: preview once typing pauses
            self._preview = self.set_timer(0.15, partial(self._preview_article, event.article_id))
        else:
            self.show_article(event.article_id, analyse=False)

    def _preview_article(self: NewsreaderApp, article_id: str) -> None:
        if not self._panes_gone():  # the reader may have closed while typing paused
            self.show_article(article_id, analyse=False)

    def on_library_list_selected(self: NewsreaderApp, event: LibraryList.Selected) -> None:
        self.open_article(event.article_id)

    def open_article(self: NewsreaderApp, article_id: str) -> None:
        """Show, mark read, remember, and move to the text."""
        self.show_article(article_id)
        if self.current != article_id:
            return
        if not self.states.get(article_id, ReadingState()).read:
            self.set_state(article_id, read=True)
        try:
            self.library.last_opened = article_id
        except NewsreaderError as err:
            self.write_refused(err)
        self.reading = True
        self.layout_for(self.size.width)
        self.query_one(ArticleView).focus()

    def show_article(self: NewsreaderApp, article_id: str, analyse: bool = True) -> None:
        """Show an article; without a stored analysis, analyse it only when `analyse` (it is opened)."""
        if article_id == self.current:
            if analyse and self.analysis is None and self.article is not None and not self._analysing:
                self.analyse(self.article)
                self.set_status(None, analysing=True)
            return
        from store.analyses import stored_analysis

        try:
            article = self.library.get(article_id)
            stored = stored_analysis(self.library, article)
        except (NewsreaderError, OSError, ValueError) as err:
            self.notify(str(err), severity="error", markup=False)
            return
        self.current, self.article, self.analysis, self.copy_text = article_id, article, stored, ""
        self.query_one(ArticleView).show(article, stored)
        self.query_one(SidePanels).show(stored, article.text)
        if stored is None and analyse:
            self.analyse(article)
        self.set_status(stored, analysing=stored is None and analyse)

    def set_status(self: NewsreaderApp, analysis: Analysis | None, analysing: bool = False, error: str = "") -> None:
        """The open article's analysis state, under the article. `analysing`: an asked-for analysis runs."""
        self._analysing = analysing
        waiting = analysis is None and not error and self.current is not None and self.in_background(self.current)
        busy = analysing or waiting
        self.query_one(SidePanels).loading = busy
        status = "analysing…" if busy else (f"analysis failed: {error}" if error else "")
        if analysis is None and not busy and not error:
            status = "not analysed yet: Enter opens and analyses it"
        self.query_one(ArticlePane).refresh_legend(status)
