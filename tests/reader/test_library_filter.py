"""The library's filter (`/`) matches every term in any case and with or without diacritics, by the same rule as
the Speakers view (store/matching.py): `speaker:erdogan` finds Recep Tayyip Erdoğan, `entity:"sao paulo"` São Paulo,
plain words titles and sources; `=NAME` stays the whole name as the views list it.

Three short articles of our own, analysed for real: Erdoğan quoted on the lira (from Ankara), a resident of São
Paulo on its floods (source Agência Brasil), Jerome Powell at talks in Zürich.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reader_support import SIZE, copied_library, wait_for

from store.analyses import analyze_articles
from store.article import Article
from store.articleset import ArticleSet
from store.library import Library
from tui.app import NewsreaderApp
from tui.widgets.library_list import LibraryList
from tui.widgets.library_pane import FilterInput

ARTICLES = [
    ("Lira to recover, says Erdoğan", "Anadolu", "2025-06-02", (
        "\"The lira will recover,\" said Recep Tayyip Erdoğan, the president of Turkey. Erdoğan spoke in Ankara "
        "on Monday.")),
    ("Floods in São Paulo", "Agência Brasil", "2025-06-03", (
        "Heavy rain flooded the streets of São Paulo on Tuesday. \"The river rose in an hour,\" said Ana Souza, "
        "a resident.")),
    ("Talks resume in Zürich", "Wire", "2025-06-04", (
        "\"We are close to a deal,\" said Jerome Powell, the chair of the Federal Reserve, after the talks.")),
]


@pytest.fixture(scope="module")
def accents_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("accents") / "lib"
    library = Library(folder / "library.json")
    articles = [Article.new(text, title=title, source=source, published=date.fromisoformat(day))
                for title, source, day, text in ARTICLES]
    library.add(articles)
    list(analyze_articles(library, articles))
    return folder


@pytest.fixture
def accents(accents_template: Path, tmp_path: Path) -> Library:
    return copied_library(accents_template, tmp_path / "accents")


def titles(library: Library, query: str) -> list[str]:
    return [info.title for info in ArticleSet.of(library.infos(), library.states(), library.facets()).where(query)]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("speaker:erdogan", "Lira to recover, says Erdoğan"),
        ("speaker:ERDOGAN", "Lira to recover, says Erdoğan"),
        ('speaker:"tayyip erdogan"', "Lira to recover, says Erdoğan"),
        ('entity:"sao paulo"', "Floods in São Paulo"),
        ('entity:"SAO PAULO"', "Floods in São Paulo"),
        ("speaker:jérôme", "Talks resume in Zürich"),  # an accent typed where the name has none
        ("zurich", "Talks resume in Zürich"),  # plain words: the title
        ("source:agencia", "Floods in São Paulo"),
        ("sao agencia", "Floods in São Paulo"),  # the title and the source
    ],
)
def test_every_term_matches_with_or_without_diacritics(accents: Library, query: str, title: str) -> None:
    assert titles(accents, query) == [title]


def test_a_part_of_a_name_is_folded_the_whole_name_is_as_the_views_list_it(accents: Library) -> None:
    assert titles(accents, 'speaker:"Recep Tayyip Erdogan"') == ["Lira to recover, says Erdoğan"]
    # `=` is what `f` gives from a view's row: the name as written, so "Officials" and "officials" stay apart
    assert titles(accents, 'speaker:="Recep Tayyip Erdoğan"') == ["Lira to recover, says Erdoğan"]
    assert titles(accents, 'speaker:="Recep Tayyip Erdogan"') == []
    assert titles(accents, "speaker:erdogan entity:zurich") == []  # still every term must hold


async def typed(pilot, text: str) -> None:
    await pilot.press(*({" ": "space", '"': "quotation_mark"}.get(c, c) for c in text))


def listed(app: NewsreaderApp) -> list[str]:
    listing = app.query_one(LibraryList)
    return [listing.id_at(n) for n in range(listing.row_count)]


async def test_a_name_typed_without_its_accents_in_the_library_filter_lists_its_articles(accents: Library) -> None:
    ids = {info.title: info.id for info in accents.infos()}
    app = NewsreaderApp(accents)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.indexed)
        await pilot.press("slash")
        await typed(pilot, "speaker:erdogan")
        await pilot.pause()
        assert app.query_one(FilterInput).value == "speaker:erdogan"
        assert listed(app) == [ids["Lira to recover, says Erdoğan"]]
        assert str(app.query_one("#library-pane").border_title).startswith("Library (1 of 3)")
        await pilot.press("ctrl+u")
        await typed(pilot, 'entity:"sao paulo"')
        await pilot.pause()
        assert listed(app) == [ids["Floods in São Paulo"]]


async def test_a_filter_that_matches_nothing_says_so_and_how_to_clear_it(tmp_path: Path) -> None:
    library = Library(tmp_path / "library.json")
    library.add([Article.new("Ferries resumed sailing on Monday.", title="Ferries resume", source="Courier")])
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.everything is not None)
        listing = app.query_one(LibraryList)
        await pilot.press("slash", *"zzqx")
        await pilot.pause()
        assert listing.row_count == 0
        shown = " ".join(listing.render_line(y).text.strip() for y in range(3))
        assert shown.startswith("No article matches this filter. Esc clears it.")
        await pilot.press("escape")
        await pilot.pause()
        assert listing.row_count == 1 and "Ferries resume" in listing.render_line(0).text


async def test_an_empty_library_says_how_to_add_articles(tmp_path: Path) -> None:
    app = NewsreaderApp(Library(tmp_path / "library.json"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.everything is not None)
        await pilot.pause()
        listing = app.query_one(LibraryList)
        shown = " ".join(listing.render_line(y).text.strip() for y in range(4))
        assert shown.startswith("The library is empty. Add articles with `newsreader add FILE`")
