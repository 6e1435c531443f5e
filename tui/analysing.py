"""The analysis the reader asks for (Enter on an article without one, r), and what the analyses shared with
the background run (tui/background.py): one spaCy run at a time, and the first run's collector setting.

spaCy is never imported here; the worker imports it, once, the first time an article is analysed.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from .messages import AnalysisReady
from .widgets.article_view import ArticleView
from .widgets.panels.side_panels import SidePanels

if TYPE_CHECKING:
    from store.article import Article
    from store.library import Library

    from .app import NewsreaderApp

ANALYSIS_LOCK = threading.Lock()  # one spaCy run at a time: the pipeline is shared
_warm = threading.Event()  # the analysis has run once in this process: its long-lived objects are frozen


@contextmanager
def first_analysis() -> Iterator[None]:
    """Around the process's first analysis: spaCy's model and the tables its components load on first
    use (gazetteers, name lists) are objects that live as long as the process. The collector is kept off
    while they are made (with it on, its passes over them took up to 0.5 s, felt by any key pressed then);
    then one pass frees what died meanwhile (~40 ms) and the survivors are frozen out of its way."""
    if _warm.is_set():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _warm.set()
        gc.enable()
        gc.collect()
        gc.freeze()


def first_line(err: BaseException) -> str:
    """An error in one line, for a notification or the library pane's title."""
    return str(err).splitlines()[0] if str(err) else type(err).__name__


class ArticleAnalysis:
    """Mixed into NewsreaderApp."""

    def _analysis_library(self: NewsreaderApp) -> Library:
        """The analysis threads' own handle on the library (used under ANALYSIS_LOCK only): a Library's caches
        are not shared between threads, and its write lock then keeps their writes and the reader's apart."""
        if self._analysis_lib is None:
            from store.library import Library

            self._analysis_lib = Library(self.library.path, verify=False)
        return self._analysis_lib

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self: NewsreaderApp, article: Article, again: bool = False) -> None:
        """Analyse the article the reader asked for (Enter on one without an analysis, or r)."""
        worker = get_current_worker()
        with ANALYSIS_LOCK:
            if worker.is_cancelled:  # the reader moved on while another article was analysed
                return
            try:
                from store.analyses import analysis_for, fresh_analysis, has_stored_analysis
                from store.facets import facets_of

                library = self._analysis_library()
                if again or not has_stored_analysis(library, article.id):
                    with first_analysis():
                        result, unsaved = fresh_analysis(library, article, self.model)
                else:
                    result, unsaved = analysis_for(library, article, self.model)
            except Exception as err:  # noqa: BLE001 - a missing model or a bug: say so, keep reading
                self.post_message(AnalysisReady(article.id, None, first_line(err), again=again))
            else:
                self.post_message(AnalysisReady(article.id, result, unsaved=unsaved, again=again,
                                                facets=facets_of(result, article.text)))

    def action_reanalyse(self: NewsreaderApp) -> None:
        if self.article is not None:
            self.analyse(self.article, again=True)
            self.set_status(self.analysis, analysing=True)

    def on_analysis_ready(self: NewsreaderApp, message: AnalysisReady) -> None:
        if self._panes_gone():
            return
        if message.unsaved is not None:
            self.write_refused(message.unsaved)
        if message.facets is not None:
            # new facets: speaker/entity/date filters now find this article
            self.reindex(changed={message.article_id: message.facets})
        if message.analysis is not None:
            self.views_outdated()  # and a view across the library on screen shows it too
        if message.article_id != self.current or self.article is None:
            return
        if message.error:
            if message.background and (self.analysis is not None or self._analysing):
                return  # the run asked for still may succeed
            self.set_status(self.analysis, error=message.error)
            self.notify(f"Analysis failed: {message.error}", severity="error", markup=False)
            return
        if self.analysis is None or message.again:
            self.analysis = message.analysis
            self.query_one(ArticleView).set_analysis(message.analysis)
            self.query_one(SidePanels).show(message.analysis, self.article.text)
        elif message.background:
            return  # shown already (Enter analysed it too): the panels keep their cursors
        self.set_status(self.analysis)
