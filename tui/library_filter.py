"""The library's filter (/): what is typed picks the rows, and the library pane's title counts them.

The title also tells how far the background analysis and the feeds' refresh are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .layout import focus_now
from .messages import FilterLibrary
from .widgets.library_list import LibraryList
from .widgets.library_pane import FilterInput, LibraryPane

if TYPE_CHECKING:
    from .app import NewsreaderApp


def _needs_facets(query: str) -> bool:
    """Whether a filter has speaker:, entity: or date: terms, which match nothing until the facets are read."""
    from store.articleset import split_query

    terms = (term.partition(":") for term in split_query(query))
    return any(sep and value and key.lower() in ("speaker", "entity", "date") for key, sep, value in terms)


class LibraryFilter:
    """Mixed into NewsreaderApp."""

    def apply_filter(self: NewsreaderApp, query: str) -> None:
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

    def update_library_title(self: NewsreaderApp) -> None:
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

    def on_input_changed(self: NewsreaderApp, event: FilterInput.Changed) -> None:
        if isinstance(event.input, FilterInput):
            self.apply_filter(event.value)

    def on_input_submitted(self: NewsreaderApp, event: FilterInput.Submitted) -> None:
        if isinstance(event.input, FilterInput):
            self._filtered_from = None  # the query is typed: the list's cursor is the reader's again
            self.query_one(LibraryList).focus()

    def on_filter_input_cancelled(self: NewsreaderApp, _: FilterInput.Cancelled) -> None:
        self.clear_filter()

    def open_filter(self: NewsreaderApp, value: str | None = None) -> None:
        self.show_library()
        pane = self.query_one(LibraryPane)
        pane.add_class("-filtering")
        self._filtered_from = self.current
        box = pane.filter_box(value or "")
        if value is not None:
            box.value = value
            self.apply_filter(value)
        focus_now(box)

    def clear_filter(self: NewsreaderApp) -> None:
        pane = self.query_one(LibraryPane)
        for box in pane.query(FilterInput):
            box.value = ""
        pane.remove_class("-filtering")
        self.apply_filter("")
        self._filtered_from = None
        self.query_one(LibraryList).focus()

    def on_filter_library(self: NewsreaderApp, message: FilterLibrary) -> None:
        self.open_filter(message.query)
        self._filtered_from = None  # a whole query, not one being typed
        self.query_one(LibraryList).focus()
        self.notify(f"{len(self.shown)} article{'s' if len(self.shown) != 1 else ''} match {message.query}", timeout=2, markup=False)

    def action_filter(self: NewsreaderApp) -> None:
        self.open_filter()
