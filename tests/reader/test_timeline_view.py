"""The library's timeline: the dates records, the Timeline index, and the T view driven by Pilot."""

from __future__ import annotations

from reader_support import (
    SIZE,
    harbour_id,
    open_view,
    records_and_infos,
    seed_id,
    shown_rows,
)

from store.library import Library
from store.text import clean_line
from store.timeline import Timeline
from tui.app import NewsreaderApp
from tui.screens.timeline import Day, TimelineList, TimelineScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.library_pane import FilterInput


def timeline_of(library: Library) -> Timeline:
    records, infos = records_and_infos(library)
    return Timeline(records.all("dates", infos), infos, lambda ids: records.some("sentences", ids, "dates"))


def entries(timeline: Timeline, query: str = "") -> list[tuple[str, str, str]]:
    return [(e.value, e.expression, e.article.title) for e in map(timeline.entry, timeline.matching(query))]


def test_dates_in_order_and_within_a_day_the_newest_article_first(harbour: Library) -> None:
    timeline = timeline_of(harbour)
    found = entries(timeline)
    assert timeline.values == sorted(timeline.values)
    assert ("2025-03-03", "Monday", "Harbour council approves new ferry line") in found
    # 1 June twice: "Sunday" in the article of 2 June, then "1 June" in the article of 4 March
    june = [e for e in found if e[0] == "2025-06-01"]
    assert june == [("2025-06-01", "Sunday", "Ferry line opens to crowds"),
                    ("2025-06-01", "1 June", "Harbour council approves new ferry line")]
    assert timeline.articles == 2 and len(timeline) == len(found)


def test_an_entry_is_its_words_its_sentence_and_where_they_are(harbour: Library) -> None:
    timeline = timeline_of(harbour)
    n = next(n for n in timeline.matching("") if timeline.entry(n).expression == "Sunday")
    entry = timeline.entry(n)
    assert entry.sentence == "The new ferry line opened on Sunday with long queues at both piers."
    assert harbour.get(entry.article.id).text[entry.start : entry.end] == "Sunday"


def test_filter_by_a_date_or_its_start_and_by_words(harbour: Library) -> None:
    timeline = timeline_of(harbour)
    assert [e[1] for e in entries(timeline, "2025-06")] == ["Sunday", "1 June"]
    assert [e[1] for e in entries(timeline, "2025-06-01 sunday")] == ["Sunday"]
    assert [e[1] for e in entries(timeline, "PIERS")] == ["Sunday"]  # a word of the sentence, in any case
    assert {e[2] for e in entries(timeline, "council approves")} == {"Harbour council approves new ferry line"}  # the title
    assert entries(timeline, "1999") == []
    assert [value for value, _ in timeline.by_date(timeline.matching("2025-06"))] == ["2025-06-01"]


def test_typing_narrows_and_erasing_finds_the_results_kept(harbour: Library) -> None:
    typed = timeline_of(harbour)
    for query in ("p", "pi", "pie", "pier", "pi", "p", "", "2", "2025-0", "2025-06 su"):
        assert list(typed.matching(query)) == list(timeline_of(harbour).matching(query)), query


def test_groups_of_a_run_and_of_a_selection_agree(analysed: Library) -> None:
    timeline = timeline_of(analysed)
    everything = timeline.matching("")
    as_run = [(value, list(run)) for value, run in timeline.by_date(everything)]
    assert as_run == timeline.by_date(list(everything))
    assert sum(len(run) for _, run in as_run) == len(timeline)


# -- the view ---------------------------------------------------------------------------------


async def open_timeline(app: NewsreaderApp, pilot) -> TimelineScreen:
    return await open_view(app, pilot, "T", TimelineScreen)


def shown(screen: TimelineScreen) -> list[str]:
    return shown_rows(screen.query_one(TimelineList), 150)


