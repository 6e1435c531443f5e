"""Every action as a command-palette entry (ctrl+p), so no feature hides behind a key."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from .entity_types import ENTITY_TYPES

if TYPE_CHECKING:
    from .app import NewsreaderApp

_ACTIONS = [
    ("Filter library", "Filter the library as you type (/): words, source:, speaker:, entity:, date:, is:unread", "filter"),
    ("Clear filter", "Show the whole library again", "clear_filter"),
    ("Find in article", "Find text in the open article (/), then n/N", "find"),
    ("Toggle read", "Mark the open article read or unread (m)", "toggle_read"),
    ("Star", "Star or unstar the open article (s)", "toggle_star"),
    ("Open URL", "Open the article's address in the web browser (o)", "open_url"),
    ("Copy", "Copy the chosen quote, else the article's URL (y)", "copy"),
    ("Re-analyse", "Run the analysis of the open article again (r)", "reanalyse"),
    ("Refresh feeds", "Fetch every subscribed feed; new articles come in at the top, unread (R)", "refresh_feeds"),
    ("Pause or resume analysis", "Pause or resume the background analysis of the library's articles (A)", "toggle_background"),
    ("Next unread", "Open the next unread article (n)", "next_unread"),
    ("Previous unread", "Open the previous unread article (p)", "previous_unread"),
    ("Speakers", "Everyone quoted across the library, most quoted first; Enter shows what they said (S)", "speakers"),
    ("Timeline", "The calendar dates the library's articles mention, day by day (T)", "timeline"),
    ("Quotes panel", "Show who said what in the open article (Q)", "show_panel('quotes')"),
    ("Dates panel", "Show the timeline of the open article (D)", "show_panel('dates')"),
    ("Entities panel", "Show the names in the open article (E)", "show_panel('entities')"),
    ("Toggle panels", "Show or hide the side panels (\\)", "toggle_panels"),
    ("Back", "Back to the library (Esc, q)", "back"),
    ("Help", "Show or hide the keys and help for the focused pane (? or F1; Esc closes it)", "toggle_help"),
]


def commands(app: NewsreaderApp) -> Iterator[SystemCommand]:
    for title, help_text, action in _ACTIONS:
        yield SystemCommand(title, help_text, partial(app.run_action, action))
    for n, kind in enumerate(ENTITY_TYPES, 1):
        yield SystemCommand(
            f"Highlight {kind}", f"Switch the highlighting of {kind.lower()} names on or off ({n})",
            partial(app.action_toggle_type, n - 1),
        )
