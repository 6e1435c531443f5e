"""Which panes show, and where the keys go. Wide: library │ article │ panels. Narrow (under NARROW columns):
one pane at a time, the panels folded away behind a toggle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget

from .widgets.article_view import ArticleView
from .widgets.library_list import LibraryList
from .widgets.panels.side_panels import SidePanels

if TYPE_CHECKING:
    from .app import NewsreaderApp

NARROW = 100  # below this many columns the panels fold away behind a toggle


class Main(Horizontal):
    """The panes' row. Resize events reach widgets, not the app: this one passes them on."""

    class Resized(Message):
        pass

    def on_resize(self) -> None:
        self.post_message(self.Resized())


def focus_now(widget: Widget) -> None:
    """Focus now, not after the messages already queued (as Widget.focus() does): keys typed fast are in
    that queue, and belong to the widget the last one asked for (the filter, just after `/`)."""
    widget.screen.set_focus(widget)


def _hidden(widget: Widget) -> bool:
    return any(not node.display for node in widget.ancestors_with_self if isinstance(node, Widget) and not isinstance(node, Screen))


class PaneLayout:
    """Mixed into NewsreaderApp."""

    def on_main_resized(self: NewsreaderApp, _: Main.Resized) -> None:
        self.layout_for(self.size.width)
        if self._count:
            self.call_after_refresh(self.update_library_title)  # its length may need the short form now

    def relayout(self: NewsreaderApp) -> None:
        self.layout_for(self.size.width)

    def layout_for(self: NewsreaderApp, width: int) -> None:
        """Wide: three columns. Narrow: one pane at a time (library, article, or panels). The help, open at the
        right, takes its width from the panes': at 100 columns, three panes beside it left the article 7."""
        main = self.query_one("#main")
        width -= sum(panel.outer_size.width for panel in main.screen.query_children("HelpPanel"))
        narrow = width < NARROW
        library, article, panels = (self.query_one(s) for s in ("#library-pane", "#article-pane", "#panels"))
        if narrow != self.narrow:
            self.narrow = narrow
            if narrow:
                self._wide_panels, self.panels_open = self.panels_open, False
                self._keep_in_sight(article, panels)
            else:
                self.panels_open = self._wide_panels
        main.set_class(narrow, "-narrow")
        if narrow:
            library.display = not self.reading
            article.display = self.reading and not self.panels_open
            panels.display = self.reading and self.panels_open
        else:
            library.display = article.display = True
            panels.display = self.panels_open
        focused = self.focused
        if focused is not None and _hidden(focused):
            reading = article.display and (self.reading or not library.display)
            focus_now(self.query_one(ArticleView) if reading else self.query_one(LibraryList))

    def _keep_in_sight(self: NewsreaderApp, article: Widget, panels: Widget) -> None:
        """Going narrow, the pane the keys go to is the one left on screen (the help then tells of it)."""
        focused = self.focused
        if focused is None or self.article is None:
            return
        if panels in focused.ancestors_with_self:
            self.reading = self.panels_open = True
        elif article in focused.ancestors_with_self:
            self.reading = True
        elif self.query_one("#library-pane") in focused.ancestors_with_self:
            self.reading = False

    def action_back(self: NewsreaderApp) -> None:
        if self.narrow and self.reading and self.panels_open:
            self.panels_open = False
            self.layout_for(self.size.width)
            self.query_one(ArticleView).focus()
        else:
            self.show_library()

    def show_library(self: NewsreaderApp) -> None:
        self.reading = False
        self.layout_for(self.size.width)
        focus_now(self.query_one(LibraryList))

    def action_toggle_panels(self: NewsreaderApp) -> None:
        self.panels_open = not self.panels_open
        if self.narrow and self.panels_open:
            self.reading = True
        self.layout_for(self.size.width)
        if self.panels_open:
            self.query_one(SidePanels).focus_panel(self.query_one(SidePanels).active or "quotes")
        elif self.narrow or self.focused is None or not self.focused.display:
            self.query_one(ArticleView).focus()

    def action_show_panel(self: NewsreaderApp, name: str) -> None:
        self.panels_open = True
        if self.narrow:
            self.reading = True
        self.layout_for(self.size.width)
        self.query_one(SidePanels).focus_panel(name)

    def action_find(self: NewsreaderApp) -> None:
        if self.narrow:
            self.reading, self.panels_open = True, False
            self.layout_for(self.size.width)
        self.query_one(ArticleView).action_find()
