"""Textual's help panel (the focused pane's help and keys), with a foot line saying how it closes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import HelpPanel, Static

CLOSE_HINT = "esc or ? closes the help"


class ReaderHelp(HelpPanel):
    """Closed with Escape as the panels and the views are, or with the key that opened it. The foot says so:
    the panel takes the right third of the screen, and nothing else on it says how it goes away."""

    # wider than Textual's at 80 columns (30: a few words a line), and the pane's help scrolls (the wheel, its
    # bar) where Textual's cut it at half the height: at 24 rows the filter's rule went unseen
    DEFAULT_CSS = """
    ReaderHelp { min-width: 36; }
    ReaderHelp Markdown#widget-help { max-height: 60%; overflow-y: auto; }
    ReaderHelp #help-foot { dock: bottom; height: 1; color: $text-muted; }
    """

    class Resized(Message):
        """The panes' layout counts the help's width: the panes' own resize may come before the help has one."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Static(CLOSE_HINT, id="help-foot", markup=False)
