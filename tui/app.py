"""The reader: library │ article │ Quotes, Dates and Entities panels.

The app wires the panes together and owns the state that outlives a pane:
which article is open, the library filter, and the analysis workers. spaCy is
never imported here; a worker imports it, once, the first time an article
without a stored analysis is analysed.

Each subject is a mixin in a module named for it:
- library_opening.py: the newest rows first, then the whole index and the facets in a thread
- library_changes.py: what other processes add, remove or mark, taken in
- library_filter.py: the library's filter (/) and the library pane's title
- articles.py: the row under the cursor shown, Enter opening it
- analysing.py: the analysis asked for (Enter, r)
- background.py: every article without a current analysis analysed, newest first (A pauses it)
- feeds_refresh.py: R, the subscribed feeds fetched
- reading_state.py: read, starred, the next and previous unread
- layout.py: which panes show at which width, and where the keys go
- views.py: the views across the library (S, T)
What is left here: the panes' composition, the keys typed while the library opens, the help, and the
actions on the open article that need no state of their own (o, y).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, ComposeResult, ScreenStackError, SystemCommand
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from store.article import Article, ReadingState

from .analysing import ArticleAnalysis
from .articles import ArticleOpening
from .background import BackgroundAnalysis
from .bindings import APP
from .entity_types import ENTITY_TYPES
from .feeds_refresh import FeedsRefresh
from .layout import Main, PaneLayout
from .library_changes import LibraryChanges
from .library_filter import LibraryFilter
from .library_opening import FIRST_SCREEN, LibraryOpening
from .messages import FeedsProgress, JumpTo
from .reading_state import ReadingStates
from .views import LibraryViews
from .widgets.article_pane import ArticlePane
from .widgets.article_view import ArticleView
from .widgets.footer import KeyFooter
from .widgets.library_list import LibraryList
from .widgets.library_pane import LibraryPane
from .widgets.panels.side_panels import SidePanels
from .widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from store.analysis.types import Analysis
    from store.articleset import ArticleSet
    from store.errors import NewsreaderError
    from store.library import Library
    from store.watch import LibraryWatch

__all__ = ["FIRST_SCREEN", "NewsreaderApp"]  # FIRST_SCREEN: tests read it here


class NewsreaderApp(
    LibraryViews, LibraryOpening, LibraryChanges, LibraryFilter, ArticleOpening, ArticleAnalysis, BackgroundAnalysis,
    FeedsRefresh, ReadingStates, PaneLayout, App[None],
):
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
        self.init_background()
        self._feeds: FeedsProgress | None = None  # the refresh of the feeds (R) while it runs, for the title
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

    def _panes_gone(self) -> bool:
        """A worker's message may arrive while the reader closes, its panes gone (the innermost first)."""
        try:
            return not self.query(LibraryList)
        except ScreenStackError:
            return True

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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_help":
            return self.help_open()  # else Escape goes on to the focused pane: back, clear the filter
        if action == "quit_reader":  # else q goes back (back_or_quit, the key's next binding)
            return super().check_action(action, parameters) and self.in_library()
        return super().check_action(action, parameters)

    def action_toggle_type(self, index: int) -> None:
        self.query_one(ArticleView).action_toggle_type(index)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .palette import commands

        yield from super().get_system_commands(screen)
        yield from commands(self)

    def type_names(self) -> list[str]:
        return list(ENTITY_TYPES)
