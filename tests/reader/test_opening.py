"""The reader while it opens: the first rows, then the whole index and the facets read in a thread.

The facets are held back here (their read waits for the test), as a large library's take a second
or more to read: the keys meanwhile must work, and a filter typed meanwhile must be right once
they arrive.
"""

from __future__ import annotations

import gc
import threading

import pytest
from reader_support import wait_for
from textual import events

from store.articleset import ArticleSet
from store.library import Library
from tui.app import NewsreaderApp
from tui.widgets.library_list import LibraryList
from tui.widgets.library_pane import FilterInput


@pytest.fixture
def facets_held(monkeypatch) -> threading.Event:
    """Library.facets() waits until the event is set (the test sets it; 20 s at most)."""
    gate = threading.Event()
    facets = Library.facets

    def held(self):
        gate.wait(20)
        return facets(self)

    monkeypatch.setattr(Library, "facets", held)
    return gate


def listed(app: NewsreaderApp) -> list[str]:
    listing = app.query_one(LibraryList)
    return [listing.id_at(n) for n in range(listing.row_count)]


def title(app: NewsreaderApp) -> str:
    return str(app.query_one("#library-pane").border_title)


async def test_keys_move_the_cursor_while_the_facets_are_read(analysed: Library, facets_held: threading.Event) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.everything is not None)
        assert not app.indexed
        await pilot.press("j", "j")
        listing = app.query_one(LibraryList)
        assert listing.highlighted == 2
        await wait_for(pilot, lambda: app.current == listing.id_at(2))  # and the article under it is shown
        facets_held.set()
        await wait_for(pilot, lambda: app.indexed)
        assert listing.highlighted == 2 and listing.row_count == len(analysed)


async def test_a_speaker_filter_typed_before_the_facets_arrive_lists_the_right_rows_once_they_do(
    analysed: Library, facets_held: threading.Event
) -> None:
    query = "speaker:putin"
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.everything is not None)
        await pilot.press("slash", *query)
        assert app.query_one(FilterInput).value == query
        assert listed(app) == [] and "indexing…" in title(app)  # said, not a silent "no article"
        facets_held.set()
        await wait_for(pilot, lambda: app.indexed)
        await pilot.pause()
        with_facets = ArticleSet.of(analysed.infos(), {}, Library(analysed.path).facets())
        expected = with_facets.where(query).ids
        assert expected and listed(app) == expected
        assert title(app).startswith(f"Library ({len(expected)} of {len(analysed)})") and "indexing" not in title(app)


async def test_keys_typed_right_after_slash_go_into_the_filter(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.indexed)
        theme = app.theme
        # as the terminal sends keys typed fast: all of them queued before the first is handled
        for key in ("slash", "t", "a", "r"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await pilot.pause()
        assert app.query_one(FilterInput).value == "tar"
        assert app.theme == theme  # `t` did not change the theme, nor `r` re-analyse
        assert app.focused is app.query_one(FilterInput)


async def test_the_collector_the_command_line_turns_off_is_back_on_once_the_first_rows_are_drawn(analysed: Library) -> None:
    gc.disable()  # as tui/cli's open_reader starts the reader
    try:
        app = NewsreaderApp(analysed)
        async with app.run_test(size=(140, 40)) as pilot:
            await wait_for(pilot, lambda: app.everything is not None)
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0  # what the start made is out of its way, not collected
            await pilot.press("j")
            assert app.query_one(LibraryList).highlighted == 1
    finally:
        gc.enable()


async def test_the_filter_line_is_made_the_first_time_it_is_opened_and_kept(analysed: Library) -> None:
    """Not in the first frame (hidden, it cost the start Input's styles); then it works as if it always was."""
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.indexed)
        assert not app.query(FilterInput)
        await pilot.press("escape")  # clearing a filter never opened: nothing happens
        assert listed(app) == [i.id for i in analysed.infos()]
        await pilot.press("slash", *"putin")
        box = app.query_one(FilterInput)
        assert box.value == "putin" and app.focused is box and box.display
        assert listed(app) == ArticleSet.of(analysed.infos(), {}).where("putin").ids != []
        await pilot.press("escape")
        assert not box.display and listed(app) == [i.id for i in analysed.infos()]
        await pilot.press("slash", "x")
        assert list(app.query(FilterInput)) == [box] and box.value == "x"
