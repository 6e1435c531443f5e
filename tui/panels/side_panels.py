"""The Quotes, Dates and Entities tabs beside the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical

if TYPE_CHECKING:
    from store.analysis.types import Analysis


class SidePanels(Vertical):
    """Its tabs are built once the library list is on screen (the app calls `build`): they are a third
    of the start-up's widgets, and the list matters more."""

    HELP = "The analysis of the open article: **Q** quotes, **D** dates, **E** entities; **←/→** on the tabs switch too."

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._built = False
        self._shown: tuple[Analysis | None, str] | None = None  # what to show once built
        self._focus: str | None = None

    def compose(self) -> ComposeResult:
        if not self._built:
            return
        from textual.widgets import TabbedContent, TabPane

        from .dates import DatesPanel
        from .entities import EntitiesPanel
        from .quotes import QuotesPanel

        with TabbedContent(initial="quotes"):
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
        if self._shown is not None:
            self.show(*self._shown)
        if self._focus is not None:
            self.focus_panel(self._focus)

    @property
    def active(self) -> str:
        return self.query_one("TabbedContent").active if self._built else (self._focus or "quotes")

    def show(self, analysis: Analysis | None, text: str) -> None:
        self._shown = (analysis, text)
        if self._built:
            for panel in ("#quotes-panel", "#dates-panel", "#entities-panel"):
                self.query_one(panel).show(analysis, text)

    def focus_panel(self, name: str) -> None:
        self._focus = name
        if not self._built:
            return
        self.query_one("TabbedContent").active = name
        target = {"quotes": "#quotes-panel", "dates": "#dates-tree", "entities": "#entities-panel"}[name]
        self.query_one(target).focus()
