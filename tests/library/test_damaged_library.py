"""A damaged library file: one line naming it and what to do, a non-zero exit, the file untouched."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from store.article import Article
from store.library import Library
from tui.cli import main


def good_library(db: Path) -> None:
    library = Library(db)
    library.add([Article.new("First article about the harbour.", title="One")])
    library.add([Article.new("Second article about the ferries.", title="Two")])


def damage(db: Path, kind: str) -> None:
    raw = db.read_bytes()
    if kind == "corrupt":
        assert b'"_meta"' in raw
        db.write_bytes(raw.replace(b'"_meta"', b'"_m\xffeta', 1))
    elif kind == "truncated":
        db.write_bytes(raw[: len(raw) // 2])
    elif kind == "empty":
        db.write_bytes(b"")
    elif kind == "not a library":
        db.write_text(json.dumps({"colours": {"1": {"name": "red"}}}))
    elif kind == "newer schema":
        data = json.loads(raw)
        data["_meta"]["1"]["schema"] = 7
        db.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "kind, says",
    [
        ("corrupt", "is damaged"),
        ("truncated", "is damaged"),
        ("empty", "is empty"),
        ("not a library", "not a newsreader library"),
        ("newer schema", "newer newsreader"),
    ],
)
@pytest.mark.parametrize("command", [["list"], ["add", "{extra}"], ["show", "abcd"]])
def test_refused_in_one_line_and_left_byte_identical(tmp_path: Path, capsys, kind: str, says: str, command) -> None:
    db = tmp_path / "library.json"
    good_library(db)
    damage(db, kind)
    before = db.read_bytes()
    extra = tmp_path / "extra.txt"
    extra.write_text("A third article.")
    argv = [part.format(extra=extra) for part in command]
    assert main([*argv, "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out + err
    assert lines[0].startswith(f"newsreader: {db}: ") and says in lines[0]
    assert "restore" in lines[0] or "upgrade" in lines[0] or "move" in lines[0]
    assert db.read_bytes() == before


def test_the_backup_restores_the_last_good_state(tmp_path: Path, capsys) -> None:
    db = tmp_path / "library.json"
    good_library(db)
    damage(db, "truncated")
    backup = db.with_name("library.json.bak")
    db.write_bytes(backup.read_bytes())  # what the error message and the README say to do
    assert main(["list", "--json", "--db", str(db)]) == 0
    # the manifest changed at no add (each was a line of the log): its backup names the same files
    assert sorted(json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()) == ["One", "Two"]


def log_of(db: Path) -> Path:
    (log,) = (db.parent / "library.index").glob("*.log")
    return log


def refused(db: Path, capsys, command: tuple[str, ...] = ("list",)) -> str:
    """The one line a command prints for a damaged library, which it leaves byte-identical."""
    files = {p: p.read_bytes() for p in db.parent.rglob("*") if p.is_file()}
    assert main([*command, "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    (line,) = err.strip().splitlines()
    assert "Traceback" not in out + err
    assert {p: p.read_bytes() for p in db.parent.rglob("*") if p.is_file()} == files
    return line


def test_a_damaged_line_in_the_log_is_named_with_how_to_keep_the_lines_before_it(tmp_path: Path, capsys) -> None:
    db = tmp_path / "library.json"
    good_library(db)
    log = log_of(db)
    whole = log.stat().st_size
    log.write_bytes(log.read_bytes() + b'["+", [3, "broken\n' + b'["-", 1, "x"]\n')
    line = refused(db, capsys)
    assert f"{log}: is damaged: line 3 is not valid JSON" in line and f"truncate -s {whole} '{log}'" in line
    os.truncate(log, whole)  # what the message says to do
    assert main(["list", "--json", "--db", str(db)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_torn_last_line_is_a_write_that_never_finished_not_damage(tmp_path: Path, capsys) -> None:
    db = tmp_path / "library.json"
    good_library(db)
    log = log_of(db)
    whole = log.read_bytes()
    log.write_bytes(whole + b'["+", [3, "abcd", "A third art')  # a writer killed mid-line
    assert main(["list", "--json", "--db", str(db)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    Library(db).add([Article.new("A third article about the pier.", title="Three")])  # cuts the torn line off first
    assert log.read_bytes().startswith(whole) and log.read_bytes().count(b"\n") == whole.count(b"\n") + 1
    assert sorted(i.title for i in Library(db).infos()) == ["One", "Three", "Two"]


@pytest.mark.parametrize("kind, command", [("rows", ("list",)), ("keys", ("remove", "abcd"))])
def test_a_damaged_or_missing_base_file_is_named(tmp_path: Path, capsys, kind: str, command: tuple[str, ...]) -> None:
    db = tmp_path / "library.json"
    good_library(db)
    library = Library(db)
    with library.lock:
        library._index.compact()  # the rows move from the log into the next generation's base
    (base,) = (db.parent / "library.index").glob(f"000002.{kind}")
    base.write_bytes(base.read_bytes()[:-7])
    line = refused(db, capsys, command)
    assert line.startswith(f"newsreader: {base}: is damaged") and "library.json.bak" in line
    base.unlink()
    assert f"{base}: is missing" in refused(db, capsys, command)


def test_a_missing_manifest_is_not_an_empty_library(tmp_path: Path, capsys) -> None:
    db = tmp_path / "library.json"
    good_library(db)
    db.unlink()  # lost: the index's files still beside it
    extra = tmp_path / "extra.txt"
    extra.write_text("A third article.")
    index = {p: p.read_bytes() for p in (tmp_path / "library.index").iterdir()}
    line = refused(db, capsys, ("add", str(extra)))
    assert line.startswith(f"newsreader: {db}: is missing, though library.index/ holds an index")
    assert f"cp '{db}.bak' '{db}'" in line
    assert {p: p.read_bytes() for p in (tmp_path / "library.index").iterdir()} == index  # nothing overwritten
    db.write_bytes(db.with_name("library.json.bak").read_bytes())
    assert len(Library(db)) == 2


def test_a_reader_between_a_new_librarys_files_and_its_manifest_sees_it_empty(tmp_path: Path) -> None:
    # the first add writes the empty base and log, then the manifest: a reader may look in between
    db = tmp_path / "library.json"
    writer = Library(db)
    writer._index._write_base(1, [], [], [], [])
    assert not db.exists() and any((tmp_path / "library.index").glob("*.rows"))
    reader = Library(db)
    assert reader.infos() == [] and len(reader) == 0
    extra = tmp_path / "extra.txt"
    extra.write_text("The first article.")
    assert main(["add", str(extra), "--db", str(db), "--no-analyze"]) == 0
    assert len(reader) == 1


@pytest.mark.parametrize(
    "row",
    [
        [3, "c0ffee0000000003", "Three", "", None, "", "2025-09-02T10:00:00+00:00", "42"],  # chars as text
        [3, "c0ffee0000000003", "Three", "", 20250902, "", "2025-09-02T10:00:00+00:00", 42],  # a date as a number
        [3, "c0ffee0000000003", "Three"],  # cut short
        {"id": "c0ffee0000000003"},
    ],
)
def test_a_log_line_whose_row_is_valid_json_of_the_wrong_shape_is_damage(tmp_path: Path, capsys, row) -> None:
    """Rows in the log are checked a column at a time: a bad one among good ones is still named."""
    db = tmp_path / "library.json"
    good_library(db)
    log = log_of(db)
    good = [4, "c0ffee0000000004", "Four", "", None, "", "2025-09-02T10:00:00+00:00", 42]
    log.write_bytes(log.read_bytes() + json.dumps(["+", good, row]).encode() + b"\n")
    line = refused(db, capsys)
    assert f"{log}: has a damaged article row" in line
