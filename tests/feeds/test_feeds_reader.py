"""R in the reader: every subscribed feed is fetched in the background; new articles come in at the top, unread.

A real feed server on 127.0.0.1 (the one tests/feeds/test_feeds.py starts), a real library in tmp_path and the
real app driven by its Pilot.
"""

from __future__ import annotations

from pathlib import Path

from reader_support import wait_for
from test_feeds import Route, item, rss, server  # noqa: F401  (the fixture)

from store.article import ReadingState
from store.library import Library
from tui.app import NewsreaderApp
from tui.cli import main
from tui.widgets.library_list import LibraryList


async def test_r_fetches_the_feeds_and_new_articles_come_in_at_the_top_unread(server, tmp_path: Path) -> None:  # noqa: F811
    db = tmp_path / "library.json"
    server.routes["/feed.xml"] = Route(rss(item(1)))
    assert main(["feeds", "add", server.url("/feed.xml"), "--no-analyze", "--db", str(db)]) == 0
    server.routes["/feed.xml"] = Route(rss(item(2, date="Wed, 03 Sep 2025 08:00:00 GMT"), item(1)))

    app = NewsreaderApp(Library(db))
    async with app.run_test(size=(160, 48)) as pilot:
        listing = app.query_one(LibraryList)
        await wait_for(pilot, lambda: listing.row_count == 1)
        await pilot.press("A")  # no analysis in the way: this test is about the feeds
        await pilot.press("R")
        await wait_for(pilot, lambda: listing.row_count == 2, seconds=30)
        await wait_for(pilot, lambda: app._feeds is not None and app._feeds.over)
        top = app.shown.ids[0]
        assert Library(db).info(top).title == "Story 2"
        assert app.states.get(top, ReadingState()) == ReadingState()  # unread
        assert any("1 new article from 1 feed" in n.message for n in app._notifications)
        assert "feeds" not in str(app.query_one("#library-pane").border_title)  # the progress is gone once over
    assert server.statuses("/feed.xml") == [200, 200]


async def test_r_with_no_subscriptions_says_how_to_subscribe(tmp_path: Path) -> None:
    db = tmp_path / "library.json"
    assert main(["add", "--no-analyze", str(Path(__file__).parents[2] / "seeds" / "001_wikinews-2019-040.txt"),
                 "--db", str(db)]) == 0
    app = NewsreaderApp(Library(db))
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, lambda: app.query_one(LibraryList).row_count == 1)
        await pilot.press("A", "R")
        await wait_for(pilot, lambda: app._feeds is not None and app._feeds.over)
        assert any("newsreader feeds add" in n.message for n in app._notifications)
