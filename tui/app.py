"""The reader: library │ article │ Quotes, Dates and Entities panels.

The app wires the panes together and owns the state that outlives a pane:
which article is open, the library filter, and the analysis workers. spaCy is
never imported here; a worker imports it, once, the first time an article
without a stored analysis is analysed.

Once the list is on screen, a background worker analyses every article without
a stored, current analysis: the shown one first, then newest first, one at a
time, each saved as it comes. `A` pauses and resumes it; its progress is in the
library pane's title.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, ComposeResult, ScreenStackError, SystemCommand
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import get_current_worker

from store.article import Article, ReadingState
from store.errors import ArticleNotFound, LibraryFull, LibraryReadOnly, NewsreaderError

from .bindings import APP
from .entity_types import ENTITY_TYPES
from .messages import AnalysisReady, BackgroundProgress, FacetsRead, FeedsProgress, FilterLibrary, JumpTo, LibraryRead
from .views import LibraryViews
from .widgets.article_pane import ArticlePane
from .widgets.article_view import ArticleView
from .widgets.footer import KeyFooter
from .widgets.library_list import LibraryList
from .widgets.library_pane import FilterInput, LibraryPane
from .widgets.panels.side_panels import SidePanels
from .widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from collections.abc import Mapping

    from store.analysis.types import Analysis
    from store.articleset import ArticleSet
    from store.facets import Facets
    from store.library import Library
    from store.watch import Changes, LibraryWatch

NARROW = 100  # below this many columns the panels fold away behind a toggle
_ANALYSIS = threading.Lock()  # one spaCy run at a time: the pipeline is shared
_KEYS_FIRST = 0.4  # seconds after a key before the background analysis starts its next article
_GIVE_UP_AFTER = 3  # the background run stops after this many failures in a row (a broken analyzer, not one odd text)
FIRST_SCREEN = 100  # rows listed before the whole index is read: more than a terminal shows
_DRAWN_AT_LATEST = 0.5  # seconds: the whole index is read then, even if the first rows were never drawn
WATCH_SECONDS = 1.0  # how often the reader looks for what other processes changed in the library


_warm = threading.Event()  # the analysis has run once in this process: its long-lived objects are frozen


@contextmanager
def _first_analysis() -> Iterator[None]:
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


def _first_line(err: BaseException) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


class Main(Horizontal):
    """The panes' row. Resize events reach widgets, not the app: this one passes them on."""

    class Resized(Message):
        pass

    def on_resize(self) -> None:
        self.post_message(self.Resized())


def _neighbour(ids: list[str], gone: str, removed: set[str]) -> str | None:
    """The row the cursor moves to when its article is removed: the next one still there, else the one before."""
    at = ids.index(gone) if gone in ids else 0
    after = (i for i in ids[at + 1 :] if i not in removed)
    before = (i for i in reversed(ids[:at]) if i not in removed)
    return next(after, None) or next(before, None)


def _ready_filter(everything: ArticleSet) -> None:
    """A first filter, off the keys' way, makes the titles' word starts the library filter keeps (store/matching.py:
    tens of milliseconds at 100,000 articles), which the first key typed would otherwise wait for."""
    everything.matching("a")


def _needs_facets(query: str) -> bool:
    """Whether a filter has speaker:, entity: or date: terms, which match nothing until the facets are read."""
    from store.articleset import split_query

    terms = (term.partition(":") for term in split_query(query))
    return any(sep and value and key.lower() in ("speaker", "entity", "date") for key, sep, value in terms)


def _focus_now(widget: Widget) -> None:
    """Focus now, not after the messages already queued (as Widget.focus() does): keys typed fast are in
    that queue, and belong to the widget the last one asked for (the filter, just after `/`)."""
    widget.screen.set_focus(widget)


def _hidden(widget: Widget) -> bool:
    return any(not node.display for node in widget.ancestors_with_self if isinstance(node, Widget) and not isinstance(node, Screen))


