"""The article pane: title, source, date and URL above the text, in a readable column."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from store.article import Article
from store.text import clean_line, clean_text

from .bindings import ARTICLE
from .output import byline


def article_text(article: Article) -> Text:
    """Built from spans, never from markup: "[bold]" in an article prints as written."""
    out = Text()
    out.append(clean_line(article.title) or "(untitled)", style="bold")
    out.append("\n")
    meta = byline(article, long_date=True)
    if meta:
        out.append(meta + "\n", style="dim")
    if article.url:
        out.append(clean_line(article.url) + "\n", style="dim underline")
    out.append("\n")
    paragraphs = [p.strip() for p in clean_text(article.text).split("\n") if p.strip()]
    out.append("\n\n".join(paragraphs))
    return out


class ArticleView(VerticalScroll, can_focus=True):
    """The open article. j/k scroll, space/b page, Esc goes back to the library."""

    BINDINGS = ARTICLE
    HELP = "The article. j/k scroll, space/b page, g/G top and bottom, Esc or q back to the library."
    DEFAULT_CSS = """
    ArticleView { align-horizontal: center; }
    ArticleView > Static { max-width: 90; width: 100%; padding: 0 2; }
    """

    def compose(self):
        yield Static(Text("Choose an article on the left.", style="dim"), id="article-body")

    def show(self, article: Article) -> None:
        self.query_one("#article-body", Static).update(article_text(article))
        self.scroll_home(animate=False)
