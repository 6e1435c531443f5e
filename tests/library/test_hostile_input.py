"""Input from anywhere: each kind either imports sensibly or gets one clear line, and the batch goes on.

Every case runs through `newsreader add` with the analysis on, next to a good file
that must still land.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from store.library import Library
from tui.cli import main

GOOD = "Good article. The mayor said the bridge would reopen on Monday."
CONTROL = [c for c in map(chr, range(0xA0)) if unicodedata.category(c) == "Cc" and c not in "\n\t"]


def add(tmp_path: Path, capsys, name: str, content: bytes | str) -> tuple[int, list[str], Library]:
    bad = tmp_path / name
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    db = tmp_path / "library.json"
    code = main(["add", str(bad), str(good), "--db", str(db)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    library = Library(db)
    assert any(library.get(i.id).text == GOOD for i in library.infos()), "the good file did not land"
    return code, [line for line in err.splitlines() if line.strip()], library


def imported(library: Library) -> list:
    return [library.get(i.id) for i in library.infos() if library.get(i.id).text != GOOD]


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("feed.xml", b'<?xml version="1.0"?><rss><channel><title>T &bogus; &amp</title></channel></rss>', "is not a feed"),
        ("nul.txt", b"Text with a NUL \x00 byte inside.", "binary"),
    ],
    ids=["feed with broken entities and no entries", "NUL byte in a text file"],
)
def test_refused_with_one_line(tmp_path: Path, capsys, name: str, content: bytes, problem: str) -> None:
    code, errors, _ = add(tmp_path, capsys, name, content)
    assert code == 1 and len(errors) == 1
    assert name in errors[0] and problem in errors[0]


def test_a_50_megabyte_file_is_refused_by_its_size(tmp_path: Path, capsys) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.seek(50 * 1024 * 1024 - 1)
        f.write(b"a")
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    db = tmp_path / "library.json"
    assert main(["add", str(huge), str(good), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"newsreader: {huge}: is too large: 52,428,800 bytes (raise the limit with --max-size)"]
    assert len(Library(db)) == 1


@pytest.mark.parametrize(
    "name, text, check",
    [
        ("rtl.txt", "مرحبا بالعالم. قال الرئيس إن الجسر سيفتح يوم الاثنين.", "قال الرئيس"),
        ("cjk.txt", "北京市政府星期一宣布新的预算。“我们会继续努力，”市长说。", "北京市政府"),
        ("emoji.txt", "Fans cheered 🎉🇬🇷 as the team won. “Incredible 👏,” the coach said.", "🎉🇬🇷"),
        ("combining.txt", "Zoe\u0308 and Ame\u0301lie met in Montre\u0301al on Tuesday.", "Zoe\u0308"),
        pytest.param("one-line.txt", "word " * 200_000, "word word", marks=pytest.mark.slow),
        ("long-word.txt", "Before " + "x" * 10_000 + " after, he said.", "x" * 10_000),
        ("unbalanced.txt", "He said “this never ends. Then she said “fine” and left.\n\nA new paragraph.", "A new paragraph"),
        ("only-quotes.txt", "“”“”\"\"\"‘’«»«»", "“”"),
        ("markup.txt", "[bold red]Alert[/bold red] and [link=https://evil.example]click[/link].", "[bold red]Alert"),
        ("malformed.html", "<html><body><p>Unclosed <b>bold <div>Mayor Ana Ruiz said the bridge is safe, officials told reporters on Monday.</p>", "Ana Ruiz"),
    ],
    ids=["right-to-left", "CJK", "emoji", "combining marks", "a million characters on one line",
         "a 10,000-character word", "unbalanced quotation marks", "only quotation marks", "rich markup",
         "malformed HTML"],
)
def test_imported_whole_and_analysed(tmp_path: Path, capsys, name: str, text: str, check: str) -> None:
    code, errors, library = add(tmp_path, capsys, name, text)
    assert code == 0 and errors == []
    (article,) = imported(library)
    assert check in article.text


@pytest.mark.parametrize(
    "escape",
    ["\x1b[31mred\x1b[0m", "\x1b]52;c;SGVsbG8=\x07", "\x1b]0;new title\x07", "\x9b31mC1 CSI", "\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\"],
    ids=["CSI colour", "OSC 52 clipboard write", "OSC title change", "8-bit C1 CSI", "OSC 8 hyperlink"],
)
def test_terminal_escapes_are_removed(tmp_path: Path, capsys, escape: str) -> None:
    record = {"title": f"Title {escape}", "source": escape, "text": f"Before {escape} after. The mayor said so."}
    code, errors, library = add(tmp_path, capsys, "escapes.jsonl", json.dumps(record) + "\n")
    assert code == 0 and errors == []
    (article,) = imported(library)
    for field in (article.title, article.source, article.text):
        assert not any(c in field for c in CONTROL), repr(field)
    assert article.text.startswith("Before") and "after. The mayor said so." in article.text
