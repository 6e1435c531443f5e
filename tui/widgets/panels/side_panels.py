"""The Quotes, Dates and Entities tabs beside the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical

if TYPE_CHECKING:
    from store.analysis.types import Analysis


_PANELS = {"quotes": "#quotes-panel", "dates": "#dates-panel", "entities": "#entities-panel"}
_TREES = {"quotes": "#quotes-panel", "dates": "#dates-tree", "entities": "#entities-panel"}  # what takes the focus


class SidePanels(Vertical):
    """Its tabs are built once the library list is on screen (the app calls `build`): they are a third
    of the start-up's widgets, and the list matters more."""

    HELP = "The analysis of the open article: **Q** quotes, **D** dates, **E** entities; **←/→** on the tabs switch too."

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._built = False  # compose the tabs from now on
        self._ready = False  # the tabs are mounted: until then, what to show is kept for them
        self._shown: tuple[Analysis | None, str] | None = None  # what to show once built
        self._focus: str | None = None
        self._stale: set[str] = set()  # tabs not yet showing _shown: each is filled when it is next shown

    def compose(self) -> ComposeResult:
        if not self._built:
            return
        from textual.widgets import TabbedContent, TabPane

        from .dates import DatesPanel
        from .entities import EntitiesPanel
        from .quotes import QuotesPanel

        with TabbedContent():  # the first tab, Quotes; an `initial` tab is checked for on mount and is gone at a quick exit
            with TabPane("Quotes", id="quotes"):
                yield QuotesPanel(id="quotes-panel")
            with TabPane("Dates", id="dates"):
                yield DatesPanel(id="dates-panel")
            with TabPane("Entities", id="entities"):
                yield EntitiesPanel(id="entities-panel")

    async def build(self) -> None:
        if self._built:
            return
        self._built = True
        await self.recompose()
        if self.app.return_code is not None or not self.query("TabbedContent"):
            return  # the reader quit while the tabs mounted: they are being taken down, with nothing to show
        self._ready = True  # not before: a preview shown while the tabs mount would find none
        if self._shown is not None:
            self.show(*self._shown)
        if self._focus is not None:
            self.focus_panel(self._focus)

    @property
    def active(self) -> str:
        return self.query_one("TabbedContent").active if self._ready else (self._focus or "quotes")

    def show(self, analysis: Analysis | None, text: str) -> None:
        """Show an analysis in the tab on view now; the others fill when chosen (j/k through the library
        then builds one panel per article, not three)."""
        self._shown = (analysis, text)
        self._stale = set(_PANELS)
        if self._ready:
            self._fill(self.active)

    def _fill(self, name: str) -> None:
        if name in self._stale and self._shown is not None:
            self._stale.discard(name)
            self.query_one(_PANELS[name]).show(*self._shown)

    def on_tabbed_content_tab_activated(self, event) -> None:
        if event.pane is not None and event.pane.id in _PANELS:
            self._fill(event.pane.id)

    def choose(self, name: str, spans: tuple[tuple[int, int], ...]) -> None:
        """Show this tab with the row of these spans under its cursor, whole, as Enter there leaves it; the focus
        stays where it is (the article, opened at them)."""
        if not self._ready:
            return
        self._fill(name)
        self.query_one("TabbedContent").active = name
        self.query_one(_TREES[name]).choose(spans)

    def focus_panel(self, name: str) -> None:
        self._focus = name
        if not self._ready:
            return
        self._fill(name)
        self.query_one("TabbedContent").active = name
        self.query_one(_TREES[name]).focus()
