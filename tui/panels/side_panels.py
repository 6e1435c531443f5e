"""The Quotes, Dates and Entities tabs beside the article."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TabbedContent, TabPane

from store.analysis.types import Analysis

from .dates import DatesPanel, DatesTree
from .entities import EntitiesPanel
from .quotes import QuotesPanel


class SidePanels(Vertical):
    HELP = "The analysis of the open article: **Q** quotes, **D** dates, **E** entities; **←/→** on the tabs switch too."

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="quotes"):
            with TabPane("Quotes", id="quotes"):
                yield QuotesPanel(id="quotes-panel")
            with TabPane("Dates", id="dates"):
                yield DatesPanel(id="dates-panel")
            with TabPane("Entities", id="entities"):
                yield EntitiesPanel(id="entities-panel")

    @property
    def active(self) -> str:
        return self.query_one(TabbedContent).active

    def show(self, analysis: Analysis | None, text: str) -> None:
        self.query_one(QuotesPanel).show(analysis, text)
        self.query_one(DatesPanel).show(analysis, text)
        self.query_one(EntitiesPanel).show(analysis, text)

    def focus_panel(self, name: str) -> None:
        self.query_one(TabbedContent).active = name
        target = {"quotes": QuotesPanel, "dates": DatesTree, "entities": EntitiesPanel}[name]
        self.query_one(target).focus()
