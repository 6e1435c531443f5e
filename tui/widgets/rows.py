"""A list of any length, drawn a screenful at a time: the views across the library use it.

Textual's OptionList measures every option when options are set (tens of thousands of
rows: seconds per keystroke of a filter). Here rows are plain values and a row is turned
into lines only when it comes into view. Where every row has the same height (FIXED), the
layout is arithmetic; otherwise `row_height` is asked once per row and layout is a prefix sum.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import ClassVar, Generic, TypeVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..bindings import ROWS

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Heading:
    """A row that names the rows below it, or says there are none; the cursor passes over it."""

    text: str
_CACHED_ROWS = 256


class RowList(ScrollView, Generic[T], can_focus=True):
    """Rows with a cursor. Enter (or a click) posts Chosen; moving the cursor posts Highlighted."""

    BINDINGS = ROWS
    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--cursor", "row-list--heading"}
    DEFAULT_CSS = """
    RowList { height: 1fr; overflow-x: hidden; scrollbar-gutter: stable; background: transparent; }
    RowList > .row-list--cursor {
        color: $block-cursor-blurred-foreground;
        background: $block-cursor-blurred-background;
        text-style: $block-cursor-blurred-text-style;
    }
    RowList:focus > .row-list--cursor {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    RowList > .row-list--heading { text-style: bold; color: $text-accent; }
    """
    FIXED: ClassVar[int | None] = 1  # every row's height in lines; None: `row_height` says, row by row

    class RowMessage(Message):
        def __init__(self, rows: RowList, item: object) -> None:
            super().__init__()
            self.rows, self.item = rows, item

        @property
        def control(self) -> RowList:
            return self.rows

    class Highlighted(RowMessage):
        """The cursor is on another row."""

    class Chosen(RowMessage):
        """Enter or a click on a row."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.items: Sequence[T] = ()
        self.cursor: int | None = None
        self._tops: list[int] = []  # first line of each row (variable heights only), then the total
        self._heights: list[int] | None = None  # given with the rows
        self._laid_out_width = 0
        self._lines: dict[int, list[Text]] = {}  # rows turned into lines, by index: the ones on screen lately
        self._styles = (Style(), Style(), Style())  # plain, cursor, heading: set as each frame is drawn
        self.generation = 0  # how many times rows were set
        self.painted = -1  # the generation last drawn (tests and benchmarks wait for it)

    # -- what a subclass says about its rows -----------------------------------------

    def row_lines(self, item: T, width: int) -> list[Text]:  # pragma: no cover - each list has its own
        raise NotImplementedError

    def row_height(self, item: T, width: int) -> int:
        """Asked once per row when FIXED is None (a Heading is one line)."""
        return self.FIXED or 1

    def selectable(self, item: T) -> bool:
        """Headings are not: the cursor passes over them."""
        return not isinstance(item, Heading)

    def is_heading(self, item: T) -> bool:
        return not self.selectable(item)

    # -- rows and layout ------------------------------------------------------------

    @property
    def width(self) -> int:
        return self.scrollable_content_region.width

    @property
    def highlighted(self) -> T | None:
        return self.items[self.cursor] if self.cursor is not None and self.cursor < len(self.items) else None

    def set_rows(self, items: Sequence[T], keep: T | None = None, heights: list[int] | None = None) -> None:
        """Show these rows; the cursor stays on `keep` if it is among them, else goes to the first it can.

        `heights`: each row's, when the caller knows them without asking `row_height` row by row.
        """
        self.items = items
        self.generation += 1
        self._heights = heights
        self._lines.clear()
        self._layout()
        at = None
        if keep is not None:
            try:
                at = items.index(keep)
            except ValueError:
                pass
        self.cursor = None
        self.scroll_to(y=0, animate=False, immediate=True)
        self._move_to(at if at is not None and self.selectable(items[at]) else self._next(-1, 1))
        self.refresh()

    def _layout(self) -> None:
        width = self.width
        self._laid_out_width = width
        if self.FIXED:
            total = len(self.items) * self.FIXED
        else:
            heights = self._heights
            if heights is None or len(heights) != len(self.items):
                heights = [1 if isinstance(i, Heading) else self.row_height(i, width) for i in self.items] if width else []
            self._tops = [0, *accumulate(heights)]
            total = self._tops[-1]
        size = Size(width, total)
        if size != self.virtual_size:
            # not through the reactive: it lays out the whole screen again (a frame of the whole screen, 40 ms,
            # per key typed in a filter); only a scrollbar that comes or goes needs that, and it asks for it itself
            self.set_reactive(RowList.virtual_size, size)
            self._scroll_update(size)
            self.refresh()

    def _top(self, index: int) -> int:
        return index * self.FIXED if self.FIXED else self._tops[index]

    def _height(self, index: int) -> int:
        return self.FIXED if self.FIXED else self._tops[index + 1] - self._tops[index]

    def _row_at(self, line: int) -> int:
        return line // self.FIXED if self.FIXED else bisect_right(self._tops, line) - 1

    def on_resize(self, _: events.Resize) -> None:
        if self.width != self._laid_out_width:
            self._lines.clear()
            self._layout()
            self.scroll_to_cursor()

    # -- drawing ----------------------------------------------------------------------

    def _lines_of(self, index: int) -> list[Text]:
        lines = self._lines.get(index)
        if lines is None:
            if len(self._lines) >= _CACHED_ROWS:
                self._lines.clear()
            item = self.items[index]
            if isinstance(item, Heading):
                heading = Text(item.text, no_wrap=True)
                heading.truncate(self.width, overflow="ellipsis")
                lines = [heading]
            else:
                lines = self.row_lines(item, self.width)
            self._lines[index] = lines
        return lines

    def render_lines(self, crop: Region) -> list[Strip]:
        # the styles once a frame, not once a line: each is a walk up the DOM
        base = self.rich_style
        self._styles = (base, base + self.get_component_rich_style("row-list--cursor"),
                        base + self.get_component_rich_style("row-list--heading"))
        strips = super().render_lines(crop)
        self.painted = self.generation
        return strips

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        width = self.width
        base, cursor, heading = self._styles
        total = self.virtual_size.height
        if not 0 <= line < total:
            return Strip.blank(width, base)
        index = self._row_at(line)
        lines = self._lines_of(index)
        part = line - self._top(index)
        if part >= len(lines):
            return Strip.blank(width, base)
        text = lines[part]
        style = base
        if index == self.cursor:
            style = cursor
        elif self.is_heading(self.items[index]):
            style = heading
        segments = list(text.render(self.app.console, end=""))
        return Strip(segments).apply_style(style).adjust_cell_length(width, style)

    # -- the cursor -------------------------------------------------------------------

    def _next(self, start: int, step: int) -> int | None:
        """The first selectable row after `start` in direction `step`."""
        items, n = self.items, start + step
        while 0 <= n < len(items):
            if self.selectable(items[n]):
                return n
            n += step
        return None

    def _move_to(self, index: int | None) -> None:
        if index is None or index == self.cursor:
            return
        self.cursor = index
        self.scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.items[index]))

    def scroll_to_cursor(self) -> None:
        if self.cursor is None or not self.items or len(self._tops) <= len(self.items) and not self.FIXED:
            return  # not laid out yet: done on the first resize
        top, height = self._top(self.cursor), self._height(self.cursor)
        if self.cursor == self._next(-1, 1):
            top, height = 0, top + height  # the first row brings the headings above it into view
        self.scroll_to_region(Region(0, top, max(1, self.width), height), animate=False, force=True, immediate=True)

    def select(self, item: T) -> bool:
        """Put the cursor on this row, if it is shown and can take it."""
        try:
            at = self.items.index(item)
        except ValueError:
            return False
        if not self.selectable(self.items[at]):
            return False
        self._move_to(at)
        return True

    def action_cursor(self, step: int) -> None:
        if self.cursor is None:
            self._move_to(self._next(-1, 1))
            return
        self._move_to(self._next(self.cursor, step))

    def action_first(self) -> None:
        self._move_to(self._next(-1, 1))

    def action_last(self) -> None:
        self._move_to(self._next(len(self.items), -1))

    def action_page(self, step: int) -> None:
        if not self.items:
            return
        at = self.cursor if self.cursor is not None else 0
        line = min(max(0, self._top(at) + step * max(1, self.scrollable_content_region.height - 1)), self.virtual_size.height - 1)
        target = self._row_at(line)
        found = target if self.selectable(self.items[target]) else (self._next(target, step) or self._next(target, -step))
        self._move_to(found)

    def action_choose(self) -> None:
        item = self.highlighted
        if item is not None:
            self.post_message(self.Chosen(self, item))

    def on_click(self, event: events.Click) -> None:
        line = self.scroll_offset.y + event.y
        if 0 <= line < self.virtual_size.height:
            index = self._row_at(line)
            if self.selectable(self.items[index]):
                self._move_to(index)
                self.action_choose()
