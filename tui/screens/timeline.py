"""The library's timeline (T): every calendar date the analysed articles mention, day by day, each
with its sentence and article. Enter opens the article at that mention, marked."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from store.articleset import term
from store.text import clean_line
from store.timeline import DateEntry, Timeline

from ..bindings import TIMELINE
from ..byline import byline, title_beside
from ..filter_rule import WORD_STARTS
from ..messages import FilterLibrary
from ..views import KeptViews
from ..widgets.panels.dates import day_label
from ..widgets.rows import Heading, RowList
from .base import LibraryView

if TYPE_CHECKING:
    from store.mentions import LibraryRecords


@dataclass(frozen=True, slots=True)
class Day:
    value: str
    mentions: int


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


def _sentence(entry: DateEntry, room: int | None = None) -> Text:
    """The sentence, its date's words in bold; with `room` (cells), a long sentence starts as few words
    later as lets them show, with a few words after them, on a line cut at that width."""
    sentence = clean_line(entry.sentence) or clean_line(entry.expression)
    words = clean_line(entry.expression)
    at = sentence.find(words) if words else -1
    if room is not None and at >= 0 and at + len(words) > room - 1 and at > 30:
        after = min(len(sentence) - at - len(words), 20)
        drop = at + len(words) + after - (room - 1)  # how much must go for that to fit beside the "…"
        cut = sentence.find(" ", drop - 1, at) + 1 or at  # at a word's start, never past the date's words
        sentence, at = "…" + sentence[cut:], at - cut + 1
    text = Text(sentence)
    if at >= 0:
        text.stylize("bold", at, at + len(words))
    return text


class TimelineList(RowList[int | Day | Heading]):
    """A line for each date, then two for each mention (a position in the timeline): its sentence, and the
    article it is in."""

    FIXED = None
    HELP = f"""\
## Timeline

The calendar dates the library's analysed articles mention, earliest first: each day (or month, or
year, when the article gives no day) with the sentences that mention it and their articles.

- **Enter**: open the article at that mention, marked
- **/**: filter as you type: a date or its start (`2025-09`), or words of the sentence or the title.
  {WORD_STARTS}
- **f**: back to the reader, showing every article dated or mentioning that day
- **Esc**: clear the filter, then back; **q**: back to the reader
"""

    timeline: Timeline | None = None

    def row_height(self, item: int | Day, width: int) -> int:
        return 2 if isinstance(item, int) else 1

    def row_lines(self, item: int | Day, width: int) -> list[Text]:
        if isinstance(item, Day):
            line = Text.assemble(day_label(item.value), (f" · {_plural(item.mentions, 'mention')}", "dim"))
            line.truncate(width, overflow="ellipsis")
            return [line]
        assert self.timeline is not None
        entry = self.timeline.entry(item)
        words = clean_line(entry.expression)
        first = Text.assemble("  ", (words, "italic"), (" · ", "dim"), _sentence(entry, width - len(words) - 5))
        second = Text("    ", style="dim")
        meta = byline(entry.article)
        second.append(title_beside(clean_line(entry.article.title) or "(untitled)", meta, width - 4))
        if meta:
            second.append(f" · {meta}")
        for line in (first, second):
            line.no_wrap = True
            line.truncate(width, overflow="ellipsis")
        return [first, second]

    def selectable(self, item: int | Day | Heading) -> bool:
        return isinstance(item, int)


class TimelineScreen(LibraryView):
    TITLE = "Timeline"
    OPENED_BY = "timeline"
    follows_the_library = True
    BINDINGS = TIMELINE
    FILTER_HINT = "filter: a date (2025-09) or words of the sentence or title"
    DEFAULT_CSS = """
    TimelineScreen #timeline-detail { height: 5; border-top: solid $panel; padding: 0 1; }
    """

    def __init__(self, built: Timeline) -> None:
        super().__init__(built)
        self.timeline: Timeline | None = None
        self.shown: Sequence[int] = ()

    def compose_rows(self) -> ComposeResult:
        yield TimelineList(id="timeline-list")
        yield Static(id="timeline-detail")

    @classmethod
    def build(cls, records: LibraryRecords, infos: dict, kept: KeptViews) -> Timeline:
        found = records.all("dates", infos)
        timeline = kept.get_or_make("timeline", (records.version("dates"), len(found), len(infos)),
                                    lambda: Timeline(found, infos, lambda ids: records.some("sentences", ids, "dates")))
        timeline.warm(range(min(len(timeline), 60)))  # the first screenful's sentences, before it is drawn
        return timeline

    @classmethod
    def prepare(cls, built: Timeline) -> None:
        built.search_keys()  # so that the first word typed does not wait for them

    def show_built(self, built: Timeline) -> None:
        self.timeline = self.rows.timeline = built
        title = f"Timeline ({_plural(len(built), 'date')} in {_plural(built.articles, 'article')})"
        self.set_title(title + self.app.analysed_note(built.analysed))

    def apply_filter(self, text: str) -> None:
        timeline = self.timeline
        if timeline is None:
            return
        shown = self.shown = timeline.matching(text)
        rows: list[int | Day | Heading] = []
        heights: list[int] = []
        for value, positions in timeline.by_date(shown):
            rows.append(Day(value, len(positions)))
            rows += positions
            heights.append(1)
            heights += repeat(2, len(positions))
        if not rows:
            rows = [Heading("No date matches." if text.strip() else "No calendar dates in the analysed articles yet.")]
            heights = [1]
        self.rows.set_rows(rows, keep=self.rows.highlighted, heights=heights)
        self.show_detail()
        self.set_count(len(shown), len(timeline), "dates")

    def kept_row(self) -> str | None:
        chosen = self.chosen
        return chosen.value if chosen is not None else None

    def row_for(self, kept: object) -> int | None:
        """The first mention of the same date."""
        values = self.timeline.values if self.timeline is not None else []
        at = bisect_left(values, kept)
        return at if at < len(values) and values[at] == kept else None

    @property
    def chosen(self) -> DateEntry | None:
        """The mention under the cursor."""
        at = self.rows.highlighted
        return self.timeline.entry(at) if isinstance(at, int) and self.timeline is not None else None

    def show_detail(self, _: object = None) -> None:
        detail = self.query_one("#timeline-detail", Static)
        entry = self.chosen
        if entry is None:
            detail.update("", layout=False)
            return
        line = Text.assemble((day_label(entry.value), "bold"), "  ", _sentence(entry), "\n")
        line.append(clean_line(entry.article.title) or "(untitled)", style="dim")
        meta = byline(entry.article)
        if meta:
            line.append(f" · {meta}", style="dim")
        detail.update(line, layout=False)  # its height is fixed: no layout (a frame of the whole screen) per key

    def on_row_list_highlighted(self, _: RowList.Highlighted) -> None:
        self.show_detail()

    def on_row_list_chosen(self, _: RowList.Chosen) -> None:
        entry = self.chosen
        if entry is not None:
            self.app.open_at(entry.article.id, ((entry.start, entry.end),), entry.sentence, panel="dates")

    def action_filter_library(self) -> None:
        chosen = self.chosen
        if chosen is None:
            return
        self.app.close_views()
        self.app.post_message(FilterLibrary(term("date", chosen.value)))
