"""The reader, driven through Textual's Pilot on a real library in tmp_path."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from reader_support import wait_for
from textual.widgets import Static

from store.library import Library
from store.seeds import ensure_seeded
from tui.app import NewsreaderApp
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList
from tui.widgets.library_pane import FilterInput


def rendered_lines(widget) -> list[str]:
    """What the widget paints, line by line, as the terminal would receive it."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def body_text(app: NewsreaderApp) -> str:
    """The article as shown, before wrapping (the body itself is wrapped to the column)."""
    view = app.query_one(ArticleView)
    return view.plain if view.doc is not None else str(app.query_one("#article-body", Static).content)


async def test_first_launch_lists_the_seeds_and_shows_the_newest(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        listing = app.query_one(LibraryList)
        assert listing.row_count == 5
        assert listing.highlighted == 0
        assert "Chinese President Xi Jinping" in body_text(app)
        assert "Athens News Agency · Tuesday 2 September 2025" in body_text(app)


async def test_opening_marks_read_and_is_remembered(library: Library, db: Path) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("j", "enter")
        await pilot.pause()
        opened = library.infos()[1]
        assert app.current == opened.id
        assert app.focused is app.query_one(ArticleView)
        assert opened.title in body_text(app)
        await pilot.press("s")
        await pilot.press("escape")
        assert isinstance(app.focused, LibraryList)
    fresh = Library(db)
    assert fresh.state(opened.id).read and fresh.state(opened.id).starred
    assert fresh.last_opened == opened.id

    again = NewsreaderApp(Library(db))
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert again.query_one(LibraryList).highlighted == 1
        assert again.current == opened.id


async def test_m_toggles_read(library: Library) -> None:
    ensure_seeded(library)
    first = library.infos()[0].id
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("m")
        assert library.state(first).read
        await pilot.press("m")
        assert not library.state(first).read


async def test_n_and_p_open_the_next_and_previous_unread_article(library: Library) -> None:
    ensure_seeded(library)
    infos = library.infos()
    library.set_state(infos[1].id, read=True)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert app.current == infos[0].id
        await pilot.press("n")  # the second is read: the third
        assert app.current == infos[2].id and library.state(infos[2].id).read
        assert app.query_one(LibraryList).highlighted == 2
        await pilot.press("escape", "p")  # back over the read one to the first
        assert app.current == infos[0].id and app.query_one(LibraryList).highlighted == 0
        await pilot.press("escape", "p")
        assert app.current == infos[0].id  # nothing above: it says so and stays
        assert "No more unread articles above" in [n.message for n in app._notifications]


async def test_o_without_a_web_browser_says_so_with_the_url(library: Library, monkeypatch) -> None:
    import webbrowser

    from reader_support import record_notifications

    asked: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: asked.append(url) or False)  # none found
    ensure_seeded(library)
    with_url = next(info for info in library.infos() if info.url)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        said = record_notifications(app)
        await wait_for(pilot, lambda: app.indexed)
        app.query_one(LibraryList).select_id(with_url.id)
        await pilot.press("enter", "o")
        await wait_for(pilot, lambda: any("No web browser" in s for s in said))
        assert asked == [with_url.url] and f"No web browser found to open {with_url.url}" in said


async def test_markup_and_escapes_in_an_article_show_literally(library: Library, tmp_path: Path) -> None:
    from store.ingest import ImportOptions, read_sources

    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "title": "[bold red]Loud[/] title\x1b]0;retitled\x07",
        "text": "Plain [link=https://evil.example]click[/link] text \x1b[31mred\x1b[0m and \x9b32m C1.",
    }) + "\n")
    library.add(a for a in read_sources([hostile], ImportOptions()) if not isinstance(a, Exception))
    app = NewsreaderApp(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        shown = body_text(app)
        assert "[bold red]Loud[/] title" in shown
        assert "[link=https://evil.example]click[/link]" in shown
        assert "red and" in shown
        painted = rendered_lines(app.query_one("#article-body", Static)) + rendered_lines(app.query_one(LibraryList))
        assert any("[bold red]Loud[/] title" in line for line in painted)
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for line in painted for c in line)


async def test_an_empty_library_says_what_to_do(library: Library) -> None:
    app = NewsreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.query_one(LibraryList).row_count == 0
        assert "Choose an article" in body_text(app)


