"""The open reader follows what other processes do to its library: adds, removals, marks and analyses
arrive within seconds, and the cursor and the filter stay where they were.

The reader runs on a real library in tmp_path; the other process is `python -m tui.cli` or a second
Library object on the same files (another newsreader would be one).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from reader_support import analysed, analysed_template, seed_analysis, seed_id, wait_for  # noqa: F401  (fixtures)

from store.analyses import save_analyses
from store.article import Article, ReadingState
from store.library import Library
from tui.app import NewsreaderApp
from tui.widgets.library_list import LibraryList

SIZE = (160, 48)
ROOT = Path(__file__).resolve().parents[2]


def rows(app: NewsreaderApp) -> list[str]:
    listing = app.query_one(LibraryList)
    return [listing.id_at(n) for n in range(listing.row_count)]


def cursor(app: NewsreaderApp) -> str | None:
    listing = app.query_one(LibraryList)
    return listing.highlighted_id


def title(app: NewsreaderApp) -> str:
    return str(app.query_one("#library-pane").border_title)


async def opened(pilot) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: app.indexed and app._progress is not None)


async def test_an_article_added_by_another_process_appears_in_the_filtered_list_and_the_cursor_stays(
    analysed: Library, tmp_path: Path  # noqa: F811
) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text("Title: Wikinews reports the harbour reopened\nSource: Wikinews\nPublished: 2030-01-01\n\n"
                    "The harbour reopened on Monday after the storm, the port authority said.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Title: Tariff talks resume\nSource: Wire\nPublished: 2030-01-02\n\nTariff talks resumed.\n",
                     encoding="utf-8")
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await pilot.press("A")  # no background analysis of the new article: this test is about the list
        await pilot.press("slash", *"wikinews", "enter")
        await pilot.press("j")
        before, at = rows(app), cursor(app)
        assert len(before) == 4 and at == before[1] and title(app) == "Library (4 of 5)"
        for source in (wire, other):  # the reader keeps running meanwhile
            add = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tui.cli", "add", "--no-analyze", str(source), "--db", str(analysed.path),
                cwd=ROOT, stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
            )
            _, err = await asyncio.wait_for(add.communicate(), 60)
            assert add.returncode == 0, err
        await wait_for(pilot, lambda: len(rows(app)) == 5, seconds=5)
        new = rows(app)[0]
        assert Library(analysed.path).info(new).title == "Wikinews reports the harbour reopened"
        assert rows(app)[1:] == before  # the one about tariffs is not a Wikinews article: filtered out
        assert cursor(app) == at and app.query_one("#filter").value == "wikinews"
        await wait_for(pilot, lambda: title(app) == "Library (5 of 7)")
        assert app.states.get(new, ReadingState()) == ReadingState()  # unread
        await pilot.press("escape")  # the filter cleared: every article, the new ones included
        assert len(rows(app)) == 7


async def test_an_article_removed_elsewhere_leaves_the_list_and_the_one_being_read_says_so(analysed: Library) -> None:  # noqa: F811
    other = Library(analysed.path)
    ids = [i.id for i in other.infos()]
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await pilot.press("j", "j", "enter")  # reading the third
        reading = ids[2]
        assert app.current == reading
        other.remove(ids[4])  # not on screen: it just goes
        await wait_for(pilot, lambda: ids[4] not in rows(app), seconds=5)
        assert app.current == reading and cursor(app) == reading
        other.remove(reading)
        await wait_for(pilot, lambda: reading not in rows(app), seconds=5)
        # notify() posts a message: the notification is in the app's list once that is handled
        await wait_for(pilot, lambda: any("removed from the library" in n.message for n in app._notifications), seconds=5)
        assert "removed from the library" in str(app.query_one("#legend").render())
        assert app.article is not None and app.article.id == reading  # still on screen, to finish reading
        assert cursor(app) == ids[3]  # the next one
        await pilot.press("m", "s")  # nothing to mark: no error, no crash
        assert app.is_running and app.error is None
        assert not [n for n in app._notifications if n.severity == "error"]
        await pilot.press("escape", "k")
        assert app.current == ids[1]  # reading goes on with the others


async def test_marks_made_elsewhere_show_and_move_the_article_out_of_an_unread_filter(analysed: Library) -> None:  # noqa: F811
    other = Library(analysed.path)
    ids = [i.id for i in other.infos()]
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await pilot.press("slash", *"is:unread", "enter")
        await pilot.press("j")
        assert cursor(app) == ids[1] and len(rows(app)) == 5
        other.set_state(ids[3], read=True)
        other.set_state(ids[0], starred=True)
        await wait_for(pilot, lambda: ids[3] not in rows(app), seconds=5)
        assert app.states[ids[0]] == ReadingState(starred=True) and app.states[ids[3]] == ReadingState(read=True)
        listing = app.query_one(LibraryList)
        assert str(listing.row(0)[0]).startswith("★")
        assert cursor(app) == ids[1] and title(app) == "Library (4 of 5)"
        other.set_state(ids[3], read=False)
        await wait_for(pilot, lambda: ids[3] in rows(app), seconds=5)
        assert cursor(app) == ids[1]


async def test_an_analysed_article_added_elsewhere_is_found_by_its_speaker(analysed: Library) -> None:  # noqa: F811
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await pilot.press("slash", *'speaker:"Vladimir Putin"', "enter")
        assert len(rows(app)) == 1
        other = Library(analysed.path)
        seed = other.get(seed_id(other))
        # a copy of the Xi and Putin article with the seed's analysis (its offsets still hold), as `add` saves it
        new = Article.new(seed.text + "\n\n(A copy for this test.)", title="Putin and Xi, again", source="Wire")
        other.add([new])
        save_analyses(other, [(new, seed_analysis(other))])
        await wait_for(pilot, lambda: len(rows(app)) == 2, seconds=5)
        assert new.id in rows(app)
