"""Quotes by speaker: who said what, each quote marked direct, indirect or mixed."""

from __future__ import annotations

from collections import defaultdict

from rich.text import Text

from store.analysis.types import Analysis, Quote
from store.articleset import term
from store.sources import description, is_pronoun
from store.text import clean_line

from .base import AnalysisTree, Item

KIND_MARK = {"direct": "❝ ", "indirect": "≈ ", "mixed": "≈❝"}
UNATTRIBUTED = "Unattributed"


def described(quotes: list[Quote]) -> str:
    """ " · astronomer, University College London": who the speaker is, as the article first gives it."""
    role = next((q.speaker_role for q in quotes if q.speaker_role), None)
    words = description(role, next((q.affiliation for q in quotes if q.affiliation), None))
    return f" · {words}" if words else ""


class QuotesPanel(AnalysisTree):
    HELP = """\
## Quotes

Quotes grouped by speaker (with the role and organisation the article gives them), most quoted first. ❝ direct, ≈ indirect (reported speech), ≈❝ mixed.
Each quote is shown up to four lines; the one chosen with Enter is shown whole, and marked in the article.

- **Enter**: scroll the article to the quote and mark it (on a speaker: each of their quotes in turn)
- **f**: filter the library to every article quoting this speaker
- **y**: copy the quote
- **space**: fold a speaker
"""
    EMPTY = "No quotes found in this article."

    def fill(self, analysis: Analysis, text: str) -> None:
        by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for quote in sorted(analysis.quotes, key=lambda q: q.start):
            name = clean_line(quote.speaker)
            by_speaker[UNATTRIBUTED if not name or is_pronoun(name) else name].append(quote)
        ranked = sorted(by_speaker.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, -len(kv[1]), kv[0]))
        for speaker, quotes in ranked:
            label = Text.assemble((speaker, "bold"), (described(quotes), "italic"), (f" ({len(quotes)})", "dim"))
            filter_term = term("speaker", speaker, exact=True) if speaker != UNATTRIBUTED else ""
            group = self.root.add(label, Item([q.spans or ((q.start, q.end),) for q in quotes], filter_term), expand=True)
            for quote in quotes:
                shown = clean_line(quote.text)
                mark = KIND_MARK.get(quote.kind, "  ")
                leaf = Text.assemble((mark, "dim"), " ", shown)  # whole: the panel wraps it, four lines at most
                spans = quote.spans or ((quote.start, quote.end),)
                group.add_leaf(leaf, Item([spans], filter_term, shown, hang=len(mark) + 1))
