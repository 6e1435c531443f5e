"""A reader that opens the library while its first write is committed sees the library, not a lost manifest."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.index
from store.article import Article
from store.errors import LibraryCorrupt
from store.library import Library


def _manifest_read_too_early(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's first look at the manifest comes before the writer's first commit: it finds none. By the time it
    looks at the index beside it, the writer has committed the manifest and logged its articles."""
    real = store.index.load_json_file
    calls = {"n": 0}

    def load(path, advice):
        calls["n"] += 1
        return None if calls["n"] == 1 else real(path, advice)

    monkeypatch.setattr(store.index, "load_json_file", load)


def test_a_reader_opening_during_the_first_write_sees_the_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "library.json"
    Library(db).add([Article.new("The harbour reopened after the storm.", title="Harbour")])
    _manifest_read_too_early(monkeypatch)
    reader = Library(db)
    assert [info.title for info in reader.infos()] == ["Harbour"]


def test_a_manifest_really_lost_is_still_an_error(tmp_path: Path) -> None:
    db = tmp_path / "library.json"
    Library(db).add([Article.new("The harbour reopened after the storm.", title="Harbour")])
    db.unlink()
    with pytest.raises(LibraryCorrupt, match="is missing"):
        Library(db)
