"""The library pane's list: two lines an article, newest first, drawn only where they are on screen.

A Line API widget over the articles shown (an ArticleSet: filtered, ordered, indexed). It
holds no object per article: its height is arithmetic (two lines a row), and a frame asks
for the rows on screen only. Filling it with 100,000 articles, filtering and scrolling cost
the rows shown, not the library; the strips of recent rows are cached.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar, Protocol

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from store.article import ArticleInfo, ReadingState
from store.text import clean_line

from ..bindings import LIBRARY
from ..byline import byline
from ..filter_rule import WORD_STARTS

ROW_HEIGHT = 2  # every row is two lines: marker and title, then source · date
_DEFAULT = ReadingState()


class Rows(Protocol):
    """What the list shows: an ArticleSet, or any sequence of articles that can find one by id."""

    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> ArticleInfo: ...
    def position(self, article_id: str) -> int | None: ...


def article_row(info: ArticleInfo, state: ReadingState, width: int | None = None) -> tuple[Content, Content]:
    """Marker and title (bold while unread), then source and date, dimmed. Article text is never markup.
    With `width`, a source too long for it is cut so that the date stays whole ("Wikin… · 2020-01-10", not
    "Wikinews · 2020-01-…": in a narrow list the date is what tells rows apart)."""
    marker = "★" if state.starred else ("●" if not state.read else " ")
    weight = "bold" if not state.read else ""
    title = Content.assemble((f"{marker} ", weight), (clean_line(info.title) or "(untitled)", weight))
    meta = byline(info) or "—"
    if width is not None and len(meta) + 2 > width and info.published and info.source:
        when = info.published.isoformat()
        room = width - 2 - len(" · ") - len(when)  # cells left for the source, its "…" included
        if room >= 4:
            meta = f"{Content(clean_line(info.source)).truncate(room, ellipsis=True).plain} · {when}"
    return title, Content.assemble("  ", (meta, "dim"))


class LibraryList(ScrollView, can_focus=True):
    """Articles in the library. Enter opens the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", show=False, id="library.open"),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        *LIBRARY,
    ]
    HELP = f"""\
## Library

The articles in the library, newest first. ● unread, ★ starred.

- **j/k**, arrows, **g/G**, **space/b**: move
- **Enter**: open the article (marks it read)
- **/**: filter as you type; words match titles and sources, and these combine:
  `source:reuters` `speaker:putin` `entity:tianjin` `date:2025-09` `is:unread` `is:starred`.
  {WORD_STARTS}
- **Esc**: clear the filter
- **m** read/unread, **s** star, **n/p** next/previous unread, **o** open the URL
- **A**: pause or resume the background analysis (articles without one are analysed one by one,
  the shown one first; the title above says how far it is)
"""
    # the look of Textual's OptionList, which this list replaced
    DEFAULT_CSS = """
    LibraryList {
        height: 1fr;
        padding: 0 1;
        color: $foreground;
        background: $surface;
        overflow-x: hidden;
        & > .library-list--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .library-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .library-list--hover {
            background: $block-hover-background;
        }
    }
    """
    # no class for a plain row: it has no rules of its own, and each component class costs the start ~1 M instructions
    COMPONENT_CLASSES: ClassVar[set[str]] = {"library-list--cursor", "library-list--hover"}

    class RowMessage(Message):
        def __init__(self, library_list: LibraryList, article_id: str, index: int) -> None:
            super().__init__()
            self.library_list, self.article_id, self.index = library_list, article_id, index

        @property
        def control(self) -> LibraryList:
            return self.library_list

    class Highlighted(RowMessage):
        """The cursor is on another article."""

    class Selected(RowMessage):
        """Enter or a click on an article: open it."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._articles: Rows | Sequence[ArticleInfo] = ()
        self._states: Mapping[str, ReadingState] = {}
        self.empty_text = ""  # said in place of the rows when there are none: why, and what to do
        self._restated: dict[str, tuple[ArticleInfo, ReadingState]] = {}  # rows changed since the set was given
        self._cursor: int | None = None
        self._announced: str | None = None  # the article the last Highlighted was about
        self._hover: int | None = None
        self._strips: LRUCache[tuple, tuple[Strip, Strip]] = LRUCache(512)
        self._when_drawn: list[Callable[[], object]] = []

    # -- what is shown -----------------------------------------------------------

    def show_articles(self, articles: Rows, states: Mapping[str, ReadingState], keep: str | None = None) -> None:
        """Show these articles from the top, the cursor on `keep` if it is among them, else on the first.

        `states` is read as rows are drawn, so the caller's own mapping keeps the marks current.
        """
        self._set_rows(articles, states)
        self.scroll_to(y=0, animate=False, immediate=True)
        at = self.position(keep) if keep is not None else None
        self._move_cursor(at if at is not None else 0)

    def replace_articles(self, articles: Rows, states: Mapping[str, ReadingState]) -> None:
        """The library changed under the reader (articles came, went or changed): show the new set
        with the cursor on the same article, at the same height on screen. If that article is gone,
        the cursor keeps its place in the list."""
        article_id, at = self.highlighted_id, self._cursor
        on_screen = at * ROW_HEIGHT - self.scroll_offset.y if at is not None else 0
        self._set_rows(articles, states)
        found = self.position(article_id) if article_id is not None else None
        if found is None:
            found = min(at or 0, len(articles) - 1)
        self.scroll_to(y=max(0, found * ROW_HEIGHT - on_screen), animate=False, immediate=True)
        self._move_cursor(found)

    def refresh_article(self, info: ArticleInfo, state: ReadingState) -> None:
        """One article's title or marks changed: its row is drawn afresh (if shown at all)."""
        self._restated[info.id] = (info, state)
        self._refresh_rows(self.position(info.id))

    def _set_rows(self, articles: Rows, states: Mapping[str, ReadingState]) -> None:
        self._articles, self._states = articles, states
        self._restated.clear()
        self._hover = None
        self._cursor = None
        self._update_virtual_size()
        self.refresh()

    def when_drawn(self, callback: Callable[[], object]) -> None:
        """Call `callback` (on the app, once) when a frame draws rows of what the list shows now; at once if
        it shows none. The reader holds back its slower start-up work until its first rows are on screen."""
        if not self._articles:
            self.app.call_later(callback)
        else:
            self._when_drawn.append(callback)

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._articles) * ROW_HEIGHT)

    # -- reading it ----------------------------------------------------------------

    @property
    def articles(self) -> Rows | Sequence[ArticleInfo]:
        return self._articles

    @property
    def row_count(self) -> int:
        return len(self._articles)

    def article(self, index: int) -> tuple[ArticleInfo, ReadingState]:
        info = self._articles[index]
        restated = self._restated.get(info.id)
        return restated if restated is not None else (info, self._states.get(info.id, _DEFAULT))

    def id_at(self, index: int) -> str:
        return self._articles[index].id

    def row(self, index: int) -> tuple[Content, Content]:
        """The two lines of a row, as drawn before they are cut to the width."""
        return article_row(*self.article(index))

    def position(self, article_id: str) -> int | None:
        """Where the article is in the list, or None."""
        articles = self._articles
        if hasattr(articles, "position"):
            return articles.position(article_id)
        return next((n for n, info in enumerate(articles) if info.id == article_id), None)

    # -- the cursor ----------------------------------------------------------------

    @property
    def highlighted(self) -> int | None:
        """The row under the cursor, or None when the list is empty."""
        return self._cursor

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        self._move_cursor(index)

    @property
    def highlighted_id(self) -> str | None:
        return None if self._cursor is None else self.id_at(self._cursor)

    def select_id(self, article_id: str) -> bool:
        """Put the cursor on this article; False if it is not in the list (removed, or filtered out)."""
        at = self.position(article_id)
        if at is None:
            return False
        self._move_cursor(at)
        return True

    def _move_cursor(self, index: int | None) -> None:
        count = len(self._articles)
        index = None if index is None or not count else max(0, min(index, count - 1))
        old, self._cursor = self._cursor, index
        if old != index:
            self._refresh_rows(old, index)
        if index is None:
            self._announced = None
            return
        self.scroll_to_highlight()
        article_id = self.id_at(index)
        if article_id != self._announced:
            self._announced = article_id
            self.post_message(self.Highlighted(self, article_id, index))

    def scroll_to_highlight(self) -> None:
        if self._cursor is None or not self.is_mounted:
            return
        self.scroll_to_region(
            Region(0, self._cursor * ROW_HEIGHT, self.scrollable_content_region.width, ROW_HEIGHT),
            animate=False, force=True, immediate=True,
        )

    def _refresh_rows(self, *rows: int | None) -> None:
        for index in rows:
            if index is not None:
                self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)

    def _rows_per_page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_cursor_down(self) -> None:
        self._move_cursor(0 if self._cursor is None else self._cursor + 1)

    def action_cursor_up(self) -> None:
        self._move_cursor(0 if self._cursor is None else self._cursor - 1)

    def action_first(self) -> None:
        self._move_cursor(0)

    def action_last(self) -> None:
        self._move_cursor(len(self._articles) - 1)

    def action_page_down(self) -> None:
        if self._cursor is None:
            self.action_last()
        else:
            self._move_cursor(self._cursor + self._rows_per_page())

    def action_page_up(self) -> None:
        if self._cursor is None:
            self.action_first()
        else:
            self._move_cursor(self._cursor - self._rows_per_page())

    def action_select(self) -> None:
        if self._cursor is not None:
            self.post_message(self.Selected(self, self.id_at(self._cursor), self._cursor))

    # "/" and Esc belong to the pane around the list; the app owns the filter
    def action_filter(self) -> None:
        self.app.open_filter()

    def action_clear_filter(self) -> None:
        box = self.app.query("#filter")  # mounted when first opened
        if box and box.first().value:
            self.app.clear_filter()

    # -- the mouse -----------------------------------------------------------------

    def _row_under(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        index = (offset.y + self.scroll_offset.y) // ROW_HEIGHT
        return index if index < len(self._articles) else None

    def _on_click(self, event: events.Click) -> None:
        index = self._row_under(event)
        if index is not None:
            self._move_cursor(index)
            self.action_select()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        index = self._row_under(event)
        if index != self._hover:
            old, self._hover = self._hover, index
            self._refresh_rows(old, index)

    def _on_leave(self, _: events.Leave) -> None:
        old, self._hover = self._hover, None
        self._refresh_rows(old)

    # -- drawing -------------------------------------------------------------------

    def _on_resize(self, _: events.Resize) -> None:
        self._update_virtual_size()
        self.scroll_to_highlight()

    def on_show(self) -> None:
        self.scroll_to_highlight()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()  # a theme or the focus changed the cursor's colours

    def _row_style(self, index: int) -> Style:
        if index == self._cursor:
            return self.get_visual_style("library-list--cursor")
        if index == self._hover:
            return self.get_visual_style("library-list--hover")
        return self.get_visual_style()

    def _empty_line(self, y: int, width: int) -> Strip:
        from textwrap import wrap

        lines = wrap(self.empty_text, max(8, width - 2))
        text = Content(f" {lines[y]}" if y < len(lines) else "").stylize("dim italic")
        style = self.get_visual_style()
        return Strip(text.truncate(width, pad=True).render_segments(style), width)

    def render_line(self, y: int) -> Strip:
        index, line = divmod(self.scroll_offset.y + y, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        if index >= len(self._articles):
            if not self._articles and self.empty_text:
                return self._empty_line(self.scroll_offset.y + y, width)
            return Strip.blank(width, self.get_visual_style().rich_style)
        if self._when_drawn:  # the frame being made is written out before the app's next message
            for callback in self._when_drawn:
                self.app.call_later(callback)
            self._when_drawn.clear()
        info, state = self.article(index)
        style = self._row_style(index)
        key = (info, state, width, style)
        strips = self._strips.get(key)
        if strips is None:
            strips = self._strips[key] = tuple(
                Strip(text.truncate(width, ellipsis=True, pad=True).render_segments(style), width)
                for text in article_row(info, state, width)
            )
        return strips[line]
