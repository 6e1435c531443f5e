"""Library listings and articles printed to a terminal or a pipe.

Article fields go through Text objects and clean_line/clean_text, never into
markup strings: a title such as "[bold]" or an ESC sequence prints literally
or not at all.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from store.article import Article, ArticleInfo, ReadingState
from store.text import clean_line, clean_text


def info_record(info: ArticleInfo, state: ReadingState) -> dict[str, Any]:
    return {
        "id": info.id,
        "title": info.title,
        "source": info.source,
        "published": info.published.isoformat() if info.published else None,
        "url": info.url,
        "added": info.added.isoformat(),
        "chars": info.chars,
        "read": state.read,
        "starred": state.starred,
    }


def article_record(article: Article, state: ReadingState | None = None) -> dict[str, Any]:
    """The JSON form of an article: the same fields `newsreader add` reads from JSONL."""
    record: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "added": article.added.isoformat(),
        "text": article.text,
    }
    if state is not None:
        record |= {"read": state.read, "starred": state.starred}
    return record


def library_table(infos: list[ArticleInfo], states: dict[str, ReadingState]) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold", show_edge=False)
    table.add_column("", no_wrap=True, width=2)
    table.add_column("ID", no_wrap=True, style="dim", min_width=8)
    table.add_column("Published", no_wrap=True, min_width=10)
    table.add_column("Source", no_wrap=True, min_width=8, max_width=24, overflow="ellipsis")
    table.add_column("Title", no_wrap=True, min_width=20, overflow="ellipsis", ratio=1)
    for info in infos:
        state = states.get(info.id, ReadingState())
        mark = ("★" if state.starred else "") + ("" if state.read else "●")
        table.add_row(
            Text(mark or " ", style="bold"),
            Text(info.id[:8]),
            Text(info.published.isoformat() if info.published else "—"),
            Text(clean_line(info.source)),
            Text(clean_line(info.title), style="" if state.read else "bold"),
        )
    return table


def print_article(console: Console, article: Article, state: ReadingState) -> None:
    console.print(Text(clean_line(article.title), style="bold"))
    meta = " · ".join(
        x for x in (clean_line(article.source), article.published.isoformat() if article.published else "") if x
    )
    if meta:
        console.print(Text(meta, style="dim"))
    if article.url:
        console.print(Text(clean_line(article.url), style="dim underline"))
    console.print()
    console.print(Text(clean_text(article.text)))


def article_markdown(article: Article) -> str:
    meta = " · ".join(
        x for x in (clean_line(article.source), article.published.isoformat() if article.published else "") if x
    )
    parts = [f"# {clean_line(article.title)}"]
    if meta:
        parts.append(f"*{meta}*")
    if article.url:
        parts.append(f"<{clean_line(article.url)}>")
    parts.append(clean_text(article.text))
    return "\n\n".join(parts) + "\n"