async def test_a_library_given_by_path_is_seeded_and_opened_after_the_first_paint(db: Path) -> None:
    app = NewsreaderApp(db, seed=True)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert app.query_one(LibraryList).row_count == len(Library(db)) > 0
        # the seeds are not analysed yet: the title may say how far the background analysis is
        count = len(Library(db))
        assert re.fullmatch(rf"Library \({count}\)( · analysing \d / {count})?", app.query_one("#library-pane").border_title)


async def test_keys_pressed_while_the_library_opens_are_applied_once_it_is_open(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        # no pause: these reach the app before the library is read
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert app.current == library.infos()[2].id
        assert library.state(app.current).read


async def test_a_damaged_library_ends_the_reader_with_its_error(db: Path) -> None:
    from store.errors import LibraryCorrupt

    db.parent.mkdir(parents=True)
    db.write_bytes(b'{"articles": {"1": ')
    app = NewsreaderApp(db, seed=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    assert isinstance(app.error, LibraryCorrupt) and str(db) in str(app.error)
    assert app.return_code == 1
    assert db.read_bytes() == b'{"articles": {"1": '


async def test_rows_are_drawn_only_when_they_come_into_view(tmp_path: Path, monkeypatch) -> None:
    from synthetic import synthetic_jsonl

    from tui.cli import main
    from tui.widgets import library_list

    drawn: list[str] = []
    article_row = library_list.article_row
    monkeypatch.setattr(library_list, "article_row", lambda info, *rest: drawn.append(info.id) or article_row(info, *rest))
    source = tmp_path / "many.jsonl"
    synthetic_jsonl(source, 0, 2000)
    db = tmp_path / "big" / "library.json"
    assert main(["add", str(source), "--db", str(db), "--no-analyze"]) == 0
    app = NewsreaderApp(db)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        listing = app.query_one(LibraryList)
        assert listing.row_count == 2000
        assert 0 < len(set(drawn)) <= 30, len(set(drawn))  # a screenful (12 rows), not 2,000
        drawn.clear()
        await pilot.press("G")
        await pilot.pause()
        assert listing.id_at(1999) in drawn and len(set(drawn)) <= 30
        assert "Round 0 article" in listing.row(1999)[0].plain
        assert listing.render_line(listing.size.height - 2).text.strip().startswith("● Round 0 article")


async def test_the_footer_says_what_q_and_enter_do_where_the_keys_go(library: Library) -> None:
    from tui.widgets.footer import KeyFooter
    from tui.widgets.panels.quotes import QuotesPanel

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        assert " q Quit " in rendered_lines(footer)[0]
        await pilot.press("enter", "Q")  # the article, then its Quotes panel
        await pilot.pause()
        assert app.focused is app.query_one(QuotesPanel)
        [line] = rendered_lines(footer)
        assert line.startswith(" ⏎ Go to  f Filter library  esc Back ") and "Quit" not in line
        await pilot.press("q")  # back, not quit: the footer said nothing of quitting here
        await pilot.pause()
        assert app.return_code is None and app.focused is app.query_one(LibraryList)
        assert " q Quit " in rendered_lines(footer)[0]
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


async def test_the_footer_shows_the_focused_panes_keys_and_the_palette_at_the_right(library: Library) -> None:
    from tui.widgets.footer import KeyFooter

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        [line] = rendered_lines(footer)
        assert line.startswith(" / Filter  q Quit  ? Help  \\ Panels  S Speakers  T Timeline ")
        assert line.endswith("▏^p palette ") and len(line) == 140
        await pilot.press("enter")  # into the article: the footer offers the article's keys
        await pilot.pause()
        assert app.focused is app.query_one(ArticleView)
        [line] = rendered_lines(footer)
        assert line.startswith(" / Find  esc Back  ? Help ") and "Filter" not in line and "Quit" not in line
        await pilot.click(KeyFooter, offset=(line.index("Back ") - 2, 0))  # esc: back to the library
        await pilot.pause()
        assert app.focused is app.query_one(LibraryList)
        assert rendered_lines(footer)[0].startswith(" / Filter ")
        key_colour = next(iter(footer.render_line(0))).style.color.triplet.hex.upper()
        assert key_colour == app.theme_variables["footer-key-foreground"].upper()
        app.theme = "textual-light"  # the keys take the new theme's colour
        await pilot.pause()
        assert next(iter(footer.render_line(0))).style.color.triplet.hex.upper() == app.get_css_variables()["footer-key-foreground"].upper() != key_colour
        await pilot.click(KeyFooter, offset=(137, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


async def test_the_footer_leaves_out_the_keys_a_filter_or_find_box_takes_as_text(library: Library) -> None:
    from tui.widgets.footer import KeyFooter

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        await pilot.press("slash", "backslash", "question_mark")
        box = app.query_one(FilterInput)
        assert box.value == "\\?" and not app.help_open()  # typed, not pressed
        [line] = rendered_lines(footer)
        assert line.split() == ["esc", "Clear", "▏^p", "palette"], line
        await pilot.press("escape", "enter", "slash")  # the find in the article
        await pilot.pause()
        [line] = rendered_lines(footer)
        assert line.split() == ["esc", "Close", "find", "▏^p", "palette"], line
        await pilot.press("escape")
        await pilot.pause()
        [line] = rendered_lines(footer)
        assert " ? Help " in line and " \\ Panels " in line  # keys again, out of the box


async def test_a_narrow_footer_leaves_out_the_keys_it_has_no_room_for_whole(library: Library) -> None:
    from tui.widgets.footer import KeyFooter

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # the article's keys: more than 80 columns of them
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        [line] = rendered_lines(footer)
        keys, _, palette = line.rpartition("▏")
        assert palette == "^p palette " and len(line) == 80
        descriptions = {binding.description for _, binding, _, _ in app.screen.active_bindings.values()}
        # the last key drawn is drawn whole: its description, not the start of it ("T Time"), before the padding
        assert keys.startswith(" / Find  esc Back ")
        assert any(keys.rstrip().endswith(f" {description}") for description in descriptions), keys
        await pilot.click(KeyFooter, offset=(line.index("Back ") - 2, 0))  # a key is still pressed where it is drawn
        await pilot.pause()
        assert app.focused is app.query_one(LibraryList)


async def test_the_first_screen_is_listed_from_the_head_of_the_index_before_the_rest_is_read(db: Path, monkeypatch) -> None:
    from datetime import date, timedelta

    from store.article import Article
    from tui.app import FIRST_SCREEN

    library = Library(db)
    library.add([Article.new(f"Story {n} about the harbour.", title=f"Story {n}", published=date(2020, 1, 1) + timedelta(days=n))
                 for n in range(FIRST_SCREEN + 50)])
    newest = [i.id for i in library.infos()[:FIRST_SCREEN]]
    listed_before_the_rest: list[tuple[list[str], bool]] = []
    app = NewsreaderApp(Library(db))
    infos = Library.infos

    def reading_everything(self):
        listing = app.query_one(LibraryList)
        in_a_thread = threading.current_thread() is not threading.main_thread()
        listed_before_the_rest.append(([listing.id_at(n) for n in range(listing.row_count)], in_a_thread))
        return infos(self)

    monkeypatch.setattr(Library, "infos", reading_everything)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        listing = app.query_one(LibraryList)
        await wait_for(pilot, lambda: listing.row_count == FIRST_SCREEN + 50)
        # the newest rows were on screen before the whole index was read, and the keys never waited for it
        assert listed_before_the_rest[0] == (newest, True)
        assert str(app.query_one("#library-pane").border_title).startswith(f"Library ({FIRST_SCREEN + 50})")


async def test_after_its_first_screen_the_reader_compacts_a_long_log_for_the_next_start(db: Path) -> None:
    from datetime import date, timedelta

    from store import index
    from store.article import Article

    library = Library(db)
    for start in range(0, 900, 150):  # a few imports: a log well past TIDY_LIMIT, far below LOG_LIMIT
        library.add([Article.new(f"Story {n} about the harbour.", title=f"Story {n}",
                                 published=date(2020, 1, 1) + timedelta(days=n)) for n in range(start, start + 150)])
    log = db.parent / "library.index" / "000001.log"
    assert index.TIDY_LIMIT < log.stat().st_size < index.LOG_LIMIT
    expected = [i.id for i in library.infos()]
    app = NewsreaderApp(Library(db))
    async with app.run_test(size=(140, 40)) as pilot:
        listing = app.query_one(LibraryList)
        await wait_for(pilot, lambda: Library(db)._index.generation == 2)
        await wait_for(pilot, lambda: listing.row_count == 900)
        assert [listing.id_at(n) for n in range(900)] == expected
        await pilot.press("j")
        await pilot.pause()
        assert app.library.infos()[1].id == expected[1]  # the reader's own view follows the new generation
    assert (db.parent / "library.index" / "000002.log").stat().st_size == 0
    assert [i.id for i in Library(db).infos()] == expected
