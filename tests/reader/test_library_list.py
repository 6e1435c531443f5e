"""The library list on its own: a real Textual app holding only it, driven by Pilot."""

from __future__ import annotations

from datetime import date, datetime

from textual.app import App, ComposeResult

from store.article import ArticleInfo, ReadingState
from store.articleset import ArticleSet
from tui.widgets.library_list import LibraryList

ADDED = datetime(2025, 9, 2, 12, 0)


def info(n: int, title: str | None = None, source: str = "Wire", published: date | None = date(2025, 9, 2)) -> ArticleInfo:
    return ArticleInfo(id=f"a{n:07d}", title=f"Story {n}" if title is None else title, source=source,
                       published=published, url="", added=ADDED, chars=100)


class Counted:
    """A million articles made on demand, counting each one asked for: the list may ask only for what it shows."""

    def __init__(self, count: int) -> None:
        self.count, self.asked = count, 0

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int) -> ArticleInfo:
        if not -self.count <= index < self.count:
            raise IndexError(index)
        self.asked += 1
        return info(index % self.count)

    def position(self, article_id: str) -> int | None:
        return int(article_id[1:]) if int(article_id[1:]) < self.count else None


class ListApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, int]] = []

    def compose(self) -> ComposeResult:
        yield LibraryList()

    def on_library_list_highlighted(self, event: LibraryList.Highlighted) -> None:
        self.messages.append(("highlighted", event.article_id, event.index))

    def on_library_list_selected(self, event: LibraryList.Selected) -> None:
        self.messages.append(("selected", event.article_id, event.index))


def painted(listing: LibraryList) -> list[str]:
    return [listing.render_line(y).text for y in range(listing.size.height)]


async def test_a_million_rows_cost_a_screenful_to_show_move_through_and_refill() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 24)) as pilot:
        listing = app.query_one(LibraryList)
        rows = Counted(1_000_000)
        listing.show_articles(rows, {})
        await pilot.pause()
        assert listing.row_count == 1_000_000 and listing.virtual_size.height == 2_000_000
        assert painted(listing)[0].startswith("● Story 0")
        for keys in (("G",), ("space", "space"), ("b",), ("g",), ("j", "k")):
            rows.asked = 0
            await pilot.press(*keys)
            await pilot.pause()
            assert rows.asked <= 60, (keys, rows.asked)  # 12 rows on screen, each asked for a few times at most
        await pilot.press("G")
        await pilot.pause()
        assert listing.highlighted == 999_999 and painted(listing)[-2].startswith("● Story 999999")
        rows.asked = 0
        listing.show_articles(rows, {}, keep="a0500000")  # a filter keystroke: the set replaced, the cursor kept
        await pilot.pause()
        assert listing.highlighted == 500_000 and rows.asked <= 60


async def test_keys_move_the_cursor_and_say_so_enter_opens() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 24)) as pilot:  # 12 rows a page
        listing = app.query_one(LibraryList)
        listing.show_articles(ArticleSet.of([info(n) for n in range(50)]), {})
        await pilot.pause()
        assert app.messages == [("highlighted", "a0000000", 0)]
        moves = [("j", 1), ("down", 2), ("k", 1), ("up", 0), ("up", 0), ("space", 12), ("pagedown", 24), ("b", 12),
                 ("pageup", 0), ("G", 49), ("j", 49), ("g", 0), ("end", 49), ("home", 0)]
        for key, expected in moves:
            await pilot.press(key)
            assert listing.highlighted == expected, key
        assert [m for m in app.messages if m[0] == "highlighted"][-3:] == [
            ("highlighted", "a0000000", 0), ("highlighted", "a0000049", 49), ("highlighted", "a0000000", 0)]
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.messages[-1] == ("selected", "a0000001", 1)


async def test_the_cursor_row_is_scrolled_into_view() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 24)) as pilot:
        listing = app.query_one(LibraryList)
        listing.show_articles(ArticleSet.of([info(n) for n in range(50)]), {})
        await pilot.pause()
        listing.select_id("a0000030")
        await pilot.pause()
        lines = painted(listing)
        assert any(line.startswith("● Story 30") for line in lines)
        assert not any(line.startswith("● Story 0 ") for line in lines)
        assert listing.select_id("nowhere") is False and listing.highlighted == 30


async def test_a_click_opens_the_row_under_the_mouse() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 24)) as pilot:
        listing = app.query_one(LibraryList)
        listing.show_articles(ArticleSet.of([info(n) for n in range(5)]), {})
        await pilot.pause()
        await pilot.click(LibraryList, offset=(5, 5))  # lines 4 and 5 are the third row
        await pilot.pause()
        assert listing.highlighted == 2
        assert app.messages[-1] == ("selected", "a0000002", 2)
        await pilot.click(LibraryList, offset=(5, 20))  # below the last row: nothing
        await pilot.pause()
        assert listing.highlighted == 2 and app.messages[-1] == ("selected", "a0000002", 2)

        def background(y: int):
            return next(iter(listing.render_line(y))).style.bgcolor

        plain = background(8)
        await pilot.hover(LibraryList, offset=(5, 1))  # the first row lights up under the mouse
        await pilot.pause()
        assert background(0) == background(1) != plain and background(8) == plain
        await pilot.hover(LibraryList, offset=(5, 7))
        await pilot.pause()
        assert background(0) == plain and background(6) != plain


