"""Start-up stays light: each check runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest


def modules_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


@pytest.mark.parametrize(
    "statement", ["import store", "import store.library, store.ingest, store.seeds, store.analyses, store.analysis"]
)
def test_store_never_imports_textual(statement: str) -> None:
    loaded = modules_after(statement)
    assert "textual" not in loaded
    assert "spacy" not in loaded


def test_the_app_does_not_import_spacy() -> None:
    loaded = modules_after("import tui.app, tui.cli")
    assert "tui.app" in loaded and "textual" in loaded
    assert "spacy" not in loaded
    assert "thinc" not in loaded


def test_the_command_line_starts_without_the_heavy_importers() -> None:
    loaded = modules_after("import tui.cli")
    for heavy in ("spacy", "trafilatura", "feedparser", "textual"):
        assert heavy not in loaded, heavy
