"""A full disk or a read-only library is told in one line, and the library is never damaged.

The disk is a real tmpfs that is too small, or a real file-size limit; the read-only library
is a folder without write permission (as root, where permissions do not bind, a read-only bind
mount). Each check is skipped, saying why, where the machine allows neither.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from library_support import files_of, made_read_only, mount, unmount
from reader_support import record_notifications, wait_for

from store.library import Library
from tui.app import NewsreaderApp
from tui.cli import main
from tui.widgets.library_list import LibraryList

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def many_articles(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = f"Report {n}. " + "The harbour council met on Tuesday and agreed the budget for the ferries. " * 40
            out.write(json.dumps({"title": f"Harbour report {n}", "text": text, "published": "2025-09-02"}) + "\n")
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", "size=400k", "tmpfs", str(disk))
    yield disk
    unmount(disk)


def test_disk_full_during_add_is_one_line_naming_the_folder_and_the_library_is_intact(small_disk: Path, tmp_path: Path, capsys) -> None:
    db = small_disk / "library.json"
    assert main(["add", "--no-analyze", str(SEEDS[1]), "--db", str(db)]) == 0
    before = files_of(small_disk)
    (saved,) = Library(db).infos()
    text = Library(db).get(saved.id).text
    capsys.readouterr()

    code = main(["add", "--no-analyze", str(many_articles(tmp_path / "many.jsonl", 300)), "--db", str(db)])

    out, err = capsys.readouterr()
    assert code == 1
    (line,) = err.strip().splitlines()
    assert line.startswith(f"newsreader: {small_disk}") and "the disk is full" in line, line
    assert "stopped: the library cannot be written" in out
    library = Library(db)
    assert library.infos() == [saved]
    assert library.get(saved.id).text == text  # the article added before is whole
    after = files_of(small_disk)
    assert after["library.json"] == before["library.json"]  # the index, the commit point, is untouched
    assert not [name for name in after if name.endswith(".tmp")]


def test_a_file_size_limit_during_add_is_one_line_and_the_library_is_intact(tmp_path: Path) -> None:
    db = tmp_path / "lib" / "library.json"
    assert main(["add", "--no-analyze", str(SEEDS[1]), "--db", str(db)]) == 0
    before = files_of(db.parent)
    many = many_articles(tmp_path / "many.jsonl", 300)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    run = subprocess.run(
        [sys.executable, "-m", "tui.cli", "add", "--no-analyze", str(many), "--db", str(db)],
        preexec_fn=limit, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )

    assert run.returncode == 1
    (line,) = run.stderr.strip().splitlines()
    assert "file-size limit" in line and str(db.parent) in line and "Traceback" not in run.stderr, line
    assert files_of(db.parent)["library.json"] == before["library.json"]
    assert len(Library(db)) == 1


def test_a_read_only_library_of_an_older_release_is_read_as_it_is(tmp_path: Path, capsys) -> None:
    """A schema-1 library (tests/fixtures/library-v1) on a read-only disk lists and shows without its upgrade;
    add says read-only."""
    source = tmp_path / "lib"
    shutil.copytree(ROOT / "tests" / "fixtures" / "library-v1", source, ignore=shutil.ignore_patterns("README.md"))
    expected = json.loads((source / "library.json").read_text())["articles"]
    for folder in made_read_only(tmp_path, source):
        before = files_of(folder)
        db = str(folder / "library.json")
        assert main(["list", "--json", "--db", db]) == 0
        listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert sorted(r["id"] for r in listed) == sorted(r["id"] for r in expected.values())
        assert [r["title"] for r in listed][:2] == ["Late ferry note", "Harbour council 3"]
        assert main(["show", listed[1]["id"], "--db", db]) == 0
        assert "harbour council met on day 3" in capsys.readouterr().out
        new = tmp_path / "new.txt"
        new.write_text("Ferries sailed again on Monday, the port authority said.\n", encoding="utf-8")
        assert main(["add", "--no-analyze", str(new), "--db", db]) == 1
        assert "the library is read-only" in capsys.readouterr().err
        assert files_of(folder) == before


def test_a_read_only_library_lists_and_shows_but_add_and_remove_say_read_only(read_only: Path, tmp_path: Path, capsys) -> None:
    db = str(read_only / "library.json")
    new = tmp_path / "new.txt"
    new.write_text("Ferries sailed again on Monday, the port authority said.\n", encoding="utf-8")
    before = files_of(read_only)

    assert main(["list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "Xi and Putin" in listed
    first = Library(db).infos()[0].id
    assert main(["show", first, "--db", db]) == 0
    assert "Chinese President Xi Jinping" in capsys.readouterr().out

    for command in (["add", "--no-analyze", str(new)], ["remove", first]):
        code = main([*command, "--db", db])
        err = capsys.readouterr().err
        assert code == 1
        (line,) = err.strip().splitlines()
        assert "the library is read-only" in line and str(read_only) in line, line
    assert files_of(read_only) == before


async def test_the_reader_on_a_read_only_library_reads_analyses_and_says_read_only_once(read_only: Path) -> None:
    before = files_of(read_only)
    app = NewsreaderApp(read_only / "library.json", seed=True)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for(pilot, lambda: app.query_one(LibraryList).row_count == len(SEEDS))
        said = record_notifications(app)  # the warning's 8 s may pass while spaCy loads on a busy machine
        await pilot.press("enter")  # opens (marks read) and analyses the newest article
        await wait_for(pilot, lambda: app.analysis is not None, seconds=60)
        await pilot.press("m", "s")
        await pilot.pause()
        warnings = [m for m in said if "read-only" in m]
        assert len(warnings) == 1, said
        assert "read-only" in app.sub_title
        assert app.analysis.quotes  # the analysis is shown though it cannot be kept
        assert app.is_running and app.error is None
    assert files_of(read_only) == before
