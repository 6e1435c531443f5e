"""The library pane's list: one two-line option per article, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress

from rich.text import Text
from textual.geometry import Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.article import ArticleInfo, ReadingState
from store.text import clean_line

from ..bindings import LIBRARY
from ..byline import byline

ROW_HEIGHT = 2  # every prompt is exactly two unwrapped lines: title, then source · date


def article_prompt(info: ArticleInfo, state: ReadingState) -> Text:
    """Marker and title (bold while unread), then source and date, dimmed. Never wraps."""
    marker = "★" if state.starred else ("●" if not state.read else " ")
    weight = "bold" if not state.read else ""
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    prompt.append(f"{marker} ", style=weight)
    prompt.append(clean_line(info.title) or "(untitled)", style=weight)
    prompt.append("\n  ")
    prompt.append(byline(info) or "—", style="dim")
    return prompt


class ArticleOption(Option):
    """A row whose prompt is built when it is first drawn: 10,000 prompts cost 0.2 s, a screenful 1 ms."""

    def __init__(self, info: ArticleInfo, state: ReadingState) -> None:
        super().__init__(None, id=info.id)
        self.info, self.state = info, state

    @property
    def prompt(self) -> Text:
        if self._prompt is None:
            self._prompt = article_prompt(self.info, self.state)
        return self._prompt

    def restate(self, info: ArticleInfo, state: ReadingState) -> None:
        self.info, self.state = info, state
        self._prompt = self._visual = None  # drawn afresh next time


class LibraryList(OptionList):
    """Articles in the library. Enter opens the highlighted one."""

    BINDINGS = LIBRARY
    HELP = """\
## Library

The articles in the library, newest first. ● unread, ★ starred.

- **j/k**, arrows, **g/G**, **space/b**: move
- **Enter**: open the article (marks it read)
- **/**: filter as you type; words match titles and sources, and these combine:
  `source:reuters` `speaker:putin` `entity:tianjin` `date:2025-09` `is:unread` `is:starred`
- **Esc**: clear the filter
- **m** read/unread, **s** star, **n/p** next/previous unread, **o** open the URL
- **A**: pause or resume the background analysis (articles without one are analysed one by one,
  the shown one first; the title above says how far it is)
"""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # one option per article and state, kept: a filter only picks among them
        self._options_by_id: dict[str, ArticleOption] = {}

    def option_for(self, info: ArticleInfo, state: ReadingState) -> ArticleOption:
        option = self._options_by_id.get(info.id)
        if option is None:
            option = self._options_by_id[info.id] = ArticleOption(info, state)
        return option

    def show_articles(self, infos: Iterable[ArticleInfo], states: dict[str, ReadingState], keep: str | None = None) -> None:
        """Replace the rows, keeping `keep` highlighted if it is still there."""
        default = ReadingState()
        self.set_options(self.option_for(i, states.get(i.id, default)) for i in infos)
        if keep is not None:
            self.select_id(keep)
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def refresh_article(self, info: ArticleInfo, state: ReadingState) -> None:
        option = self._options_by_id.get(info.id)
        if option is None:
            return
        option.restate(info, state)
        with suppress(OptionDoesNotExist):  # filtered out: it is drawn afresh when it returns
            self.replace_option_prompt(info.id, option.prompt)

    def select_id(self, article_id: str) -> bool:
        with suppress(OptionDoesNotExist):  # removed meanwhile, by another newsreader
            self.highlighted = self.get_option_index(article_id)
            return True
        return False

    # OptionList measures every prompt's wrapped height (10,000 rows: 0.5 s per
    # filter keystroke). Ours have a fixed height, so the line map is arithmetic.
    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        start = len(cache.lines) // ROW_HEIGHT
        count = len(self.options)
        if start < count:
            cache.lines.extend((index, line) for index in range(start, count) for line in range(ROW_HEIGHT))
            cache.heights.update(dict.fromkeys(range(start, count), ROW_HEIGHT))
            cache.index_to_line.update({index: index * ROW_HEIGHT for index in range(start, count)})
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(cache.lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.options) * ROW_HEIGHT

    # "/" and Esc belong to the pane around the list; the app owns the filter
    def action_filter(self) -> None:
        self.app.open_filter()

    def action_clear_filter(self) -> None:
        if self.app.query_one("#filter").value:
            self.app.clear_filter()
