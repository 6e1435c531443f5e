"""The reader's side of opening the library: the newest rows first, then the whole index and the facets in a thread.

The first frame shows the newest articles, read from the head of the index (a few ms at any size). The rest
of the library is read once they are drawn, and keys typed meanwhile wait for it (tui/app.py's on_event).
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.worker import get_current_worker

from store.errors import LibraryFull, LibraryReadOnly, NewsreaderError

from .library_changes import WATCH_SECONDS
from .messages import FacetsRead, LibraryRead
from .widgets.library_list import LibraryList
from .widgets.panels.side_panels import SidePanels

if TYPE_CHECKING:
    from collections.abc import Mapping

    from store.articleset import ArticleSet
    from store.facets import Facets
    from store.library import Library

    from .app import NewsreaderApp

FIRST_SCREEN = 100  # rows listed before the whole index is read: more than a terminal shows
_DRAWN_AT_LATEST = 0.5  # seconds: the whole index is read then, even if the first rows were never drawn


def _ready_filter(everything: ArticleSet) -> None:
    """A first filter, off the keys' way, makes the titles' word starts the library filter keeps (store/matching.py:
    tens of milliseconds at 100,000 articles), which the first key typed would otherwise wait for."""
    everything.matching("a")


class LibraryOpening:
    """Mixed into NewsreaderApp: the library opened, its index read, and what is typed meanwhile."""

    @property
    def library(self: NewsreaderApp) -> Library:
        if isinstance(self._library, Path):
            from store.library import Library

            self._library = Library(self._library, verify=False)
        return self._library

    def open_library(self: NewsreaderApp) -> None:
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

    def after_first_rows(self: NewsreaderApp) -> None:
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
    def read_library(self: NewsreaderApp) -> None:
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
    def ready_filter(self: NewsreaderApp, everything: ArticleSet) -> None:
        _ready_filter(everything)

    async def on_library_read(self: NewsreaderApp, message: LibraryRead) -> None:
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

    def on_facets_read(self: NewsreaderApp, message: FacetsRead) -> None:
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

    def reindex(self: NewsreaderApp, facets: bool = True, changed: Mapping[str, Facets] | None = None) -> None:
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
