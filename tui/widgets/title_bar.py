"""The line at the top of the reader: the command palette's icon, then the title and the library, centred."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widget import Widget

ICON = "⭘"
_ICON_WIDTH = 8  # the icon's cell, padding included, as Textual's Header lays it out
_RIGHT = 10  # the space Header keeps for a clock, kept so the title sits where it always did


class TitleBar(Widget):
    """What Textual's Header shows, drawn as one line of one widget.

    Header is four widgets (icon, title, clock space) with their own styles to match and lay out:
    about 2% of the reader's start, for a line that changes only with the title.
    """

    DEFAULT_CSS = """
    TitleBar { dock: top; width: 100%; height: 1; background: $panel; color: $foreground; }
    """

    def on_mount(self) -> None:
        for attribute in ("title", "sub_title"):
            self.watch(self.app, attribute, lambda: self.refresh(), init=False)

    def render(self) -> Content:
        middle = max(0, self.size.width - _ICON_WIDTH - _RIGHT)
        title = self.app.format_title(self.app.title, self.app.sub_title).truncate(middle, ellipsis=True)
        left = (middle - title.cell_length) // 2
        # the icon and the space before the title are a span of their own (as they were Header's own widgets):
        # a screenshot (SVG) then places the title by itself, where a terminal draws it
        before = Content(f" {ICON}").extend_right(_ICON_WIDTH - 2 + left).stylize("not dim")
        return before + title.extend_right(middle - title.cell_length - left)

    async def on_click(self, event: events.Click) -> None:
        if event.x < _ICON_WIDTH:  # the icon opens the palette, as Header's does
            event.stop()
            await self.run_action("app.command_palette")
