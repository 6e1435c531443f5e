"""Every key binding, in one place. Each has an id, so keys can be remapped by id.

Panes reach app-wide actions through the "app." prefix; the app's own bindings
apply wherever the focused pane does not claim the key first.
"""

from __future__ import annotations

from textual.binding import Binding

from .entity_types import ENTITY_TYPES

APP = [
    # q quits from the library and goes back elsewhere: one binding each, so that the key bar says which (the
    # back one is not shown: Escape, shown beside it, does the same)
    Binding("q", "quit_reader", "Quit", id="app.quit", tooltip="Quit newsreader"),
    Binding("q", "back_or_quit", "Back", show=False, id="app.back", tooltip="Back to the library"),
    Binding("question_mark,f1", "toggle_help", "Help", key_display="?", id="app.help"),
    # priority, over the panes' own Escape: shown, and on, only while the help is open
    Binding("escape", "close_help", "Close help", id="app.close_help", priority=True),
    Binding("tab", "app.focus_next", "Next pane", show=False, id="app.focus_next"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="app.focus_previous"),
    Binding("m", "toggle_read", "Read", show=False, id="app.toggle_read"),
    Binding("s", "toggle_star", "Star", show=False, id="app.star"),
    Binding("o", "open_url", "Open URL", show=False, id="app.open_url"),
    Binding("y", "copy", "Copy", show=False, id="app.copy", tooltip="Copy the chosen quote, else the URL"),
    Binding("r", "reanalyse", "Re-analyse", show=False, id="app.reanalyse"),
    Binding("t", "change_theme", "Theme", show=False, id="app.theme"),
    Binding("R", "refresh_feeds", "Refresh feeds", show=False, id="app.refresh_feeds",
            tooltip="Fetch every subscribed feed; new articles come in at the top, unread"),
    Binding("A", "toggle_background", "Pause analysis", show=False, id="app.background",
            tooltip="Pause or resume the background analysis of the library's articles"),
    Binding("n", "next_unread", "Next unread", show=False, id="app.next_unread"),
    Binding("p", "previous_unread", "Prev unread", show=False, id="app.previous_unread"),
    Binding("backslash", "toggle_panels", "Panels", key_display="\\", id="app.panels"),
    Binding("Q", "show_panel('quotes')", "Quotes", show=False, id="app.quotes"),
    Binding("D", "show_panel('dates')", "Dates", show=False, id="app.dates"),
    Binding("E", "show_panel('entities')", "Entities", show=False, id="app.entities"),
    Binding("S", "speakers", "Speakers", id="app.speakers",
            tooltip="Everyone quoted across the library, most quoted first; Enter shows what they said"),
    Binding("T", "timeline", "Timeline", id="app.timeline",
            tooltip="The calendar dates the library's articles mention, day by day"),
]

LIBRARY = [
    Binding("j", "cursor_down", "Down", show=False, id="library.down"),
    Binding("k", "cursor_up", "Up", show=False, id="library.up"),
    Binding("g", "first", "First", show=False, id="library.first"),
    Binding("G", "last", "Last", show=False, id="library.last"),
    Binding("space", "page_down", "Page down", show=False, id="library.page_down"),
    Binding("b", "page_up", "Page up", show=False, id="library.page_up"),
    # priority: handled as the app receives it, before the keys typed after it go to the list
    Binding("slash", "filter", "Filter", key_display="/", id="library.filter", priority=True),
    Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear_filter"),
]

FILTER = [
    # priority, as the views' (VIEW): a key typed just after Esc goes to the list, not into the filter before Esc
    Binding("escape", "cancel", "Clear", id="filter.cancel", priority=True),
    Binding("down", "to_list", "To list", show=False, id="filter.to_list"),
]