async def test_rows_show_marks_and_a_byline_and_are_cut_with_an_ellipsis() -> None:
    app = ListApp()
    async with app.run_test(size=(30, 12)) as pilot:  # 28 columns inside the padding
        listing = app.query_one(LibraryList)
        infos = [info(0, "A title far too long to fit in this narrow list"), info(1, "Read one"),
                 info(2, "Starred one"), info(3, "", source="", published=None)]
        states = {"a0000001": ReadingState(read=True), "a0000002": ReadingState(read=True, starred=True)}
        listing.show_articles(ArticleSet.of(infos), states)
        listing.highlighted = 3  # the cursor's colours aside, row 0 is drawn like any other
        await pilot.pause()
        lines = painted(listing)
        assert lines[0] == "● A title far too long to f…" and len(lines[0]) == listing.size.width == 28
        assert lines[1] == "  Wire · 2025-09-02".ljust(28)
        assert lines[2].rstrip() == "  Read one"
        assert lines[4].rstrip() == "★ Starred one"
        assert lines[6].rstrip() == "● (untitled)" and lines[7].rstrip() == "  —"
        # unread titles are bold, read ones are not; the byline is dimmed
        assert all(s.style.bold for s in list(listing.render_line(0)) if s.text.strip())
        assert not any(s.style.bold for s in list(listing.render_line(2)) if s.text.strip())
        assert all(s.style.dim for s in list(listing.render_line(1)) if s.text.strip())


async def test_a_byline_too_long_for_the_list_cuts_the_source_and_keeps_the_date_whole() -> None:
    app = ListApp()
    async with app.run_test(size=(24, 12)) as pilot:  # 22 columns inside the padding, as at 100 columns
        listing = app.query_one(LibraryList)
        infos = [info(0, source="Wikinews"), info(1, source="Athens News Agency"), info(2, source="AP"),
                 info(3, source="A source with no date", published=None)]
        listing.show_articles(ArticleSet.of(infos), {})
        await pilot.pause()
        lines = painted(listing)
        assert len(lines[1]) == listing.size.width == 22
        assert lines[1] == "  Wikine… · 2025-09-02"
        assert lines[3] == "  Athens… · 2025-09-02"
        assert lines[5].rstrip() == "  AP · 2025-09-02"  # fits: as it was
        assert lines[7] == "  A source with no da…"  # no date to keep: cut at the end as before


async def test_titles_are_text_never_markup() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 12)) as pilot:
        listing = app.query_one(LibraryList)
        hostile = info(0, "[bold red]Loud[/] $x [link=https://evil.example]click[/link]", source="[i]Agency[/i]")
        listing.show_articles(ArticleSet.of([hostile]), {})
        await pilot.pause()
        lines = painted(listing)
        assert "[bold red]Loud[/] $x [link=https://evil.example]click" in lines[0]
        assert "[i]Agency[/i]" in lines[1]
        assert not any(s.style and s.style.link for y in (0, 1) for s in list(listing.render_line(y)))


async def test_a_changed_library_keeps_the_cursor_on_its_article_where_it_was_on_screen() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 24)) as pilot:
        listing = app.query_one(LibraryList)
        listing.show_articles(ArticleSet.of([info(n) for n in range(100, 200)]), {})
        await pilot.pause()
        listing.select_id("a0000140")
        await pilot.pause()
        row_on_screen = painted(listing).index(next(line for line in painted(listing) if "Story 140" in line))
        app.messages.clear()
        # three new articles at the top, one below removed
        listing.replace_articles(ArticleSet.of([info(n) for n in (1, 2, 3, *range(100, 150), *range(151, 200))]), {})
        await pilot.pause()
        assert listing.highlighted_id == "a0000140" and listing.highlighted == 43
        assert "Story 140" in painted(listing)[row_on_screen]
        assert app.messages == []  # the same article: nothing to show afresh
        # the article itself goes: the cursor stays where it was, on the next one
        listing.replace_articles(ArticleSet.of([info(n) for n in (1, 2, 3, *range(100, 140), *range(141, 200))]), {})
        await pilot.pause()
        assert listing.highlighted == 43 and listing.highlighted_id == "a0000141"
        assert app.messages == [("highlighted", "a0000141", 43)]
        listing.replace_articles(ArticleSet.of([]), {})
        await pilot.pause()
        assert listing.highlighted is None and listing.highlighted_id is None and listing.row_count == 0


async def test_one_row_is_redrawn_when_its_marks_change() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 12)) as pilot:
        listing = app.query_one(LibraryList)
        infos = [info(n) for n in range(3)]
        listing.show_articles(ArticleSet.of(infos), {})
        await pilot.pause()
        assert painted(listing)[2].startswith("● Story 1")
        listing.refresh_article(infos[1], ReadingState(read=True, starred=True))
        await pilot.pause()
        assert painted(listing)[2].startswith("★ Story 1")
        listing.refresh_article(infos[1], ReadingState(read=True))
        await pilot.pause()
        assert painted(listing)[2].startswith("  Story 1")
        listing.refresh_article(info(7), ReadingState(read=True))  # not in the list: nothing to draw


async def test_an_empty_list_has_no_cursor_and_enter_does_nothing() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 12)) as pilot:
        listing = app.query_one(LibraryList)
        listing.show_articles(ArticleSet.of([]), {}, keep="a0000001")
        await pilot.pause()
        await pilot.press("j", "G", "space", "enter")
        assert listing.highlighted is None and app.messages == []
        assert all(line.strip() == "" for line in painted(listing))
