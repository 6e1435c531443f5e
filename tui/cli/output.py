"""Library listings and articles printed to a terminal or a pipe.

Article fields go through Text objects and clean_line/clean_text, never into
markup strings: a title such as "[bold]" or an ESC sequence prints literally
or not at all.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

from store.article import Article, ArticleInfo, ReadingState, metadata_record
from store.text import clean_line, clean_text

from ..byline import byline


def info_record(info: ArticleInfo, state: ReadingState) -> dict[str, Any]:
    return metadata_record(info) | {"chars": info.chars, "read": state.read, "starred": state.starred}


def article_record(article: Article, state: ReadingState | None = None) -> dict[str, Any]:
    """The JSON form of an article: the same fields `newsreader add` reads from JSONL."""
    record = metadata_record(article) | {"text": article.text}
    if state is not None:
        record |= {"read": state.read, "starred": state.starred}
    return record


def _style_codes(console: Console, style: str) -> tuple[str, str]:
    """The escape codes the console would wrap around text in `style` ("" when not a terminal)."""
    with console.capture() as capture:
        console.print(Text("\0", style=style), end="")
    before, _, after = capture.get().partition("\0")
    return before, after


def write_library(console: Console, infos: list[ArticleInfo], states: dict[str, ReadingState]) -> None:
    """A table of the library, newest first.

    Lines are laid out here rather than by rich's Table, which measures every
    cell: 10,000 rows took 3 s that way, against a few milliseconds.
    """
    width = max(console.width, 60)
    sources = [clean_line(i.source) for i in infos]
    source_width = min(24, max([6, *(cell_len(s) for s in sources)]))
    # into a pipe, titles are whole: they are there to be searched, not fitted to a screen
    title_width = width - (2 + 8 + 2 + 10 + 2 + source_width + 2) if console.is_terminal else 10**6
    bold, reset = _style_codes(console, "bold")
    dim, _ = _style_codes(console, "dim")
    lines = [f"{bold}  {'ID':8}  {'Published':10}  {set_cell_size('Source', source_width)}  Title{reset}"]
    for info, source in zip(infos, sources, strict=True):
        state = states.get(info.id, ReadingState())
        mark = "★" if state.starred else ("●" if not state.read else " ")
        title = clean_line(info.title)
        if cell_len(title) > title_width:
            title = set_cell_size(title, title_width - 1) + "…"
        if cell_len(source) > source_width:
            source = set_cell_size(source, source_width - 1) + "…"
        lines.append(
            f"{mark} {dim}{info.id[:8]}{reset}  {info.published.isoformat() if info.published else '—':10}  "
            f"{set_cell_size(source, source_width)}  {bold if not state.read else ''}{title}{reset if not state.read else ''}"
        )
    console.file.write("\n".join(lines) + "\n")


def print_article(console: Console, article: Article) -> None:
    console.print(Text(clean_line(article.title), style="bold"))
    meta = byline(article)
    if meta:
        console.print(Text(meta, style="dim"))
    if article.url:
        console.print(Text(clean_line(article.url), style="dim underline"))
    console.print()
    console.print(Text(clean_text(article.text)))


def article_markdown(article: Article) -> str:
    meta = byline(article)
    parts = [f"# {clean_line(article.title)}"]
    if meta:
        parts.append(f"*{meta}*")
    if article.url:
        parts.append(f"<{clean_line(article.url)}>")
    parts.append(clean_text(article.text))
    return "\n\n".join(parts) + "\n"
