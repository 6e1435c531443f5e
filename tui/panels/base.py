"""What the three panels share: a Tree whose items jump to mentions and filter the library."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from store.analysis.types import Analysis

from ..bindings import PANEL
from ..messages import FilterLibrary, JumpTo


@dataclass
class Item:
    """A panel row: the mentions it stands for (each one or more spans) and its library filter."""

    mentions: list[tuple[tuple[int, int], ...]] = field(default_factory=list)
    filter: str = ""  # a query term, e.g. speaker:"Vladimir Putin"; "" when the row has none
    copy: str = ""  # what `y` copies
    cursor: int = -1  # the mention last jumped to; Enter moves on


def clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class AnalysisTree(Tree[Item]):
    """A panel of the current article's analysis. Enter jumps; repeated Enter cycles mentions."""

    BINDINGS = PANEL
    EMPTY = "Nothing found in this article."

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(Text(""), *args, **kwargs)
        self.show_root = False
        self.auto_expand = False  # Enter jumps; space folds

    def show(self, analysis: Analysis | None, text: str) -> None:
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

    def find_node(self, label_start: str) -> TreeNode[Item] | None:
        """The first node whose label starts with `label_start` (for tests and scripts)."""
        stack = list(self.root.children)
        while stack:
            node = stack.pop(0)
            if str(node.label.plain if isinstance(node.label, Text) else node.label).startswith(label_start):
                return node
            stack[0:0] = list(node.children)
        return None
