"""The background analysis: a new library is analysed while it is read, the shown article first.

Real TinyDB libraries in tmp_path, the real spaCy model, the real app through Pilot.
"""

from __future__ import annotations

import re
from pathlib import Path

from library_support import files_of
from reader_support import SEED_TITLE, record_notifications, wait_for

from store.analyses import unanalysed
from store.articleset import term
from store.library import Library
from store.seeds import ensure_seeded
from tui.app import NewsreaderApp
from tui.widgets.library_list import LibraryList
from tui.widgets.panels.quotes import QuotesPanel

SIZE = (200, 50)  # the library pane is wide enough for the long form of its title


def title(app: NewsreaderApp) -> str:
    return str(app.query_one("#library-pane").border_title)


def waiting(db: Path) -> list[str]:
    """The articles a fresh look at the library on disk finds without a stored, current analysis."""
    library = Library(db)
    return unanalysed(library, [i.id for i in library.infos()])


async def test_the_seed_articles_quotes_fill_in_with_no_key_pressed(library: Library) -> None:
    ensure_seeded(library)  # not analysed
    app = NewsreaderApp(library)
    seen: list[str] = []  # every title the library pane was given
    update = app.update_library_title

    def recorded() -> None:
        update()
        seen.append(title(app))

    app.update_library_title = recorded
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.article is not None and app.article.title.startswith(SEED_TITLE)  # the newest, shown
        await wait_for(pilot, lambda: bool(app.query(QuotesPanel)), seconds=30)  # mounted lazily: later on a busy machine
        panel = app.query_one(QuotesPanel)
        await wait_for(pilot, lambda: panel.find_node("Vladimir Putin") is not None, seconds=90)
        assert str(panel.find_node("Vladimir Putin").label).startswith("Vladimir Putin · President (")
        assert app.analysis is not None and "Vladimir Putin" in app.query_one("ArticleView").shown_entities
        assert app.focused is app.query_one(LibraryList)  # nothing was opened: the list kept the keys
        # the rest follows, newest first, and the title says how far it is
        await wait_for(pilot, lambda: title(app) == "Library (5)", seconds=120)
        progress = list(dict.fromkeys(t for t in seen if t != "Library (5)"))  # each once, in order
        assert progress == [f"Library (5) · analysing {n} / 5" for n in range(1, 6)], seen
        # other articles' results went into the filter index; the cursor stayed on the seed
        assert app.current == library.infos()[0].id and app.query_one(LibraryList).highlighted == 0
        assert len(app.everything.where("speaker:putin")) == 1
        facets = Library(library.path).facets()
        assert len(facets) == 5
        for article_id, found in facets.items():
            assert article_id in app.everything.where(term("entity", found.entity_names()[0])).ids
    assert waiting(library.path) == []


async def test_keys_are_handled_while_it_runs(library: Library) -> None:
    ensure_seeded(library)
    ids = [i.id for i in library.infos()]
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app._progress is not None, seconds=30)  # it has started
        await pilot.press("j", "j")
        assert app.current == ids[2]
        await pilot.press("k")
        assert app.current == ids[1]
        await pilot.press("enter")
        assert app.focused is app.query_one("ArticleView")
        # the shown article is analysed before the older ones still waiting
        await wait_for(pilot, lambda: app.analysis is not None, seconds=90)
        assert ids[1] not in waiting(library.path)


async def test_A_pauses_after_the_article_in_progress_and_resumes(library: Library, db: Path) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        said = record_notifications(app)  # each lasts 2 s, which the analysis running alongside can outlast
        await wait_for(pilot, lambda: "analysing" in title(app), seconds=30)
        await pilot.press("A")
        assert "Background analysis paused (A resumes it)" in said
        assert re.fullmatch(r"Library \(5\) · analysis paused at \d / 5", title(app)), title(app)
        await wait_for(pilot, lambda: app._in_flight is None, seconds=90)  # the one in progress is finished
        await pilot.pause(0.3)
        # each result was saved as it came: a fresh library on the same path sees it
        left = waiting(db)
        assert 1 <= len(left) <= 4, left
        assert title(app) == f"Library (5) · analysis paused at {5 - len(left)} / 5"
        await pilot.pause(1.5)
        assert waiting(db) == left  # paused means paused
        await pilot.press("A")
        await wait_for(pilot, lambda: title(app) == "Library (5)", seconds=120)
        assert "Background analysis resumed" in said
    assert waiting(db) == []


async def test_a_read_only_library_stops_it_once(read_only: Path) -> None:
    before = files_of(read_only)
    app = NewsreaderApp(read_only / "library.json")
    async with app.run_test(size=SIZE) as pilot:
        # the shown article is analysed and shown, but cannot be kept: the run stops there
        await wait_for(pilot, lambda: "analysis stopped" in title(app), seconds=90)
        assert title(app) == "Library (5) · analysis stopped at 1 / 5"
        await wait_for(pilot, lambda: app.analysis is not None, seconds=10)
        assert app.analysis.quotes
        await pilot.pause(1.5)
        assert app._done == 1 and not any(w.is_running for w in app.workers if w.group == "background")
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert len(warnings) == 1 and "read-only" in warnings[0], warnings
        assert "read-only" in app.sub_title
        await pilot.press("j", "k")  # still reading
        assert app.is_running and app.error is None
    assert files_of(read_only) == before


async def test_an_analysed_library_starts_no_analysis(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app._progress is not None, seconds=30)
        assert app._progress.total == 0 and title(app) == "Library (5)"
        await pilot.press("A")
        assert [n.message for n in app._notifications][-1] == "Every article is analysed"


async def test_a_narrow_library_pane_shows_the_short_progress(library: Library) -> None:
    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:  # the pane is 30 columns
        await wait_for(pilot, lambda: re.fullmatch(r"Library \(5\) · [1-5]/5", title(app)) is not None, seconds=30)
        await pilot.press("A")
        await pilot.pause()
        assert re.fullmatch(r"Library \(5\) · \d/5 paused", title(app)), title(app)
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        await pilot.pause()
        assert re.fullmatch(r"Library \(5\) · analysis paused at \d / 5", title(app)), title(app)
