"""The reader's panels, filters and find, driven by Pilot on the analysed seed library."""

from __future__ import annotations

from reader_support import seed_analysis, seed_id, wait_for

from store.library import Library
from tui.app import NewsreaderApp
from tui.widgets.article_view import ArticleView
from tui.widgets.library_list import LibraryList
from tui.widgets.library_pane import FilterInput
from tui.widgets.panels.dates import DatesTree
from tui.widgets.panels.entities import EntitiesPanel
from tui.widgets.panels.quotes import QuotesPanel

SIZE = (160, 48)


async def open_seed(app: NewsreaderApp, pilot) -> None:
    listing = app.query_one(LibraryList)
    listing.select_id(seed_id(app.library))
    await pilot.press("enter")
    await pilot.pause()


async def test_opening_the_seed_article_shows_it_highlighted_and_marks_it_read(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        view = app.query_one(ArticleView)
        assert app.focused is view
        assert view.plain.startswith("Xi and Putin hail “unprecedented” ties")
        assert "Athens News Agency · Tuesday 2 September 2025" in view.plain
        assert "Vladimir Putin" in view.shown_entities and "Tianjin" in view.shown_entities
        # the seed's short unpunctuated lines are headings
        headings = [view.plain[b.start : b.end] for b in view.doc.blocks if b.kind == "heading"]
        assert "Confrontation with the West" in headings
        assert "Putin in China for SCO summit and parade" in headings
        assert not any(h.startswith("Chinese President") for h in headings)
    assert analysed.state(seed_id(analysed)).read
    assert analysed.last_opened == seed_id(analysed)


async def test_choosing_putins_quote_scrolls_to_it_and_marks_exactly_it(analysed: Library) -> None:
    quote = next(q for q in seed_analysis(analysed).quotes if "We were always together" in q.text)
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(160, 30)) as pilot:
        await open_seed(app, pilot)
        await pilot.press("Q")
        panel = app.query_one(QuotesPanel)
        assert app.focused is panel
        speaker = panel.find_node("Vladimir Putin")
        assert speaker is not None and str(speaker.label).startswith("Vladimir Putin · President (")
        leaf = panel.find_node("❝  “We were always together")
        assert leaf is not None and leaf.parent is speaker
        panel.move_cursor(leaf)
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.marked_text == quote.text
        assert view.marked_text.startswith("“We were always together then and we remain together now")
        assert view.scroll_y > 0  # the quote is near the end: the article moved
        assert view.line_visible(view.marks[0][0])
        assert app.focused is panel  # so Enter again, or f, still works here
        await pilot.press("y")
        assert app.clipboard == quote.text


