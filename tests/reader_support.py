"""Shared by the reader tests: an analysed copy of the seed library, made once per session.

spaCy takes about a second to load, so the seeds are analysed once into a
template folder; each test gets its own copy, so marks and filters never leak.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from textual.screen import Screen

from store.analyses import analyze_articles, stored_analysis
from store.analysis.types import Analysis
from store.article import Article, ArticleInfo
from store.library import Library
from store.mentions import LibraryRecords
from store.seeds import ensure_seeded
from store.speakers import SpeakerIndex

SEED_TITLE = "Xi and Putin hail"
SIZE = (160, 48)  # the terminal of the reader's tests: three columns and a view's list of 40 rows

S = TypeVar("S", bound=Screen)


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


# -- the views across the library ---------------------------------------------------------


def records_and_infos(library: Library) -> tuple[LibraryRecords, dict[str, ArticleInfo]]:
    """What a view's index is built from: the library's records, and its articles by id."""
    return LibraryRecords(library.paths), {i.id: i for i in library.infos()}


def speaker_index(library: Library) -> SpeakerIndex:
    """The Speakers view's index of `library`, built as the view builds it."""
    records, infos = records_and_infos(library)
    return SpeakerIndex(records.all("speakers", infos), infos, lambda ids: records.some("quotes", ids, "speakers"))


def analysed_library(folder: Path, source: str, stories: list[tuple[str, str, str]]) -> Path:
    """A library in `folder` of (title, ISO day, text) stories from `source`, every one analysed; its folder."""
    library = Library(folder / "library.json")
    articles = [Article.new(text, title=title, source=source, published=date.fromisoformat(day))
                for title, day, text in stories]
    library.add(articles)
    list(analyze_articles(library, articles))
    return folder


def copied_library(template: Path, folder: Path) -> Library:
    """This test's own copy of a library made once per module, so its marks and records never leak."""
    shutil.copytree(template, folder)
    return Library(folder / "library.json")


async def open_view(app, pilot, key: str, screen_type: type[S]) -> S:
    """Press `key` in the reader once its index is ready, and wait until the view it opens has loaded."""
    await wait_for(pilot, lambda: app.indexed)
    await pilot.press(key)
    await wait_for(pilot, lambda: isinstance(app.screen, screen_type) and app.screen.loaded)
    await pilot.pause()
    return app.screen


def key_bar(app) -> str:
    """The key bar of the screen on top, as the terminal shows it."""
    from tui.widgets.footer import KeyFooter

    return app.screen.query_one(KeyFooter).render_line(0).text


def shown_rows(rows, width: int) -> list[str]:
    """A view's list (a RowList) as the reader sees it: each heading's text, and each row's lines at this
    width joined by " | "."""
    from tui.widgets.rows import Heading

    return [
        item.text if isinstance(item, Heading) else " | ".join(line.plain for line in rows.row_lines(item, width))
        for item in rows.items
    ]


# Two short articles of our own for the views across the library: a named speaker quoted in both,
# unnamed sources that open their sentences ("Analysts said"), and dates on both sides of a day.
HARBOUR = {
    "ferry-approved.txt": """Title: Harbour council approves new ferry line
Source: Harbour Gazette
Published: 2025-03-04

The harbour council approved a new ferry line on Monday. "This route will change how people cross the bay," said Mayor Anna Berg. Analysts said the fares were too high.

Officials said the first boats would sail on 1 June. Berg added that the council would review the timetable in September.
""",
    "ferry-opens.txt": """Title: Ferry line opens to crowds
Source: Harbour Gazette
Published: 2025-06-02

The new ferry line opened on Sunday with long queues at both piers. "We are proud of what the crew has built," Mayor Anna Berg told reporters. Analysts said demand would settle by the autumn.
""",
}


def write_harbour(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in HARBOUR.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="session")
def harbour_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from store.ingest import ImportOptions, read_sources

    root = tmp_path_factory.mktemp("harbour")
    library = Library(root / "lib" / "library.json")
    articles = list(read_sources(write_harbour(root / "files"), ImportOptions()))
    library.add(articles)
    list(analyze_articles(library, articles))
    return root / "lib"


@pytest.fixture
def harbour(harbour_template: Path, tmp_path: Path) -> Library:
    """The two harbour articles, analysed, in this test's own folder."""
    folder = tmp_path / "harbour"
    shutil.copytree(harbour_template, folder)
    return Library(folder / "library.json")


def harbour_id(library: Library, title_start: str) -> str:
    return next(i.id for i in library.infos() if i.title.startswith(title_start))


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


def analysed_fire(folder: Path, body: str) -> tuple[Library, list]:
    """A library holding one analysed article, "Fire at the market" of 2025-09-02, imported from a file
    as a user would: the parts-of-day tests read it in the panels, the timeline and the filter."""
    from store.ingest import ImportOptions, read_sources

    path = folder / "fire.txt"
    path.write_text(f"Title: Fire at the market\nPublished: 2025-09-02\n\n{body}\n", encoding="utf-8")
    library = Library(folder / "lib" / "library.json")
    articles = list(read_sources([path], ImportOptions()))
    library.add(articles)
    list(analyze_articles(library, articles))
    return library, articles
