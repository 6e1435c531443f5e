"""The organisation a speaker is quoted for, across the library: kept in the speakers records, chosen as
the one the articles give most often, and shown beside the role in the Speakers view, the header of a
speaker's quotes and `newsreader speakers` ("Jerome Powell · chair, Federal Reserve").

Three short articles of our own, analysed for real: two give Jerome Powell as chair of the Federal
Reserve, one ties him to another firm with no role; Maria Lopez has an organisation and no role.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_support import (
    SIZE,
    analysed_library,
    copied_library,
    open_view,
    shown_rows,
    speaker_index,
    wait_for,
)

from store.analyses import unanalysed
from store.library import Library
from store.mentions import recorded
from store.sources import description
from tui.app import NewsreaderApp
from tui.cli import main
from tui.screens.speaker_quotes import SpeakerQuotesScreen
from tui.screens.speakers import SpeakerList, SpeakersScreen

LEDGER = [
    ("Rates stay high", "2025-05-07", (
        "The central bank kept its rates on Wednesday. Jerome Powell, chair of the Federal Reserve, said rates "
        "would stay high for longer. Maria Lopez of Greenpeace said the banks still fund coal.")),
    ("Markets fall", "2025-05-09", (
        "Markets fell on Friday. \"We are not done yet,\" Jerome Powell, the chair of the Federal Reserve, told "
        "reporters. Analysts said the fall would not last.")),
    ("Fund buys the port", "2025-05-12", (
        "The fund bought the port on Monday. \"The deal is sound,\" said Jerome Powell of the Carlyle Group, who "
        "advised the buyers.")),
]


@pytest.fixture(scope="module")
def ledger_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_library(tmp_path_factory.mktemp("ledger") / "lib", "Ledger", LEDGER)


@pytest.fixture
def ledger(ledger_template: Path, tmp_path: Path) -> Library:
    return copied_library(ledger_template, tmp_path / "ledger")




def speakers_shard(library: Library) -> tuple[Path, dict]:
    shard = library.paths.views / "speakers" / "00000.json"
    return shard, json.loads(shard.read_text())


def written_before_affiliations(library: Library) -> None:
    """The speakers records as a newsreader of the same records version wrote them before they kept the
    organisation: without the field."""
    shard, data = speakers_shard(library)
    for doc in data["records"].values():
        del doc["sf"]
    shard.write_text(json.dumps(data))


# -- the records and the index --------------------------------------------------------------------


def test_each_article_records_the_organisations_it_gives_its_speakers(ledger: Library) -> None:
    _, data = speakers_shard(ledger)
    by_title = {ledger.get(d["id"]).title: d for d in data["records"].values()}
    assert by_title["Rates stay high"]["sf"].split("\n") == ["Jerome Powell\tFederal Reserve", "Maria Lopez\tGreenpeace"]
    assert by_title["Fund buys the port"]["sf"] == "Jerome Powell\tCarlyle Group"
    assert by_title["Markets fall"]["sf"] == "Jerome Powell\tFederal Reserve"  # analysts: none


def test_a_speaker_is_given_the_organisation_most_articles_give(ledger: Library) -> None:
    index = speaker_index(ledger)
    powell, lopez = index.named("Jerome Powell"), index.named("Maria Lopez")
    # Federal Reserve in two articles, Carlyle Group in one; "chair" in the two that give a role
    assert (powell.quotes, powell.articles, powell.role, powell.affiliation) == (3, 3, "chair", "Federal Reserve")
    assert powell.described == "chair, Federal Reserve"
    assert (lopez.role, lopez.affiliation, lopez.described) == ("", "Greenpeace", "Greenpeace")
    assert index.named("analysts").described == ""


def test_records_written_without_the_organisation_still_load_with_the_role_alone(ledger: Library) -> None:
    before = {s.name: (s.named, s.quotes, s.articles, s.role) for s in speaker_index(ledger).speakers}
    written_before_affiliations(ledger)
    ids = [i.id for i in ledger.infos()]
    assert recorded(ledger.paths, ids) == set(ids)  # whole: nothing to make again
    index = speaker_index(ledger)
    assert {s.name: (s.named, s.quotes, s.articles, s.role) for s in index.speakers} == before
    assert index.named("Jerome Powell").described == "chair" and index.named("Maria Lopez").described == ""
    assert unanalysed(ledger, ids) == []


def test_an_organisation_field_that_is_not_text_counts_the_record_as_missing(ledger: Library) -> None:
    shard, data = speakers_shard(ledger)
    for doc in data["records"].values():
        doc["sf"] = ["Jerome Powell", "Federal Reserve"]
    shard.write_text(json.dumps(data))
    assert len(speaker_index(ledger)) == 0
    unanalysed(ledger, [i.id for i in ledger.infos()])  # made again from the stored analyses
    assert speaker_index(ledger).named("Jerome Powell").affiliation == "Federal Reserve"


@pytest.mark.parametrize(
    ("role", "affiliation", "shown"),
    [
        ("chair", "Federal Reserve", "chair, Federal Reserve"),
        (None, "Greenpeace", "Greenpeace"),
        ("Mayor", None, "Mayor"),
        ("Mobil Corp chairman", "Mobil Corp", "Mobil Corp chairman"),  # the role already says where
        (" chief\n executive ", "Acme\tCorp", "chief executive, Acme Corp"),  # one line, single spaces
        (None, None, ""),
    ],
)
def test_a_speaker_is_described_by_role_then_organisation(role, affiliation, shown) -> None:
    assert description(role, affiliation) == shown


# -- where the reader sees it ---------------------------------------------------------------------


async def open_speakers(app: NewsreaderApp, pilot) -> SpeakersScreen:
    return await open_view(app, pilot, "S", SpeakersScreen)


def rows_of(screen: SpeakersScreen) -> list[str]:
    return shown_rows(screen.query_one(SpeakerList), 120)


async def test_speakers_rows_show_role_and_organisation(ledger: Library) -> None:
    app = NewsreaderApp(ledger)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        rows = rows_of(screen)
        assert rows[1].split()[:2] == ["3", "3"] and rows[1].endswith("Jerome Powell · chair, Federal Reserve")
        assert any(r.endswith("Maria Lopez · Greenpeace") for r in rows)  # no role: the organisation alone
        assert rows[-1].endswith("analysts")  # an unnamed source: nothing beside it
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        title = str(app.screen.query_one("#view-pane").border_title)
        assert title == "Jerome Powell · chair, Federal Reserve — 3 quotes in 3 articles"


async def test_speakers_from_older_records_show_the_role_alone(ledger: Library) -> None:
    written_before_affiliations(ledger)
    app = NewsreaderApp(ledger)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        rows = rows_of(screen)
        assert rows[1].endswith("Jerome Powell · chair")
        assert any(r.endswith("  Maria Lopez") for r in rows)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        assert str(app.screen.query_one("#view-pane").border_title) == "Jerome Powell · chair — 3 quotes in 3 articles"


def test_speakers_command_gives_the_organisation(ledger: Library, capsys) -> None:
    assert main(["speakers", "--json", "--db", str(ledger.path)]) == 0
    found = {s["name"]: s for s in map(json.loads, capsys.readouterr().out.splitlines())}
    assert found["Jerome Powell"]["role"] == "chair" and found["Jerome Powell"]["affiliation"] == "Federal Reserve"
    assert found["Maria Lopez"]["role"] is None and found["Maria Lopez"]["affiliation"] == "Greenpeace"
    assert found["analysts"]["affiliation"] is None
    assert main(["speakers", "--db", str(ledger.path)]) == 0
    table = capsys.readouterr().out
    assert "Jerome Powell · chair, Federal Reserve" in table and "Maria Lopez · Greenpeace" in table


def test_quotes_command_gives_each_speaker_as_the_quotes_panel_does(ledger: Library, capsys) -> None:
    assert main(["quotes", "--db", str(ledger.path)]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines() if " — " in line]
    # newest first: the organisation each article gives, beside the role where it gives one; none for analysts
    assert heads == ["Jerome Powell · Carlyle Group — direct", "Jerome Powell · chair, Federal Reserve — direct",
                     "analysts — indirect", "Jerome Powell · chair, Federal Reserve — indirect",
                     "Maria Lopez · Greenpeace — indirect"]


def test_quotes_as_json_and_csv_give_the_organisation(ledger: Library, capsys) -> None:
    assert main(["quotes", "--json", "--db", str(ledger.path)]) == 0
    found = [(q["speaker"], q["role"], q["affiliation"]) for q in map(json.loads, capsys.readouterr().out.splitlines())]
    assert found == [("Jerome Powell", None, "Carlyle Group"), ("Jerome Powell", "chair", "Federal Reserve"),
                     ("analysts", None, None), ("Jerome Powell", "chair", "Federal Reserve"),
                     ("Maria Lopez", None, "Greenpeace")]
    assert main(["quotes", "--csv", "--speaker", "maria lopez", "--db", str(ledger.path)]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split(",")[:3] == ["speaker", "role", "affiliation"] and row.startswith("Maria Lopez,,Greenpeace,")


def test_quotes_from_older_records_give_the_role_alone(ledger: Library, capsys) -> None:
    written_before_affiliations(ledger)
    assert main(["quotes", "--speaker", "Jerome Powell", "--db", str(ledger.path)]) == 0
    heads = [line for line in capsys.readouterr().out.splitlines() if " — " in line]
    assert heads == ["Jerome Powell — direct", "Jerome Powell · chair — direct", "Jerome Powell · chair — indirect"]