class NewsreaderApp(LibraryViews, App[None]):
    TITLE = "newsreader"
    BINDINGS = APP
    CSS_PATH = "newsreader.tcss"
    AUTO_FOCUS = "#library-list"

    def __init__(self, library: Library | Path, model: str | None = None, seed: bool = False) -> None:
        """`library` may be the path of one: it is then opened after the first paint, with what it imports."""
        super().__init__()
        self._library = library
        self.model = model
        self.seed = seed  # import the sample articles first if the library is new
        self.error: NewsreaderError | None = None  # why the library could not be opened, for the command line
        self.indexed = False  # True once speaker, entity and date filters have their index
        self._reading = False  # the whole index is being read, or was
        self._typed_ahead: list[events.Key] | None = []  # keys pressed before the library opened; None once open
        self.current: str | None = None
        self._filtered_from: str | None = None  # the article the library's filter was opened on, while it is typed
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.states: dict[str, ReadingState] = {}
        self.everything: ArticleSet | None = None  # every article, indexed; None until the library is open
        self.shown: ArticleSet | None = None  # what the filter lets through
        self.copy_text = ""
        self.narrow = False
        self.reading = False  # narrow only: the article, not the library, fills the screen
        self._wide_panels = True  # whether the panels were open when the reader went narrow: so again when wide
        self.panels_open = True
        self._preview: Timer | None = None
        self._analysing = False  # an asked-for analysis (Enter, r) of the open article is running
        self._refused: set[type] = set()  # kinds of refused write already told: once is enough
        self._query = ""  # the filter applied
        self._count = ""  # the library pane's article count, e.g. "5" or "1 of 5"
        # the background analysis: its queue is shared with its thread, under _queue_lock
        self._queue: list[str] | None = None  # articles still to analyse, newest first; None until looked for
        self._queue_lock = threading.Lock()
        self._in_flight: str | None = None  # the article the background thread is analysing
        self._paused = threading.Event()
        self._background_on = False  # started, and not paused, finished or stopped
        self._progress: BackgroundProgress | None = None  # its last report, for the title
        self._feeds: FeedsProgress | None = None  # the refresh of the feeds (R) while it runs, for the title
        self._done = 0  # articles it has finished (written by its thread, under _queue_lock)
        self._analysis_lib: Library | None = None
        self._last_key = 0.0  # time.monotonic() of the last key pressed
        self.init_views()
        self._watch: LibraryWatch | None = None  # what other processes change, looked at every WATCH_SECONDS
        self._ids: set[str] = set()  # the ids in `everything`
        self._watch_error = ""  # the last error the watch met, said once
        self._quiet_highlight: str | None = None  # a row the list moved to by itself: not previewed

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Main(id="main"):
            yield LibraryPane(id="library-pane")
            yield ArticlePane(id="article-pane")
            yield SidePanels(id="panels")
        yield KeyFooter()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self._last_key = time.monotonic()  # the background analysis lets the keys go first
        # keys typed while the library opens wait for it, like a shell's type-ahead, instead of moving an empty list
        if self._typed_ahead is not None and isinstance(event, events.Key) and not event.is_forwarded:
            self._typed_ahead.append(event)
            return
        await super().on_event(event)

    def on_mount(self) -> None:
        # The first frame shows the newest articles: reading them costs the head of the index (a few
        # ms at any size), less than a frame. The rest of the library is read once they are drawn.
        self.sub_title = str(self._library if isinstance(self._library, Path) else self._library.path)
        self.query_one(LibraryPane).border_title = "Library (opening…)"
        self.query_one(LibraryList).focus()
        self.layout_for(self.size.width)
        self.open_library()

    @property
    def library(self) -> Library:
        if isinstance(self._library, Path):
            from store.library import Library

            self._library = Library(self._library, verify=False)
        return self._library

    def open_library(self) -> None:
        """The newest rows first, from the head of the index; the rest is read in a thread once they are drawn."""
        try:
            if self.seed:
                from store.seeds import ensure_seeded

                try:
                    ensure_seeded(self.library)
                except (LibraryReadOnly, LibraryFull) as err:
                    self.write_refused(err)
            from store.watch import LibraryWatch

            self._watch = LibraryWatch(self.library)  # before reading: what changes from now on is seen
            first = self.library.newest(FIRST_SCREEN)
            total = len(self.library)
            self.states = dict(self.library.states())
        except NewsreaderError as err:  # damaged or too new: the command line says so, in one line
            self.error = err
            self.exit(return_code=1)
            return
        listing = self.query_one(LibraryList)
        # the article under the cursor is shown once the rows are drawn, not in their frame
        self._quiet_highlight = first[0].id if first else None
        listing.show_articles(first, self.states)
        self._count = f"{total}"
        self.update_library_title()
        # The whole index waits until these rows are on screen: reading it, even in a thread, would
        # hold up that frame (the parser keeps the interpreter while it reads a large file).
        listing.when_drawn(self.after_first_rows)
        self.set_timer(_DRAWN_AT_LATEST, self.after_first_rows)  # a list off screen draws nothing

    def after_first_rows(self) -> None:
        if self._reading or self._panes_gone():
            return
        self._reading = True
        # The command line starts the reader with the collector off (tui/cli): what was made up to here lives
        # as long as the reader, so it is moved out of the collector's way, not walked (a pass: ~30 ms).
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        self.read_library()
        self._quiet_highlight = None
        highlighted = self.query_one(LibraryList).highlighted_id
        if highlighted is not None and self.current is None and not self.narrow:
            self.show_article(highlighted, analyse=False)

    @work(thread=True, exclusive=True, group="open")  # a bug stops the reader (its traceback), not its keys forever
    def read_library(self) -> None:
        """The whole index, then the facets, each sent to the reader as it is indexed: the list and its
        keys are whole after the first, the speaker, entity and date filters after the second."""
        from store.articleset import ArticleSet
        from store.library import Library

        worker = get_current_worker()
        try:
            library = Library(self.library.path, lock_timeout=1.0, verify=False)  # the reader's own is not for threads; it only compacts
            infos = library.infos()
            everything = ArticleSet.of(infos, self.states)  # the reader's states, read live as it marks
            ids = {i.id for i in infos}
            last = library.last_opened
        except NewsreaderError as err:
            self.post_message(FacetsRead(None, None, err))
            return
        if worker.is_cancelled:
            return
        self.post_message(LibraryRead(everything, ids, last))
        try:
            facets = library.facets()
        except NewsreaderError as err:  # a damaged facets file costs those filters, not the reader
            self.post_message(FacetsRead(None, None, err))
            return
        if worker.is_cancelled:
            return
        self.post_message(FacetsRead(everything.with_all_facets(facets), library.facets_cursor))
        _ready_filter(everything)
        try:
            library.tidy_index()  # so that the next start reads a short log before its first screen
        except NewsreaderError:  # read-only, busy or a full disk: the index is as it was, and compacts later
            pass

    @work(thread=True, exclusive=True, group="filter")
    def ready_filter(self, everything: ArticleSet) -> None:
        _ready_filter(everything)

    async def on_library_read(self, message: LibraryRead) -> None:
        if self._panes_gone():
            return
        self.everything, self._ids = message.everything, message.ids
        self.apply_filter(self._query)
        if message.last_opened:
            self.query_one(LibraryList).select_id(message.last_opened)
        typed, self._typed_ahead = self._typed_ahead or [], None
        for key in typed:
            self.post_message(events.Key(key.key, key.character))
        # the panels' tabs, mounted now that the first rows are on screen (they are after the keys typed ahead);
        # a reader who quits at once may have taken the panels down before the list, which _panes_gone looks for
        for panels in self.query(SidePanels):
            await panels.build()

    def on_facets_read(self, message: FacetsRead) -> None:
        """Speaker, entity and date filters work from now on; a filter typed meanwhile is applied again.
        Then the background analysis starts."""
        if self._panes_gone():
            return
        if message.error is not None:
            if self.everything is None:  # the index itself: damaged or too new, said by the command line
                self.error = message.error
                self.exit(return_code=1)
                return
            self.notify(str(message.error), severity="error", markup=False)
        elif message.everything is not None:
            self.everything = message.everything
            if message.cursor is not None:
                self.library.follow_facets(message.cursor)
            query = self._query
            shown = self.everything.where(query) if query.strip() else self.everything
            listing = self.query_one(LibraryList)
            if query.strip() and (self.shown is None or shown.ids != self.shown.ids):
                listing.show_articles(shown, self.states, keep=listing.highlighted_id or self.current)
            else:  # the same rows: the list keeps its cursor and scroll, now on the indexed set
                listing.replace_articles(shown, self.states)
            self.shown = shown
            self._count = f"{len(shown)} of {len(self.everything)}" if query.strip() else f"{len(self.everything)}"
        self.indexed = True
        self.update_library_title()
        # the index and the list's rows live as long as the app: keep the collector
        # from walking them again and again (a full pass cost ~0.3 s mid-keystroke)
        gc.freeze()
        self.start_background()
        self.make_views_ahead()
        self.set_interval(WATCH_SECONDS, self.watch_library)

    # -- the library ---------------------------------------------------------

    def reindex(self, facets: bool = True, changed: Mapping[str, Facets] | None = None) -> None:
        """Index titles, sources and facets once; filters then only pick rows.

        `changed`: only these articles' facets are new (an analysis came in); the index is patched, and the
        list is touched only if the filter now lets through other articles, with the cursor kept on its row.
        """
        if changed is not None:
            from store.watch import Changes

            self.apply_changes(Changes(facets=dict(changed)))
            return
        self.states = dict(self.library.states())
        from store.articleset import ArticleSet

        found = self.library.facets() if facets else None
        self.everything = ArticleSet.of(self.library.infos(), self.states, found)
        self._ids = set(self.library.ids())

    # -- what other processes change ---------------------------------------------

    def watch_library(self) -> None:
        """Articles added, removed or marked by another process (or by R's refresh) come in, keeping the
        cursor and the filter. A few stats when nothing changed."""
        if self._watch is None or self.everything is None or self._panes_gone():
            return
        try:
            changes = self._watch.changes(self._ids, self.states, facets=self.indexed)
        except NewsreaderError as err:  # damaged meanwhile: said once; what is on screen stays
            if str(err) != self._watch_error:
                self._watch_error = str(err)
                self.notify(str(err), severity="error", markup=False, timeout=8)
            return
        self._watch_error = ""
        if changes:
            self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        if self.everything is None or self._panes_gone():
            return
        listing = self.query_one(LibraryList)
        cursor = listing.highlighted_id or self.current
        if changes.added or changes.removed:
            self.everything = self.everything.with_articles(changes.added, changes.removed, changes.facets)
            self._ids = (self._ids - changes.removed) | {i.id for i in changes.added}
            if not self._query.strip():  # a query makes them below
                self.ready_filter(self.everything)
        if changes.states is not None:
            before = dict(self.states)
            self.states.clear()  # the same dict the filters read
            self.states.update(changes.states)
            for article_id in before.keys() | self.states.keys():
                state = self.states.get(article_id, ReadingState())
                if article_id in self._ids and before.get(article_id, ReadingState()) != state:
                    with suppress(ArticleNotFound):  # removed since the last look: the next one takes it out
                        listing.refresh_article(self.library.info(article_id), state)
        if changes.all_facets is not None:
            self.everything = self.everything.with_all_facets(changes.all_facets)
        elif changes.facets:
            self.everything = self.everything.with_facets(changes.facets)
        query = self._query
        shown = self.everything.where(query) if query.strip() else self.everything
        moved = bool(changes.added or changes.removed) or self.shown is None
        if moved or (query.strip() and shown.ids != self.shown.ids):  # marks and facets move rows through filters only
            keep = cursor
            if cursor in changes.removed and self.shown is not None:
                keep = _neighbour(self.shown.ids, cursor, changes.removed)
                if self.current == cursor:
                    self._quiet_highlight = keep  # the removed article stays on screen, saying so
            listing.show_articles(shown, self.states, keep=keep)
        self.shown = shown
        total = len(self.everything)
        self._count = f"{len(shown)} of {total}" if query.strip() else f"{total}"
        self.update_library_title()
        if changes.removed:
            with self._queue_lock:
                if self._queue is not None:
                    self._queue[:] = [i for i in self._queue if i not in changes.removed]
            if self.current in changes.removed:
                self.current = None  # nothing to mark or analyse any more
                self.query_one(ArticlePane).refresh_legend("removed from the library by another newsreader")
                self.notify("The article on screen was removed from the library by another newsreader",
                            severity="warning", timeout=8)
        if changes.added:
            with self._queue_lock:  # the background analysis takes the new articles too, newest first
                if self._queue is not None:
                    self._queue[:0] = [i.id for i in changes.added if i.id not in self._queue]
            self.start_background()

    def apply_filter(self, query: str) -> None:
        if self.everything is None:  # still opening: the query is applied once it is open
            return
        self._query = query
        self.shown = self.everything.where(query) if query.strip() else self.everything
        listing = self.query_one(LibraryList)
        listing.empty_text = (
            "No article matches this filter. Esc clears it." if query.strip()
            else "The library is empty. Add articles with `newsreader add FILE`, or R to refresh the feeds."
        )
        # while a query is typed, the article it was opened on keeps the cursor whenever the query lets it through:
        # a half-typed word ("i" of "is:unread") that leaves it out moves the reader to another article, and the
        # whole query then kept that one
        listing.show_articles(self.shown, self.states, keep=self._filtered_from or self.current)
        total = len(self.everything)
        self._count = f"{len(self.shown)} of {total}" if query.strip() else f"{total}"
        self.update_library_title()

    def update_library_title(self) -> None:
        """ "Library (5)", then how far the background analysis is: "Library (5) · analysing 2 / 5"."""
        title = f"Library ({self._count})"
        progress = self._progress
        pane = self.query_one(LibraryPane)
        if progress is not None and progress.total and not progress.finished:
            total = progress.total
            if progress.stopped:
                state, at = "analysis stopped at", progress.done
            elif self._paused.is_set():
                state, at = "analysis paused at", progress.done
            else:
                state, at = "analysing", min(progress.done + 1, total)
            full = f"{title} · {state} {at} / {total}"
            # a narrow pane cuts its title: there, the short form ("analysing" is shown by the count moving)
            short = f"{title} · {at}/{total}" + ("" if state == "analysing" else f" {state.split()[1]}")
            title = full if not pane.size.width or len(full) <= pane.size.width - 4 else short
        if self._feeds is not None and not self._feeds.over:
            title += f" · feeds {self._feeds.done} / {self._feeds.total}"
        if not self.indexed and self.everything is not None and _needs_facets(self._query):
            title += " · indexing…"  # a speaker, entity or date filter: its rows come with the facets
        pane.border_title = title

    def on_input_changed(self, event: FilterInput.Changed) -> None:
        if isinstance(event.input, FilterInput):
            self.apply_filter(event.value)

    def on_input_submitted(self, event: FilterInput.Submitted) -> None:
        if isinstance(event.input, FilterInput):
            self._filtered_from = None  # the query is typed: the list's cursor is the reader's again
            self.query_one(LibraryList).focus()

    def on_filter_input_cancelled(self, _: FilterInput.Cancelled) -> None:
        self.clear_filter()

    def open_filter(self, value: str | None = None) -> None:
        self.show_library()
        pane = self.query_one(LibraryPane)
        pane.add_class("-filtering")
        self._filtered_from = self.current
        box = pane.filter_box(value or "")
        if value is not None:
            box.value = value
            self.apply_filter(value)
        _focus_now(box)

    def clear_filter(self) -> None:
        pane = self.query_one(LibraryPane)
        for box in pane.query(FilterInput):
            box.value = ""
        pane.remove_class("-filtering")
        self.apply_filter("")
        self._filtered_from = None
        self.query_one(LibraryList).focus()

    def on_filter_library(self, message: FilterLibrary) -> None:
        self.open_filter(message.query)
        self._filtered_from = None  # a whole query, not one being typed
        self.query_one(LibraryList).focus()
        self.notify(f"{len(self.shown)} article{'s' if len(self.shown) != 1 else ''} match {message.query}", timeout=2, markup=False)

    # -- opening articles ------------------------------------------------------

    def on_library_list_highlighted(self, event: LibraryList.Highlighted) -> None:
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

    def _preview_article(self, article_id: str) -> None:
        if not self._panes_gone():  # the reader may have closed while typing paused
            self.show_article(article_id, analyse=False)

    def on_library_list_selected(self, event: LibraryList.Selected) -> None:
        self.open_article(event.article_id)

    def open_article(self, article_id: str) -> None:
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

    def show_article(self, article_id: str, analyse: bool = True) -> None:
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

    def set_status(self, analysis: Analysis | None, analysing: bool = False, error: str = "") -> None:
        """The open article's analysis state, under the article. `analysing`: an asked-for analysis runs."""
        self._analysing = analysing
        waiting = analysis is None and not error and self.current is not None and self.in_background(self.current)
        busy = analysing or waiting
        self.query_one(SidePanels).loading = busy
        status = "analysing…" if busy else (f"analysis failed: {error}" if error else "")
        if analysis is None and not busy and not error:
            status = "not analysed yet: Enter opens and analyses it"
        self.query_one(ArticlePane).refresh_legend(status)

    def _analysis_library(self) -> Library:
        """The analysis threads' own handle on the library (used under _ANALYSIS only): a Library's caches
        are not shared between threads, and its write lock then keeps their writes and the reader's apart."""
        if self._analysis_lib is None:
            from store.library import Library

            self._analysis_lib = Library(self.library.path, verify=False)
        return self._analysis_lib

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, article: Article, again: bool = False) -> None:
        """Analyse the article the reader asked for (Enter on one without an analysis, or r)."""
        worker = get_current_worker()
        with _ANALYSIS:
            if worker.is_cancelled:  # the reader moved on while another article was analysed
                return
            try:
                from store.analyses import analysis_for, fresh_analysis, has_stored_analysis
                from store.facets import facets_of

                library = self._analysis_library()
                if again or not has_stored_analysis(library, article.id):
                    with _first_analysis():
                        result, unsaved = fresh_analysis(library, article, self.model)
                else:
                    result, unsaved = analysis_for(library, article, self.model)
            except Exception as err:  # noqa: BLE001 - a missing model or a bug: say so, keep reading
                self.post_message(AnalysisReady(article.id, None, _first_line(err), again=again))
            else:
                self.post_message(AnalysisReady(article.id, result, unsaved=unsaved, again=again,
                                                facets=facets_of(result, article.text)))

    def _panes_gone(self) -> bool:
        """A worker's message may arrive while the reader closes, its panes gone (the innermost first)."""
        try:
            return not self.query(LibraryList)
        except ScreenStackError:
            return True

    def on_analysis_ready(self, message: AnalysisReady) -> None:
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

    # -- the background analysis -------------------------------------------------

    def in_background(self, article_id: str) -> bool:
        """Whether the background run is analysing this article, or is going to."""
        if article_id == self._in_flight:
            return True
        if not self._background_on:
            return False
        queue = self._queue
        return queue is None or article_id in queue

    def start_background(self) -> None:
        if self._paused.is_set() or self._background_on:
            return
        if self._queue is not None and not self._queue:
            return  # every article is analysed
        self._background_on = True
        self.analyse_library()
        if self.article is not None and self.analysis is None:
            self.set_status(None, analysing=self._analysing)

    def _next_queued(self) -> str | None:
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

    def _requeue(self, article_id: str) -> None:
        with self._queue_lock:
            if self._queue is not None and article_id not in self._queue:
                self._queue.insert(0, article_id)
            if self._in_flight == article_id:
                self._in_flight = None

    def _finished(self, article_id: str) -> None:
        with self._queue_lock:
            self._done += 1
            if self._in_flight == article_id:
                self._in_flight = None

    @work(thread=True, exclusive=True, group="background")
    def analyse_library(self) -> None:
        """Analyse every article without a current analysis, one at a time, each saved as it comes.

        Between articles it sees `A` (pause) and the reader quitting (cancel). A library that cannot be
        written, a missing model or a broken analyzer stops it, said once; it never loops on them.
        """
        worker = get_current_worker()
        from store.analyses import fresh_analysis, has_stored_analysis, unanalysed
        from store.facets import facets_of

        if self._queue is None:
            with _ANALYSIS:
                library = self._analysis_library()
                try:
                    # with the reader's records: the Speakers view then finds them read
                    found = unanalysed(library, [i.id for i in library.infos()], stop=lambda: worker.is_cancelled,
                                       records=self.view_records())
                except NewsreaderError as err:
                    self.post_message(BackgroundProgress(0, 0, stopped=_first_line(err)))
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
            with _ANALYSIS:
                if stopping():
                    self._requeue(article_id)
                    break
                library = self._analysis_library()
                result = unsaved = facets = None
                try:
                    if not has_stored_analysis(library, article_id):  # else Enter got there first
                        with _first_analysis():
                            article = library.get(article_id)
                            result, unsaved = fresh_analysis(library, article, self.model)
                            facets = facets_of(result, article.text)
                    failures = 0
                except ArticleNotFound:  # removed meanwhile, by another newsreader
                    pass
                except NewsreaderError as err:  # no model, a library busy or damaged: the next article fares no better
                    self._requeue(article_id)
                    self.post_message(BackgroundProgress(self._done, total, stopped=_first_line(err)))
                    return
                except Exception as err:  # noqa: BLE001 - the analyzer failed on this text: the next one may do
                    failures += 1
                    self.post_message(AnalysisReady(article_id, None, _first_line(err), background=True))
                    if failures >= _GIVE_UP_AFTER:
                        self._finished(article_id)
                        self.post_message(BackgroundProgress(self._done, total, stopped=_first_line(err)))
                        return
                self._finished(article_id)
            if result is not None:
                self.post_message(AnalysisReady(article_id, result, unsaved=unsaved, background=True, facets=facets))
            if unsaved is not None:  # read-only or a full disk: the rest would not be kept either
                self.post_message(BackgroundProgress(self._done, total, stopped=_first_line(unsaved), said=True))
                return
        self.post_message(BackgroundProgress(self._done, total))  # paused, or the reader quits

    def on_background_progress(self, message: BackgroundProgress) -> None:
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

    # -- feeds ------------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        """R: fetch every subscribed feed in the background; new articles come in at the top, unread."""
        if self._feeds is not None and not self._feeds.over:
            self.notify("The feeds are being refreshed", timeout=2)
            return
        self._feeds = FeedsProgress(0, 0)
        self.update_library_title()
        self.refresh_feeds()

    @work(thread=True, exclusive=True, group="feeds")
    def refresh_feeds(self) -> None:
        from store.feeds.refresh import refresh
        from store.feeds.subscriptions import subscriptions_of
        from store.library import Library

        library = Library(self.library.path, verify=False)  # the reader's own is not for threads
        try:
            total = len(subscriptions_of(library).all())
            done = 0

            def one_more(_) -> None:
                nonlocal done
                done += 1
                self.post_message(FeedsProgress(done, total))

            self.post_message(FeedsProgress(0, total))
            outcomes = refresh(library, on_done=one_more)
        except NewsreaderError as err:
            self.post_message(FeedsProgress(0, 0, error=_first_line(err), over=True))
            return
        added = tuple(a.id for o in outcomes for a in o.added)
        failed = tuple(_first_line(o.problem) for o in outcomes if o.problem is not None)
        self.post_message(FeedsProgress(len(outcomes), total, added, failed, over=True))

    def on_feeds_progress(self, message: FeedsProgress) -> None:
        if self._panes_gone():
            return
        self._feeds = message
        self.update_library_title()
        if not message.over:
            return
        if message.error:
            self.notify(f"Feeds not refreshed: {message.error}", severity="error", markup=False, timeout=8)
            return
        if not message.total:
            self.notify("No feeds to refresh: subscribe with `newsreader feeds add URL`", markup=False, timeout=5)
            return
        if message.added:
            self.watch_library()  # in at the top, unread, and queued for the background analysis
        n = len(message.added)
        said = f"{n} new article{'s' * (n != 1)} from {message.total} feed{'s' * (message.total != 1)}"
        if message.failed:
            said += f"; {len(message.failed)} failed: " + "; ".join(message.failed[:3])
        self.notify(said, severity="warning" if message.failed else "information", markup=False, timeout=8)

    def action_toggle_background(self) -> None:
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

    def on_jump_to(self, message: JumpTo) -> None:
        self.copy_text = message.copy_text
        if message.panel is not None:  # from a view: its panel shows the same item chosen, not its first row
            self.query_one(SidePanels).choose(message.panel, message.spans)
        view = self.query_one(ArticleView)
        if self.narrow:
            self.panels_open = False
            self.layout_for(self.size.width)
            self.call_after_refresh(view.mark, message.spans)
            view.focus()
        view.mark(message.spans)

    # -- reading state -------------------------------------------------------

    def set_state(self, article_id: str, **change: bool) -> ReadingState:
        try:
            state = self.library.set_state(article_id, **change)
        except NewsreaderError as err:
            self.write_refused(err)
            return self.states.get(article_id, ReadingState())
        if state == ReadingState():
            self.states.pop(article_id, None)
        else:
            self.states[article_id] = state
        self.query_one(LibraryList).refresh_article(self.library.info(article_id), state)
        return state

    def write_refused(self, err: NewsreaderError) -> None:
        """A change the library could not keep. A read-only library or a full disk is said once, then
        shown in the header; reading goes on."""
        if not isinstance(err, (LibraryReadOnly, LibraryFull)):
            self.notify(str(err), severity="error", markup=False)
            return
        if type(err) in self._refused:
            return
        self._refused.add(type(err))
        self.sub_title = f"{self.library.path} ({'read-only' if isinstance(err, LibraryReadOnly) else 'disk full'})"
        self.notify(f"{err.path}: {err.problem}; changes are not saved", severity="warning", markup=False, timeout=8)

    def action_toggle_read(self) -> None:
        if self.current:
            state = self.set_state(self.current, read=not self.states.get(self.current, ReadingState()).read)
            self.notify("Marked read" if state.read else "Marked unread", timeout=1.5)

    def action_toggle_star(self) -> None:
        if self.current:
            state = self.set_state(self.current, starred=not self.states.get(self.current, ReadingState()).starred)
            self.notify("Starred" if state.starred else "Unstarred", timeout=1.5)

    def _step_unread(self, step: int) -> None:
        shown = self.shown if self.shown is not None else ()
        at = shown.position(self.current) if self.current and shown else None
        if at is None:
            at = -1 if step > 0 else len(shown)
        default = ReadingState()
        for n in range(at + step, len(shown) if step > 0 else -1, step):
            article_id = shown[n].id
            if not self.states.get(article_id, default).read:
                self.query_one(LibraryList).select_id(article_id)
                self.open_article(article_id)
                return
        self.notify("No more unread articles" + (" below" if step > 0 else " above"), timeout=1.5)

    def action_next_unread(self) -> None:
        self._step_unread(1)

    def action_previous_unread(self) -> None:
        self._step_unread(-1)

    # -- other actions -------------------------------------------------------

    def action_open_url(self) -> None:
        if self.article is None or not self.article.url:
            self.notify("This article has no URL.", timeout=2)
            return
        self.open_in_browser(self.article.url)
        self.notify("Opening in the browser…", timeout=1.5)

    @work(thread=True, group="browser")
    def open_in_browser(self, url: str) -> None:
        import webbrowser

        try:
            opened = webbrowser.open(url)  # can block for seconds while a browser starts
        except webbrowser.Error:
            opened = False
        if not opened:  # no browser here (a server, ssh): it said "Opening…" and nothing came
            self.call_from_thread(self.notify, f"No web browser found to open {url}", severity="warning",
                                  markup=False, timeout=8)

    def action_copy(self) -> None:
        from .widgets.panels.quotes import QuotesPanel

        focused = self.focused
        chosen = focused.chosen if isinstance(focused, QuotesPanel) else None
        text = (chosen.copy if chosen else "") or self.copy_text or (self.article.url if self.article else "")
        if not text:
            self.notify("Nothing to copy: choose a quote, or open an article with a URL.", timeout=2)
            return
        self.copy_to_clipboard(text)
        self.notify(f"Copied {len(text)} characters", timeout=1.5)

    def action_reanalyse(self) -> None:
        if self.article is not None:
            self.analyse(self.article, again=True)
            self.set_status(self.analysis, analysing=True)

    def action_back(self) -> None:
        if self.narrow and self.reading and self.panels_open:
            self.panels_open = False
            self.layout_for(self.size.width)
            self.query_one(ArticleView).focus()
        else:
            self.show_library()

    def show_library(self) -> None:
        self.reading = False
        self.layout_for(self.size.width)
        _focus_now(self.query_one(LibraryList))

    def in_library(self) -> bool:
        """The library is where the keys go: q quits from there, and goes back from anywhere else."""
        if self.narrow and self.reading:
            return False
        focused = self.focused
        return focused is None or any(isinstance(node, LibraryPane) for node in focused.ancestors_with_self)

    def action_quit_reader(self) -> None:
        self.exit()

    def action_back_or_quit(self) -> None:
        if self.in_library():
            self.exit()
        else:
            self.action_back()

    def help_open(self) -> bool:
        from textual.widgets import HelpPanel

        return bool(self.screen.query_children(HelpPanel))  # mounted on the screen: its children only, a short walk

    def action_toggle_help(self) -> None:
        if self.help_open():
            self.action_close_help()
        else:
            self.action_show_help_panel()

    def action_show_help_panel(self) -> None:
        """?, F1 or the palette's Keys: Textual's help panel, with a foot saying how it closes."""
        from .widgets.help_panel import ReaderHelp

        if not self.help_open():
            self.screen.mount(ReaderHelp())
            self.call_after_refresh(self.refresh_bindings)  # Escape now closes it: the key bar says so

    def action_close_help(self) -> None:
        self.action_hide_help_panel()
        self.call_after_refresh(self.refresh_bindings)
        self.call_after_refresh(self.relayout)  # the panes' resize may come while the help is still mounted

    def on_reader_help_resized(self, _: Message) -> None:
        self.relayout()

    def relayout(self) -> None:
        self.layout_for(self.size.width)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_help":
            return self.help_open()  # else Escape goes on to the focused pane: back, clear the filter
        if action == "quit_reader":  # else q goes back (back_or_quit, the key's next binding)
            return super().check_action(action, parameters) and self.in_library()
        return super().check_action(action, parameters)

    def action_toggle_panels(self) -> None:
        self.panels_open = not self.panels_open
        if self.narrow and self.panels_open:
            self.reading = True
        self.layout_for(self.size.width)
        if self.panels_open:
            self.query_one(SidePanels).focus_panel(self.query_one(SidePanels).active or "quotes")
        elif self.narrow or self.focused is None or not self.focused.display:
            self.query_one(ArticleView).focus()

    def action_show_panel(self, name: str) -> None:
        self.panels_open = True
        if self.narrow:
            self.reading = True
        self.layout_for(self.size.width)
        self.query_one(SidePanels).focus_panel(name)

    def action_toggle_type(self, index: int) -> None:
        self.query_one(ArticleView).action_toggle_type(index)

    def action_find(self) -> None:
        if self.narrow:
            self.reading, self.panels_open = True, False
            self.layout_for(self.size.width)
        self.query_one(ArticleView).action_find()

    def action_filter(self) -> None:
        self.open_filter()

    # -- layout --------------------------------------------------------------

    def on_main_resized(self, _: Main.Resized) -> None:
        self.layout_for(self.size.width)
        if self._count:
            self.call_after_refresh(self.update_library_title)  # its length may need the short form now

    def layout_for(self, width: int) -> None:
        """Wide: three columns. Narrow: one pane at a time (library, article, or panels). The help, open at the
        right, takes its width from the panes': at 100 columns, three panes beside it left the article 7."""
        main = self.query_one("#main")
        width -= sum(panel.outer_size.width for panel in main.screen.query_children("HelpPanel"))
        narrow = width < NARROW
        library, article, panels = (self.query_one(s) for s in ("#library-pane", "#article-pane", "#panels"))
        if narrow != self.narrow:
            self.narrow = narrow
            if narrow:
                self._wide_panels, self.panels_open = self.panels_open, False
                self._keep_in_sight(article, panels)
            else:
                self.panels_open = self._wide_panels
        main.set_class(narrow, "-narrow")
        if narrow:
            library.display = not self.reading
            article.display = self.reading and not self.panels_open
            panels.display = self.reading and self.panels_open
        else:
            library.display = article.display = True
            panels.display = self.panels_open
        focused = self.focused
        if focused is not None and _hidden(focused):
            reading = article.display and (self.reading or not library.display)
            _focus_now(self.query_one(ArticleView) if reading else self.query_one(LibraryList))

    def _keep_in_sight(self, article: Widget, panels: Widget) -> None:
        """Going narrow, the pane the keys go to is the one left on screen (the help then tells of it)."""
        focused = self.focused
        if focused is None or self.article is None:
            return
        if panels in focused.ancestors_with_self:
            self.reading = self.panels_open = True
        elif article in focused.ancestors_with_self:
            self.reading = True
        elif self.query_one("#library-pane") in focused.ancestors_with_self:
            self.reading = False

    # -- command palette -----------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .palette import commands

        yield from super().get_system_commands(screen)
        yield from commands(self)

    def type_names(self) -> list[str]:
        return list(ENTITY_TYPES)
