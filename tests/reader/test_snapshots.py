"""What the reader looks like: SVG snapshots (tests/reader/__snapshots__/), each beside Pilot assertions.

Update after a deliberate change with `pytest tests/reader/test_snapshots.py --snapshot-update`,
then look at every changed picture before committing it.
"""

from __future__ import annotations

from reader_support import seed_id

from store.library import Library
from tui.app import NewsreaderApp
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList
from tui.widgets.panels.quotes import QuotesPanel


def reader(library: Library) -> NewsreaderApp:
    app = NewsreaderApp(library)
    app.sub_title = "library.json"  # not the test's temporary path
    return app


def opening_the_seed(then: tuple[str, ...] = (), checks=None):
    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.pause()  # run_before starts before the app has mounted its panes
        app.sub_title = "library.json"
        app.query_one(LibraryList).select_id(seed_id(app.library))
        await pilot.press("enter", *then)
        await pilot.pause()
        if checks:
            await checks(pilot)
        await pilot.pause()

    return run_before


def test_seed_article_with_quotes(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        panel = pilot.app.query_one(QuotesPanel)
        assert pilot.app.focused is panel
        seed = seed_id(pilot.app.library)
        assert pilot.app.library.state(seed).read
        listing = pilot.app.query_one(LibraryList)
        assert listing.row(listing.position(seed))[0].plain.startswith("  Xi and Putin")  # read: no bullet
        leaf = panel.find_node("❝  “We were always together")
        panel.move_cursor(leaf)
        await pilot.press("enter")
        assert pilot.app.query_one(ArticleView).marked_text.startswith("“We were always together")

    assert snap_compare(reader(analysed), terminal_size=(160, 48), run_before=opening_the_seed(("Q",), checks))


def test_seed_article_with_dates(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        assert pilot.app.query_one("#panels TabbedContent").active == "dates"
        assert "2025-09-02" in str(pilot.app.query_one("#reference").content)

    assert snap_compare(reader(analysed), terminal_size=(160, 48), run_before=opening_the_seed(("D",), checks))


def test_seed_article_with_entities(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        assert pilot.app.query_one("#panels TabbedContent").active == "entities"
        await pilot.press("escape")  # back to the library, panels still showing
        await pilot.press("tab")  # into the article: its border lights up

    assert snap_compare(reader(analysed), terminal_size=(160, 48), run_before=opening_the_seed(("E",), checks))


def test_narrow_article(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        app = pilot.app
        assert app.narrow and not app.query_one("#library-pane").display
        assert app.query_one("#article-pane").display

    assert snap_compare(reader(analysed), terminal_size=(80, 24), run_before=opening_the_seed((), checks))


def test_narrow_library(snap_compare, analysed: Library) -> None:
    async def run_before(pilot) -> None:
        pilot.app.sub_title = "library.json"
        await pilot.pause()
        assert pilot.app.query_one("#library-pane").display and not pilot.app.query_one("#article-pane").display

    assert snap_compare(reader(analysed), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        assert pilot.app.screen.query("HelpPanel")

    assert snap_compare(reader(analysed), terminal_size=(160, 48), run_before=opening_the_seed((), checks))


def opening_a_view(key: str, then: tuple[str, ...] = (), checks=None):
    """The reader, then a view across the library (S or T) once its index is built, then `then`."""

    async def run_before(pilot) -> None:
        from tui.screens.base import LibraryView

        app = pilot.app
        app.sub_title = "library.json"
        while not app.indexed:
            await pilot.pause(0.05)
        await pilot.press(key)
        while not (isinstance(app.screen, LibraryView) and app.screen.loaded):
            await pilot.pause(0.05)
        await pilot.press(*then)
        await pilot.pause()
        if checks:
            await checks(pilot)
        await pilot.pause()

    return run_before


def test_speakers_across_the_library(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        screen = pilot.app.screen
        assert screen.chosen.name == "Xi Jinping"  # one row down from Putin

    assert snap_compare(reader(analysed), terminal_size=(160, 48), run_before=opening_a_view("S", ("j",), checks))


def test_a_speakers_quotes_whole(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        from tui.screens.speaker_quotes import SpeakerQuotesScreen

        assert isinstance(pilot.app.screen, SpeakerQuotesScreen) and pilot.app.screen.speaker.name == "Vladimir Putin"

    assert snap_compare(reader(analysed), terminal_size=(100, 30), run_before=opening_a_view("S", ("enter",), checks))


def test_the_librarys_timeline(snap_compare, analysed: Library) -> None:
    async def checks(pilot) -> None:
        assert str(pilot.app.screen.query_one("#view-count").content) == "5 of 39 dates"

    assert snap_compare(reader(analysed), terminal_size=(160, 48), run_before=opening_a_view("T", ("slash", *"2025-09", "enter"), checks))
