"""The reader: the library on the left, the chosen article on the right."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, OptionList

from store.article import ReadingState
from store.errors import NewsreaderError
from store.library import Library

from .article_view import ArticleView
from .bindings import APP
from .library_list import LibraryList


class NewsreaderApp(App[None]):
    TITLE = "newsreader"
    BINDINGS = APP
    CSS = """
    LibraryList { width: 40%; min-width: 30; height: 1fr; border: round $panel; }
    ArticleView { width: 1fr; height: 1fr; border: round $panel; }
    LibraryList:focus-within, ArticleView:focus { border: round $accent; }
    """

    def __init__(self, library: Library, model: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.model = model
        self.current: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield LibraryList(id="library")
            yield ArticleView(id="article")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = str(self.library.path)
        self.reload_list()
        library_list = self.query_one(LibraryList)
        last = self.library.last_opened
        if last:
            library_list.select_id(last)
        elif library_list.option_count:
            library_list.highlighted = 0
        library_list.focus()

    def reload_list(self) -> None:
        library_list = self.query_one(LibraryList)
        library_list.show_articles(self.library.infos(), self.library.states())
        library_list.border_title = f"Library ({len(self.library)})"

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.show_article(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.show_article(event.option.id)
            self.set_state(event.option.id, read=True)
            self.library.last_opened = event.option.id
            self.query_one(ArticleView).focus()

    def show_article(self, article_id: str) -> None:
        if article_id == self.current:
            return
        try:
            article = self.library.get(article_id)
        except NewsreaderError as err:
            self.notify(str(err), severity="error", markup=False)
            return
        self.current = article_id
        self.query_one(ArticleView).show(article)

    def set_state(self, article_id: str, **change: bool) -> ReadingState:
        try:
            state = self.library.set_state(article_id, **change)
        except NewsreaderError as err:
            self.notify(str(err), severity="error", markup=False)
            return self.library.state(article_id)
        self.query_one(LibraryList).refresh_article(self.library.info(article_id), state)
        return state

    def action_toggle_read(self) -> None:
        if self.current:
            state = self.set_state(self.current, read=not self.library.state(self.current).read)
            self.notify("Marked read" if state.read else "Marked unread", timeout=1.5)

    def action_toggle_star(self) -> None:
        if self.current:
            state = self.set_state(self.current, starred=not self.library.state(self.current).starred)
            self.notify("Starred" if state.starred else "Unstarred", timeout=1.5)

    def action_back(self) -> None:
        self.query_one(LibraryList).focus()