async def test_T_shows_each_date_with_its_sentences_and_articles(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(app, pilot)
        rows = shown(screen)
        assert rows[0] == "2025-03-03 Mon · 1 mention"
        # "the council would review the timetable in September", told on 4 March: that September
        september = ("  September · Berg added that the council would review the timetable in September. | "
                     "    Harbour council approves new ferry line · Harbour Gazette · 2025-03-04")
        assert rows[-2:] == ["2025-09 · 1 mention", september]
        day = rows.index("2025-06-01 Sun · 2 mentions")
        assert rows[day + 1] == ("  Sunday · The new ferry line opened on Sunday with long queues at both piers. | "
                                 "    Ferry line opens to crowds · Harbour Gazette · 2025-06-02")
        assert rows[day + 2].startswith("  1 June · Officials said the first boats would sail on 1 June.")
        assert str(screen.query_one("#view-pane").border_title) == "Timeline (4 dates in 2 articles)"
        timeline_rows = screen.query_one(TimelineList)
        assert isinstance(timeline_rows.items[0], Day) and timeline_rows.cursor == 1  # past the first heading
        detail = str(screen.query_one("#timeline-detail").content)
        assert "Monday" in detail and "Harbour council approves new ferry line" in detail


async def test_enter_opens_the_article_at_the_mention(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(app, pilot)
        await pilot.press("slash", *"sunday", "enter")  # the filter, then back to the list
        assert shown(screen)[0] == "2025-06-01 Sun · 1 mention"
        assert str(screen.query_one("#view-count").content) == "1 of 4 dates"
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        view = app.query_one(ArticleView)
        assert app.current == harbour_id(harbour, "Ferry line opens")
        assert view.marked_text == "Sunday"
        assert harbour.state(app.current).read  # opened as from the library


async def test_moving_shows_the_whole_sentence_below(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(app, pilot)
        rows = screen.query_one(TimelineList)
        await pilot.press("G")
        entry = screen.chosen
        assert rows.cursor == len(rows.items) - 1 and entry is not None
        assert clean_line(entry.sentence) in str(screen.query_one("#timeline-detail").content)
        await pilot.press("k")
        assert screen.chosen != entry


async def test_a_date_filter_then_f_filters_the_library_by_that_day(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(app, pilot)
        await pilot.press("slash", *"2025-09-03", "enter")
        assert all(row.startswith(("2025-09-03", "  ")) for row in shown(screen))
        assert screen.chosen.value == "2025-09-03"
        await pilot.press("f")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.query_one(FilterInput).value == "date:2025-09-03"
        assert app.shown.ids == [seed_id(analysed)]


async def test_escape_clears_the_filter_then_goes_back(harbour: Library) -> None:
    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(app, pilot)
        await pilot.press("slash", *"zzz")
        assert shown(screen) == ["No date matches."]
        await pilot.press("escape")
        assert len(shown(screen)) == 4 + 3  # four dates under three headings
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1


def test_a_part_of_a_day_is_on_the_timeline_and_in_the_date_filter(tmp_path) -> None:
    from reader_support import analysed_fire

    from store.analyses import stored_analysis
    from store.articleset import ArticleSet
    from store.facets import facets_of

    library, articles = analysed_fire(tmp_path, "A fire destroyed the old market last night, police said.")
    assert entries(timeline_of(library)) == [("2025-09-01", "last night", "Fire at the market")]
    (article,) = articles
    facets = {article.id: facets_of(stored_analysis(library, article), article.text)}
    assert ArticleSet.of(library.infos(), None, facets).dated("2025-09-01").ids == [article.id]


def test_a_long_sentence_drops_as_few_words_as_let_its_date_show() -> None:
    from store.timeline import DateEntry
    from tui.screens.timeline import _sentence

    sentence = ("Lukman, who is also Nigerian oil minister, told reporters here ahead of his departure on Sunday "
                "for the conference, which starts June 25.")
    entry = DateEntry("1987-06-25", "June 25", sentence, 0, 0, None)  # type: ignore[arg-type]
    assert _sentence(entry, 150).plain == sentence  # room for it all
    for room in (100, 60, 40):
        shown = _sentence(entry, room).plain
        assert shown.startswith("…") and shown.endswith("June 25.") and len(shown) <= room, room
        # a word more at the start would not have fitted: nothing was dropped that the row had room for
        kept = sentence[: len(sentence) - len(shown) + 1].split()
        assert len(kept[-1]) + len(shown) + 1 > room - 1, (room, shown)


async def test_a_date_opened_from_the_view_is_the_one_chosen_in_the_dates_panel(harbour: Library) -> None:
    from tui.widgets.panels.dates import DatesTree

    app = NewsreaderApp(harbour)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_timeline(app, pilot)
        await pilot.press("slash", *"sunday", "enter")
        assert shown(screen)[0] == "2025-06-01 Sun · 1 mention"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.query_one("#panels TabbedContent").active == "dates"
        node = app.query_one(DatesTree).cursor_node
        assert node is not None and not node.children
        assert str(node.label).startswith("Sunday · ") and str(node.parent.label).startswith("2025-06-01 Sun")
        assert app.query_one(ArticleView).marked_text == "Sunday"
