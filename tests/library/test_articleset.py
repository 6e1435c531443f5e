"""ArticleSet: the library's filters, pure Python, composable, and fast at 10,000 articles."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

import pytest

from store.article import ArticleInfo, ReadingState
from store.articleset import ArticleSet, split_query, term
from store.facets import Facets

ADDED = datetime(2025, 9, 2, tzinfo=UTC)


def info(n: int, title: str, source: str = "Wire", published: date | None = None) -> ArticleInfo:
    return ArticleInfo(f"id{n}", title, source, published, "", ADDED, 100)


INFOS = [
    info(0, "Xi and Putin hail ties", "Athens News Agency", date(2025, 9, 2)),
    info(1, "Water on an exoplanet", "Wikinews", date(2019, 9, 14)),
    info(2, "Amazon fires at G7", "Wikinews", date(2019, 8, 24)),
]
FACETS = {
    "id0": Facets.of({"Vladimir Putin", "Xi Jinping"}, {"Tianjin", "Xi Jinping"},
                  {"2025-09-03", "2025-05"}),
    "id2": Facets.of({"Emmanuel Macron"}, {"Brazil"}, {"2019-08-24"}),
}
STATES = {"id1": ReadingState(read=True), "id2": ReadingState(read=True, starred=True)}


def everything() -> ArticleSet:
    return ArticleSet.of(INFOS, STATES, FACETS)


def test_filters_compose_and_leave_the_original_untouched() -> None:
    articles = everything()
    unread_wikinews = articles.from_source("wikinews").unread()
    assert unread_wikinews.ids == []
    assert articles.from_source("wikinews").ids == ["id1", "id2"]
    assert articles.starred().ids == ["id2"]
    assert len(articles) == 3 and articles.filters == ()
    assert articles.from_source("wikinews").starred().query == "source:wikinews is:starred"


def test_speaker_entity_and_date_come_from_facets() -> None:
    articles = everything()
    assert articles.quoting("putin").ids == ["id0"]
    assert articles.quoting("Vladimir Putin").ids == ["id0"]
    assert articles.mentioning("tianjin").ids == ["id0"]
    assert articles.dated("2025-09").ids == ["id0"]
    assert articles.dated("2025-09-03").ids == ["id0"]
    assert articles.dated("2019-09").ids == ["id1"]  # the publication date counts too
    assert articles.dated("2019").ids == ["id1", "id2"]


def test_a_typed_query() -> None:
    articles = everything()
    assert articles.where('speaker:"Vladimir Putin" ties').ids == ["id0"]
    assert articles.where("wikinews is:unread").ids == ["id1"][:0]
    assert articles.where("wikinews is:read").ids == ["id1", "id2"]
    assert articles.where("fires entity:brazil date:2019-08").ids == ["id2"]
    assert articles.where("nothing:here").ids == []  # an unknown key is just a word
    assert articles.where('speaker:"Vladimir Pu').ids == ["id0"]  # half-typed quote


def test_query_terms_round_trip() -> None:
    assert term("speaker", "Vladimir Putin") == 'speaker:"Vladimir Putin"'
    assert split_query(term("speaker", "Vladimir Putin")) == ["speaker:Vladimir Putin"]
    assert term("date", "2025-09-03") == "date:2025-09-03"
    # names hold quotes and backslashes too: a term reads back as the name it was made from
    for name in ('C. J. "Pete" Silas', '"interest" facility', "back\\slash", 'end"'):
        (back,) = split_query(term("speaker", name, exact=True))
        assert back == f"speaker:={name}"
    assert split_query('speaker:"half \\') == ["speaker:half "]  # a backslash last, mid-typing


def test_with_equals_a_speaker_or_entity_is_the_whole_name_as_the_views_list_it() -> None:
    # the facets name speakers as the views do: "officials" (an unnamed source), "Officials" (a capital
    # mid-sentence: the view lists it apart, as named)
    infos = [info(n, f"Story {n}") for n in range(4)]
    facets = {
        "id0": Facets.of({"Officials"}, {"US", "Beijing"}),
        "id1": Facets.of({"Commerce Ministry officials"}, {"Russia"}),
        "id2": Facets.of({"officials", "Xi Jinping"}, {"USA"}),
        "id3": Facets.of({"Alexis Tsipras"}),
    }
    articles = ArticleSet.of(infos, {}, facets)
    assert articles.where("speaker:officials").ids == ["id0", "id1", "id2"]  # part of a name, in any case
    assert articles.where("speaker:=officials").ids == ["id2"]
    assert articles.where("speaker:=Officials").ids == ["id0"]
    assert articles.where("speaker:xi").ids == ["id2"]  # where a word starts: not in "Alexis"
    assert articles.where('speaker:="Xi Jinping"').ids == ["id2"]
    assert articles.where("speaker:=Xi").ids == []
    assert articles.where("entity:us").ids == ["id0", "id2"]  # "US", "USA", not "Russia"
    assert articles.where("entity:=US").ids == ["id0"]
    assert articles.where("speaker:=US").ids == []  # an entity's name is not a speaker's
    assert articles.where("speaker:=").ids == []  # half-typed: "=" is then a part of a name
    # the term says which it was, and reads back the same
    exact = articles.quoting("=Xi Jinping")
    assert exact.query == 'speaker:="Xi Jinping"' and articles.where(exact.query).ids == exact.ids
    assert term("entity", "US", exact=True) == "entity:=US"
    # a new analysis's facets are found at once
    changed = articles.with_facets({"id3": Facets.of({"officials"})})
    assert changed.where("speaker:=officials").ids == ["id2", "id3"]


def test_store_articleset_needs_no_textual() -> None:
    import subprocess

    code = "import sys, store.articleset; print('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_ten_thousand_articles_filter_by_every_kind_of_term() -> None:
    # correctness at scale; the speed is a benchmark figure (tests/bench/suite.py)
    infos = [info(n, f"Story {n} about topic {n % 97}", ["Reuters", "AP", "BBC"][n % 3], date(2025, 1 + n % 12, 1))
             for n in range(10_000)]
    facets = {f"id{n}": Facets.of({f"Speaker {n % 50}"}, {f"Town {n % 30}"})
              for n in range(10_000)}
    articles = ArticleSet.of(infos, {}, facets)
    for query in ("t", "to", "topic 4", "entity:town source:bbc date:2025-03 is:unread"):
        assert len(articles.where(query)) > 0
    assert len(articles.where('speaker:"speaker 7"')) == 10_000 // 50
    assert len(articles.where("source:bbc")) == 10_000 // 3


def test_new_facets_patch_the_index_and_keep_rows_and_filters() -> None:
    wikinews = everything().from_source("wikinews")
    assert wikinews.quoting("tedros").ids == []
    patched = wikinews.with_facets({"id1": Facets.of({"Tedros Adhanom"}, {"WHO"}, {"2019-09-11"})})
    assert patched.ids == wikinews.ids and patched.filters == wikinews.filters
    assert patched.quoting("tedros").ids == ["id1"] and patched.dated("2019-09-11").ids == ["id1"]
    assert patched.everything.quoting("putin").ids == ["id0"]  # the others' facets as they were
    assert wikinews.quoting("tedros").ids == []  # the original is untouched
    assert wikinews.with_facets({"unknown": Facets()}) is wikinews


def test_articles_added_and_removed_elsewhere_take_their_places_and_keep_their_facets() -> None:
    articles = everything()
    newer = info(3, "Ferries return", "Harbour Gazette", date(2025, 9, 3))
    between = info(4, "Tariff talks", "Wire", date(2020, 1, 1))
    same_day = info(5, "Late note on the exoplanet", "Wikinews", date(2019, 9, 14))
    changed = articles.where("is:unread").with_articles(
        [between, newer, same_day], removed={"id2"}, facets={"id4": Facets.of({"Vladimir Putin"})}
    )
    assert changed.ids == ["id3", "id0", "id4", "id1", "id5"]  # a tie goes after the article already there
    assert changed.filters == () and changed.quoting("putin").ids == ["id0", "id4"]
    assert changed.dated("2019-08").ids == [] and changed.where("ferries").ids == ["id3"]
    assert changed.unread().ids == ["id3", "id0", "id4", "id5"]  # states are still read live
    assert articles.ids == ["id0", "id1", "id2"]  # the set it came from is untouched


def test_states_are_read_live_even_when_there_were_none() -> None:
    states: dict[str, ReadingState] = {}  # a library where nothing was marked yet
    articles = ArticleSet.of(INFOS, states, FACETS)
    states["id1"] = ReadingState(read=True)  # marked afterwards, here or by another process
    assert articles.unread().ids == ["id0", "id2"]


def test_a_list_reads_one_article_or_finds_one_without_walking_the_set() -> None:
    articles = everything()
    wikinews = articles.from_source("wikinews")
    assert [wikinews[0].id, wikinews[1].id, wikinews[-1].id] == ["id1", "id2", "id2"]
    assert [wikinews.position(i) for i in ("id0", "id1", "id2", "nowhere")] == [None, 0, 1, None]
    assert articles.position("id2") == 2 and "id2" in wikinews and "id0" not in wikinews
    assert wikinews.with_facets({"id1": Facets.of({"Someone"}, set(), set())}).position("id1") == 0
    with pytest.raises(IndexError):
        wikinews[2]


def test_facets_added_to_a_set_listed_without_them_filter_as_if_indexed_together() -> None:
    listed = ArticleSet.of(INFOS, STATES)
    assert len(listed.where("speaker:putin")) == 0  # no facets yet: speakers match nothing
    unread = listed.unread()
    added = unread.with_all_facets(FACETS)
    assert added.ids == unread.ids and added.filters == unread.filters  # the same rows, filters not re-applied
    whole = listed.with_all_facets(FACETS)
    for query in ("speaker:putin", "entity:brazil", "date:2025-09", "date:2019-09-14", "wikinews is:read"):
        assert whole.where(query).ids == everything().where(query).ids, query
    assert whole.where("speaker:putin").ids == ["id0"]
    assert listed.with_all_facets({}).where("entity:brazil").ids == []
