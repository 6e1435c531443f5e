"""Dates as a timeline: calendar days in order, each with its expressions and event sentences."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from store.analysis.types import Analysis, DateMention, calendar_value
from store.articleset import term
from store.text import clean_line

from .base import AnalysisTree, Item


def day_label(value: str) -> str:
    """ "2025-09-03" → "2025-09-03 Wed"; months and years stay as they are."""
    try:
        return f"{value} {date.fromisoformat(value):%a}" if len(value) == 10 else value
    except ValueError:
        return value


def _where(sentence: str, words: str, offset: int) -> int:
    """Where the mention's words stand in its sentence as shown: from a little before its offset in the text
    (cleaning the line may shorten it; the same words may come earlier), else anywhere, else -1."""
    if not words:
        return -1
    found = sentence.find(words, max(0, offset - 20))
    return found if found >= 0 else sentence.find(words)


class DatesTree(AnalysisTree):
    HELP = """\
## Dates

The dates the article mentions, as a timeline: each day with what is said to happen then.

- **Enter**: scroll to the mention and mark it; on a day, Enter again goes to its next mention
- **f**: filter the library to every article dated or mentioning that day
"""
    EMPTY = "No calendar dates found in this article."

    def fill(self, analysis: Analysis, text: str) -> None:
        days: dict[str, list[DateMention]] = defaultdict(list)
        for mention in sorted(analysis.dates, key=lambda d: d.start):
            if day := calendar_value(mention.type, mention.value):
                days[day].append(mention)  # "last night" under the day before
        for value in sorted(days):
            mentions = days[value]
            label = Text.assemble((day_label(value), "bold"), (f" ({len(mentions)})", "dim"))
            node = self.root.add(label, Item([((m.start, m.end),) for m in mentions], term("date", value)), expand=True)
            for m in mentions:
                sentence = clean_line(text[m.sentence_start : m.sentence_end]) or clean_line(m.text)
                words = clean_line(m.text)
                lead = len(words) + 3
                at = _where(sentence, words, m.start - m.sentence_start)
                node.add_leaf(  # the whole sentence: the panel wraps it, four lines at most, the date's words on them
                    Text.assemble((words, "italic"), (" · ", "dim"), sentence),
                    Item([((m.start, m.end),)], term("date", value), sentence, hang=2, lead=lead,
                         focus=lead + at if at >= 0 else -1),
                )


class DatesPanel(Vertical):
    """The reference date over the timeline."""

    HELP = DatesTree.HELP
    DEFAULT_CSS = """
    DatesPanel { height: 1fr; }
    DatesPanel #reference { height: auto; padding: 0 1; color: $text-muted; }
    DatesPanel DatesTree { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="reference")
        yield DatesTree(id="dates-tree")

    _reference = None  # the analysis's reference date, shown over the timeline

    def show(self, analysis: Analysis | None, text: str) -> None:
        self._reference = analysis.reference_date if analysis else None
        self._show_reference()
        self.query_one(DatesTree).show(analysis, text)

    def on_resize(self) -> None:
        self._show_reference()

    def _show_reference(self) -> None:
        ref, box = self._reference, self.query_one("#reference", Static)
        if ref is None:
            box.update(Text(""))
            return
        shown = "unknown" if ref.value is None else f"{ref.value.isoformat()} {ref.value:%a}"
        # the shorter label where the panel is narrow (100 columns): "Tue" was left alone on a line of its own
        label = "Reference date: "
        if box.content_size.width and len(label + shown) > box.content_size.width:
            label = "Reference: "
        line = Text(label, style="dim")
        line.append(shown, style="" if ref.value is None else "bold")
        if ref.value is not None and ref.source == "inferred":
            line.append(" (inferred)", style="italic")
        box.update(line)