ARTICLE = [
    Binding("j", "scroll_down", "Down", show=False, id="article.down"),
    Binding("k", "scroll_up", "Up", show=False, id="article.up"),
    Binding("g", "scroll_home", "Top", show=False, id="article.top"),
    Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
    Binding("space", "page_down", "Page down", show=False, id="article.page_down"),
    Binding("b", "page_up", "Page up", show=False, id="article.page_up"),
    Binding("slash", "find", "Find", key_display="/", id="article.find"),
    Binding("n", "find_next", "Next match", show=False, id="article.find_next"),
    Binding("N", "find_previous", "Previous match", show=False, id="article.find_previous"),
    Binding("escape", "app.back", "Back", id="article.back"),
    *(
        Binding(str(n), f"toggle_type({n - 1})", f"{kind} on/off", show=False, id=f"article.toggle_type_{n}")
        for n, kind in enumerate(ENTITY_TYPES, 1)
    ),
]

FIND = [
    Binding("escape", "cancel", "Close find", id="find.cancel"),
]

PANEL = [
    Binding("j", "cursor_down", "Down", show=False, id="panel.down"),
    Binding("k", "cursor_up", "Up", show=False, id="panel.up"),
    Binding("g", "scroll_home", "Top", show=False, id="panel.top"),
    Binding("G", "scroll_end", "Bottom", show=False, id="panel.bottom"),
    Binding("enter", "select_cursor", "Go to", key_display="⏎", id="panel.go_to",
            tooltip="Scroll the article to this item and mark it; again: its next mention"),
    Binding("f", "filter_library", "Filter library", id="panel.filter_library",
            tooltip="Show every article quoting this speaker, mentioning this name, or dated this day"),
    Binding("escape", "app.back", "Back", id="panel.back"),
    # the panels are the article's: `/` finds in it, as it does there (it did nothing here)
    Binding("slash", "app.find", "Find in article", key_display="/", show=False, id="panel.find"),
]

# the views across the library (tui/screens/): long lists of rows
ROWS = [
    Binding("down,j", "cursor(1)", "Down", show=False, id="rows.down"),
    Binding("up,k", "cursor(-1)", "Up", show=False, id="rows.up"),
    Binding("home,g", "first", "First", show=False, id="rows.first"),
    Binding("end,G", "last", "Last", show=False, id="rows.last"),
    Binding("pagedown,space", "page(1)", "Page down", show=False, id="rows.page_down"),
    Binding("pageup,b", "page(-1)", "Page up", show=False, id="rows.page_up"),
    Binding("enter", "choose", "Open", key_display="⏎", id="rows.choose"),
]

VIEW = [
    # priority, both: handled as the app receives Esc, so that the keys typed just after it go where it sends them
    # (in the filter's own queue, a "q" typed fast after Esc went into the filter, and Esc came after it)
    Binding("escape", "clear_filter", "Clear", id="view.clear_filter", priority=True),  # while the filter is typed in
    Binding("escape", "back", "Back", id="view.back", priority=True,
            tooltip="Clear the filter, else back to where you were"),
    Binding("q", "close", "Reader", id="view.close", tooltip="Back to the reader"),
    # priority, as the library's: the keys typed right after it go to the filter
    Binding("slash", "filter", "Filter", key_display="/", id="view.filter", priority=True),
]

# a speaker's row opens their quotes, not an article: the key bar says so
SPEAKER_ROWS = [
    Binding("enter", "choose", "Quotes", key_display="⏎", id="speakers.quotes",
            tooltip="What this speaker said, across articles, newest first"),
]

SPEAKERS = [
    Binding("f", "filter_library", "Filter library", id="speakers.filter_library",
            tooltip="Back to the reader, showing every article quoting this speaker"),
]

TIMELINE = [
    Binding("f", "filter_library", "Filter library", id="timeline.filter_library",
            tooltip="Back to the reader, showing every article dated or mentioning this day"),
]

QUOTES = [
    Binding("y", "copy", "Copy", id="quotes.copy", tooltip="Copy the quote"),
]

VIEW_FILTER = [
    Binding("escape", "cancel", "Clear", id="view_filter.cancel"),
    Binding("down", "to_rows", "To list", show=False, id="view_filter.to_rows"),
]
