"""Keys typed into the reader's filters: the library's word starts are made before the first key needs them
(again when another process adds an article), the "s" of "Putin's" starts no word, and "?" in a filter box
is a character of the query, not the help. Short articles of our own, in a real reader driven by Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import SIZE, open_view, wait_for

from store import matching
from store.article import Article
from store.library import Library
from tui.app import NewsreaderApp
from tui.screens.base import ViewFilter
from tui.screens.speakers import SpeakersScreen
from tui.widgets.library_list import LibraryList
from tui.widgets.library_pane import FilterInput

VISIT = "Putin's visit to Minsk"
SENATE = "Senate passes the budget"
FERRIES = "Ferries resume"
STORIES = [
    (VISIT, "The president arrived on Monday for two days of talks."),
    (SENATE, "The upper house approved the spending plan by a wide margin on Tuesday."),
    (FERRIES, "Boats to the islands sailed again on Wednesday after the strike ended."),
]


def desk(folder: Path) -> Library:
    library = Library(folder / "library.json")
    library.add([Article.new(text, title=title, source="Courier") for title, text in STORIES])
    return library


def listed(app: NewsreaderApp) -> set[str]:
    listing = app.query_one(LibraryList)
    return {listing.article(n)[0].title for n in range(listing.row_count)}


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The word starts made for the library's filter, counted (each set of keys: its size). Any library is
    "long" here, so that a small one takes the way 100,000 titles do."""
    sizes: list[int] = []
    make = matching.spaced_keys

    def counted(keys):
        sizes.append(len(keys))
        return make(keys)

    monkeypatch.setattr(matching, "_SPACED_FROM", 0)
    monkeypatch.setattr(matching, "spaced_keys", counted)
    return sizes


async def test_the_first_key_typed_finds_the_word_starts_made(tmp_path: Path, made: list[int]) -> None:
    library = desk(tmp_path)
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.indexed and made == [3])  # made once the library was read
        await pilot.press("slash", "s")
        await wait_for(pilot, lambda: app.query_one(LibraryList).row_count == 1)
        assert listed(app) == {SENATE}  # not the "s" of "Putin's"
        assert made == [3]  # the key typed made nothing
        await pilot.press("ctrl+u", *"putin's")  # an apostrophe typed: the word as written
        await wait_for(pilot, lambda: listed(app) == {VISIT})
        await pilot.press("ctrl+u", *"visit minsk")
        await wait_for(pilot, lambda: listed(app) == {VISIT})
        await pilot.press("escape")
        # another process adds an article: its word starts are made with the others', before a key needs them
        Library(library.path).add([Article.new("Sales rose in the spring.", title="Shops see sales rise",
                                               source="Courier")])
        await wait_for(pilot, lambda: app.query_one(LibraryList).row_count == 4 and made == [3, 4])
        await pilot.press("slash", "s")
        await wait_for(pilot, lambda: listed(app) == {SENATE, "Shops see sales rise"})
        assert made == [3, 4]


async def test_a_question_mark_typed_in_the_filter_is_part_of_the_query(tmp_path: Path) -> None:
    app = NewsreaderApp(desk(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.everything is not None)
        await pilot.press("slash", *"why", "question_mark")
        await pilot.pause()
        box = app.query_one(FilterInput)
        assert box.value == "why?" and app.focused is box
        assert not app.help_open()
        await pilot.press("f1")  # the help is still a key away while the box has focus
        await wait_for(pilot, lambda: app.help_open())
        assert box.value == "why?"


async def test_a_question_mark_typed_in_a_views_filter_is_part_of_its_query(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)
        await pilot.press("slash", *"who", "question_mark")
        await pilot.pause()
        assert screen.query_one(ViewFilter).value == "who?"
        assert not app.help_open()
