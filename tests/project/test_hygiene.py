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


FIRST_ROWS = """
import gc, sys
from pathlib import Path
from tui.cli import open_reader
from tui.app import NewsreaderApp

def first_rows(app):
    # what the reader has imported, and whether the collector runs, once its first rows are drawn
    print(" ".join(sorted(sys.modules)))
    print(gc.isenabled())
    app.exit()

NewsreaderApp.after_first_rows = first_rows
NewsreaderApp.run = lambda app: App.run(app, headless=True, size=(120, 40))
from textual.app import App
sys.exit(open_reader(Path(sys.argv[1]), None))
"""


def test_the_reader_draws_its_first_rows_before_it_imports_what_reads_texts_and_analyses(analysed) -> None:
    """The first screen reads the head of the index and the reading states: TinyDB (texts, analyses),
    the analysis's types and the importers come later, with the collector off meanwhile."""
    run = subprocess.run([sys.executable, "-c", FIRST_ROWS, str(analysed.path)], capture_output=True, text=True,
                         check=True, timeout=60)
    modules, collector = run.stdout.splitlines()[-2:]
    loaded = set(modules.split())
    assert "tui.app" in loaded and "store.library" in loaded
    for later in ("tinydb", "store.tinystorage", "store.analysis", "store.analyses", "store.ingest", "spacy"):
        assert later not in loaded, later
    # nor what only a shown article, a view, the palette or a subcommand needs (each cost the start 1-2 %)
    for later in ("tui.highlight", "tui.screens.base", "tui.widgets.rows", "tui.palette", "argparse", "hashlib", "secrets",
                  "store.facetlog", "store.facets", "textual.widgets._footer"):
        assert later not in loaded, later
    assert collector == "False"
