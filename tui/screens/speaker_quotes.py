"""One speaker's quotes across the library (Enter in Speakers): newest article first, each quote
whole under its article's title and date. Enter opens the article at the quote, marked."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult

from store.article import ArticleInfo
from store.matching import folded, holding
from store.speakers import QuoteEntry, Speaker
from store.text import clean_line

from ..bindings import QUOTES
from ..byline import byline, title_beside
from ..filter_rule import WORD_STARTS
from ..widgets.panels.quotes import KIND_MARK
from ..widgets.rows import Heading, RowList
from ..wrap import wrap
from .base import LibraryView

_HANG = 3  # the kind mark and a space: a quote's further lines start under its first word


@dataclass(frozen=True, slots=True)
class ArticleHeading:
    """The article the quotes below it are from."""

    article: ArticleInfo
    first: bool  # at the top: no blank line above it


class QuoteList(RowList[QuoteEntry | ArticleHeading | Heading]):
    """Under each article's title, its quotes as tall as they need: wrapped, never cut."""

    FIXED = None
    HELP = f"""\
## A speaker's quotes

Every quote of this speaker in the analysed articles, under the article's title and date, newest
article first. ❝ direct, ≈ indirect (reported speech), ≈❝ mixed.

- **Enter**: open the article at the quote, marked
- **/**: filter the quotes as you type (words of the quote or the title). {WORD_STARTS}
- **y**: copy the quote
- **Esc**: back to the speakers; **q**: back to the reader
"""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._wrapped: dict[int, tuple[int, list[str]]] = {}  # id(entry) -> (width, the quote's lines)

    def _quote_lines(self, item: QuoteEntry, width: int) -> list[str]:
        cached = self._wrapped.get(id(item))
        if cached is None or cached[0] != width:
            cached = self._wrapped[id(item)] = (width, wrap(clean_line(item.text), width - _HANG))
        return cached[1]

    def row_height(self, item: QuoteEntry | ArticleHeading, width: int) -> int:
        if isinstance(item, ArticleHeading):
            return 1 if item.first else 2
        return len(self._quote_lines(item, width))

    def row_lines(self, item: QuoteEntry | ArticleHeading, width: int) -> list[Text]:
        if isinstance(item, ArticleHeading):
            head = Text(no_wrap=True)
            meta = byline(item.article)
            head.append(title_beside(clean_line(item.article.title) or "(untitled)", meta, width))
            if meta:
                head.append(f" · {meta}", style="not bold dim")
            head.truncate(width, overflow="ellipsis")
            return [head] if item.first else [Text(""), head]
        mark = KIND_MARK.get(item.kind, "  ")
        quote = self._quote_lines(item, width)
        return [Text.assemble((mark, "dim"), " ", quote[0]), *(Text(" " * _HANG + line) for line in quote[1:])]

    def selectable(self, item: QuoteEntry | ArticleHeading | Heading) -> bool:
        return isinstance(item, QuoteEntry)

    def set_rows(self, items, keep=None) -> None:
        self._wrapped = {id(i): self._wrapped[id(i)] for i in items if id(i) in self._wrapped}
        super().set_rows(items, keep)


class SpeakerQuotesScreen(LibraryView):
    TITLE = "Quotes"
    BINDINGS = QUOTES
    FILTER_HINT = "filter quotes: words of the quote or the title"

    def __init__(self, speaker: Speaker, quotes: list[QuoteEntry]) -> None:
        super().__init__(quotes)
        self.speaker = speaker
        self.quotes = quotes
        self._keys = [folded(f"{clean_line(q.text)}\n{q.article.title}") for q in quotes]

    def compose_rows(self) -> ComposeResult:
        yield QuoteList(id="quote-list")

    def show_built(self, built: list[QuoteEntry]) -> None:
        s = self.speaker
        articles = len({q.article.id for q in built})
        counts = f"{len(built):,} quote{'s' * (len(built) != 1)} in {articles:,} article{'s' * (articles != 1)}"
        who = f" · {s.described}" if s.described else ""
        self.set_title(f"{clean_line(s.name)}{who} — {counts}")

    def apply_filter(self, text: str) -> None:
        shown = [self.quotes[n] for n in holding(self._keys, text)]
        rows: list[QuoteEntry | ArticleHeading | Heading] = []
        for quote in shown:
            if not rows or rows[-1].article is not quote.article:  # type: ignore[union-attr]
                rows.append(ArticleHeading(quote.article, first=not rows))
            rows.append(quote)
        self.rows.set_rows(rows or [Heading("No quote matches.")], keep=self.rows.highlighted)
        self.set_count(len(shown), len(self.quotes), "quotes")

    def on_row_list_chosen(self, event: RowList.Chosen) -> None:
        quote: QuoteEntry = event.item  # type: ignore[assignment]
        self.app.open_at(quote.article.id, quote.spans, quote.text, panel="quotes")

    def action_copy(self) -> None:
        quote = self.rows.highlighted
        if quote is not None:
            self.app.copy_to_clipboard(quote.text)
            self.notify(f"Copied {len(quote.text)} characters", timeout=1.5)
