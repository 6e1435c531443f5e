"""Every filter and find of the reader folds case and diacritics as the Speakers view does (store/matching.py):
"sao paulo" finds São Paulo and "erdogan" Erdoğan in the Timeline, in a speaker's quotes, in the find of the
article, and in a speaker named in any case and without accents.

Two short articles of our own, analysed for real: a council of São Paulo votes on a Monday, and Recep Tayyip
Erdoğan speaks of the lira on a Tuesday.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import (
    SIZE,
    analysed_library,
    copied_library,
    open_view,
    records_and_infos,
    speaker_index,
    wait_for,
)

from store.library import Library
from store.matching import folded, folded_in_place
from store.timeline import Timeline
from tui.app import NewsreaderApp
from tui.highlight import find_all
from tui.screens.speaker_quotes import SpeakerQuotesScreen
from tui.screens.speakers import SpeakersScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList

DESK = [
    ("Metro line reaches São Paulo suburbs", "2025-06-04", (
        "The São Paulo city council voted on Monday to extend the metro line to the eastern suburbs. "
        "\"The trains will run by March,\" said Ricardo Nunes, the mayor of São Paulo.")),
    ("Erdoğan promises a stronger lira", "2025-06-06", (
        "President Recep Tayyip Erdoğan said on Tuesday that the lira would recover. "
        "\"Our currency will be strong again,\" Erdoğan told reporters in Ankara.")),
]
ERDOGAN = "Recep Tayyip Erdoğan"


@pytest.fixture(scope="module")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_library(tmp_path_factory.mktemp("desk") / "lib", "Desk", DESK)


@pytest.fixture
def desk(desk_template: Path, tmp_path: Path) -> Library:
    return copied_library(desk_template, tmp_path / "desk")


def timeline_of(library: Library) -> Timeline:
    records, infos = records_and_infos(library)
    return Timeline(records.all("dates", infos), infos, lambda ids: records.some("sentences", ids, "dates"))


def titles_found(timeline: Timeline, query: str) -> set[str]:
    return {timeline.entry(n).article.title for n in timeline.matching(query)}


# -- the folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Erdoğan in İstanbul", "Straße", "Cafe\u0301 ŁÓDŹ", "Владимир", "O’Brien", ""])
def test_folding_in_place_keeps_every_position(text) -> None:
    same = folded_in_place(text)
    assert len(same) == len(text)
    # and folds as the filters do wherever a letter folds to one letter
    assert all(folded_in_place(c) == folded(c) for c in text if len(folded(c)) == 1)


# -- the timeline, a speaker's quotes, a speaker by name -------------------------------------------


def test_the_timeline_filter_ignores_case_and_diacritics(desk: Library) -> None:
    timeline = timeline_of(desk)
    metro, lira = (title for title, _, _ in DESK)
    assert titles_found(timeline, "sao paulo") == titles_found(timeline, "SÃO PAULO") == {metro}
    assert titles_found(timeline, "erdogan") == titles_found(timeline, "ERDOĞAN") == {lira}  # the title's word
    assert titles_found(timeline, "erdogan lira") == {lira}
    assert titles_found(timeline, "erdogan paulo") == set()


def test_typing_narrows_the_timeline_as_a_fresh_one_finds(desk: Library) -> None:
    typed = timeline_of(desk)
    for query in ("s", "sã", "são", "são p", "sa", "e", "erdo", "erdoğ", "erdoğan"):
        assert list(typed.matching(query)) == list(timeline_of(desk).matching(query)), query


def test_a_speaker_is_named_in_any_case_and_without_accents(desk: Library) -> None:
    index = speaker_index(desk)
    found = index.named("recep tayyip erdogan")
    assert found is not None and found.name == ERDOGAN


def test_find_in_an_article_marks_a_name_typed_without_accents() -> None:
    text = "Erdoğan said. ERDOGAN left; erdoğan and Straße."
    assert [text[s:e] for s, e in find_all(text, "erdogan")] == ["Erdoğan", "ERDOGAN", "erdoğan"]
    assert [text[s:e] for s, e in find_all(text, "straße")] == ["Straße"]


# -- where the reader sees it ---------------------------------------------------------------------


async def test_the_timeline_view_finds_a_place_typed_without_accents(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "T", TimelineScreen)
        total = len(screen.shown)
        await pilot.press("slash", *"sao")
        timeline = screen.timeline
        assert 0 < len(screen.shown) < total
        assert {timeline.entry(n).article.title for n in screen.shown} == {DESK[0][0]}


async def test_a_speakers_quotes_are_filtered_without_accents(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)
        assert screen.chosen.name == ERDOGAN
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        quotes = app.screen
        await pilot.press("slash", *"erdogan")  # the article's title holds the name
        assert str(quotes.query_one("#view-count").content) == "2 of 2 quotes"
        await pilot.press("space", *"currency")
        assert str(quotes.query_one("#view-count").content) == "1 of 2 quotes"


async def test_find_in_the_article_finds_a_name_typed_without_accents(desk: Library) -> None:
    app = NewsreaderApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(LibraryList)
        listing.select_id(next(i.id for i in desk.infos() if i.title == DESK[1][0]))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("slash", *"erdogan")
        view = app.query_one(ArticleView)
        assert len(view.matches) == view.plain.count("Erdoğan") >= 2
        assert all(view.plain[s:e] == "Erdoğan" for s, e in view.matches)
