from __future__ import annotations

from pathlib import Path

import pytest

from store.library import Library


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.json"


@pytest.fixture
def library(db: Path) -> Library:
    return Library(db)
