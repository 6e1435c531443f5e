"""Two writers at once, and a reader while a writer works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from synthetic import CLI, synthetic_jsonl

from store.library import Library

pytestmark = pytest.mark.slow


def test_two_processes_each_adding_500_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "library.json"
    expected: dict[str, str] = {}
    commands = []
    for writer in range(2):
        source = tmp_path / f"writer{writer}.jsonl"
        expected |= synthetic_jsonl(source, writer, 500)
        # small batches, so that the two writers interleave many times
        commands.append([*CLI, "add", str(source), "--db", str(db), "--no-analyze"])
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "Added 500 articles" in out
    library = Library(db)
    assert len(library) == 1000
    for info in library.infos():
        assert library.get(info.id).text == expected[info.title]


READER = """
import sys, time
from store.library import Library
lib = Library(sys.argv[1])
seen = 0
deadline = time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline:
    infos = lib.infos()
    assert len(infos) >= seen, "the library shrank"
    seen = len(infos)
    for info in infos[:5] + infos[-5:]:
        assert lib.get(info.id).title == info.title
print(seen)
"""


def test_a_reader_during_an_add_always_sees_a_whole_library(tmp_path: Path) -> None:
    db = tmp_path / "library.json"
    source = tmp_path / "big.jsonl"
    synthetic_jsonl(source, 0, 3000)
    Library(db)  # an empty library, so the reader has something to open
    writer = subprocess.Popen([*CLI, "add", str(source), "--db", str(db), "--no-analyze"], stdout=subprocess.PIPE, text=True)
    reader = subprocess.run([sys.executable, "-c", READER, str(db), "3"], capture_output=True, text=True, check=False)
    writer.communicate(timeout=120)
    assert reader.returncode == 0, reader.stderr
    assert writer.returncode == 0
    assert len(Library(db)) == 3000
