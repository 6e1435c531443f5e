"""The line under an article's title, source and date, where the article pane is narrow (100 columns): when the
two do not fit on one line, the source is one line and the date the next, whole; wrapped as prose, "Athens News
Agency · Tuesday 2" left "September 2025" alone under it. A real reader, driven by Pilot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reader_support import SIZE, wait_for

from store.article import Article
from store.library import Library
from tui.app import NewsreaderApp
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList

STORY = ("Firefighters put out a blaze at the covered market on Tuesday morning. Nobody was hurt, the fire "
         "brigade said, and the stalls will open again on Thursday.")


def body_lines(view: ArticleView) -> list[str]:
    body = view.query_one("#article-body")
    return [body.render_line(y).text.strip() for y in range(body.size.height)]


async def shown_article(folder: Path, size: tuple[int, int], source: str, url: str = "") -> tuple[ArticleView, list[str]]:
    library = Library(folder / "library.json")
    library.add([Article.new(STORY, title="Fire at the covered market", source=source,
                             published=date(2025, 9, 2), url=url)])
    app = NewsreaderApp(library)
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.query_one(LibraryList).row_count == 1)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        await wait_for(pilot, lambda: view.doc is not None, seconds=90)  # the analysis: spaCy loads first
        await pilot.pause()
        lines = body_lines(view)
        # the lines the reader scrolls to stay where they are drawn
        for part in ("Tuesday 2 September 2025", "Firefighters put out"):
            assert part in lines[view.line_of(view.plain.index(part))]
        return view, lines


async def test_at_100_columns_the_source_and_the_date_are_each_a_line_whole(tmp_path: Path) -> None:
    _, lines = await shown_article(tmp_path, (100, 30), "Athens News Agency")
    at = lines.index("Athens News Agency")
    assert lines[at + 1] == "Tuesday 2 September 2025"
    assert lines[at + 2] == ""  # then the text


async def test_with_a_url_the_date_is_whole_above_it(tmp_path: Path) -> None:
    url = "https://example.org/news/fire-at-the-covered-market"
    _, lines = await shown_article(tmp_path, (100, 30), "Athens News Agency", url)
    at = lines.index("Athens News Agency")
    assert lines[at + 1] == "Tuesday 2 September 2025"
    assert lines[at + 2].startswith("https://example.org/")


async def test_where_they_fit_the_source_and_the_date_share_a_line(tmp_path: Path) -> None:
    _, lines = await shown_article(tmp_path, SIZE, "Athens News Agency")
    assert "Athens News Agency · Tuesday 2 September 2025" in lines


async def test_a_source_longer_than_the_line_wraps_and_the_date_stays_whole(tmp_path: Path) -> None:
    source = "The Municipal Broadcasting Corporation of the Northern Coastal Provinces"
    _, lines = await shown_article(tmp_path, (100, 30), source)
    start, at = lines.index("The Municipal Broadcasting"), lines.index("Tuesday 2 September 2025")
    assert " ".join(lines[start:at]) == source  # over the lines it takes, and no " ·" left at its end
