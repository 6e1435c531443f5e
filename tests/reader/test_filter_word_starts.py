"""Every filter of the reader matches a typed word where a word starts, never inside one: "war" finds "War",
"warn" and "post-war", not "Stewart" or "award"; "iran" finds "Iranian", not "Tirana". Every word typed must
match; a word with a character that is not a letter inside ("U.S.", "S&P", "9/11") matches as written. One
function decides it (store/matching.py) for the library, the Speakers view, a speaker's quotes and the Timeline.

Two short articles of our own, analysed for real: a host named Stewart wins an award in Tirana on a Monday, and
an Iranian minister warns the U.S. of a war's cost on a Tuesday.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import SIZE, analysed_library, copied_library, key_bar, open_view, speaker_index, wait_for

from store.articleset import ArticleSet
from store.facets import Facets
from store.library import Library
from store.matching import folded, holding, spaced_keys, starting, starts_a_word
from tui.app import NewsreaderApp
from tui.screens.base import ViewFilter
from tui.screens.speaker_quotes import SpeakerQuotesScreen
from tui.screens.speakers import SpeakersScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.library_list import LibraryList

AWARD = "Stewart wins award in Tirana"
WAR = "Iranian minister warns of war costs"
DESK = [
    (AWARD, "2025-06-02", (
        "The talk show host Jon Stewart received a broadcasting award on Monday in Tirana. "
        "\"The award belongs to the whole crew,\" Stewart said.")),
    (WAR, "2025-06-04", (
        "Iranian foreign minister Abbas Araghchi said on Tuesday that a long war would cost the U.S. dearly. "
        "\"Iran will not bend to pressure,\" Araghchi told reporters.")),
]


@pytest.fixture(scope="module")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_library(tmp_path_factory.mktemp("starts") / "lib", "Desk", DESK)


@pytest.fixture
def desk(desk_template: Path, tmp_path: Path) -> Library:
    return copied_library(desk_template, tmp_path / "desk")


# -- the matcher -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "text", "found"),
    [
        ("war", "Stewart", False),
        ("war", "an award", False),
        ("war", "War in the north", True),
        ("war", "he warns", True),  # the start of a word: "warn" is typed "w", "wa", "war"...
        ("war", "post-war Europe", True),
        ("war", "(war)", True),
        ("iran", "Tirana", False),
        ("iran", "Iranian", True),
        ("erdogan", "Recep Tayyip Erdoğan", True),
        ("ERDOĞAN", "erdogan", True),
        ("u.s.", "the U.S. economy", True),
        ("u.s.", "bus.s.", False),
        ("s&p", "the S&P 500", True),
        ("9/11", "after 9/11", True),
        ("11", "after 9/11", True),  # a number after a slash starts a word
        ("-19", "COVID-19", True),  # a word that starts with a sign is looked for anywhere
        ("obrien", "O'Brien", False),
        ("brien", "O’Brien", True),
        ("paulo", "São Paulo", True),
        ("ao", "São Paulo", False),
        # an apostrophe joining a clitic to its word starts no word ("s" is not the "'s" of "Putin's")
        ("s", "Putin's visit", False),
        ("s", "Putin’s visit", False),
        ("s", "Putin's sanctions", True),
        ("putin's", "Putin’s visit", True),
        ("t", "I don't know", False),
        ("l", "we'll go", False),
        ("ll", "we'll go", False),
        ("r", "they're here", False),
        ("re", "they're here", False),
        ("s", "O'Sullivan", True),  # a name after the apostrophe starts a word
        ("sull", "O’Sullivan", True),
        ("s", "'s-Hertogenbosch", True),  # an apostrophe after no word joins nothing
        ("s", "Arrivals 'soon'", True),
    ],
)
def test_a_word_matches_where_a_word_starts(word: str, text: str, found: bool) -> None:
    assert starts_a_word(folded(word), folded(text)) is found
    assert (list(holding([folded(text)], word)) == [0]) is found


def test_over_thousands_of_keys_the_word_starts_made_ahead_find_what_each_key_would() -> None:
    """A long library's filter looks for a word in its keys made ahead, one `in` a key (store/matching.py,
    `spaced_keys`): it must find what the word-start rule finds key by key, signs of any script, apostrophes
    and all."""
    texts = ["post-war Europe", "(war) «Iran» — talks", "São Paulo", "Putin’s visit", "O’Sullivan's", "we'll see",
             "the U.S. economy", "after 9/11", "COVID-19", "Nowak_Łukasz", "x² and y", "Straße", "日本 war",
             "'s-Hertogenbosch", "Stewart wins award in Tirana", "a\tb\nc·d", "they're 'soon'"]
    keys = tuple(folded(t) for t in texts) * 120
    assert len(keys) >= 2_000 and spaced_keys(keys) is not None  # the library's way, not key by key
    words = {w[:n] for t in texts for w in folded(t).split() for n in range(1, len(w) + 1)} | {"s", "t", "ll", "r", "m"}
    for word in sorted(words):
        expected = [n for n, key in enumerate(keys) if starts_a_word(word, key)]
        assert list(holding(keys, word)) == expected, word
        assert list(holding(keys, word, among=range(0, len(keys), 7))) == [n for n in expected if n % 7 == 0], word


def test_every_word_typed_must_match_each_where_a_word_starts() -> None:
    keys = [folded(k) for k in ("Stewart wins award in Tirana", "Iranian minister warns of war", "War in Iran")]
    assert list(holding(keys, "war")) == [1, 2]
    assert list(holding(keys, "war iran")) == [1, 2]
    assert list(holding(keys, "iran min")) == [1]
    assert list(holding(keys, "tirana war")) == []
    assert list(holding(keys, "  ")) == [0, 1, 2]  # nothing typed: everything


def test_a_phrase_matches_as_written_where_a_word_starts() -> None:
    names = [folded(n) for n in ("\nVladimir Putin\n", "\nMarina Vladimirovna\n", "\nAbbas Araghchi\nDmitri Putin\n")]
    assert starting(names, "vladimir pu", range(3)) == [0]
    assert starting(names, "vladimir", range(3)) == [0, 1]
    assert starting(names, "putin", range(3)) == [0, 2]
    assert starting(names, "utin", range(3)) == starting(names, "imir", range(3)) == []
    assert starting(names, "putin", [1, 2]) == [2]  # only among those given


def test_the_librarys_keyed_terms_match_where_a_word_of_the_name_starts() -> None:
    infos = list(_infos())
    facets = {
        "a": Facets.of({"Jon Stewart"}, {"Tirana", "United States"}),
        "b": Facets.of({"Abbas Araghchi", "officials"}, {"Iran", "U.S."}),
    }
    articles = ArticleSet.of(infos, {}, facets)
    assert articles.where("speaker:war").ids == []
    assert articles.where("speaker:stew").ids == ["a"]
    assert articles.where("entity:iran").ids == ["b"]  # not Tirana
    assert articles.where("entity:states").ids == ["a"]
    assert articles.where("entity:u.s.").ids == ["b"]
    assert articles.where("source:wire").ids == ["b"]
    assert articles.where("source:news").ids == ["a", "b"]
    assert articles.where("source:ews").ids == []
    assert articles.where("award").ids == ["a"] and articles.where("war").ids == ["b"]


def _infos():
    from datetime import date, datetime

    from store.article import ArticleInfo

    added = datetime(2025, 6, 5, 12, 0)
    yield ArticleInfo("a", AWARD, "Newsroom", date(2025, 6, 2), "", added, 100)
    yield ArticleInfo("b", WAR, "News Wire", date(2025, 6, 1), "", added, 100)


# -- where the reader sees it ---------------------------------------------------------------------


async def test_the_library_filter_matches_where_a_word_starts(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(LibraryList)
        await wait_for(pilot, lambda: listing.row_count == 2)
        await pilot.press("slash", *"war")
        await wait_for(pilot, lambda: listing.row_count == 1)
        assert listing.article(0)[0].title == WAR
        await pilot.press("ctrl+u", *"iran")  # "Iranian", not "Tirana"
        await wait_for(pilot, lambda: listing.row_count == 1 and listing.article(0)[0].title == WAR)
        await pilot.press("ctrl+u", *"tirana")
        await wait_for(pilot, lambda: listing.row_count == 1 and listing.article(0)[0].title == AWARD)
        await pilot.press("ctrl+u", *"ward")
        await wait_for(pilot, lambda: listing.row_count == 0)


async def test_the_speakers_filter_matches_where_a_word_starts(desk: Library) -> None:
    names = set(speaker_index(desk).names)
    stewart = next(name for name in names if "Stewart" in name)
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)

        def listed() -> set[str]:
            return {screen.index.names[n] for n in screen.rows.items if isinstance(n, int)}

        assert stewart in listed()
        await pilot.press("slash", *"war")
        assert stewart not in listed()
        await pilot.press("ctrl+u", *"stew")
        assert listed() == {stewart}


async def test_a_speakers_quotes_filter_matches_where_a_word_starts(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)
        await pilot.press("slash", *"stew", "enter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        quotes = app.screen
        await pilot.press("slash", *"award")
        assert str(quotes.query_one("#view-count").content) == "1 of 1 quotes"
        await pilot.press("ctrl+u", *"ward")  # inside "award"
        assert str(quotes.query_one("#view-count").content) == "0 of 1 quotes"
        assert screen is not quotes


async def test_the_timeline_filter_matches_where_a_word_starts(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "T", TimelineScreen)
        timeline = screen.timeline

        def titles() -> set[str]:
            return {timeline.entry(n).article.title for n in screen.shown}

        await pilot.press("slash", *"iran")
        assert titles() == {WAR}
        await pilot.press("ctrl+u", *"tirana")
        assert titles() == {AWARD}
        await pilot.press("ctrl+u", *"u.s.")
        assert titles() == {WAR}
        await pilot.press("ctrl+u", *"ward")
        assert titles() == set()


# -- Esc then a key, typed fast --------------------------------------------------------------------


async def test_a_key_typed_just_after_esc_in_a_views_filter_goes_to_the_view(desk: Library) -> None:
    from textual import events

    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)
        await pilot.press("slash", *"stew")
        assert key_bar(app).startswith(" esc Clear ")
        box = screen.query_one(ViewFilter)  # the view's widgets are gone once it is closed
        # both in the app's queue at once, as a fast typist's keys come: Esc clears the filter, q closes the view
        app.post_message(events.Key("escape", None))
        app.post_message(events.Key("q", "q"))
        await wait_for(pilot, lambda: not isinstance(app.screen, SpeakersScreen))
        assert box.value == ""


async def test_esc_in_a_views_filter_clears_it_then_goes_back(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "T", TimelineScreen)
        await pilot.press("slash", *"iran", "enter")  # to the list, the filter kept
        assert screen.query_text == "iran" and " esc Back " in key_bar(app)
        await pilot.press("escape")
        assert screen.query_text == "" and app.screen is screen
        await pilot.press("slash", "escape")  # an empty filter: closed, the view stays
        assert app.screen is screen and screen.focused is screen.rows
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not screen)


async def test_a_key_typed_just_after_esc_in_the_library_filter_goes_to_the_list(desk: Library) -> None:
    from textual import events

    from tui.widgets.library_pane import FilterInput

    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(LibraryList)
        await wait_for(pilot, lambda: listing.row_count == 2)
        await pilot.press("slash", *"war")
        await wait_for(pilot, lambda: listing.row_count == 1)
        app.post_message(events.Key("escape", None))
        app.post_message(events.Key("j", "j"))  # down the list, not a "j" in the filter
        await wait_for(pilot, lambda: listing.row_count == 2 and listing.highlighted == 1)
        assert app.query_one(FilterInput).value == "" and app.focused is listing

