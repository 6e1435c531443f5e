"""The reader at 80x24 and 100x30, common terminal sizes: the key bar keeps every key of the pane where it can,
and an article's URL under its title is one line, cut with "…", not folded mid-word over three."""

from __future__ import annotations

from datetime import date

import pytest
from reader_support import open_view, wait_for

from store.article import Article
from store.library import Library
from store.seeds import ensure_seeded
from tui.app import NewsreaderApp
from tui.screens.speaker_quotes import SpeakerQuotesScreen
from tui.screens.speakers import SpeakersScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.footer import KeyFooter
from tui.widgets.library_list import LibraryList
from tui.widgets.panels.quotes import QuotesPanel

URL = "https://en.wikinews.org/wiki/Gregory_Kurtzer_discusses_plans_for_Rocky_Linux_with_Wikinews_as_Red_Hat_moves"
STORY = (
    "Red Hat said on Tuesday that it would move its focus away from CentOS. The project's founder, Gregory "
    "Kurtzer, started a new distribution the same week. Its build notes are at "
    "https://rockylinux.org/news/community-update-december-2020-build-notes-and-mirrors-for-testers today."
)


def bar(app: NewsreaderApp) -> str:
    return app.screen.query_one(KeyFooter).render_line(0).text


def keys_of(line: str) -> list[str]:
    """The descriptions the bar shows, whatever their spacing."""
    return line.split()


@pytest.fixture
def seeded(library: Library) -> Library:
    ensure_seeded(library)
    return library


async def test_at_80_columns_a_panel_keeps_every_key_closer_together(seeded: Library) -> None:
    app = NewsreaderApp(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "Q")
        await wait_for(pilot, lambda: app.focused is app.query_one(QuotesPanel))
        line = bar(app)
        assert len(line) == 80
        for key in ("Go to", "Filter library", "Back", "Help", "Panels", "Speakers", "Timeline"):
            assert f" {key}" in line, (key, line)  # before, the last ones went: "T Timeline" did not fit
        assert line.startswith(" ⏎ Go to f Filter library esc Back ") and line.endswith("▏^p ")
        # a click on a key still presses it: "S" opens the Speakers view
        await pilot.click(KeyFooter, offset=(line.index(" Speakers") - 1, 0))
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakersScreen))


async def test_where_the_keys_fit_the_bar_is_drawn_as_before(seeded: Library) -> None:
    app = NewsreaderApp(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert bar(app).startswith(" / Filter  q Quit  ? Help ") and bar(app).endswith("▏^p palette ")


async def test_at_80_columns_the_views_keep_every_key(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_view(app, pilot, "S", SpeakersScreen)
        line = bar(app)
        assert all(f" {key}" in line for key in ("Quotes", "Back", "Reader", "Filter", "Filter library", "Help",
                                                 "Timeline")), line
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        line = bar(app)
        assert all(f" {key}" in line for key in ("Open", "Back", "Reader", "Filter", "Copy", "Help", "Speakers",
                                                 "Timeline")), line


async def test_keys_that_do_not_fit_even_closer_go_whole(seeded: Library) -> None:
    app = NewsreaderApp(seeded)
    async with app.run_test(size=(50, 24)) as pilot:
        await pilot.press("enter", "Q")
        await wait_for(pilot, lambda: app.focused is app.query_one(QuotesPanel))
        line = bar(app)
        assert len(line) == 50 and line.endswith("▏^p ")
        kept = line[: line.index("▏")].rstrip()
        assert kept.endswith((" Back", " Help", " Panels", " Speakers")), line  # no key cut in two


async def test_the_articles_url_is_one_line_cut_with_an_ellipsis(library: Library) -> None:
    library.add([Article.new(STORY, title="Red Hat moves away from CentOS", source="Wikinews",
                             published=date(2020, 12, 18), url=URL)])
    app = NewsreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.query_one(LibraryList).row_count == 1)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        await wait_for(pilot, lambda: view.doc is not None, seconds=90)  # the analysis: spaCy loads first
        await pilot.pause()
        body = view.query_one("#article-body")
        lines = [body.render_line(y).text.strip() for y in range(body.size.height)]
        at = next(n for n, line in enumerate(lines) if line.startswith("https://en.wikinews.org/wiki/"))
        assert lines[at].endswith("…") and "Red_Hat_moves" not in lines[at]
        assert lines[at + 1] == ""  # the text starts just after it, not with the rest of the URL
        assert lines[at + 2].startswith("Red Hat said on Tuesday")
        # the URL in the text is a reader's to copy: whole, over as many lines as it takes
        shown = "".join(lines)
        assert "https://rockylinux.org/news/community-update-december-2020-build-notes-and-mirrors-for-testers" in shown
        # the lines of the text are still where the reader scrolls to (a quote, a find): the paragraph's is the
        # one drawn, two under the URL
        assert view.line_of(view.plain.index("Red Hat said")) == at + 2
        assert view.line_of(view.plain.index("Kurtzer, started")) == at + 5
        await pilot.press("y")  # the whole URL, copied
        await pilot.pause()
        assert app.clipboard == URL


# -- the help beside the panes ---------------------------------------------------------------------


async def test_at_100_columns_the_help_leaves_the_focused_pane_room_to_read(seeded: Library) -> None:
    app = NewsreaderApp(seeded)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.query_one(ArticleView).doc is not None, seconds=90)  # spaCy loads first
        assert not app.narrow and app.query_one("#panels").display
        await pilot.press("f1")
        await wait_for(pilot, lambda: app.help_open() and app.narrow)
        await pilot.pause()
        article = app.query_one("#article-pane")
        # beside three panes, the article had 7 columns: a letter a line
        assert article.display and article.size.width >= 50
        assert not app.query_one("#library-pane").display and not app.query_one("#panels").display
        assert app.focused is app.query_one(ArticleView)  # the help is the article's
        await pilot.press("escape")
        await wait_for(pilot, lambda: not app.help_open() and not app.narrow)
        await pilot.pause()
        assert all(app.query_one(s).display for s in ("#library-pane", "#article-pane", "#panels"))
        await pilot.press("backslash", "f1")  # the panels hidden: so again once the help is closed
        await wait_for(pilot, lambda: app.help_open() and app.narrow)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not app.help_open() and not app.narrow)
        await pilot.pause()
        assert not app.query_one("#panels").display and app.query_one("#article-pane").display


