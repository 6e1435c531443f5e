"""The reader: library │ article │ Quotes, Dates and Entities panels.

The app wires the panes together and owns the state that outlives a pane:
which article is open, the library filter, and the analysis worker. spaCy is
never imported here; the worker imports it, once, the first time an article
without a stored analysis is shown.
"""

from __future__ import annotations

import gc
import threading
import webbrowser
from collections.abc import Iterable
from functools import partial

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Header, OptionList
from textual.worker import get_current_worker

from store.analyses import stored_analysis
from store.analysis.types import Analysis
from store.article import Article, ReadingState
from store.articleset import ArticleSet
from store.errors import NewsreaderError
from store.library import Library

from .article_pane import ArticlePane
from .article_view import ArticleView
from .bindings import APP
from .commands import commands
from .highlight import ENTITY_TYPES
from .library_list import LibraryList
from .library_pane import FilterInput, LibraryPane
from .messages import AnalysisReady, FilterLibrary, JumpTo
from .panels.quotes import QuotesPanel
from .panels.side_panels import SidePanels

NARROW = 100  # below this many columns the panels fold away behind a toggle
_ANALYSIS = threading.Lock()  # one spaCy run at a time: the pipeline is shared


class Main(Horizontal):
    """The panes' row. Resize events reach widgets, not the app: this one passes them on."""

    class Resized(Message):
        pass

    def on_resize(self) -> None:
        self.post_message(self.Resized())


def _hidden(widget: Widget) -> bool:
    return any(not node.display for node in widget.ancestors_with_self if isinstance(node, Widget) and not isinstance(node, Screen))


