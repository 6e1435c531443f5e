from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.library import Library

# an analysis component that fails fails the test, instead of leaving its part of the analysis empty
os.environ.setdefault("NEWSREADER_STRICT_ANALYSIS", "1")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.json"


@pytest.fixture
def library(db: Path) -> Library:
    return Library(db)
