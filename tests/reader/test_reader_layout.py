"""Narrow terminals, help, start-up without spaCy, hostile text, and 10,000 articles."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from textual.widgets import HelpPanel, Static

from store.article import Article
from store.library import Library
from store.seeds import ensure_seeded
from tui.app import NewsreaderApp
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList
from tui.widgets.panels.quotes import QuotesPanel


def shown(app: NewsreaderApp, selector: str) -> bool:
    return app.query_one(selector).display


async def test_help_opens_and_closes_with_question_mark(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen.query_one(HelpPanel)
        assert panel.display
        await pilot.press("enter")  # focus moves to the article: help follows the focused widget
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert not app.screen.query(HelpPanel)


async def test_escape_closes_the_help_as_its_foot_and_the_key_bar_say(library: Library) -> None:
    from tui.widgets.footer import KeyFooter
    from tui.widgets.help_panel import CLOSE_HINT

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("enter")  # reading: Escape there goes back to the library
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        assert "esc Back" in footer.render().plain
        await pilot.press("f1")
        await pilot.pause()
        panel = app.screen.query_one(HelpPanel)
        assert CLOSE_HINT in str(panel.query_one("#help-foot", Static).content)
        assert "esc Close help" in footer.render().plain and "esc Back" not in footer.render().plain
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query(HelpPanel)
        assert app.focused is app.query_one(ArticleView)  # the Escape closed the help, and did nothing else
        assert "esc Back" in footer.render().plain
        await pilot.press("escape")  # help closed: Escape is the pane's again
        await pilot.pause()
        assert app.focused is app.query_one(LibraryList)


async def test_escape_closes_the_help_over_a_view_before_leaving_it(library: Library) -> None:
    from tui.screens.base import LibraryView

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        while not app.indexed:
            await pilot.pause(0.05)
        await pilot.press("S")
        while not isinstance(app.screen, LibraryView):
            await pilot.pause(0.05)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query(HelpPanel)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryView) and not app.screen.query(HelpPanel)


async def test_a_views_update_due_at_shut_down_finds_no_view(library: Library) -> None:
    # the timer that remakes a view after an analysis is saved may fire while the app shuts down
    from tui.views import on_a_view

    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)):
        assert on_a_view(app) is False
    assert not app.screen_stack
    assert on_a_view(app) is False
    app._update_view()


async def test_every_widget_has_help_text() -> None:
    from tui.widgets.article_pane import FindBar, Legend
    from tui.widgets.library_pane import FilterInput
    from tui.widgets.panels.dates import DatesPanel, DatesTree
    from tui.widgets.panels.entities import EntitiesPanel
    from tui.widgets.panels.side_panels import SidePanels

    for widget in (LibraryList, FilterInput, ArticleView, FindBar, Legend, QuotesPanel, DatesTree, DatesPanel,
                   EntitiesPanel, SidePanels):
        assert widget.HELP and len(widget.HELP) > 20, widget


async def test_narrow_layout_shows_one_pane_at_a_time(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.narrow
        assert shown(app, "#library-pane") and not shown(app, "#article-pane") and not shown(app, "#panels")
        assert app.query_one("#library-pane").outer_size.width == 80
        await pilot.press("j", "enter")
        await pilot.pause()
        assert not shown(app, "#library-pane") and shown(app, "#article-pane")
        assert app.focused is app.query_one(ArticleView)
        assert app.query_one(ArticleView).plain.startswith(library.infos()[1].title)
        await pilot.press("backslash")
        await pilot.pause()
        assert shown(app, "#panels") and not shown(app, "#article-pane")
        assert isinstance(app.focused, QuotesPanel)
        await pilot.press("escape")
        assert shown(app, "#article-pane") and app.focused is app.query_one(ArticleView)
        await pilot.press("q")
        assert shown(app, "#library-pane") and isinstance(app.focused, LibraryList)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_wide_layout_has_three_columns_and_q_walks_back(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert all(shown(app, s) for s in ("#library-pane", "#article-pane", "#panels"))
        assert app.query_one(ArticleView).query_one("#article-body").size.width <= 90
        await pilot.press("enter")
        await pilot.press("q")  # back, not quit
        assert isinstance(app.focused, LibraryList) and app.is_running
        await pilot.press("backslash")
        assert not shown(app, "#panels")


async def test_tiny_terminals_and_fast_resizing_never_crash(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("enter", "j", "space", "backslash", "escape", "escape", "slash", "x", "escape")
        for width, height in [(160, 48), (40, 12), (99, 30), (100, 30), (20, 5), (80, 24), (200, 60), (41, 13)]:
            await pilot.resize_terminal(width, height)
            await pilot.press("enter", "D", "escape")
        await pilot.pause()
        assert app.is_running


async def test_an_article_with_markup_and_escapes_shows_literally(library: Library, tmp_path: Path) -> None:
    from store.ingest import ImportOptions, read_sources

    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "title": "[bold red]Loud[/] title\x1b]0;retitled\x07",
        "source": "[i]Agency[/i]",
        "text": "Plain [link=https://evil.example]click[/link] text \x1b[31mred\x1b[0m and \x9b32m C1.\n"
                "Second [bold red]paragraph[/] \x1b]52;c;cGF5bG9hZA==\x07 end.",
    }) + "\n")
    library.add(a for a in read_sources([hostile], ImportOptions()) if not isinstance(a, Exception))
    # an article stored before the text was cleaned still must not reach the terminal raw
    library.add([Article.new("Raw \x1b[2J\x1b]0;x\x07 bytes [b]here[/b] \x07\x9b1m.", title="raw \x1b[31m[red]")])
    app = NewsreaderApp(library)
    async with app.run_test(size=(160, 30)) as pilot:
        for n in range(2):
            app.query_one(LibraryList).highlighted = n
            await pilot.pause()
            view = app.query_one(ArticleView)
            body = view.query_one("#article-body", Static)
            painted = [body.render_line(y).text for y in range(body.size.height)]
            painted += [app.query_one(LibraryList).render_line(y).text for y in range(6)]
            assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for line in painted for c in line)
            screen = "\n".join(painted)
            if "Loud" in view.plain:
                assert "[bold red]Loud[/] title" in screen
                assert "[link=https://evil.example]click[/link]" in screen
                assert "[bold red]paragraph[/]" in screen and "cGF5" not in screen
            else:
                assert "bytes [b]here[/b]" in screen and "raw [red]" in screen


async def test_first_paint_needs_no_model_and_an_unanalysed_article_is_analysed_in_a_worker(library: Library) -> None:
    import sys

    ensure_seeded(library)  # seeded without analyses
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.plain.startswith(library.infos()[0].title)  # text first, highlights later
        await pilot.press("enter")
        for _ in range(400):
            if app.analysis is not None:
                break
            await pilot.pause(0.05)
        assert app.analysis is not None and app.analysis.entities
        assert "spacy" in sys.modules
        assert not app.query_one("#panels").loading
        assert view.shown_entities


async def test_ten_thousand_articles_filter_as_you_type_and_clear(tmp_path: Path) -> None:
    # correctness at scale only: the speed of filtering is a benchmark figure (tests/bench/suite.py)
    library = Library(tmp_path / "big" / "library.json")
    start = date(2020, 1, 1)
    sources = ["Reuters", "Athens News Agency", "Wikinews", "AP", "BBC"]
    library.add(
        Article.new(f"Body {n} about topic {n % 97}.", title=f"Story {n}: topic {n % 97} in town {n % 13}",
                    source=sources[n % 5], published=start + timedelta(days=n % 2000))
        for n in range(10_000)
    )
    app = NewsreaderApp(library)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        listing = app.query_one(LibraryList)
        assert listing.row_count == 10_000
        await pilot.press("slash", *"topic 4")
        assert listing.row_count == len(app.everything.where("topic 4"))
        assert 0 < listing.row_count < 10_000
        query = "is:unread date:2021 town 7 topic"
        for end in range(1, len(query) + 1):
            app.apply_filter(query[:end])
            await pilot.pause()
            assert listing.row_count == len(app.everything.where(query[:end]))
        assert 0 < listing.row_count < 10_000
        # none is analysed: the background analysis may have added its progress
        assert app.query_one("#library-pane").border_title.startswith(f"Library ({listing.row_count} of 10000)")
        app.apply_filter("")
        await pilot.pause()
        assert listing.row_count == 10_000


async def test_the_legend_shortens_the_type_names_before_it_cuts_the_status(analysed: Library) -> None:
    from tui.widgets.article_pane import ArticlePane, Legend

    failed = "analysis failed: the model is missing"
    app = NewsreaderApp(analysed)  # analysed: no background analysis to change the status meanwhile
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        pane, legend = app.query_one(ArticlePane), app.query_one(Legend)

        async def shown(status: str) -> list[str]:
            pane.refresh_legend(status)
            await pilot.pause()
            await pilot.pause()
            return [line.strip() for line in (legend.render_line(y).text for y in range(legend.size.height))]

        # a short status beside every name in full
        assert await shown("analysing…") == ["1■Person  2■Organisation  3■Place  4■Group  5■Event  6■Date  analysing…"]
        # a longer one: three letters of each name leave it room
        assert await shown(failed) == ["1■Per 2■Org 3■Pla 4■Gro 5■Eve 6■Dat " + failed]
        await pilot.resize_terminal(100, 30)  # the article's column narrows: the status on a line of its own, whole
        await pilot.pause()
        lines = await shown(failed)
        assert len(lines) == 2 and lines[1] == failed and all(f"{n}■" in lines[0] for n in range(1, 7))


async def test_quitting_while_the_panels_tabs_mount_raises_nothing(library: Library) -> None:
    # the tabs mount once the list is on screen; a reader who quits at once took them down mid-mount, and the
    # tab bar looked for its first tab among children already gone (about one quick exit in twenty)
    import asyncio

    for attempt in range(40):
        app = NewsreaderApp(library)
        async with app.run_test(size=(140, 40)):
            await asyncio.sleep((attempt % 4) * 0.005)
        assert app.return_code in (0, None)
