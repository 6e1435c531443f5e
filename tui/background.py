"""The background analysis: once the list is on screen, every article without a stored, current analysis is
analysed, the shown one first, then newest first, one at a time, each saved as it comes. `A` pauses and
resumes it; its progress is in the library pane's title.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from store.errors import ArticleNotFound, NewsreaderError

from .analysing import ANALYSIS_LOCK, first_analysis, first_line
from .messages import AnalysisReady, BackgroundProgress

if TYPE_CHECKING:
    from .app import NewsreaderApp

_KEYS_FIRST = 0.4  # seconds after a key before the background analysis starts its next article
_GIVE_UP_AFTER = 3  # the background run stops after this many failures in a row (a broken analyzer, not one odd text)


class BackgroundAnalysis:
    """Mixed into NewsreaderApp."""

    def init_background(self: NewsreaderApp) -> None:
        # the queue is shared with the background thread, under _queue_lock
        self._queue: list[str] | None = None  # articles still to analyse, newest first; None until looked for
        self._queue_lock = threading.Lock()
        self._in_flight: str | None = None  # the article the background thread is analysing
        self._paused = threading.Event()
        self._background_on = False  # started, and not paused, finished or stopped
        self._progress: BackgroundProgress | None = None  # its last report, for the title
        self._done = 0  # articles it has finished (written by its thread, under _queue_lock)

    def in_background(self: NewsreaderApp, article_id: str) -> bool:
        """Whether the background run is analysing this article, or is going to."""
        if article_id == self._in_flight:
            return True
        if not self._background_on:
            return False
        queue = self._queue
        return queue is None or article_id in queue

    def start_background(self: NewsreaderApp) -> None:
        if self._paused.is_set() or self._background_on:
            return
        if self._queue is not None and not self._queue:
            return  # every article is analysed
        self._background_on = True
        self.analyse_library()
        if self.article is not None and self.analysis is None:
            self.set_status(None, analysing=self._analysing)

    def _next_queued(self: NewsreaderApp) -> str | None:
        """The shown article if it waits, else the newest waiting; taken off the queue."""
        with self._queue_lock:
            queue = self._queue or []
            if not queue:
                return None
            current = self.current
            taken = current if current in queue else queue[0]
            queue.remove(taken)
            self._in_flight = taken
            return taken

    def _requeue(self: NewsreaderApp, article_id: str) -> None:
        with self._queue_lock:
            if self._queue is not None and article_id not in self._queue:
                self._queue.insert(0, article_id)
            if self._in_flight == article_id:
                self._in_flight = None

    def _finished(self: NewsreaderApp, article_id: str) -> None:
        with self._queue_lock:
            self._done += 1
            if self._in_flight == article_id:
                self._in_flight = None

    @work(thread=True, exclusive=True, group="background")
    def analyse_library(self: NewsreaderApp) -> None:
        """Analyse every article without a current analysis, one at a time, each saved as it comes.

        Between articles it sees `A` (pause) and the reader quitting (cancel). A library that cannot be
        written, a missing model or a broken analyzer stops it, said once; it never loops on them.
        """
        worker = get_current_worker()
        from store.analyses import fresh_analysis, has_stored_analysis, unanalysed
        from store.facets import facets_of

        if self._queue is None:
            with ANALYSIS_LOCK:
                library = self._analysis_library()
                try:
                    # with the reader's records: the Speakers view then finds them read
                    found = unanalysed(library, [i.id for i in library.infos()], stop=lambda: worker.is_cancelled,
                                       records=self.view_records())
                except NewsreaderError as err:
                    self.post_message(BackgroundProgress(0, 0, stopped=first_line(err)))
                    return
            if worker.is_cancelled:
                return  # looked at part of the library only: look again next time
            with self._queue_lock:
                self._queue, self._done = found, 0
        total = self._done + len(self._queue or ()) + (1 if self._in_flight else 0)
        failures = 0

        def stopping() -> bool:
            return worker.is_cancelled or self._paused.is_set()

        while not stopping():
            # an article's analysis cannot be interrupted and slows the keys handled meanwhile (the GIL):
            # while keys come fast (skimming the list), the next one waits until they pause
            while time.monotonic() - self._last_key < _KEYS_FIRST and not stopping():
                time.sleep(0.05)
            if stopping():
                break
            article_id = self._next_queued()
            if article_id is None:
                self.post_message(BackgroundProgress(self._done, total, finished=True))
                return
            self.post_message(BackgroundProgress(self._done, total))
            with ANALYSIS_LOCK:
                if stopping():
                    self._requeue(article_id)
                    break
                library = self._analysis_library()
                result = unsaved = facets = None
                try:
                    if not has_stored_analysis(library, article_id):  # else Enter got there first
                        with first_analysis():
                            article = library.get(article_id)
                            result, unsaved = fresh_analysis(library, article, self.model)
                            facets = facets_of(result, article.text)
                    failures = 0
                except ArticleNotFound:  # removed meanwhile, by another newsreader
                    pass
                except NewsreaderError as err:  # no model, a library busy or damaged: the next article fares no better
                    self._requeue(article_id)
                    self.post_message(BackgroundProgress(self._done, total, stopped=first_line(err)))
                    return
                except Exception as err:  # noqa: BLE001 - the analyzer failed on this text: the next one may do
                    failures += 1
                    self.post_message(AnalysisReady(article_id, None, first_line(err), background=True))
                    if failures >= _GIVE_UP_AFTER:
                        self._finished(article_id)
                        self.post_message(BackgroundProgress(self._done, total, stopped=first_line(err)))
                        return
                self._finished(article_id)
            if result is not None:
                self.post_message(AnalysisReady(article_id, result, unsaved=unsaved, background=True, facets=facets))
            if unsaved is not None:  # read-only or a full disk: the rest would not be kept either
                self.post_message(BackgroundProgress(self._done, total, stopped=first_line(unsaved), said=True))
                return
        self.post_message(BackgroundProgress(self._done, total))  # paused, or the reader quits

    def on_background_progress(self: NewsreaderApp, message: BackgroundProgress) -> None:
        if self._panes_gone():
            return
        self._progress = message
        if message.finished or message.stopped:
            self._background_on = False
        if message.stopped and not message.said:
            self.notify(f"Background analysis stopped: {message.stopped}", severity="warning", markup=False, timeout=8)
        self.update_library_title()
        if (message.finished or message.stopped) and self.article is not None and self.analysis is None:
            self.set_status(None, analysing=self._analysing)

    def action_toggle_background(self: NewsreaderApp) -> None:
        """A: pause the background analysis (after the article in progress), or resume it."""
        progress = self._progress
        if self._paused.is_set() or (progress is not None and progress.stopped):
            self._paused.clear()
            self._progress = None if progress is None else BackgroundProgress(progress.done, progress.total)
            self.start_background()
            running = self._background_on
            self.notify("Background analysis resumed" if running else "Every article is analysed", timeout=2)
        elif self._background_on or progress is None:  # running, or about to start
            self._paused.set()
            self._background_on = False
            self.notify("Background analysis paused (A resumes it)", timeout=2)
        else:
            self.notify("Every article is analysed", timeout=2)
        self.update_library_title()
        if self.article is not None and self.analysis is None:
            self.set_status(None, analysing=self._analysing)