async def test_the_help_of_a_panel_keeps_the_panel_in_sight(seeded: Library) -> None:
    app = NewsreaderApp(seeded)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "Q")
        await wait_for(pilot, lambda: app.focused is app.query_one(QuotesPanel))
        await pilot.press("f1")
        await wait_for(pilot, lambda: app.help_open() and app.narrow)
        await pilot.pause()
        assert app.query_one("#panels").display and not app.query_one("#article-pane").display
        assert app.focused is app.query_one(QuotesPanel)


async def test_at_80_columns_the_help_scrolls_where_it_was_cut(seeded: Library) -> None:
    from textual.widgets import Markdown

    app = NewsreaderApp(seeded)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await wait_for(pilot, lambda: app.help_open())
        await pilot.pause()
        help_text = app.screen.query_one("#widget-help", Markdown)
        assert help_text.size.width >= 30
        assert help_text.max_scroll_y > 0  # more than it shows: the rest a scroll away, not cut off


# -- the views' article lines ----------------------------------------------------------------------

SEED_BYLINE = " · Athens News Agency · 2025-09-02"


async def test_at_80_columns_the_views_cut_a_long_title_not_its_source_and_date(analysed: Library) -> None:
    from tui.screens.timeline import TimelineScreen

    app = NewsreaderApp(analysed)
    async with app.run_test(size=(80, 24)) as pilot:
        timeline = await open_view(app, pilot, "T", TimelineScreen)
        rows = timeline.rows
        seed = [n for n in timeline.shown if timeline.timeline.entry(n).article.source == "Athens News Agency"]
        assert seed
        for n in seed:
            _, under = rows.row_lines(n, rows.width)
            assert under.plain.endswith("…" + SEED_BYLINE) and under.cell_len <= rows.width, under.plain
        await pilot.press("q", "S")
        speakers = await open_view(app, pilot, "S", SpeakersScreen)
        assert speakers.chosen.name == "Vladimir Putin"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        quotes = app.screen.rows
        [heading] = [item for item in quotes.items if type(item).__name__ == "ArticleHeading"]
        [line] = quotes.row_lines(heading, quotes.width)
        assert line.plain.startswith("Xi and Putin hail") and line.plain.endswith("…" + SEED_BYLINE), line.plain


def test_a_title_is_cut_where_its_source_and_date_would_not_fit() -> None:
    from tui.byline import title_beside

    assert title_beside("Short title", "Wikinews · 2020-03-03", 80) == "Short title"
    cut = title_beside("A long title of an article about a minister and a war", "Wikinews · 2020-03-03", 50)
    assert cut.endswith("…") and len(cut + " · Wikinews · 2020-03-03") == 50
    assert title_beside("A long title of an article", "A source with a very long name · 2020-03-03", 50) == (
        "A long title of an article")  # left too little: whole, and the line is cut at its end


async def test_at_100_columns_the_reference_date_keeps_its_weekday(seeded: Library) -> None:
    app = NewsreaderApp(seeded)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "D")
        reference = app.query_one("#reference")
        # the seed's analysis comes in the background: then the label, the shorter one in a panel 28 columns wide
        await wait_for(pilot, lambda: reference.render_line(0).text.strip() == "Reference: 2025-09-02 Tue", seconds=60)
        assert reference.size.height == 1  # not "Tue" alone on a line under it
    async with NewsreaderApp(seeded).run_test(size=(140, 40)) as pilot:  # where there is room, the whole label
        await pilot.press("enter", "D")
        reference = pilot.app.query_one("#reference")
        await wait_for(pilot, lambda: reference.render_line(0).text.strip() == "Reference date: 2025-09-02 Tue")
