"""Speakers across the library: the records behind them, and the S view driven by Pilot.

The store's part runs on two short articles of our own, analysed for real (reader_support.HARBOUR);
the view runs on the analysed seed library as well.
"""

from __future__ import annotations

import json
import shutil

import pytest
from reader_support import (
    SIZE,
    harbour_id,
    key_bar,
    open_view,
    records_and_infos,
    shown_rows,
    wait_for,
)
from textual import events

from store.analyses import save_analyses, stored_analysis, unanalysed
from store.analysis.types import Analysis, EntityMention, Quote
from store.article import Article
from store.errors import LibraryCorrupt
from store.facets import Facets
from store.library import Library
from store.mentions import files
from store.sources import as_source
from store.speakers import SpeakerIndex
from tui.app import NewsreaderApp
from tui.screens.speaker_quotes import ArticleHeading, QuoteList, SpeakerQuotesScreen
from tui.screens.speakers import SpeakerList, SpeakersScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList
from tui.widgets.library_pane import FilterInput


def index_of(library: Library) -> SpeakerIndex:
    records, infos = records_and_infos(library)
    return SpeakerIndex(records.all("speakers", infos), infos, lambda ids: records.some("quotes", ids, "speakers"))


def speakers_of(index: SpeakerIndex) -> dict[str, tuple[bool, int, int]]:
    return {s.name: (s.named, s.quotes, s.articles) for s in index.speakers}


# -- named speakers and unnamed sources ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonicals", "text", "at", "expected"),
    [
        ("Vladimir Putin", {"Vladimir Putin"}, "Putin said", 0, ("Vladimir Putin", True)),
        ("Commerce Ministry officials", set(), "Commerce Ministry officials said", 0, ("Commerce Ministry officials", False)),
        ("analysts", set(), "analysts said", 0, ("analysts", False)),
        ("Officials", set(), "It rained. Officials said so.", 11, ("officials", False)),  # capital of a sentence
        ("Officials", set(), "\n“Officials said so.", 2, ("officials", False)),  # after a paragraph and a quote mark
        ("Wikinews", set(), "she told Wikinews", 9, ("Wikinews", True)),  # a capital mid-sentence names someone
        ("WSS", set(), "WSS said", 0, ("WSS", True)),  # an acronym, even first
        ("They", set(), "They said", 0, ("", False)),  # a pronoun left unresolved names no one
        ("I", set(), "I said", 0, ("", False)),
        ("We", {"We"}, "We said", 0, ("", False)),
        ("the Opec President", set(), "x", 0, ("the Opec President", True)),
        # a plural group tied to a name, first in its sentence, is unnamed; a singular head is an institution
        ("Allies of Ukraine", set(), "Allies of Ukraine argue", 0, ("allies of Ukraine", False)),
        ("Residents of Gaza", set(), "It rained. Residents of Gaza said", 11, ("residents of Gaza", False)),
        ("Ministry of Defence", set(), "Ministry of Defence said", 0, ("Ministry of Defence", True)),
        ("Allies of Ukraine", set(), "the Allies of Ukraine said", 4, ("Allies of Ukraine", True)),
    ],
)
def test_named_speakers_and_unnamed_sources(name, canonicals, text, at, expected) -> None:
    assert as_source(name, canonicals, text, at) == expected


# -- the records, and the index made of them -----------------------------------------------


def test_speakers_are_counted_by_quotes_and_articles_named_first(harbour: Library) -> None:
    index = index_of(harbour)
    found = speakers_of(index)
    assert found["Anna Berg"] == (True, 3, 2)
    # "Analysts said" opens its sentences in both articles: one unnamed source, lower-cased
    assert found["analysts"] == (False, 2, 2)
    assert found["officials"] == (False, 1, 1)
    assert "Analysts" not in found and "Officials" not in found
    names = [s.name for s in index.speakers]
    assert names[0] == "Anna Berg"
    assert names.index("analysts") < names.index("officials")  # most quoted first within the group
    assert all(s.named for s in index.speakers[: index.first_unnamed(index.matching(""))])
    assert index.analysed == 2


