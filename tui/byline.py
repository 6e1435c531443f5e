"""The line under a title: source and publication date."""

from __future__ import annotations

from store.article import Article, ArticleInfo
from store.text import clean_line


def byline(item: Article | ArticleInfo, long_date: bool = False) -> str:
    """"Athens News Agency · 2025-09-02", or "… · Tuesday 2 September 2025" with long_date."""
    when = ""
    if item.published:
        when = item.published.strftime("%A %-d %B %Y") if long_date else item.published.isoformat()
    return " · ".join(x for x in (clean_line(item.source), when) if x)
