"""A library written by newsreader 0.1.0 (schema 1: the one-file index) opens with this version, whole.

The fixture in tests/fixtures/library-v1 was made by the code of that release (its README has the script):
the seeds and three more articles, all analysed, one of them removed, one added after without analysis,
three reading states and the last opened article.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from store import jsonfile
from store.article import Article, ReadingState
from store.errors import LibraryFull
from store.facets import from_doc
from store.library import Library
from tui.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "library-v1"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("README.md"))
    return folder / "library.json"


def v1(db: Path, name: str, table: str) -> dict[str, dict]:
    """A table of a schema-1 file, read as plain JSON: what the old release wrote, not what this one reads."""
    return json.loads((db.parent / name).read_text())[table]


def old_order(rows: dict[str, dict]) -> list[str]:
    """Newest first as 0.1.0 listed it: publication date (else the day added), then the moment added."""
    def key(row: dict) -> tuple[date, datetime]:
        added = datetime.fromisoformat(row["added"])
        return (date.fromisoformat(row["published"]) if row["published"] else added.date(), added)

    return [r["id"] for r in sorted(rows.values(), key=key, reverse=True)]


def test_every_article_state_analysis_and_facet_survives_the_upgrade(old: Path) -> None:
    before = old.read_bytes()
    rows = v1(old, "library.json", "articles")
    texts = v1(old, "library.texts/00000.json", "texts")
    analyses = v1(old, "library.analyses/00000.json", "analyses")
    facets = v1(old, "library.facets.json", "facets")
    states = v1(old, "library.state.json", "articles")
    assert len(rows) == 8 and len(analyses) == 7 and len(states) == 3  # what the fixture is made of

    library = Library(old)

    assert [i.id for i in library.infos()] == old_order(rows)
    for number, row in rows.items():
        info = library.info(row["id"])
        assert (info.title, info.source, info.url, info.chars) == (row["title"], row["source"], row["url"], row["chars"])
        assert info.published == (date.fromisoformat(row["published"]) if row["published"] else None)
        assert info.added == datetime.fromisoformat(row["added"])
        assert library.get(row["id"]).text == texts[number]["text"]
        assert library.analysis_doc(row["id"]) == analyses.get(number)
    assert library.states() == {s["id"]: ReadingState(s["read"], s["starred"]) for s in states.values()}
    assert library.last_opened == v1(old, "library.state.json", "app")["1"]["last_opened"]
    assert library.facets() == {f["id"]: from_doc(f) for f in facets.values()}
    assert library.facets()[rows["1"]["id"]].speaker_names()  # the Xi and Putin article has its speakers

    manifest = json.loads(old.read_text())["_meta"]["1"]
    assert manifest["schema"] == 2 and manifest["seeded"] is True and manifest["rows"] == 8
    assert old.with_name("library.json.bak").read_bytes() == before  # the old index, for an older newsreader

    # numbers go on from where 0.1.0 left them: the removed article's number 7 is not reused
    new = Article.new("The ferry timetable changes on Monday, the port said.", title="Timetable")
    library.add([new])
    assert library._numbers()[new.id] == 10
    assert Library(old).get(new.id).text == new.text
    assert library.seed(lambda: [Article.new("Never added: the library was seeded long ago.")]) == 0


def test_the_upgrade_is_done_once_and_commands_see_the_same_library(old: Path, capsys) -> None:
    expected = old_order(v1(old, "library.json", "articles"))
    assert main(["list", "--json", "--db", str(old)]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in listed] == expected
    assert {r["id"]: (r["read"], r["starred"]) for r in listed if r["read"] or r["starred"]} == {
        s["id"]: (s["read"], s["starred"]) for s in v1(old, "library.state.json", "articles").values()
    }
    index = {p.name: p.stat().st_mtime_ns for p in (old.parent / "library.index").iterdir()}
    manifest = old.read_bytes()
    assert main(["list", "--db", str(old)]) == 0
    assert old.read_bytes() == manifest
    assert {p.name: p.stat().st_mtime_ns for p in (old.parent / "library.index").iterdir()} == index


def test_an_upgrade_that_fails_halfway_leaves_the_old_library_to_upgrade_again(old: Path, monkeypatch) -> None:
    before = old.read_bytes()
    real_replace = jsonfile.os.replace

    def full_at_the_manifest(src, dst):
        if Path(dst) == old:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(jsonfile.os, "replace", full_at_the_manifest)
    with pytest.raises(LibraryFull):
        Library(old)
    monkeypatch.undo()
    assert old.read_bytes() == before  # the commit point was never reached
    assert len(Library(old).infos()) == 8


def _open_and_count(db: str, found) -> None:
    found.put(len(Library(db).infos()))


def test_two_processes_opening_an_old_library_at_once_upgrade_it_once(old: Path) -> None:
    before = old.read_bytes()
    ctx = multiprocessing.get_context("spawn")
    found = ctx.Queue()
    workers = [ctx.Process(target=_open_and_count, args=(str(old), found)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    assert [found.get(timeout=5), found.get(timeout=5)] == [8, 8]
    assert old.with_name("library.json.bak").read_bytes() == before  # not a copy of the upgraded manifest
