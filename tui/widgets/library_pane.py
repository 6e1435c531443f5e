"""The library pane: a filter line over the article list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import Input

from ..bindings import FILTER
from ..filter_rule import WORD_STARTS
from .library_list import LibraryList


class FilterInput(Input):
    """The library filter; each keystroke refilters the list."""

    BINDINGS = FILTER
    # Input sets its virtual size on every key, and that reactive lays the whole screen out again and
    # draws all of it; one line that scrolls within itself needs a repaint only (as the views' filter)
    virtual_size = Reactive(Size(0, 0), layout=False)
    HELP = f"""\
## Filter

Type to filter the library; every term must hold. {WORD_STARTS}

- words: in the title or the source
- `source:NAME` `speaker:NAME` `entity:NAME`: a name, or the start of a word of it (`speaker:put` finds Vladimir
  Putin; quote names with spaces: `speaker:"Vladimir Putin"`)
- `speaker:=NAME` `entity:=NAME`: the whole name, as `f` gives it (`speaker:=officials`)
- `date:2025`, `date:2025-09`, `date:2025-09-03`: published on, or mentioning, that day
- `is:unread` `is:starred` `is:read`

**Enter** or **↓** goes to the list; **Esc** clears the filter.
"""

    class Cancelled(Message):
        pass

    def action_cancel(self) -> None:
        self.value = ""
        self.screen.set_focus(self.screen.query_one(LibraryList))  # now: the next key typed is the list's
        self.post_message(self.Cancelled())

    def action_to_list(self) -> None:
        self.screen.query_one(LibraryList).focus()


class LibraryPane(Vertical):
    DEFAULT_CSS = """
    LibraryPane { height: 1fr; }
    LibraryPane FilterInput { display: none; border: none; height: 1; padding: 0 1; margin: 0 0 1 0; }
    /* Input's own focus border would take the one line the query is shown on */
    LibraryPane FilterInput:focus { border: none; }
    LibraryPane.-filtering FilterInput { display: block; }
    """

    def compose(self) -> ComposeResult:
        yield LibraryList(id="library-list")

    def filter_box(self, value: str = "") -> FilterInput:
        """The filter line, mounted above the list the first time it is asked for: hidden until then, it
        cost the reader's first frame Input's styles and a widget to lay out (~4% of the start)."""
        found = self.query(FilterInput)
        if found:
            return found.first()
        box = FilterInput(value, placeholder="filter: words source: speaker: entity: date: is:unread", id="filter")
        self.mount(box, before=0)
        return box
