"""The library pane: one option per article, newest first."""

from __future__ import annotations

from contextlib import suppress

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.article import ArticleInfo, ReadingState
from store.text import clean_line

from .bindings import LIBRARY
from .output import byline


def article_prompt(info: ArticleInfo, state: ReadingState) -> Text:
    """Title on the first line (bold while unread), source and date under it, dimmed."""
    marker = "★" if state.starred else ("●" if not state.read else " ")
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append(f"{marker} ", style="bold" if not state.read else "")
    prompt.append(clean_line(info.title) or "(untitled)", style="bold" if not state.read else "")
    meta = byline(info)
    if meta:
        prompt.append("\n  ")
        prompt.append(meta, style="dim")
    return prompt


class LibraryList(OptionList):
    """Articles in the library. Enter opens the highlighted one."""

    BINDINGS = LIBRARY
    HELP = "The library, newest first. j/k move, Enter opens, m marks read, s stars."

    def show_articles(self, infos: list[ArticleInfo], states: dict[str, ReadingState]) -> None:
        self.clear_options()
        self.add_options(Option(article_prompt(i, states.get(i.id, ReadingState())), id=i.id) for i in infos)

    def refresh_article(self, info: ArticleInfo, state: ReadingState) -> None:
        self.replace_option_prompt(info.id, article_prompt(info, state))

    def select_id(self, article_id: str) -> None:
        with suppress(OptionDoesNotExist):  # removed meanwhile, by another newsreader
            self.highlighted = self.get_option_index(article_id)
