"""Shared by the reader tests: an analysed copy of the seed library, made once per session.

spaCy takes about a second to load, so the seeds are analysed once into a
template folder; each test gets its own copy, so marks and filters never leak.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.analyses import analyze_articles, stored_analysis
from store.analysis.types import Analysis
from store.library import Library
from store.seeds import ensure_seeded

SEED_TITLE = "Xi and Putin hail"


@pytest.fixture(scope="session")
def analysed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("analysed") / "lib"
    library = Library(folder / "library.json")
    ensure_seeded(library)
    list(analyze_articles(library, [library.get(i.id) for i in library.infos()]))
    return folder


@pytest.fixture
def analysed(analysed_template: Path, tmp_path: Path) -> Library:
    """The seed library, every article analysed, in this test's own folder."""
    folder = tmp_path / "lib"
    shutil.copytree(analysed_template, folder)
    return Library(folder / "library.json")


def seed_id(library: Library) -> str:
    return next(i.id for i in library.infos() if i.title.startswith(SEED_TITLE))


def seed_analysis(library: Library) -> Analysis:
    found = stored_analysis(library, library.get(seed_id(library)))
    assert found is not None
    return found


async def wait_for(pilot, condition, seconds: float = 20.0) -> None:
    """Pause until `condition()` holds (a worker finishing), failing after `seconds`."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never held")


def record_notifications(app) -> list[str]:
    """Every message the app notifies from now on, kept: a notification on screen expires after its
    timeout, which a busy machine can pass before a test looks."""
    said: list[str] = []
    notify = app.notify

    def recording(message, *args, **kwargs):
        said.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = recording
    return said