def test_a_speakers_quotes_are_newest_article_first_in_the_order_of_the_text(harbour: Library) -> None:
    quotes = index_of(harbour).quotes_by("Anna Berg")
    assert [q.article.title for q in quotes] == [
        "Ferry line opens to crowds", "Harbour council approves new ferry line", "Harbour council approves new ferry line",
    ]
    assert quotes[0].text == '"We are proud of what the crew has built,"'
    assert quotes[1].text.startswith('"This route will change')
    assert quotes[2].kind == "indirect" and "review the timetable" in quotes[2].text
    article = harbour.get(quotes[1].article.id)
    (start, end), = quotes[1].spans
    assert article.text[start:end] == quotes[1].text  # offsets into the stored text


def test_filtering_speakers_by_the_start_of_a_word_of_the_name(harbour: Library) -> None:
    index = index_of(harbour)
    assert [index.names[n] for n in index.matching("BERG")] == ["Anna Berg"]
    assert [index.names[n] for n in index.matching("a b")] == ["Anna Berg"]  # every word, where a word starts
    assert [index.names[n] for n in index.matching("offic")] == ["officials"]
    assert list(index.matching("cials")) == []  # not inside a word
    assert list(index.matching("nobody")) == []
    assert index.named("anna berg").name == "Anna Berg"


def test_records_are_written_beside_the_analyses_one_folder_per_kind(harbour: Library) -> None:
    views = harbour.paths.views
    assert sorted(p.name for p in views.iterdir()) == ["dates", "quotes", "sentences", "speakers"]
    shard = json.loads((views / "speakers" / "00000.json").read_text())
    docs = {d["id"]: d for d in shard["records"].values()}
    opens = docs[harbour_id(harbour, "Ferry line opens")]
    assert opens["sa"].split("\n") == ["Anna Berg", "analysts"] and opens["sc"] == "1\n1" and opens["sn"] == "Anna Berg"


def test_records_missing_beside_a_stored_analysis_are_made_from_it(harbour: Library) -> None:
    """A library analysed before the records existed (or a crash between the two writes)."""
    before = speakers_of(index_of(harbour))
    shutil.rmtree(harbour.paths.views)
    assert speakers_of(index_of(harbour)) == {}
    ids = [i.id for i in harbour.infos()]
    assert unanalysed(harbour, ids) == []  # both analysed: nothing to analyse, and their records are made again
    assert speakers_of(index_of(Library(harbour.path))) == before


def test_records_of_another_analyzer_version_count_as_missing(harbour: Library) -> None:
    shard = harbour.paths.views / "speakers" / "00000.json"
    data = json.loads(shard.read_text())
    for doc in data["records"].values():
        doc["v"] = "0"
    shard.write_text(json.dumps(data))
    assert speakers_of(index_of(harbour)) == {}
    unanalysed(harbour, [i.id for i in harbour.infos()])
    assert speakers_of(index_of(harbour))["Anna Berg"] == (True, 3, 2)


def test_a_record_that_is_not_whole_counts_as_missing(harbour: Library) -> None:
    shard = harbour.paths.views / "speakers" / "00000.json"
    data = json.loads(shard.read_text())
    for doc in data["records"].values():
        doc["sc"] = "many"
    shard.write_text(json.dumps(data))
    assert speakers_of(index_of(harbour)) == {}


def test_a_damaged_record_file_is_named_and_never_overwritten(harbour: Library) -> None:
    shard = harbour.paths.views / "speakers" / "00000.json"
    shard.write_text('{"records": {"1": ')
    with pytest.raises(LibraryCorrupt, match="00000.json"):
        index_of(harbour)
    # the scan for unanalysed articles reads every record: it goes the long way round, and leaves the file be
    assert unanalysed(harbour, [i.id for i in harbour.infos()]) == []
    assert shard.read_text() == '{"records": {"1": '


