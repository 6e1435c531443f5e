"""What other processes change in the library (another newsreader, `newsreader add`, R's refresh), taken in.

Articles added, removed or marked elsewhere come into the list with its cursor and filter kept; the
background analysis's queue follows them.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from store.article import ReadingState
from store.errors import ArticleNotFound, NewsreaderError

from .widgets.article_pane import ArticlePane
from .widgets.library_list import LibraryList

if TYPE_CHECKING:
    from store.watch import Changes

    from .app import NewsreaderApp

WATCH_SECONDS = 1.0  # how often the reader looks for what other processes changed in the library


def _neighbour(ids: list[str], gone: str, removed: set[str]) -> str | None:
    """The row the cursor moves to when its article is removed: the next one still there, else the one before."""
    at = ids.index(gone) if gone in ids else 0
    after = (i for i in ids[at + 1 :] if i not in removed)
    before = (i for i in reversed(ids[:at]) if i not in removed)
    return next(after, None) or next(before, None)


class LibraryChanges:
    """Mixed into NewsreaderApp."""

    def watch_library(self: NewsreaderApp) -> None:
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

    def apply_changes(self: NewsreaderApp, changes: Changes) -> None:
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
