"""Text damaged by a wrong decoding is repaired at import, and the analysis reads the repaired punctuation.

Two kinds of damage: Windows-1252 punctuation read as Latin-1 (C1 code points U+0085, U+0091-U+0097 where the
curly quotes, dashes and ellipses were), and UTF-8 read as Windows-1252 ("â€œ" for "“", "Ã©" for "é"). Files
are imported through `newsreader add` and analysed through `newsreader analyze`; the sentences and names are
made up.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from store.library import Library
from store.text import clean_text
from tui.cli import main

CONTROL = [c for c in map(chr, range(0xA0)) if unicodedata.category(c) == "Cc" and c not in "\n\t"]
STORY = (
    "Harbour plan approved\n\n"
    "The council of Norbridge approved the harbour plan on Tuesday after a long debate.\n\n"
    "“We have waited ten years for this — and it will change the town,” said Selma Varga, the mayor.\n\n"
    "Opponents said the plan’s cost… was too high."
)
# what a Windows-1252 page read as Latin-1 holds: the same bytes, one C1 code point per punctuation mark
AS_LATIN1 = STORY.encode("cp1252").decode("latin-1")


def read_as_cp1252(raw: bytes) -> str:
    """As a browser or feed reader does: a byte Windows-1252 leaves undefined (0x9D, the end of "”") passes through."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


# what a UTF-8 page read as Windows-1252 holds
MOJIBAKE = read_as_cp1252(STORY.encode("utf-8"))


def add_one(tmp_path: Path, name: str, content: bytes, *extra: str) -> str:
    path = tmp_path / name
    path.write_bytes(content)
    db = tmp_path / "library.json"
    assert main(["add", str(path), "--db", str(db), "--no-analyze", *extra]) == 0
    library = Library(db)
    (info,) = library.infos()
    return library.get(info.id).text


def analyze_file(tmp_path: Path, capsys, name: str, content: bytes) -> dict:
    path = tmp_path / name
    path.write_bytes(content)
    capsys.readouterr()
    assert main(["analyze", str(path), "--published", "2025-09-02"]) == 0
    return json.loads(capsys.readouterr().out)


def mayor_quotes(result: dict) -> list[dict]:
    return [q for q in result["quotes"] if q["speaker"] == "Selma Varga"]


@pytest.mark.parametrize("damaged", [AS_LATIN1, MOJIBAKE], ids=["cp1252 read as Latin-1", "UTF-8 read as cp1252"])
def test_a_damaged_text_file_is_stored_repaired(tmp_path: Path, capsys, damaged: str) -> None:
    assert AS_LATIN1 != STORY and MOJIBAKE != STORY
    assert add_one(tmp_path, "story.txt", damaged.encode("utf-8")) == STORY.split("\n\n", 1)[1]


def test_a_cp1252_file_imported_as_latin1_keeps_its_quotation_marks(tmp_path: Path, capsys) -> None:
    stored = add_one(tmp_path, "story.txt", STORY.encode("cp1252"), "--encoding", "latin-1")
    assert "“We have waited" in stored and "plan’s cost…" in stored


@pytest.mark.parametrize("damaged", [AS_LATIN1, MOJIBAKE], ids=["cp1252 read as Latin-1", "UTF-8 read as cp1252"])
def test_analyze_finds_the_quote_in_a_damaged_file(tmp_path: Path, capsys, damaged: str) -> None:
    result = analyze_file(tmp_path, capsys, "story.txt", damaged.encode("utf-8"))
    (quote,) = mayor_quotes(result)
    assert quote["text"].startswith("“We have waited ten years")
    assert result["text"][quote["start"] : quote["end"]] == quote["text"]


def test_a_batch_is_analysed_as_given_but_reads_cp1252_quotation_marks(tmp_path: Path, capsys) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": AS_LATIN1}) + "\n")
    assert main(["analyze", str(batch)]) == 0
    (line,) = [json.loads(row) for row in capsys.readouterr().out.strip().split("\n")]  # splitlines cuts at U+0085
    (quote,) = mayor_quotes(line)
    assert quote["text"] == AS_LATIN1[quote["start"] : quote["end"]]  # offsets and text as given
    assert quote["text"].startswith("\x93We have waited ten years for this \x97 and")


def test_clean_copy_is_left_alone() -> None:
    clean = (
        "São Paulo’s “façade” — Dvořák, Ærø, naïve café owners and £5 tickets… SÃO PAULO, ÂNGELA and the letter Â. "
        "Î, Ê and Ô stand alone; the ¼-mile race cost €3 or ¥400 ±2 %."
    )
    assert clean_text(clean) == clean
    assert clean_text(STORY) == STORY


@pytest.mark.parametrize(
    "escape",
    ["\x9b31m", "\x9b2J", "\x9d0;new title\x07", "\x1b[31m"],
    ids=["8-bit CSI colour", "8-bit CSI clear screen", "8-bit OSC title", "7-bit CSI"],
)
def test_escapes_beside_cp1252_punctuation_are_still_removed_whole(escape: str) -> None:
    text = f"\x93Yes,\x94 she said {escape}twice."
    cleaned = clean_text(text)
    assert not any(c in cleaned for c in CONTROL), repr(cleaned)
    assert cleaned.endswith("she said twice.") and "›" not in cleaned


def test_a_mojibake_closing_quotation_mark_is_not_taken_for_an_escape() -> None:
    # "”" read as Latin-1 ends in U+009D, an 8-bit OSC introducer that would take the rest of the line with it
    damaged = "“Ready,” said Selma Varga. The vote is on Friday.".encode().decode("latin-1")
    assert "\x9d" in damaged
    assert clean_text(damaged) == "“Ready,” said Selma Varga. The vote is on Friday."