def test_removing_an_article_removes_its_records(harbour: Library) -> None:
    gone = harbour_id(harbour, "Ferry line opens")
    harbour.remove(gone)
    for kind in ("speakers", "quotes", "dates", "sentences"):
        assert gone not in files(harbour.paths, kind).records({gone})
    assert speakers_of(index_of(harbour))["Anna Berg"] == (True, 2, 1)


# -- the view ---------------------------------------------------------------------------------


async def open_speakers(app: NewsreaderApp, pilot) -> SpeakersScreen:
    return await open_view(app, pilot, "S", SpeakersScreen)


def shown(screen: SpeakersScreen) -> list[str]:
    return shown_rows(screen.query_one(SpeakerList), 120)


async def test_S_lists_every_speaker_with_quotes_and_articles(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        rows = shown(screen)
        assert rows[0].startswith("Named speakers (")
        putin = next(r for r in rows if "Vladimir Putin" in r)
        xi = next(r for r in rows if "Xi Jinping" in r)
        assert putin.split()[:2] == ["7", "1"] and putin.endswith("Vladimir Putin · President")
        assert xi.split()[:2] == ["5", "1"]
        assert rows.index(putin) == 1  # the most quoted, first
        unnamed = rows.index(next(r for r in rows if r.startswith("Unnamed sources (")))
        below = " ".join(rows[unnamed:])
        assert "allies of Ukraine" in below and "Vladimir Putin" not in below
        assert not {"they", "we", "I"} & {r.split()[-1] for r in rows[unnamed + 1 :]}  # "they said": no one named
        assert str(screen.query_one("#view-pane").border_title) == f"Speakers ({len(rows) - 2})"
        assert screen.query_one(SpeakerList).highlighted == 0  # the cursor on Putin's row, past the heading
        assert app.focused is screen.query_one(SpeakerList)


async def test_filtering_as_you_type_and_escape(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        total = len(screen.index)
        await pilot.press("slash", "x", "i")
        assert shown(screen)[1:] == [r for r in shown(screen)[1:] if "Xi" in r]
        assert any("Xi Jinping" in r for r in shown(screen))
        assert str(screen.query_one("#view-count").content) == f"{len(screen.index.matching('xi'))} of {total} speakers"
        await pilot.press("z", "z")
        assert shown(screen) == ["No speaker matches."]
        await pilot.press("escape")  # clears the filter, back to the list
        assert len(shown(screen)) == total + 2 and app.focused is screen.query_one(SpeakerList)
        await pilot.press("escape")  # back to the reader
        await pilot.pause()
        assert not isinstance(app.screen, SpeakersScreen)


async def test_keys_typed_right_after_slash_go_into_the_view_filter(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        # as the terminal sends keys typed fast: all of them queued before the first is handled
        for key, char in (("slash", "/"), ("x", "x"), ("i", "i"), ("slash", "/")):
            app.post_message(events.Key(key, char))
        await pilot.pause()
        box = screen.query_one("#view-filter")
        assert box.value == "xi/" and app.focused is box  # a `/` typed in the filter is text


async def test_the_key_bar_names_the_keys_of_each_view_and_only_those(harbour: Library) -> None:
    from tui.screens.timeline import TimelineScreen

    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        bar = key_bar(app)
        assert bar.startswith(" ⏎ Quotes  esc Back  q Reader  / Filter  f Filter library  ? Help  T Timeline ")
        assert bar.endswith("▏^p palette ") and len(bar) == SIZE[0]
        # the reader's keys for its article do nothing here, nor S: the view is on screen already
        assert not {"Quit", "Panels", "Speakers", "Find"} & set(bar.split())
        await pilot.press("slash", "b")
        assert key_bar(app).split() == ["esc", "Clear", "▏^p", "palette"]  # `/`, `?` and `T` are typed here
        await pilot.press("S", "escape")
        assert screen.query_one("#view-filter").value == ""  # the S went into the filter, and was cleared
        await pilot.press("S")  # S in Speakers: nothing, its place kept
        await pilot.pause()
        assert app.screen is screen and len(app.screen_stack) == 2
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        assert key_bar(app).startswith(" ⏎ Open  esc Back  q Reader  / Filter  y Copy  ? Help  S Speakers  T Timeline ")
        bar = key_bar(app)
        await pilot.click(app.screen.query_one("KeyFooter"), offset=(bar.index("T Timeline") + 1, 0))  # clicked: pressed
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen) and app.screen.loaded)
        await pilot.pause()
        bar = key_bar(app)
        assert bar.startswith(" ⏎ Open  esc Back  q Reader  / Filter  f Filter library  ? Help  S Speakers ")
        assert "Timeline" not in bar


async def test_the_key_bar_names_the_lists_keys_from_the_views_first_frame(harbour: Library, monkeypatch) -> None:
    from tui.screens.base import LibraryView

    # the keys the first frame's bar is drawn from: those active right after the view is mounted
    keys: list[list[str]] = []
    mount = LibraryView.on_mount

    def mounted(view: LibraryView) -> None:
        mount(view)
        keys.append([binding.description for _, binding, _, _ in view.active_bindings.values() if binding.show])

    monkeypatch.setattr(LibraryView, "on_mount", mounted)
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        await open_speakers(app, pilot)
        assert keys[0][0] == "Quotes", keys  # the list's ⏎ first, not in a frame later


async def test_enter_shows_the_quotes_whole_and_enter_opens_the_article_at_the_quote(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=(50, 40)) as pilot:  # narrow: the quotes wrap
        screen = await open_speakers(app, pilot)
        assert screen.chosen.name == "Anna Berg"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        quotes: SpeakerQuotesScreen = app.screen  # type: ignore[assignment]
        rows = quotes.query_one(QuoteList)
        assert str(quotes.query_one("#view-pane").border_title) == "Anna Berg · Mayor — 3 quotes in 2 articles"
        headings = [r.article.title for r in rows.items if isinstance(r, ArticleHeading)]
        assert headings == ["Ferry line opens to crowds", "Harbour council approves new ferry line"]
        assert rows.row_lines(rows.items[0], 100)[0].plain == "Ferry line opens to crowds · Harbour Gazette · 2025-06-02"
        # a title line is cut, never wrapped: the title, so that the source and date stay whole
        [cut] = rows.row_lines(rows.items[0], rows.width)
        assert cut.plain.endswith("… · Harbour Gazette · 2025-06-02") and cut.cell_len <= rows.width
        # every quote whole: its lines, joined, give its text back
        for item in rows.items:
            if not isinstance(item, ArticleHeading):
                lines = [line.plain[3:].strip() for line in rows.row_lines(item, rows.width)]
                assert " ".join(lines) == item.text
        assert any(len(rows.row_lines(item, rows.width)) > 1 for item in rows.items if not isinstance(item, ArticleHeading))
        # the second article's first quote
        await pilot.press("j")
        assert rows.highlighted.text.startswith('"This route will change')
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SpeakerQuotesScreen | SpeakersScreen)
        view = app.query_one(ArticleView)
        assert app.current == harbour_id(harbour, "Harbour council")
        assert view.marked_text == '"This route will change how people cross the bay,"'
        assert view.line_visible(view.marks[0][0])


