"""The article pane's text: a centred column with entities, find matches and marks laid over it.

The Text is wrapped here, not by the Static, so that every shown offset has a
known line: jumping to a quote scrolls to the exact line it starts on.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from rich.text import Text
from textual.color import Color
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from ..bindings import ARTICLE
from ..entity_types import ENTITY_TYPES, TYPE_COLOURS

if TYPE_CHECKING:
    from rich.console import Console
    from textual.app import App

    from store.analysis.types import Analysis
    from store.article import Article

    from ..highlight import ArticleDoc

# tui/highlight.py is imported where an article is first shown, not above: its classes (dataclasses,
# each made when the module is imported) cost the reader's start 1% before the first screen, which shows none


COLUMN = 90  # the reading column's widest, padding included
PADDING = 2
_TYPES = list(ENTITY_TYPES)


def theme_colours(variables: dict[str, str]) -> dict[str, str]:
    """Concrete hex colours for highlights, from the theme's CSS variables."""
    names = (*TYPE_COLOURS.values(), "warning-muted", "block-cursor-background", "block-cursor-foreground")
    return dict(_theme_colours(tuple((name, variables.get(name)) for name in names)))


_BY_APP: WeakKeyDictionary[App, tuple[str, dict[str, str]]] = WeakKeyDictionary()


def app_colours(app: App) -> dict[str, str]:
    """`theme_colours` of the app's theme, worked out once per theme. The first time, from the variables the app
    made for its stylesheet as it started (making them again cost the first frame 1.5 ms); after a change of theme
    they are made afresh, since the app makes the new theme's only after its watchers have run."""
    cached = _BY_APP.get(app)
    if cached is None or cached[0] != app.theme:
        variables = app.theme_variables if cached is None and app.theme_variables else app.get_css_variables()
        cached = _BY_APP[app] = (app.theme, theme_colours(variables))
    return cached[1]


@lru_cache(maxsize=16)
def _theme_colours(values: tuple[tuple[str, str | None], ...]) -> tuple[tuple[str, str], ...]:
    # cached: a value Color cannot parse costs a spelling suggestion (difflib), 2 ms a call, 3 calls an article
    variables = {name: value for name, value in values if value is not None}

    def hex_of(name: str) -> str | None:
        if variables.get(name, "").startswith("auto"):  # a contrast rule, not a colour: Color.parse fails slowly
            return None
        try:
            return Color.parse(variables[name]).hex6
        except Exception:  # noqa: BLE001 - the theme lacks it, or its value is no colour
            return None

    colours = {kind: hex_of(var_name) for kind, var_name in TYPE_COLOURS.items()}
    colours |= {
        "match": hex_of("warning-muted"),
        "mark": hex_of("block-cursor-background"),
        "on-mark": hex_of("block-cursor-foreground"),
    }
    return tuple((k, v) for k, v in colours.items() if v)