async def test_choosing_wednesday_in_the_dates_panel(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        await pilot.press("D")
        tree = app.query_one(DatesTree)
        assert app.focused is tree
        day = tree.find_node("2025-09-03")
        assert day is not None, "the dates component finds Wednesday 3 September"
        tree.move_cursor(day)
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.marked_text == "Wednesday"
        assert view.line_visible(view.marks[0][0])
        first = view.marks
        await pilot.press("enter")  # the day's next mention
        assert view.marks != first
        assert "Reference date: 2025-09-02" in str(app.query_one("#reference").content)


async def test_an_entity_cycles_through_its_mentions(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        await pilot.press("E")
        panel = app.query_one(EntitiesPanel)
        node = panel.find_node("Tianjin")
        assert node is not None and str(node.label) == "Tianjin (3)"
        panel.move_cursor(node)
        view = app.query_one(ArticleView)
        seen = []
        for _ in range(4):
            await pilot.press("enter")
            seen.append(view.marks[0])
            assert view.marked_text == "Tianjin"
        assert len(set(seen[:3])) == 3 and seen[3] == seen[0]


async def test_a_panel_item_filters_the_library_by_speaker(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        await pilot.press("Q")
        panel = app.query_one(QuotesPanel)
        panel.move_cursor(panel.find_node("Vladimir Putin"))
        await pilot.press("f")
        await pilot.pause()
        listing = app.query_one(LibraryList)
        assert app.query_one(FilterInput).value == 'speaker:="Vladimir Putin"'
        assert [listing.id_at(i) for i in range(listing.row_count)] == [seed_id(analysed)]
        assert app.focused is listing
        assert "Library (1 of 5)" in str(app.query_one("#library-pane").border_title)
        await pilot.press("escape")  # clears the filter
        assert listing.row_count == 5


async def test_typing_a_filter_combines_terms(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert isinstance(app.focused, FilterInput)
        await pilot.press(*"speaker:putin")
        listing = app.query_one(LibraryList)
        assert listing.row_count == 1
        box = app.query_one(FilterInput)
        assert box.content_region.height == 1 and "speaker:putin" in box.render_line(0).text  # the query shows as typed
        await pilot.press(*" is:starred")
        assert listing.row_count == 0
        for _ in " is:starred":
            await pilot.press("backspace")
        await pilot.press(*" date:2025-09")
        assert listing.row_count == 1
        await pilot.press("enter")
        assert app.focused is listing
        await pilot.press("enter")
        assert app.current == seed_id(analysed)


async def test_find_in_the_article_with_n_and_N(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(160, 24)) as pilot:
        await open_seed(app, pilot)
        await pilot.press("slash", *"tianjin")
        view = app.query_one(ArticleView)
        assert len(view.matches) == 3
        bar = app.query_one("#find")
        assert app.focused is bar and bar.content_region.height == 1  # no focus border squeezes the text away
        assert all(view.plain[s:e] == "Tianjin" for s, e in view.matches)
        await pilot.press("enter")
        assert app.focused is view
        first = view.current_match
        await pilot.press("n")
        assert view.current_match == (first + 1) % 3
        assert view.line_visible(view.matches[view.current_match][0])
        await pilot.press("N", "N")
        assert view.current_match == (first - 1) % 3
        await pilot.press("slash", "escape")
        assert view.matches == ()


async def test_the_find_says_how_many_matches_and_which_one_or_that_there_is_none(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(160, 24)) as pilot:
        await open_seed(app, pilot)
        pane = app.query_one("#article-pane")
        assert not str(pane.border_subtitle or "")
        await pilot.press("slash", *"tianjin")
        view = app.query_one(ArticleView)
        assert str(pane.border_subtitle) == f"match {view.current_match + 1} of 3"
        await pilot.press("enter", "n")
        assert str(pane.border_subtitle) == f"match {view.current_match + 1} of 3"
        await pilot.press("slash", *"zq")  # the find opens on the last query, chosen: typing replaces it
        assert view.matches == () and str(pane.border_subtitle) == "no match for “zq”"
        await pilot.press("escape")
        assert not str(pane.border_subtitle)


async def test_slash_in_a_panel_finds_in_the_article(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        await pilot.press("E")  # the Entities panel
        await pilot.press("slash", *"tianjin", "enter")
        view = app.query_one(ArticleView)
        assert len(view.matches) == 3 and app.focused is view


async def test_switching_an_entity_type_off_and_on(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        view = app.query_one(ArticleView)
        assert "Vladimir Putin" in view.shown_entities
        await pilot.press("1")  # Person
        assert "Person" in view.hidden
        assert "Vladimir Putin" not in view.shown_entities and "Xi Jinping" not in view.shown_entities
        assert "Tianjin" in view.shown_entities
        assert "□Person" in str(app.query_one("#legend").content)
        await pilot.press("1")
        assert "Vladimir Putin" in view.shown_entities


async def test_every_action_is_in_the_command_palette(analysed: Library) -> None:
    from tui.bindings import APP, ARTICLE, LIBRARY, PANEL

    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE):
        titles = {c.title for c in app.get_system_commands(app.screen)}
    for needed in ("Toggle read", "Star", "Open URL", "Copy", "Re-analyse", "Theme", "Next unread",
                   "Previous unread", "Filter library", "Find in article", "Quotes panel", "Dates panel",
                   "Entities panel", "Highlight Person", "Help", "Quit"):
        assert needed in titles
    ids = [b.id for b in (*APP, *LIBRARY, *ARTICLE, *PANEL)]
    assert all(ids) and len(ids) == len(set(ids))


async def test_quotes_are_whole_wrapped_to_the_panel_cut_after_four_lines(analysed: Library) -> None:
    long = next(q for q in seed_analysis(analysed).quotes if q.text.startswith("that his presence at Wednesday"))
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        await pilot.press("Q")
        await pilot.pause()
        panel = app.query_one(QuotesPanel)
        width = panel.scrollable_content_region.width

        def painted(node) -> list[str]:
            first = node._line - int(panel.scroll_offset.y)
            return [panel.render_line(first + n).text.rstrip() for n in range(len(panel._parts[node._id]))]

        leaves = [leaf for speaker in panel.root.children for leaf in speaker.children]
        assert leaves and all(1 <= len(painted(leaf)) <= 4 for leaf in leaves)
        assert all(len(line) <= width for leaf in leaves for line in painted(leaf))
        short = panel.find_node("❝  “We were always together")
        assert " ".join(line.split("  ", 1)[-1].strip() for line in painted(short)).endswith("we remain together now,”")
        node = panel.find_node("≈❝ that his presence at Wednesday")
        lines = painted(node)
        assert len(lines) == 4 and lines[-1].endswith("…")  # cut: the quote is longer
        assert lines[1].startswith("│      ") or lines[1].startswith("       ")  # under the quote, not the mark
        panel.move_cursor(node)
        await pilot.press("enter")  # chosen: shown whole, and marked in the article
        await pilot.pause()
        whole = painted(node)
        assert len(whole) > 4 and not whole[-1].endswith("…")
        shown = " ".join(line[line.index("that his") :] if n == 0 else line.strip(" │") for n, line in enumerate(whole))
        assert shown == " ".join(long.text.split())
        assert app.query_one(ArticleView).marked_text == long.text
        await pilot.press("j")  # the cursor moves by rows, not lines
        assert str(panel.cursor_node.label).startswith("❝  “We were always together")


async def test_dates_show_their_whole_sentence_wrapped(analysed: Library) -> None:
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(app, pilot)
        await pilot.press("D")
        await pilot.pause()
        tree = app.query_one(DatesTree)
        day = tree.find_node("2025-08-31")
        (leaf,) = day.children
        parts = [p.plain for p in tree._parts[leaf._id]]
        assert 1 < len(parts) <= 4
        assert " ".join(p.strip() for p in parts).endswith("Shanghai Cooperation Organisation summit in Tianjin.")


async def test_a_quote_whose_speaker_is_a_pronoun_left_unresolved_is_unattributed(library: Library) -> None:
    from store.analyses import analyze_articles
    from store.article import Article

    text = ('The harbour council met on Monday. "We will not raise the fares," we said in a statement. '
            '"The crew did well," said Mayor Anna Berg.')
    article = Article.new(text, title="No rise")
    library.add([article])
    [(_, analysis)] = analyze_articles(library, [article])
    assert {q.speaker for q in analysis.quotes} == {None, "Anna Berg"}  # a pronoun is no name
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "Q")
        await pilot.pause()
        panel = app.query_one(QuotesPanel)
        groups = [node.label.plain for node in panel.root.children]
        assert groups == ["Anna Berg · Mayor (1)", "Unattributed (1)"]
        assert panel.find_node("Unattributed").children[0].label.plain.endswith('"We will not raise the fares,"')


async def test_a_part_of_a_day_is_shown_under_its_day(tmp_path) -> None:
    from reader_support import analysed_fire

    library, articles = analysed_fire(
        tmp_path, "A fire destroyed the old market last night, police said. The mayor will visit the site tomorrow morning."
    )
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(LibraryList).select_id(articles[0].id)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        tree = app.query_one(DatesTree)
        night, morning = tree.find_node("2025-09-01"), tree.find_node("2025-09-03")
        assert night is not None and morning is not None, "TIME values with a day sit on that day"
        assert str(night.children[0].label).startswith("last night · A fire destroyed")
        assert str(morning.children[0].label).startswith("tomorrow morning · The mayor will visit")
        tree.move_cursor(night)
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(ArticleView).marked_text == "last night"


async def test_a_long_sentence_shows_its_date_on_the_rows_lines_and_whole_when_chosen(tmp_path) -> None:
    from reader_support import analysed_fire

    sentence = ("The council, which had argued for months over the cost of the new hall, the rents of the stalls, the "
                "parking behind the church and the fate of the old fountain in the square, finally agreed that the "
                "work on the market would begin on 14 October.")
    library, articles = analysed_fire(tmp_path, sentence)
    app = NewsreaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(LibraryList).select_id(articles[0].id)
        await pilot.press("enter", "D")
        await pilot.pause()
        tree = app.query_one(DatesTree)
        (leaf,) = tree.find_node("2025-10-14").children
        shown = " ".join(p.plain.strip() for p in tree._parts[leaf._id])
        assert len(tree._parts[leaf._id]) <= 4
        # the sentence's start gives way, the date's words stay: "14 October · …would begin on 14 October."
        assert shown.startswith("14 October · …") and shown.endswith("would begin on 14 October.")
        tree.move_cursor(leaf)
        await pilot.press("enter")  # the row chosen shows whole
        await pilot.pause()
        assert " ".join(p.plain.strip() for p in tree._parts[leaf._id]) == f"14 October · {sentence}"


async def test_quitting_while_the_panels_tabs_mount_ends_cleanly(analysed: Library, monkeypatch) -> None:
    """q pressed just as the tabs are mounted (a fraction of a second after start, with the preview and a
    panel key typed ahead): the reader quits without an error about the tabs it is taking down."""
    from tui.widgets.panels.side_panels import SidePanels

    mount_tabs = SidePanels.recompose

    async def quit_meanwhile(self) -> None:
        self.app.exit()
        await mount_tabs(self)

    monkeypatch.setattr(SidePanels, "recompose", quit_meanwhile)
    app = NewsreaderApp(analysed)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("D")
        await pilot.pause()
        await pilot.pause()
    assert app.return_code == 0
    assert app._exception is None


async def test_the_entity_legend_takes_the_colours_of_a_new_theme(library) -> None:
    from store.seeds import ensure_seeded
    from tui.app import NewsreaderApp
    from tui.widgets.article_pane import Legend

    ensure_seeded(library)
    app = NewsreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()

        def person_colour() -> str:
            legend = app.query_one(Legend).content
            start = legend.plain.index("■")  # the first swatch, Person's: its name may be cut to "Per" by a status
            return next(str(span.style.color.name) for span in legend.spans if span.start == start)

        first = person_colour()
        assert first.lower() == app.get_css_variables()["text-warning"].lower()
        app.theme = "textual-light"
        await pilot.pause()
        assert person_colour().lower() == app.get_css_variables()["text-warning"].lower() != first.lower()


async def test_a_speaker_is_shown_with_the_organisation_the_article_gives(analysed: Library) -> None:
    astronomy = next(i.id for i in analysed.infos() if i.title.startswith("Astronomers find water vapour"))
    app = NewsreaderApp(analysed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.indexed)  # the library read whole: the cursor is ours to move
        app.query_one(LibraryList).select_id(astronomy)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("Q")
        panel = app.query_one(QuotesPanel)
        tsiaras = panel.find_node("Angelos Tsiaras")
        assert tsiaras is not None and str(tsiaras.label) == "Angelos Tsiaras · astronomer, University College London (1)"
        cloutier = panel.find_node("Ryan Cloutier")
        assert cloutier is not None
        assert str(cloutier.label) == "Ryan Cloutier · Harvard–Smithsonian Center for Astrophysics (2)"
