"""Read and starred (m, s), the next and previous unread article (n, p), and writes the library refuses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.article import ReadingState
from store.errors import LibraryFull, LibraryReadOnly, NewsreaderError

from .widgets.library_list import LibraryList

if TYPE_CHECKING:
    from .app import NewsreaderApp


class ReadingStates:
    """Mixed into NewsreaderApp."""

    def set_state(self: NewsreaderApp, article_id: str, **change: bool) -> ReadingState:
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

    def write_refused(self: NewsreaderApp, err: NewsreaderError) -> None:
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

    def action_toggle_read(self: NewsreaderApp) -> None:
        if self.current:
            state = self.set_state(self.current, read=not self.states.get(self.current, ReadingState()).read)
            self.notify("Marked read" if state.read else "Marked unread", timeout=1.5)

    def action_toggle_star(self: NewsreaderApp) -> None:
        if self.current:
            state = self.set_state(self.current, starred=not self.states.get(self.current, ReadingState()).starred)
            self.notify("Starred" if state.starred else "Unstarred", timeout=1.5)

    def _step_unread(self: NewsreaderApp, step: int) -> None:
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

    def action_next_unread(self: NewsreaderApp) -> None:
        self._step_unread(1)

    def action_previous_unread(self: NewsreaderApp) -> None:
        self._step_unread(-1)
