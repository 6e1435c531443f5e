"""A damaged library file: one line naming it and what to do, a non-zero exit, the file untouched."""

from __future__ import annotations

import json
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
        db.write_bytes(raw.replace(b'"articles"', b'"art\xffcles', 1))
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
    assert [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()] == ["One"]
