"""What the three panels share: a Tree whose items jump to mentions and filter the library.

Textual's Tree draws each node on one line; a panel's rows are sentences and quotes, so
here a node's label is wrapped to the panel's width and takes as many lines as it needs
(at most MAX_LINES, the last cut with an ellipsis, unless it is the row last chosen). The
cursor moves from row to row and lights all of a row's lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets._tree import TOGGLE_STYLE, _TreeLine
from textual.widgets.tree import NodeID, TreeNode

from store.analysis.types import Analysis

from ...bindings import PANEL
from ...messages import FilterLibrary, JumpTo


@dataclass
class Item:
    """A panel row: the mentions it stands for (each one or more spans) and its library filter."""

    mentions: list[tuple[tuple[int, int], ...]] = field(default_factory=list)
    filter: str = ""  # a query term, e.g. speaker:"Vladimir Putin"; "" when the row has none
    copy: str = ""  # what `y` copies
    cursor: int = -1  # the mention last jumped to; Enter moves on
    hang: int = 0  # the label's first characters (a mark) stand out to the left: its other lines are indented this much
    lead: int = 0  # the label's first characters that a cut row keeps ("Sunday · ")
    focus: int = -1  # where in the label the words the row is about start: a cut row shows them (see _brought_forward)


@dataclass
class _Line(_TreeLine):
    part: int = 0  # which of its node's wrapped lines this is


# a wrapped node's further lines continue its guide: ├── becomes │, └── becomes blank
_CONTINUED = str.maketrans(
    {"├": "│", "└": " ", "─": " ", "┣": "┃", "┗": " ", "━": " ", "╠": "║", "╚": " ", "═": " "}
)

T = TypeVar("T")


def _loop_last(values: list[T]) -> Iterator[tuple[bool, T]]:
    for n, value in enumerate(values):
        yield n == len(values) - 1, value


class AnalysisTree(Tree[Item]):
    """A panel of the current article's analysis. Enter jumps; repeated Enter cycles mentions."""

    BINDINGS = PANEL
    EMPTY = "Nothing found in this article."
    MAX_LINES = 4  # a row's longest; the row chosen with Enter shows whole
    # class-level: Tree.__init__ builds the lines once, before this __init__ sets anything
    _reveal: TreeNode[Item] | None = None  # the row `choose` put the cursor on, to scroll to once laid out
    _wrapped = False  # the lines were last built at the panel's width (not before it was laid out)
    DEFAULT_CSS = """
    AnalysisTree { scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(Text(""), *args, **kwargs)
        self.show_root = False
        self.auto_expand = False  # Enter jumps; space folds
        self._parts: dict[NodeID, list[Text]] = {}  # each shown node's label, wrapped: one Text a line
        self._whole: TreeNode[Item] | None = None  # the row chosen last: not cut
        self._drawing: _Line | None = None  # the line being drawn, for render_label

    # -- rows of several lines ---------------------------------------------------

    def _wrap(self, node: TreeNode[Item], guide_width: int) -> list[Text]:
        label = node._label
        icon = Text(self.ICON_NODE_EXPANDED).cell_len if node._allow_expand else 0
        width = self.scrollable_content_region.width - guide_width - icon
        if width < 8:  # not laid out yet (or absurdly narrow): one line, as Tree draws it
            return [label]
        hang = min(node.data.hang if node.data is not None else 0, len(label.plain))
        if hang >= width // 2:
            hang = 0
        if node is not self._whole and node.data is not None:
            label = self._brought_forward(label, node.data, width - hang)
        head, body = label[:hang], label[hang:]
        lines = list(body.wrap(self.app.console, width - hang, overflow="fold"))
        if not lines:
            return [label]
        for line in lines:
            line.rstrip()
        parts = [head + lines[0], *(Text(" " * hang) + line for line in lines[1:])]
        if len(parts) > self.MAX_LINES and node is not self._whole:
            parts = parts[: self.MAX_LINES]
            last = parts[-1]
            last.truncate(width - 1)
            last.rstrip()
            last.append("…")
        return parts

    def _brought_forward(self, label: Text, item: Item, width: int) -> Text:
        """The label of a row cut at MAX_LINES, with the words it is about on its lines: when they would fall past
        them, as few words as bring them back (with a few after them) give way to "…" after the label's lead. The
        row chosen with Enter shows whole."""
        room = width * (self.MAX_LINES - 1) - 20  # a line's worth of slack for wrapping at words, 20 cells after
        if item.focus < 0 or len(label.plain) <= width * self.MAX_LINES or item.focus <= room:
            return label
        cut = label.plain.find(" ", max(item.lead, item.focus - room + 1) - 1, item.focus) + 1
        return label if cut <= item.lead else label[: item.lead] + Text("…") + label[cut:]

    def _build(self) -> None:
        """Tree._build, with one line for each line of a node's wrapped label."""
        lines: list[_Line] = []
        parts: dict[NodeID, list[Text]] = {}
        guide_depth, show_root = self.guide_depth, self.show_root

        def add_node(path: list[TreeNode[Item]], node: TreeNode[Item], last: bool) -> None:
            child_path = [*path, node]
            node._line = len(lines)
            guide_width = _Line(child_path, last)._get_guide_width(guide_depth, show_root)
            wrapped = parts[node._id] = self._wrap(node, guide_width)
            lines.extend(_Line(child_path, last, n) for n in range(len(wrapped)))
            if node._expanded:
                for is_last, child in _loop_last(list(node._children)):
                    add_node(child_path, child, is_last)

        if show_root:
            add_node([], self.root, True)
        else:
            for is_last, node in _loop_last(list(self.root._children)):
                add_node([], node, is_last)
        self._parts = parts
        self._tree_lines_cached = lines
        width = self.scrollable_content_region.width
        if lines:
            width = max(
                width, *(line._get_guide_width(guide_depth, show_root) + self.get_label_width(line.node) for line in lines)
            )
        self.virtual_size = Size(width, len(lines))
        self._wrapped = self.scrollable_content_region.width >= 8
        if self._reveal is not None and self._wrapped:
            self.call_after_refresh(self._scroll_to_reveal)
        if self.cursor_line != -1:
            if self.cursor_node is not None:
                self.cursor_line = self.cursor_node._line
            if self.cursor_line >= len(lines):
                self.cursor_line = -1

    def get_label_width(self, node: TreeNode[Item]) -> int:
        parts = self._parts.get(node._id)
        if parts is None:
            return super().get_label_width(node)
        icon = Text(self.ICON_NODE_EXPANDED).cell_len if node._allow_expand else 0
        return icon + max(part.cell_len for part in parts)

    def render_label(self, node: TreeNode[Item], base_style: Style, style: Style) -> Text:
        parts = self._parts.get(node._id)
        if parts is None:
            return super().render_label(node, base_style, style)
        line = self._drawing
        part = line.part if line is not None and line.node is node and line.part < len(parts) else 0
        label = parts[part].copy()
        if part and node is self.cursor_node:  # Tree lights the cursor's first line only
            style += self.get_component_rich_style("tree--cursor", partial=False)
        label.stylize(style)
        if not node._allow_expand:
            return label
        icon = self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE
        return Text.assemble((icon if part == 0 else " " * Text(icon).cell_len, base_style + TOGGLE_STYLE), label)

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        lines = self._tree_lines
        if y >= len(lines):
            return super()._render_line(y, x1, x2, base_style)
        line = self._drawing = lines[y]
        try:
            strip = super()._render_line(y, 0, max(self.virtual_size.width, self.size.width), base_style)
        finally:
            self._drawing = None
        if line.part:
            guides = line._get_guide_width(self.guide_depth, self.show_root)
            head, tail = strip.divide([guides, strip.cell_length])[:2] if guides else (None, strip)
            if head is not None:
                head = Strip([Segment(t.translate(_CONTINUED), st, c) for t, st, c in head], head.cell_length)
                strip = Strip.join([head, tail])
        return strip.crop(x1, x2)

    def _get_label_region(self, line: int) -> Region | None:
        """All of a row's lines, so scrolling to it shows it whole."""
        region = super()._get_label_region(line)
        if region is None:
            return None
        node = self._tree_lines[line].node
        return Region(region.x, node._line, region.width, len(self._parts.get(node._id, ())) or 1)

    def validate_cursor_line(self, value: int) -> int:
        """The cursor stands on a row's first line."""
        value = super().validate_cursor_line(value)
        lines = self._tree_lines
        if 0 <= value < len(lines):
            first = lines[value].node._line
            if 0 <= first <= value:
                return first
        return value

    def action_cursor_down(self) -> None:
        node = self.cursor_node
        if self.cursor_line == -1 or node is None:
            super().action_cursor_down()
            return
        following = node._line + len(self._parts.get(node._id, ())) if node._id in self._parts else self.cursor_line + 1
        if following < len(self._tree_lines):
            self.cursor_line = following
        self.scroll_to_line(self.cursor_line, animate=False)

    def show_whole(self, node: TreeNode[Item]) -> None:
        """Let this row show all its lines (a chosen quote); the row shown whole before is cut again."""
        if node is self._whole:
            return
        cut = len(self._parts.get(node._id, ())) >= self.MAX_LINES or (self._whole is not None)
        self._whole = node
        if cut:
            self._clear_line_cache()
            self._updates += 1
            self.refresh(layout=True)
            self.call_after_refresh(self.scroll_to_node, node, animate=False)

    def show(self, analysis: Analysis | None, text: str) -> None:
        self._whole = self._reveal = None
        self.clear()
        if analysis is not None:
            self.fill(analysis, text)
        if not self.root.children:
            self.root.add_leaf(Text(self.EMPTY if analysis is not None else "Not analysed yet.", style="dim italic"))
        self.cursor_line = 0

    def fill(self, analysis: Analysis, text: str) -> None:  # pragma: no cover - each panel has its own
        raise NotImplementedError

    def on_tree_node_selected(self, event: Tree.NodeSelected[Item]) -> None:
        event.stop()
        self.jump(event.node)

    def jump(self, node: TreeNode[Item]) -> None:
        item = node.data
        if item is None or not item.mentions:
            return
        item.cursor = (item.cursor + 1) % len(item.mentions)
        if not node.children:
            self.show_whole(node)
        self.post_message(JumpTo(item.mentions[item.cursor], item.copy))

    @property
    def chosen(self) -> Item | None:
        node = self.cursor_node
        return node.data if node is not None else None

    def action_filter_library(self) -> None:
        item = self.chosen
        if item is None or not item.filter:
            self.notify("This row has nothing to filter the library by.", timeout=2)
            return
        self.post_message(FilterLibrary(item.filter))

    def choose(self, spans: tuple[tuple[int, int], ...]) -> bool:
        """Put the cursor on the row of this mention, shown whole, as Enter on it leaves it (a jump from a view).
        False if no row has it."""
        wanted = tuple(tuple(span) for span in spans)
        stack = list(self.root.children)
        while stack:
            node = stack.pop(0)
            stack[0:0] = list(node.children)
            item = node.data
            if node.children or item is None:
                continue
            found = [n for n, mention in enumerate(item.mentions) if tuple(tuple(s) for s in mention) == wanted]
            if found:
                item.cursor = found[0]
                if node.parent is not None:
                    node.parent.expand()
                self.show_whole(node)
                self.move_cursor(node)
                self._reveal = node
                self.call_after_refresh(self._scroll_to_reveal)
                return True
        return False

    def _scroll_to_reveal(self) -> None:
        """To the row `choose` put the cursor on, once its lines are wrapped to the panel's width: a tab just
        brought on view has no width until it is laid out, and its rows are one line each until then."""
        node = self._reveal
        if node is None or not self._wrapped or not self.size.height:
            return  # _build calls again once it has wrapped them
        self._reveal = None
        self.scroll_to_node(node, animate=False)

    def find_node(self, label_start: str) -> TreeNode[Item] | None:
        """The first node whose label starts with `label_start` (for tests and scripts)."""
        stack = list(self.root.children)
        while stack:
            node = stack.pop(0)
            if str(node.label.plain if isinstance(node.label, Text) else node.label).startswith(label_start):
                return node
            stack[0:0] = list(node.children)
        return None
