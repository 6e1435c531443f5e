"""The reader's side of the views across the library (S: Speakers, T: Timeline; tui/screens/).

A view's index is built in a thread (the library's records read, counted and sorted), then the
view is pushed with its rows, so that its first frame is the full one. The records and the
indexes are kept for the next time, and made again only from what changed. Once the reader has
been idle a moment after start-up, both indexes are made ahead, so that S and T only draw
(about 0.2 s of CPU at 10,000 articles, once). While analyses come in (a new library's first
minutes), the view on screen is made again every second or two, its filter and place kept.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from store.errors import NewsreaderError

from .messages import JumpTo

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from store.article import ArticleInfo
    from store.mentions import LibraryRecords

    from .app import NewsreaderApp
    from .screens.base import LibraryView

# the reader's keys for the open article, off while a view is on screen (and out of its help)
READER_ONLY = {"toggle_read", "toggle_star", "open_url", "copy", "reanalyse", "next_unread", "previous_unread",
               "toggle_panels", "show_panel", "toggle_type", "find", "filter", "back", "back_or_quit",
               "quit_reader"}
AHEAD_AFTER = 1.0  # seconds after the library is indexed before the views' indexes are made ahead
QUIET = 0.5  # ... and each waits until no key has been pressed for this long
AGAIN_AFTER = 1.5  # a view on screen is brought up to date at most this often while analyses come in


class KeptViews(dict):
    """The indexes the views made, by name, with what each was made from: made again only when that changes."""

    def get_or_make(self, name: str, source: object, make: Callable[[], Any]) -> Any:
        cached = self.get(name)
        if cached is not None and cached[0] == source:
            return cached[1]
        built = make()
        self[name] = (source, built)
        return built


def on_a_view(app: NewsreaderApp) -> bool:
    """Whether a view across the library is on screen. The views' module (tui/screens/base.py, with the
    row list's) is imported when one is first pushed, not with the reader: it cost the reader's start 1%."""
    if len(app.screen_stack) <= 1:  # none at all while the app shuts down, when a view's update timer may still fire
        return False
    from .screens.base import LibraryView

    return isinstance(app.screen, LibraryView)


class LibraryViews:
    """Mixed into NewsreaderApp."""

    def init_views(self: NewsreaderApp) -> None:
        self._records: LibraryRecords | None = None
        self._records_lock = threading.Lock()
        self._building = threading.Lock()  # one index at a time: the one made ahead, or the one asked for
        self.built_views = KeptViews()  # each view's index, with what it was made from
        self._update_due = False  # a view on screen is to be brought up to date (a timer is set)

    def action_speakers(self: NewsreaderApp) -> None:
        """S: everyone quoted across the library."""
        from .screens.speakers import SpeakersScreen

        self.open_view(SpeakersScreen)

    def action_timeline(self: NewsreaderApp) -> None:
        """T: the dates the library's articles mention, day by day."""
        from .screens.timeline import TimelineScreen

        self.open_view(TimelineScreen)

    def open_view(self: NewsreaderApp, view: type[LibraryView]) -> None:
        if self.everything is None:  # still opening
            return
        self.build_view(view)

    @work(thread=True, exclusive=True, group="views", exit_on_error=False)
    def build_view(self: NewsreaderApp, view: type[LibraryView]) -> None:
        built = self._built(view)
        if built is not None and not get_current_worker().is_cancelled:
            self._from_thread(self.show_view, view, built)

    def _built(self: NewsreaderApp, view: type[LibraryView]) -> object | None:
        """The view's index (in a views thread); None if it cannot be made, said once."""
        # the articles are fetched here, not passed to the worker: its arguments are written into its
        # description (10,000 article reprs: 0.2 s on the reader's thread)
        infos = self._from_thread(self.article_infos)
        if infos is None:
            return None
        try:
            with self._building:
                return view.build(self.view_records(), infos, self.built_views)
        except NewsreaderError as err:  # a damaged record file: named, and the reader goes on
            self._from_thread(self.notify, str(err), severity="error", markup=False, timeout=10)
        except Exception as err:  # noqa: BLE001 - a bug: say so, keep reading
            self._from_thread(self.notify, f"{view.TITLE} could not be shown: {err!r}", severity="error", markup=False)
        return None

    def _from_thread(self: NewsreaderApp, callback, *args, **kwargs) -> object | None:
        """call_from_thread, or None once the reader is closing (a view was being made as it quit)."""
        try:
            return self.call_from_thread(callback, *args, **kwargs)
        except RuntimeError:
            return None

    def show_view(self: NewsreaderApp, view: type[LibraryView], built: object) -> None:
        self.close_views()
        self.push_screen(view(built))
        # what can wait (the timeline's words to search) waits until the view is drawn
        self.call_after_refresh(self.prepare_view, view, built)

    @work(thread=True, group="view-prepare", exit_on_error=False)
    def prepare_view(self: NewsreaderApp, view: type[LibraryView], built: object) -> None:
        view.prepare(built)

    def views_outdated(self: NewsreaderApp) -> None:
        """An analysis was saved: the view on screen, if it lists the library, is made again (not more often
        than every AGAIN_AFTER seconds: the background analysis saves an article every second or so)."""
        if self._update_due or not (on_a_view(self) and self.screen.follows_the_library):
            return
        self._update_due = True
        self.set_timer(AGAIN_AFTER, self._update_view)

    def _update_view(self: NewsreaderApp) -> None:
        self._update_due = False
        if on_a_view(self) and self.screen.follows_the_library:
            self.rebuild_view(type(self.screen))

    @work(thread=True, exclusive=True, group="views", exit_on_error=False)
    def rebuild_view(self: NewsreaderApp, view: type[LibraryView]) -> None:
        built = self._built(view)
        if built is not None and not get_current_worker().is_cancelled:
            self._from_thread(self._show_update, view, built)

    def _show_update(self: NewsreaderApp, view: type[LibraryView], built: object) -> None:
        screen = self.screen
        if type(screen) is view and screen.built is not built:
            screen.update_built(built)
            self.call_after_refresh(self.prepare_view, view, built)

    def make_views_ahead(self: NewsreaderApp) -> None:
        self.set_timer(AHEAD_AFTER, self._views_ahead)

    @work(thread=True, exclusive=True, group="views-ahead", exit_on_error=False)
    def _views_ahead(self: NewsreaderApp) -> None:
        from .screens.speakers import SpeakersScreen
        from .screens.timeline import TimelineScreen

        worker = get_current_worker()
        for view in (SpeakersScreen, TimelineScreen):
            while time.monotonic() - self._last_key < QUIET and not worker.is_cancelled:
                time.sleep(0.1)
            if worker.is_cancelled or self._built(view) is None:
                return

    def close_views(self: NewsreaderApp) -> None:
        """Back to the reader from any view across the library."""
        while on_a_view(self):
            self.pop_screen()

    def article_infos(self: NewsreaderApp) -> dict[str, ArticleInfo]:
        articles = self.everything if self.everything is not None else self.library.infos()
        return {info.id: info for info in articles}

    def view_records(self: NewsreaderApp) -> LibraryRecords:
        """The records the views read (store/mentions.py), kept: the next view reads again only the files
        written since. The background analysis reads them too (for the articles that have them)."""
        with self._records_lock:
            if self._records is None:
                from store.mentions import LibraryRecords

                self._records = LibraryRecords(self.library.paths)
            return self._records

    def analysed_note(self: NewsreaderApp, analysed: int) -> str:
        """ " · 40 of 50 articles analysed" while some are not (a view shows only what is)."""
        total = len(self.everything) if self.everything is not None else len(self.library)
        return f" · {analysed:,} of {total:,} articles analysed" if analysed < total else ""

    def open_at(
        self: NewsreaderApp, article_id: str, spans: tuple[tuple[int, int], ...], copy_text: str = "", panel: str = ""
    ) -> None:
        """From a view: back to the reader with the article open, scrolled to these spans and marked, and chosen
        in `panel` (the Quotes or Dates panel) as Enter there would have."""
        from .widgets.library_list import LibraryList

        self.close_views()
        if article_id not in self.library:
            self.notify("That article is no longer in the library.", severity="warning", timeout=3)
            return
        self.query_one(LibraryList).select_id(article_id)
        self.open_article(article_id)
        if self.current == article_id:
            self.post_message(JumpTo(spans, copy_text, panel or None))

    def check_action(self: NewsreaderApp, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a view is on screen, the reader's keys for the open article are off, and so is the key of the
        view on screen (S in Speakers would open it again, its filter and place lost)."""
        if not on_a_view(self):
            return True
        return action not in READER_ONLY and action != self.screen.OPENED_BY

