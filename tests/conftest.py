from __future__ import annotations

import os
from pathlib import Path

import pytest

# the fixtures more than one folder takes (the reader tests' analysed libraries, a library that cannot be written),
# shared from here rather than imported by each test module, where a fixture imported and then taken as an
# argument reads as a name defined twice
from library_support import read_only  # noqa: F401
from reader_support import analysed, analysed_template, harbour, harbour_template  # noqa: F401

from store.library import Library

# an analysis component that fails fails the test, instead of leaving its part of the analysis empty
os.environ.setdefault("NEWSREADER_STRICT_ANALYSIS", "1")


@pytest.fixture(scope="session")
def nlp():
    # one pipeline for the whole run: loading the model once per test module cost the suite about a second each;
    # imported here so that collecting the interface's tests loads no model
    from store.analysis import build_pipeline

    return build_pipeline()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.json"


@pytest.fixture
def library(db: Path) -> Library:
    return Library(db)
