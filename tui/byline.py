"""The line under a title: source and publication date."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from store.article import Article, ArticleInfo
from store.text import clean_line


def byline(item: Article | ArticleInfo, long_date: bool = False) -> str:
    """"Athens News Agency · 2025-09-02", or "… · Tuesday 2 September 2025" with long_date."""
    when = ""
    if item.published:
        when = item.published.strftime("%A %-d %B %Y") if long_date else item.published.isoformat()
    return " · ".join(x for x in (clean_line(item.source), when) if x)


def title_beside(title: str, meta: str, width: int) -> str:
    """The title, cut with "…" where " · meta" would not fit after it in `width` cells: the source and date stay
    whole, as in the library's rows (in a narrow view they tell one article from another, and a date cut to
    "2020-03-…" tells nothing). A title left fewer than 12 cells is not cut: the line is cut at its end then.

    >>> title_beside("Iranian government official Mohammad Mir-Mohammadi dies", "Wikinews · 2020-03-03", 50)
    'Iranian government offici…'
    """
    room = width - cell_len(f" · {meta}") if meta else width
    if room < 12 or cell_len(title) <= room:
        return title
    cut = Text(title)
    cut.truncate(room, overflow="ellipsis")
    return cut.plain
