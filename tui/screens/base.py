"""What the views across the library share: a pane with a filter line over a long list of rows,
and the reader's key bar below it, naming the keys that apply there.

A view is a Screen pushed over the reader once its index is built (tui/views.py: the records
are read and counted in a thread, then the screen is pushed with its rows, so that its first
frame is the full one). Esc clears its filter, else goes back one screen; q goes back to the
reader from any depth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widgets import Input, Static

from ..bindings import VIEW, VIEW_FILTER
from ..filter_rule import WORD_STARTS
from ..widgets.footer import KeyFooter
from ..widgets.rows import RowList

if TYPE_CHECKING:
    from store.article import ArticleInfo
    from store.mentions import LibraryRecords

    from ..views import KeptViews


class ViewFilter(Input):
    """Filters the view's rows as you type."""

    BINDINGS = VIEW_FILTER
    HELP = f"""\
## Filter

Type to filter the list. {WORD_STARTS}

**Enter** or **↓** goes to the list; **Esc** clears the filter.
"""
    # Input sets its virtual size on every key, and that reactive lays the whole screen out again and
    # draws all of it (half a key's time at 160x48); one line that scrolls within itself needs a repaint only
    virtual_size = Reactive(Size(0, 0), layout=False)

    class Cancelled(Message):
        pass

    def action_cancel(self) -> None:
        self.value = ""
        self.post_message(self.Cancelled())

    def action_to_rows(self) -> None:
        self.screen.query_one(RowList).focus()


class LibraryView(Screen):
    """A view across the library. Subclasses compose their rows and say how to build them from the records."""

    BINDINGS = VIEW
    DEFAULT_CSS = """
    LibraryView #view-pane {
        height: 1fr; border: round $accent; border-title-color: $text; border-subtitle-color: $text-muted; padding: 0 1;
    }
    LibraryView #view-filter-line { display: none; height: 1; margin: 0 0 1 0; }
    LibraryView #view-pane.-filtering #view-filter-line { display: block; }
    LibraryView ViewFilter { border: none; height: 1; padding: 0; width: 1fr; }
    /* Input's own focus border would take the one line the query is shown on: what is typed went unseen */
    LibraryView ViewFilter:focus { border: none; }
    LibraryView #view-count { width: 30; color: $text-muted; text-align: right; }
    LibraryView .columns { color: $text-muted; height: 1; }
    """
    FILTER_HINT = "filter"
    OPENED_BY = ""  # the reader's action that opens this view (off while it is on screen)
    follows_the_library = False  # made again as analyses come in, while on screen (`update_built`)

    def __init__(self, built: Any) -> None:
        """`built`: what `build` made, in a thread, before the view was pushed."""
        super().__init__()
        self.built = built
        self.loaded = False  # the rows are in (tests and benchmarks wait for it)

    def compose(self) -> ComposeResult:
        # no header: a dozen widgets to style. The key bar is the reader's own, one widget drawing one line
        with Vertical(id="view-pane"):
            with Horizontal(id="view-filter-line"):
                yield ViewFilter(placeholder=self.FILTER_HINT, id="view-filter")
                yield Static(id="view-count")
            yield from self.compose_rows()
        yield KeyFooter()

    def compose_rows(self) -> ComposeResult:  # pragma: no cover - each view has its own
        yield Static()

    def on_mount(self) -> None:
        # the rows are set before the first frame: one frame of the whole screen, not one empty and then a full one;
        # focused now, not after the messages queued (focus()): the key bar's first frame names the list's keys
        self.set_focus(self.rows)
        self.show_built(self.built)
        self.apply_filter("")
        self.loaded = True

    @property
    def rows(self) -> RowList:
        return self.query_one(RowList)

    @property
    def query_text(self) -> str:
        return self.query_one(ViewFilter).value

    def set_title(self, title: str) -> None:
        # a Text, not a str: names come from articles, and a str title is read as markup
        self.query_one("#view-pane").border_title = Text(title)

    def set_count(self, shown: int, total: int, things: str) -> None:
        """Beside the filter, how many rows it lets through ("83 of 7,801 speakers"). Not in the title: a new
        title draws the whole pane again."""
        # a fixed width, so no layout: a layout draws the whole screen again, 20 ms a key at 160x48
        self.query_one("#view-count", Static).update(Text(f"{shown:,} of {total:,} {things}"), layout=False)

    # -- what a view is built from, in the reader's thread for the views --------------------

    @classmethod
    def build(cls, records: LibraryRecords, infos: dict[str, ArticleInfo], kept: KeptViews) -> Any:
        """The view's index, from the library's records (read in a thread, before the view is pushed)."""
        raise NotImplementedError  # pragma: no cover - each view has its own

    @classmethod
    def prepare(cls, built: Any) -> None:
        """Work that can wait until the view is drawn (in a thread, then)."""

    def show_built(self, built: Any) -> None:  # pragma: no cover - each view has its own
        raise NotImplementedError

    def update_built(self, built: Any) -> None:
        """The view made again (analyses came in): its filter kept, and its cursor where it was if that row is
        still there."""
        kept = self.kept_row()
        self.built = built
        self.show_built(built)
        self.apply_filter(self.query_text)
        if kept is not None:
            self.rows.select(self.row_for(kept))

    def kept_row(self) -> object | None:
        """What the cursor is on, in terms that outlive the index (a speaker's name, a date)."""
        return None

    def row_for(self, kept: object) -> object:
        """The row of the new index for what `kept_row` gave."""
        return kept

    def apply_filter(self, text: str) -> None:  # pragma: no cover - each view has its own
        raise NotImplementedError

    # -- keys ------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, ViewFilter):
            self.apply_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, ViewFilter):
            self.rows.focus()

    def on_view_filter_cancelled(self, _: ViewFilter.Cancelled) -> None:
        self.query_one("#view-pane").remove_class("-filtering")
        self.rows.focus()

    def action_filter(self) -> None:
        box = self.query_one(ViewFilter)
        if self.focused is box:
            raise SkipAction()  # a priority binding: a `/` typed into the filter is text
        self.query_one("#view-pane").add_class("-filtering")
        # focused now, not after the messages already queued: the keys typed just after `/` are in that queue
        self.set_focus(box)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return isinstance(self.focused, ViewFilter)
        if action == "back":
            return not isinstance(self.focused, ViewFilter)
        return super().check_action(action, parameters)

    def action_clear_filter(self) -> None:
        self.query_one(ViewFilter).action_cancel()
        self.set_focus(self.rows)  # now: the next key typed is the list's

    def action_back(self) -> None:
        if self.query_text:
            self.query_one(ViewFilter).action_cancel()
            return
        self.app.pop_screen()

    def action_close(self) -> None:
        self.app.close_views()
