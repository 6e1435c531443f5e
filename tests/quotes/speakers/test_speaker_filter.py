"""The Speakers view's filter finds a speaker by the role and organisation shown on the row, as well as by
the name, in any case and with or without diacritics; and a role spelt in two cases across articles is one
role, shown as most articles spell it.

Five short articles of our own, analysed for real, in this order: two give Jerome Powell as a governor of
the Federal Reserve, two as its "Chair", one as its "chair"; Tom Reed is a spokesman for Austin Energy,
Maria Lopez an economist at Société Générale, and Recep Tayyip Erdoğan the president.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import (
    SIZE,
    analysed_library,
    copied_library,
    open_view,
    shown_rows,
    speaker_index,
)

from store.library import Library
from store.matching import folded
from store.speakers import SpeakerIndex, most_given
from tui.app import NewsreaderApp
from tui.cli import main
from tui.screens.base import ViewFilter
from tui.screens.speakers import SpeakerList, SpeakersScreen
from tui.screens.timeline import TimelineScreen

BOARD = [
    ("Rates stay put", "2025-05-01", (
        "\"Rates will stay where they are,\" said Jerome Powell, a governor of the Federal Reserve. Tom Reed, a "
        "spokesman for Austin Energy, said the roads were closed.")),
    ("Banks lend less", "2025-05-02", (
        "Jerome Powell, a governor of the Federal Reserve, said banks would lend less. Recep Tayyip Erdoğan, the "
        "president of Turkey, said the lira would recover.")),
    ("Rates stay high", "2025-05-05", (
        "Federal Reserve Chair Jerome Powell said rates would stay high. Analysts said the fall would not last.")),
    ("Markets fall", "2025-05-07", "\"We are not done yet,\" said Chair Jerome Powell of the Federal Reserve."),
    ("Inflation cools", "2025-05-09", (
        "Jerome Powell, the chair of the Federal Reserve, said inflation was cooling. Maria Lopez, an economist at "
        "Société Générale, said the banks were calm.")),
]


@pytest.fixture(scope="module")
def board_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_library(tmp_path_factory.mktemp("board") / "lib", "Board", BOARD)


@pytest.fixture
def board(board_template: Path, tmp_path: Path) -> Library:
    return copied_library(board_template, tmp_path / "board")




def found(index: SpeakerIndex, text: str) -> list[str]:
    return [index.names[n] for n in index.matching(text)]


# -- the index ------------------------------------------------------------------------------------


def test_a_role_spelt_in_two_cases_is_one_role_shown_as_most_articles_spell_it(board: Library) -> None:
    powell = speaker_index(board).named("Jerome Powell")
    # governor in two articles, Chair in two and chair in one: the chair, three articles to two, as "Chair"
    assert (powell.quotes, powell.articles) == (5, 5)
    assert (powell.role, powell.affiliation, powell.described) == ("Chair", "Federal Reserve", "Chair, Federal Reserve")


@pytest.mark.parametrize(
    ("pairs", "chosen"),
    [
        # each spelling of the chair is in fewer articles than the governor, both together in more
        (["Powell\tgovernor", "Powell\tchair", "Powell\tgovernor", "Powell\tChair", "Powell\tChair"], "Chair"),
        (["Barra\tChief Executive", "Barra\tchairman", "Barra\tchief executive", "Barra\tchairman"],
         "Chief Executive"),  # as often in either case: the spelling first given
        # organisations the same way, diacritics too
        (["Lopez\tSociete Generale", "Lopez\tBNP Paribas", "Lopez\tSociété Générale", "Lopez\tSociété Générale",
          "Lopez\tBNP Paribas", "Lopez\tBNP Paribas"], "Société Générale"),
        (["Reed\tpress officer", "Reed\tpress officer", "Reed\tSpokesman", "Reed\tspokesman", "Reed\tspokesman"],
         "spokesman"),
    ],
)
def test_words_are_counted_in_any_case_and_shown_in_the_spelling_most_articles_give(pairs, chosen) -> None:
    assert most_given(pairs) == {pairs[0].partition("\t")[0]: chosen}


def test_each_speaker_keeps_their_own_words() -> None:
    given = most_given(["Powell\tchair", "Reed\tChair", "Reed\tspokesman", "Reed\tspokesman", "powell\tChair"])
    assert given == {"Powell": "chair", "Reed": "spokesman", "powell": "Chair"}  # names are not folded together


def test_the_filter_finds_speakers_by_role_and_organisation(board: Library) -> None:
    index = speaker_index(board)
    assert found(index, "federal reserve") == ["Jerome Powell"]
    assert found(index, "FEDERAL") == ["Jerome Powell"]
    assert found(index, "spokesman") == ["Tom Reed"]
    assert found(index, "austin") == ["Tom Reed"]
    assert found(index, "economist generale") == ["Maria Lopez"]  # every word, in the role or the organisation
    assert found(index, "powell chair") == ["Jerome Powell"]  # and in the name
    assert found(index, "governor") == []  # the role shown is the chair: the filter looks at the row as shown
    assert found(index, "analysts") == ["analysts"]


def test_the_filter_ignores_diacritics_either_way(board: Library) -> None:
    index = speaker_index(board)
    assert found(index, "erdogan") == ["Recep Tayyip Erdoğan"]
    assert found(index, "ERDOĞAN") == ["Recep Tayyip Erdoğan"]
    assert found(index, "société") == found(index, "societe") == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "same"),
    [("Erdoğan", "erdogan"), ("SOCIÉTÉ GÉNÉRALE", "societe generale"), ("Łukasz Søren", "lukasz soren"),
     ("Kılıçdaroğlu", "kilicdaroglu"), ("İstanbul", "istanbul"), ("Straße", "strasse"), ("Chief Executive", "chief executive"),
     ("Cafe\u0301 Zu\u0308rich ŁÓDŹ", "cafe zurich lodz"), ("Kimura’s", "kimura's")],  # marks typed apart from their letter, runs of letters
)
def test_folding_drops_case_and_diacritics(text, same) -> None:
    assert folded(text) == same


def test_folding_keeps_lines_and_other_scripts() -> None:
    assert folded("Владимир Путин\n习近平\nÉmile") == "владимир путин\n习近平\nemile"


def test_a_speaker_named_on_the_command_line_is_found_by_the_name_alone(board: Library, capsys) -> None:
    assert main(["quotes", "--speaker", "erdogan", "--db", str(board.path)]) == 0  # diacritics as the view
    assert "the lira would recover" in capsys.readouterr().out
    # a role or an organisation is no name: the quotes of everyone shown as the chair are not given
    assert main(["quotes", "--speaker", "federal reserve", "--db", str(board.path)]) == 1
    assert "nobody of that name" in capsys.readouterr().err


# -- where the reader sees it ---------------------------------------------------------------------


async def typed(pilot, text: str) -> None:
    await pilot.press(*("space" if c == " " else c for c in text))


def rows_of(screen: SpeakersScreen) -> list[str]:
    return shown_rows(screen.query_one(SpeakerList), 120)


async def test_typing_a_role_or_an_organisation_in_the_filter_finds_who_holds_it(board: Library) -> None:
    app = NewsreaderApp(board)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)
        total = len(screen.index)
        await pilot.press("slash")
        await typed(pilot, "federal reserve")
        rows = rows_of(screen)
        assert rows[0] == "Named speakers (1)" and len(rows) == 2
        assert rows[1].endswith("Jerome Powell · Chair, Federal Reserve")
        assert str(screen.query_one("#view-count").content) == f"1 of {total} speakers"
        for _ in "federal reserve":
            await pilot.press("backspace")
        await typed(pilot, "Spokesman")
        assert [r.split("  ")[-1] for r in rows_of(screen)] == ["Named speakers (1)", "Tom Reed · spokesman, Austin Energy"]
        await pilot.press("escape")
        assert len(rows_of(screen)) == total + 2  # both groups again


async def test_typing_a_name_without_its_accents_finds_it(board: Library) -> None:
    app = NewsreaderApp(board)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, "S", SpeakersScreen)
        await pilot.press("slash")
        await typed(pilot, "erdogan")
        assert rows_of(screen)[1].endswith("Recep Tayyip Erdoğan · president")
        await pilot.press("escape")
        await pilot.press("slash")
        await typed(pilot, "societe")
        assert rows_of(screen)[1].endswith("Maria Lopez · economist, Société Générale")


@pytest.mark.parametrize(("key", "view"), [("S", SpeakersScreen), ("T", TimelineScreen)])
async def test_what_is_typed_in_a_views_filter_is_shown(board: Library, key, view) -> None:
    app = NewsreaderApp(board)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_view(app, pilot, key, view)
        await pilot.press("slash")
        await typed(pilot, "rates")
        box = screen.query_one(ViewFilter)
        assert app.focused is box and box.value == "rates"
        # the line the filter is given shows the words, not the top of a focus border with the words under it
        assert box.content_region.height == 1 and box.render_line(0).text.strip() == "rates"
