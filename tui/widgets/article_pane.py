"""The article pane: the text, a find line under it, and the entity legend at the foot."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from ..bindings import FIND
from ..entity_types import ENTITY_TYPES
from .article_view import ArticleView, app_colours


class FindBar(Input):
    """Find in the article: matches light up as you type; Enter keeps them for n/N."""

    BINDINGS = FIND
    HELP = "## Find\n\nType to find in the article. **Enter** keeps the matches (then **n/N** step through them); **Esc** clears them."

    def open(self, query: str) -> None:
        self.value = query
        self.parent.add_class("-finding")
        self.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.screen.query_one(ArticleView).find_query = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._close()

    def action_cancel(self) -> None:
        self.value = ""
        self.screen.query_one(ArticleView).find_query = ""
        self._close()

    def _close(self) -> None:
        view = self.screen.query_one(ArticleView)
        if not self.value:
            self.parent.remove_class("-finding")
        view.focus()


class Legend(Static):
    """One swatch per entity type, its key, and whether it is shown; plus the analysis status."""

    HELP = "Entity colours. Keys **1**–**6** in the article switch each type on and off."
    # the type names, shorter as the pane narrows, so that the status after them ("not analysed yet: …",
    # "analysis failed: …") is not the part cut off: full names, their first three letters, the swatches alone;
    # a status that does not fit beside even those goes on a line of its own
    _LABELS = ((None, "  "), (3, " "), (0, " "))  # (the characters of each name shown, the gap after it)

    _shown: tuple[frozenset[str], str] = (frozenset(), "")

    def show(self, hidden: frozenset[str], status: str = "") -> None:
        self._shown = (hidden, status)
        chars, gap, below = self._fit(self.content_size.width, status)
        colours = app_colours(self.app)
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for n, kind in enumerate(ENTITY_TYPES, 1):
            off = kind in hidden
            text.append(f"{n}", style="dim")
            text.append("■" if not off else "□", style=Style(color=colours.get(kind)))
            text.append(kind[:chars], style=Style(color=colours.get(kind), bold=not off, strike=off, dim=off))
            text.append(gap)
        if status:
            text.append("\n" if below else "")
            text.append(status, style="italic")
        self.update(text)

    def _fit(self, room: int, status: str) -> tuple[int | None, str, bool]:
        """The characters of each name shown, the gap after it, and whether the status goes on a line below: the
        longest names that leave room for the status beside them, else the longest that fit on their line."""
        if not room:  # before the first layout: the full names, until on_resize
            return None, "  ", False
        for beside in (True, False):
            for chars, gap in self._LABELS:
                swatches = sum(2 + len(kind[:chars]) + len(gap) for kind in ENTITY_TYPES)
                if swatches + (len(status) if beside else 0) <= room:
                    return chars, gap, not beside
        return 0, " ", bool(status)

    def on_resize(self) -> None:
        self.show(*self._shown)


class ArticlePane(Vertical):
    DEFAULT_CSS = """
    ArticlePane { height: 1fr; }
    ArticlePane ArticleView { height: 1fr; }
    ArticlePane FindBar { display: none; border: none; height: 1; padding: 0 1; }
    ArticlePane FindBar:focus { border: none; }
    ArticlePane.-finding FindBar { display: block; }
    ArticlePane Legend { height: auto; max-height: 2; padding: 0 1; background: $boost; }
    """

    def compose(self) -> ComposeResult:
        yield ArticleView(id="article")
        yield Legend(id="legend")

    def find_bar(self) -> FindBar:
        """The find line, mounted under the text the first time it is asked for (as the library's filter)."""
        found = self.query(FindBar)
        if found:
            return found.first()
        bar = FindBar(placeholder="find in the article", id="find")
        self.mount(bar, after=self.query_one(ArticleView))
        return bar

    def on_mount(self) -> None:
        self.call_after_refresh(self.refresh_legend)
        self.watch(self.query_one(ArticleView), "hidden", lambda: self.refresh_legend(), init=False)
        self.watch(self.app, "theme", lambda: self.refresh_legend(), init=False)

    def refresh_legend(self, status: str | None = None) -> None:
        if status is not None:
            self._status = status
        self.query_one(Legend).show(self.query_one(ArticleView).hidden, getattr(self, "_status", ""))