class ArticleView(VerticalScroll, can_focus=True):
    """The open article. j/k scroll, space/b page, / finds, 1-6 switch entity types."""

    BINDINGS = ARTICLE
    HELP = """\
## Article

- **j/k**, arrows, **space/b**, **g/G**: scroll
- **/**: find in the article; **n/N** next and previous match (without a find, **n/p** go to the next/previous unread article)
- **1**–**6**: switch highlighting of Person, Organisation, Place, Group, Event, Date on or off
- **Esc** or **q**: back to the library
- **m** read/unread, **s** star, **o** open the URL, **y** copy, **r** re-analyse
- **S** everyone quoted across the library, **T** the library's timeline
"""
    DEFAULT_CSS = """
    ArticleView { align-horizontal: center; scrollbar-gutter: stable; }
    ArticleView > #article-body { width: 100%; max-width: 90; padding: 1 2; }
    """

    hidden: var[frozenset[str]] = var(frozenset())
    find_query: var[str] = var("")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.doc: ArticleDoc | None = None
        self.matches: tuple[tuple[int, int], ...] = ()
        self.current_match: int | None = None
        self.marks: tuple[tuple[int, int], ...] = ()
        self._entities: tuple[tuple[int, int, str], ...] = ()
        self._line_starts: list[int] = [0]
        self._wrapped_width = 0

    def compose(self):
        yield Static(Text("Choose an article on the left.", style="dim"), id="article-body")

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda: self.refresh_body(), init=False)

    # -- content -------------------------------------------------------------

    def show(self, article: Article, analysis: Analysis | None = None) -> None:
        from ..highlight import build_doc, find_all

        self.article, self.doc = article, build_doc(article)
        self.marks, self.current_match = (), None
        self.matches = find_all(self.doc.plain, self.find_query)
        self._say_matches()
        self.set_analysis(analysis)
        self.scroll_home(animate=False)

    def set_analysis(self, analysis: Analysis | None) -> None:
        from ..highlight import entity_spans

        self.analysis = analysis
        self._entities = entity_spans(self.doc, analysis) if self.doc else ()
        self.refresh_body()

    def clear(self) -> None:
        self.article = self.doc = self.analysis = None
        self.query_one("#article-body", Static).update(Text("Choose an article on the left.", style="dim"))

    @property
    def plain(self) -> str:
        return self.doc.plain if self.doc else ""

    @property
    def marked_text(self) -> str:
        """The marked spans as shown, joined by " … " (a quote split around its cue has two)."""
        return " … ".join(self.plain[s:e] for s, e in self.marks)

    def _width(self) -> int:
        width = self.scrollable_content_region.width or self.app.size.width
        return max(10, min(COLUMN, width) - 2 * PADDING)

    def refresh_body(self) -> None:
        if self.doc is None or not self.is_mounted:
            return
        from ..highlight import Highlights, render

        highlights = Highlights(self._entities, self.hidden, self.matches, self.current_match, self.marks)
        text = render(self.doc, highlights, app_colours(self.app))
        width = self._width()
        lines = text.wrap(self.app.console, width, overflow="fold")
        starts, at, plain = [], 0, self.doc.plain
        for line in lines:
            found = plain.find(line.plain, at) if line.plain else at
            at = found if found >= 0 else at
            starts.append(at)
            at += len(line.plain)
        if self.doc.byline is not None:
            lines, starts = _byline_in_its_parts(text, lines, starts, self.doc.byline, width, self.app.console)
        if self.doc.url is not None:
            lines, starts = _url_on_one_line(text, lines, starts, self.doc.url, width)
        self._line_starts, self._wrapped_width = starts or [0], width
        body = Text("\n").join(lines)
        body.no_wrap = True
        self.query_one("#article-body", Static).update(body)

    def on_resize(self) -> None:
        if self.doc is not None and self._width() != self._wrapped_width:
            self.refresh_body()

    def line_of(self, shown_offset: int) -> int:
        return max(0, bisect_right(self._line_starts, shown_offset) - 1)

    def scroll_to_shown(self, shown_offset: int) -> None:
        """Bring the line holding this offset into view, a few lines below the top."""
        top_padding = 1
        y = self.line_of(shown_offset) + top_padding
        self.scroll_to(y=max(0, y - max(1, self.scrollable_content_region.height // 4)), animate=False, force=True)

    def line_visible(self, shown_offset: int) -> bool:
        y = self.line_of(shown_offset) + 1
        return self.scroll_y <= y < self.scroll_y + self.scrollable_content_region.height

    # -- marks from the panels -----------------------------------------------

    def mark(self, spans: tuple[tuple[int, int], ...]) -> None:
        if self.doc is None or not spans:
            return
        self.marks = tuple(self.doc.span(s, e) for s, e in spans)
        self.refresh_body()
        self.call_after_refresh(self.scroll_to_shown, self.marks[0][0])
        self.scroll_to_shown(self.marks[0][0])

    # -- entity types ----------------------------------------------------------

    def watch_hidden(self) -> None:
        self.refresh_body()

    def action_toggle_type(self, index: int) -> None:
        if 0 <= index < len(_TYPES):
            kind = _TYPES[index]
            self.hidden = self.hidden - {kind} if kind in self.hidden else self.hidden | {kind}

    @property
    def shown_entities(self) -> list[str]:
        """The entity texts highlighted right now, in order (for tests and the legend)."""
        return [self.plain[s:e] for s, e, kind in self._entities if kind not in self.hidden]

    # -- find ----------------------------------------------------------------

    def watch_find_query(self, query: str) -> None:
        if self.doc is None:  # no article yet (the watcher runs as the view mounts): nothing to find
            self.matches, self.current_match = (), None
            return
        from ..highlight import find_all

        self.matches = find_all(self.plain, query)
        self.current_match = None
        if self.matches:
            top = self._line_starts[min(len(self._line_starts) - 1, max(0, int(self.scroll_y) - 1))]
            self.current_match = next((n for n, (s, _) in enumerate(self.matches) if s >= top), 0)
            self.scroll_to_shown(self.matches[self.current_match][0])
        self._say_matches()
        self.refresh_body()

    def _say_matches(self) -> None:
        """How many matches the find has, and which one is current, at the foot of the pane (as a pager says
        it): a find with no match lights nothing, and said nothing either."""
        if self.parent is None:
            return
        query = self.find_query
        if not query:
            said = ""
        elif not self.matches:
            said = f"no match for “{query}”"
        elif self.current_match is None:
            said = f"{len(self.matches)} match{'es' * (len(self.matches) != 1)}"
        else:
            said = f"match {self.current_match + 1} of {len(self.matches)}"
        self.parent.border_subtitle = Text(said)  # a Text: what is typed is never markup

    def action_find(self) -> None:
        from .article_pane import ArticlePane

        self.screen.query_one(ArticlePane).find_bar().open(self.find_query)

    def _step_match(self, step: int) -> None:
        if not self.matches:
            getattr(self.app, "action_next_unread" if step > 0 else "action_previous_unread")()
            return
        self.current_match = ((self.current_match or 0) + step) % len(self.matches) if self.current_match is not None else 0
        self.scroll_to_shown(self.matches[self.current_match][0])
        self._say_matches()
        self.refresh_body()

    def action_find_next(self) -> None:
        self._step_match(1)

    def action_find_previous(self) -> None:
        self._step_match(-1)


def _byline_in_its_parts(
    text: Text, lines: list[Text], starts: list[int], byline: tuple[int, int], width: int, console: Console
) -> tuple[list[Text], list[int]]:
    """The source and the date under the title, each on its own line, when the two do not fit on one: wrapped
    as prose, "Athens News Agency · Tuesday 2" left "September 2025" alone on the next line, the date cut in
    two. The " · " between them goes with the break."""
    start, end = byline
    first = next((n for n, at in enumerate(starts) if at == start), None)
    plain = text.plain
    between = plain.find(" · ", start, end)
    if first is None or between < 0 or first + 1 == len(starts) or starts[first + 1] >= end:
        return lines, starts  # on one line already, or one part only
    last = first
    while last + 1 < len(starts) and starts[last + 1] < end:
        last += 1
    parts, part_starts = [], []
    for a, b in ((start, between), (between + len(" · "), end)):
        at = a
        for line in text[a:b].wrap(console, width, overflow="fold"):  # a part longer than the line still wraps
            found = plain.find(line.plain, at, b) if line.plain else -1
            at = found if found >= 0 else at
            parts.append(line)
            part_starts.append(at)
            at += len(line.plain)
    return [*lines[:first], *parts, *lines[last + 1 :]], [*starts[:first], *part_starts, *starts[last + 1 :]]


def _url_on_one_line(
    text: Text, lines: list[Text], starts: list[int], url: tuple[int, int], width: int
) -> tuple[list[Text], list[int]]:
    """The article's URL under its title on one line, cut with "…" when it is longer: it labels the article
    (`o` opens it, `y` copies it whole), and folded over three lines it broke the header up mid-word."""
    start, end = url
    first = next((n for n, at in enumerate(starts) if at == start), None)
    if first is None:
        return lines, starts
    last = first
    while last + 1 < len(starts) and starts[last + 1] < end:
        last += 1
    if last == first:
        return lines, starts
    line = text[start:end]
    line.truncate(width, overflow="ellipsis")
    return [*lines[:first], line, *lines[last + 1 :]], [*starts[: first + 1], *starts[last + 1 :]]