async def test_escape_goes_back_a_screen_and_q_to_the_reader(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        await open_speakers(app, pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.press("q")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.is_running  # q went back, it did not quit


async def test_f_shows_the_library_filtered_by_the_speaker(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        assert screen.chosen.name == "Anna Berg"
        await pilot.press("f")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.query_one(FilterInput).value == 'speaker:="Anna Berg"'
        assert app.query_one(LibraryList).row_count == 2


async def test_f_on_an_unnamed_source_shows_the_articles_the_view_counts(harbour: Library) -> None:
    from store.analyses import analyze_articles

    # "Officials said" in the council article is listed as "officials"; "Commerce Ministry officials" is another source
    port = Article.new("The new timetable was published on Friday. Commerce Ministry officials said the boats would run every hour.",
                       title="Timetable out", source="Harbour Gazette")
    harbour.add([port])
    list(analyze_articles(harbour, [port]))
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        assert {"officials", "Commerce Ministry officials"} <= set(screen.index.names)
        for _ in range(len(screen.index)):
            if screen.chosen.name == "officials":
                break
            await pilot.press("j")
        assert screen.chosen.name == "officials" and screen.chosen.articles == 1
        await pilot.press("f")
        await pilot.pause()
        listing = app.query_one(LibraryList)
        assert [listing.id_at(n) for n in range(listing.row_count)] == [harbour_id(harbour, "Harbour council")]
        assert app.query_one(FilterInput).value == "speaker:=officials"
        # typed without "=", a part of a name still finds both
        assert len(app.everything.where("speaker:officials")) == 2


def test_f_finds_for_every_speaker_the_articles_the_view_counts(harbour: Library) -> None:
    from store.analyses import analyze_articles
    from store.articleset import ArticleSet, term

    # "Analysts said" opens its sentence in both harbour articles: "analysts"; here a capital mid-sentence
    # names someone, listed apart as "Analysts" (the analysis gives "Analysts" all three times)
    late = Article.new("The fares rose on Monday, and Analysts said demand would fall by the autumn.", title="Fares")
    harbour.add([late])
    list(analyze_articles(harbour, [late]))
    index = index_of(harbour)
    assert speakers_of(index)["analysts"] == (False, 2, 2) and speakers_of(index)["Analysts"] == (True, 1, 1)
    articles = ArticleSet.of(harbour.infos(), {}, harbour.facets())
    for speaker in index.speakers:
        assert sorted(articles.where(term("speaker", speaker.name, exact=True)).ids) == sorted(index.articles_of(speaker.name))
    assert articles.where("speaker:=Analysts").ids == [late.id]
    assert index.named("analysts").name == "analysts" and index.named("ANALYSTS").name == "Analysts"


def test_facets_made_before_name_speakers_as_the_views_once_the_records_are_made_again(harbour: Library) -> None:
    """Facets written before named speakers as the analysis gave them ("Officials", "Analysts")."""
    from store.analysis.version import ANALYZER_VERSION

    council = harbour_id(harbour, "Harbour council")
    harbour.save_analysis_docs({}, {council: Facets.of(["Anna Berg", "Analysts", "Officials"])})
    for shard in harbour.paths.views.glob("*/*.json"):
        data = json.loads(shard.read_text())
        for doc in data["records"].values():
            doc["v"] = ANALYZER_VERSION  # the records' earlier form
        shard.write_text(json.dumps(data))
    assert unanalysed(harbour, [i.id for i in harbour.infos()]) == []  # nothing analysed again
    assert Library(harbour.path).facets()[council].speaker_names() == ["Anna Berg", "analysts", "officials"]


async def test_y_copies_the_quote(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        await open_speakers(app, pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.press("y")
        assert app.clipboard == '"We are proud of what the crew has built,"'


async def test_a_view_opened_from_another_replaces_it(harbour: Library) -> None:
    from tui.screens.timeline import TimelineScreen

    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        await open_speakers(app, pilot)
        await pilot.press("T")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))
        assert len(app.screen_stack) == 2
        await pilot.press("m")  # the reader's keys for the open article do nothing here
        assert not any(s.read for s in harbour.states().values())


async def test_names_from_articles_are_shown_as_written_never_as_markup(library: Library) -> None:
    text = "Someone spoke. It was loud and it was long, and then it ended."
    article = Article.new(text, title="[red]Loud[/red] day", source="Gazette")
    library.add([article])
    name = "[bold]Ev\x1b[31mil[/bold]"
    quote = Quote(15, 34, text[15:34], ((15, 34),), "direct", name, 0, 8, speaker_role="[i]Chief[/i]",
                  affiliation="[bold]Acme\x1b[31m Corp[/bold]")
    save_analyses(library, [(article, Analysis(entities=(EntityMention(0, 8, "Someone", "PERSON", name),), quotes=(quote,)))])
    assert stored_analysis(library, article) is not None
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        row = shown(screen)[1]
        assert "[bold]Ev" in row and "\x1b" not in row and row.endswith("· [i]Chief[/i], [bold]Acme Corp[/bold]")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen))
        await pilot.pause()
        # the title is kept as text: read back as markup, its brackets come escaped
        title = str(app.screen.query_one("#view-pane").border_title)
        assert title.startswith("\\[bold]Evil\\[/bold] · \\[i]Chief\\[/i], \\[bold]Acme Corp\\[/bold] — ")
        rows = app.screen.query_one(QuoteList)
        assert rows.row_lines(rows.items[0], 100)[0].plain.startswith("[red]Loud[/red] day")



async def test_the_view_on_screen_follows_the_analyses_as_they_come(harbour: Library, monkeypatch) -> None:
    """A new library: its articles are analysed in the background while Speakers is open."""
    import tui.views

    monkeypatch.setattr(tui.views, "AGAIN_AFTER", 0.1)
    late = Article.new('"The ferry was late again," said Captain Lars Holm on Tuesday.', title="Late ferry",
                       source="Harbour Gazette")
    harbour.add([late])
    app = NewsreaderApp(harbour)
    start = app.start_background
    app.start_background = lambda: None  # held back, so that the view opens before the article is analysed
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_speakers(app, pilot)
        assert str(screen.query_one("#view-pane").border_title) == "Speakers (3) · 2 of 3 articles analysed"
        await pilot.press("j")  # the cursor on "analysts"
        assert screen.chosen.name == "analysts"
        start()
        await wait_for(pilot, lambda: "Lars Holm" in " ".join(shown(app.screen)), seconds=60)
        assert str(app.screen.query_one("#view-pane").border_title) == "Speakers (4)"
        assert app.screen.chosen.name == "analysts"  # still on the same row


async def test_a_quote_opened_from_the_view_is_the_one_chosen_in_the_quotes_panel(analysed: Library) -> None:
    from tui.widgets.panels.quotes import QuotesPanel

    app = NewsreaderApp(analysed)
    async with app.run_test(size=(120, 30)) as pilot:  # wide enough for the panels, short: the panel must scroll
        await pilot.press("D")  # the Dates tab on view: a quote brings the Quotes tab back
        await open_speakers(app, pilot)
        await pilot.press("j")  # Xi Jinping, second in the seed article's quotes
        assert app.screen.chosen.name == "Xi Jinping"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakerQuotesScreen) and app.screen.loaded)
        await pilot.press("G")  # his last quote
        quote = app.screen.query_one(QuoteList).highlighted.text
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        panel = app.query_one(QuotesPanel)
        assert app.query_one("#panels TabbedContent").active == "quotes"
        assert app.focused is app.query_one(ArticleView)  # the article, as before, at the quote
        node = panel.cursor_node
        assert node is not None and not node.children and node.data.copy == quote
        assert str(node.parent.label).startswith("Xi Jinping")
        height = panel.scrollable_content_region.height
        assert node._line > height  # below the panel's first screen: it had to scroll to it
        assert panel.scroll_y <= node._line < panel.scroll_y + height
        assert app.query_one(ArticleView).marked_text == quote
