"""Every key binding, in one place. Each has an id, so keys can be remapped by id."""

from __future__ import annotations

from textual.binding import Binding

APP = [
    Binding("q", "quit", "Quit", id="app.quit"),
    Binding("tab", "app.focus_next", "Next pane", show=False, id="app.focus_next"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="app.focus_previous"),
]

LIBRARY = [
    Binding("j", "cursor_down", "Down", show=False, id="library.down"),
    Binding("k", "cursor_up", "Up", show=False, id="library.up"),
    Binding("g", "first", "First", show=False, id="library.first"),
    Binding("G", "last", "Last", show=False, id="library.last"),
    Binding("m", "app.toggle_read", "Read/unread", id="library.toggle_read"),
    Binding("s", "app.toggle_star", "Star", id="library.star"),
]

ARTICLE = [
    Binding("j", "scroll_down", "Down", show=False, id="article.down"),
    Binding("k", "scroll_up", "Up", show=False, id="article.up"),
    Binding("g", "scroll_home", "Top", show=False, id="article.top"),
    Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
    Binding("space", "page_down", "Page down", show=False, id="article.page_down"),
    Binding("b", "page_up", "Page up", show=False, id="article.page_up"),
    Binding("escape,q", "app.back", "Back", id="article.back"),
    Binding("m", "app.toggle_read", "Read/unread", id="article.toggle_read"),
    Binding("s", "app.toggle_star", "Star", id="article.star"),
]