class NewsreaderApp(App[None]):
    TITLE = "newsreader"
    BINDINGS = APP
    CSS_PATH = "newsreader.tcss"
    AUTO_FOCUS = "#library-list"

    def __init__(self, library: Library, model: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.model = model
        self.current: str | None = None
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.states: dict[str, ReadingState] = {}
        self.everything: ArticleSet = ArticleSet.of([])
        self.shown: ArticleSet = self.everything
        self.copy_text = ""
        self.narrow = False
        self.reading = False  # narrow only: the article, not the library, fills the screen
        self.panels_open = True
        self._preview: Timer | None = None
        self._analysing = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Main(id="main"):
            yield LibraryPane(id="library-pane")
            yield ArticlePane(id="article-pane")
            yield SidePanels(id="panels")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = str(self.library.path)
        self.reindex()
        self.apply_filter("")
        library_list = self.query_one(LibraryList)
        last = self.library.last_opened
        if not (last and library_list.select_id(last)) and library_list.option_count:
            library_list.highlighted = 0
        library_list.focus()
        self.layout_for(self.size.width)
        # the index and 10,000 list rows live as long as the app: keep the collector
        # from walking them again and again (a full pass cost ~0.3 s mid-keystroke)
        gc.freeze()

    # -- the library ---------------------------------------------------------

    def reindex(self) -> None:
        """Index titles, sources and facets once; filters then only pick rows."""
        self.states = dict(self.library.states())
        self.everything = ArticleSet.of(self.library.infos(), self.states, self.library.facets())

    def apply_filter(self, query: str) -> None:
        self.shown = self.everything.where(query) if query.strip() else self.everything
        self.query_one(LibraryList).show_articles(self.shown, self.states, keep=self.current)
        total = len(self.everything)
        count = f"{len(self.shown)} of {total}" if query.strip() else f"{total}"
        self.query_one(LibraryPane).border_title = f"Library ({count})"

    def on_input_changed(self, event: FilterInput.Changed) -> None:
        if isinstance(event.input, FilterInput):
            self.apply_filter(event.value)

    def on_input_submitted(self, event: FilterInput.Submitted) -> None:
        if isinstance(event.input, FilterInput):
            self.query_one(LibraryList).focus()

    def on_filter_input_cancelled(self, _: FilterInput.Cancelled) -> None:
        self.clear_filter()

    def open_filter(self, value: str | None = None) -> None:
        self.show_library()
        pane = self.query_one(LibraryPane)
        pane.add_class("-filtering")
        box = self.query_one(FilterInput)
        if value is not None:
            box.value = value
            self.apply_filter(value)
        box.focus()

    def clear_filter(self) -> None:
        self.query_one(FilterInput).value = ""
        self.query_one(LibraryPane).remove_class("-filtering")
        self.apply_filter("")
        self.query_one(LibraryList).focus()

    def on_filter_library(self, message: FilterLibrary) -> None:
        self.open_filter(message.query)
        self.query_one(LibraryList).focus()
        self.notify(f"{len(self.shown)} article{'s' if len(self.shown) != 1 else ''} match {message.query}", timeout=2, markup=False)

    # -- opening articles ------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if not event.option.id or self.narrow:
            return
        if self._preview is not None:
            self._preview.stop()
            self._preview = None
        if isinstance(self.focused, FilterInput):
            # while typing a filter the top row changes per key: preview once typing pauses
            self._preview = self.set_timer(0.15, partial(self.show_article, event.option.id, False))
        else:
            self.show_article(event.option.id, analyse=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_article(event.option.id)

    def open_article(self, article_id: str) -> None:
        """Show, mark read, remember, and move to the text."""
        self.show_article(article_id)
        if self.current != article_id:
            return
        if not self.states.get(article_id, ReadingState()).read:
            self.set_state(article_id, read=True)
        self.library.last_opened = article_id
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
        self._analysing = analysing
        panels = self.query_one(SidePanels)
        panels.loading = analysing
        status = "analysing…" if analysing else (f"analysis failed: {error}" if error else "")
        if analysis is None and not analysing and not error:
            status = "not analysed yet: Enter opens and analyses it"
        self.query_one(ArticlePane).refresh_legend(status)

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, article: Article, again: bool = False) -> None:
        worker = get_current_worker()
        with _ANALYSIS:
            if worker.is_cancelled:  # the reader moved on while another article was analysed
                return
            try:
                if again:
                    from store.analyses import analyze_articles

                    ((_, result),) = list(analyze_articles(self.library, [article], self.model))
                else:
                    from store.analyses import analysis_for

                    result = analysis_for(self.library, article, self.model)
            except Exception as err:  # a missing model or a bug: say so, keep reading
                self.post_message(AnalysisReady(article.id, None, str(err).splitlines()[0] if str(err) else type(err).__name__))
            else:
                self.post_message(AnalysisReady(article.id, result))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.analysis is not None:
            self.reindex()  # new facets: speaker/entity/date filters now find this article
        if message.article_id != self.current or self.article is None:
            return
        if message.error:
            self.set_status(None, error=message.error)
            self.notify(f"Analysis failed: {message.error}", severity="error", markup=False)
            return
        self.analysis = message.analysis
        self.query_one(ArticleView).set_analysis(message.analysis)
        self.query_one(SidePanels).show(message.analysis, self.article.text)
        self.set_status(message.analysis)

    def on_jump_to(self, message: JumpTo) -> None:
        self.copy_text = message.copy_text
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
            self.notify(str(err), severity="error", markup=False)
            return self.states.get(article_id, ReadingState())
        if state == ReadingState():
            self.states.pop(article_id, None)
        else:
            self.states[article_id] = state
        self.query_one(LibraryList).refresh_article(self.library.info(article_id), state)
        return state

    def action_toggle_read(self) -> None:
        if self.current:
            state = self.set_state(self.current, read=not self.states.get(self.current, ReadingState()).read)
            self.notify("Marked read" if state.read else "Marked unread", timeout=1.5)

    def action_toggle_star(self) -> None:
        if self.current:
            state = self.set_state(self.current, starred=not self.states.get(self.current, ReadingState()).starred)
            self.notify("Starred" if state.starred else "Unstarred", timeout=1.5)

    def _step_unread(self, step: int) -> None:
        ids = self.shown.ids
        at = ids.index(self.current) if self.current in ids else (-1 if step > 0 else len(ids))
        default = ReadingState()
        for n in range(at + step, len(ids) if step > 0 else -1, step):
            if not self.states.get(ids[n], default).read:
                self.query_one(LibraryList).select_id(ids[n])
                self.open_article(ids[n])
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
        webbrowser.open(url)  # can block for seconds while a browser starts

    def action_copy(self) -> None:
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
        self.query_one(LibraryList).focus()

    def action_back_or_quit(self) -> None:
        focused = self.focused
        in_library = focused is None or focused in self.query_one(LibraryPane).query("*")
        if in_library and not (self.narrow and self.reading):
            self.exit()
        else:
            self.action_back()

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

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

    def layout_for(self, width: int) -> None:
        """Wide: three columns. Narrow: one pane at a time (library, article, or panels)."""
        narrow = width < NARROW
        if narrow != self.narrow:
            self.narrow = narrow
            self.panels_open = not narrow
        main = self.query_one("#main")
        main.set_class(narrow, "-narrow")
        library, article, panels = (self.query_one(s) for s in ("#library-pane", "#article-pane", "#panels"))
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
            (self.query_one(ArticleView) if reading else self.query_one(LibraryList)).focus()

    # -- command palette -----------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from commands(self)

    def type_names(self) -> list[str]:
        return list(ENTITY_TYPES)
