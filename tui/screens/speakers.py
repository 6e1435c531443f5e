"""Speakers across the library (S): everyone quoted, most quoted first, with unnamed sources
("analysts", "officials") in their own group below. Enter shows what one of them said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from store.articleset import term
from store.speakers import Speaker, SpeakerIndex
from store.text import clean_line

from ..bindings import SPEAKER_ROWS, SPEAKERS
from ..filter_rule import WORD_STARTS
from ..messages import FilterLibrary
from ..views import KeptViews
from ..widgets.rows import Heading, RowList
from .base import LibraryView

if TYPE_CHECKING:
    from store.mentions import LibraryRecords


def _count(n: int, width: int) -> str:
    return f"{n:>{width},}"


class SpeakerList(RowList[int | Heading]):
    """A row per speaker (its position in the index): quotes, articles, name, role and organisation."""

    BINDINGS = SPEAKER_ROWS

    HELP = f"""\
## Speakers

Everyone quoted in the library's analysed articles: how many quotes, in how many articles, and
the role and organisation the articles give them most often ("chair, Federal Reserve").
Named speakers come first, most quoted first; unnamed sources ("analysts", "officials") below them.

- **Enter**: what this speaker said, across articles, newest first
- **/**: filter the speakers as you type, by name, role or organisation ("federal reserve", "spokesman");
  **Esc** clears it, then goes back. {WORD_STARTS}
- **f**: back to the reader, showing every article quoting this speaker
- **q**: back to the reader
"""

    index: SpeakerIndex | None = None

    def row_lines(self, item: int, width: int) -> list[Text]:
        assert self.index is not None
        speaker = self.index.speaker(item)
        line = Text(no_wrap=True)
        line.append(_count(speaker.quotes, 7) + "  " + _count(speaker.articles, 8) + "  ")
        line.append(clean_line(speaker.name), style="bold" if speaker.named else "")
        if words := speaker.described:
            line.append(f" · {words}", style="italic dim")
        line.truncate(width, overflow="ellipsis")
        return [line]


class SpeakersScreen(LibraryView):
    TITLE = "Speakers"
    OPENED_BY = "speakers"
    follows_the_library = True
    BINDINGS = SPEAKERS
    FILTER_HINT = "filter speakers: words of a name, role or organisation"

    def __init__(self, built: SpeakerIndex) -> None:
        super().__init__(built)
        self.index: SpeakerIndex | None = None

    def compose_rows(self) -> ComposeResult:
        yield Static(Text(f"{'quotes':>7}  {'articles':>8}  speaker"), classes="columns")
        yield SpeakerList(id="speaker-list")

    @classmethod
    def build(cls, records: LibraryRecords, infos: dict, kept: KeptViews) -> SpeakerIndex:
        found = records.all("speakers", infos)
        return kept.get_or_make("speakers", (records.version("speakers"), len(found), len(infos)),
                                lambda: SpeakerIndex(found, infos, lambda ids: records.some("quotes", ids, "speakers")))

    @classmethod
    def prepare(cls, built: SpeakerIndex) -> None:
        built.search_keys()  # so that the first word typed does not wait for them

    def show_built(self, built: SpeakerIndex) -> None:
        self.index = self.rows.index = built
        self.set_title(f"Speakers ({len(built):,})" + self.app.analysed_note(built.analysed))

    def apply_filter(self, text: str) -> None:
        index = self.index
        if index is None:
            return
        shown = index.matching(text)
        split = index.first_unnamed(shown)
        named, unnamed = shown[:split], shown[split:]
        rows: list[int | Heading] = []
        if named:
            rows.append(Heading(f"Named speakers ({len(named):,})"))
            rows += named
        if unnamed:
            rows.append(Heading(f"Unnamed sources ({len(unnamed):,})"))
            rows += unnamed
        if not rows:
            rows = [Heading("No speaker matches." if text.strip() else "No quotes in the analysed articles yet.")]
        self.rows.set_rows(rows, keep=self.rows.highlighted)
        self.set_count(len(shown), len(index), "speakers")

    def kept_row(self) -> str | None:
        chosen = self.chosen
        return chosen.name if chosen is not None else None

    def row_for(self, kept: object) -> int | None:
        names = self.index.names if self.index is not None else []
        return names.index(kept) if kept in names else None

    @property
    def chosen(self) -> Speaker | None:
        """The speaker under the cursor."""
        at = self.rows.highlighted
        return self.index.speaker(at) if isinstance(at, int) and self.index is not None else None

    def on_row_list_chosen(self, _: RowList.Chosen) -> None:
        speaker = self.chosen
        if speaker is not None and self.index is not None:
            from .speaker_quotes import SpeakerQuotesScreen

            self.app.push_screen(SpeakerQuotesScreen(speaker, self.index.quotes_by(speaker.name)))

    def action_filter_library(self) -> None:
        chosen = self.chosen
        if chosen is None:
            return
        self.app.close_views()
        self.app.post_message(FilterLibrary(term("speaker", chosen.name, exact=True)))
