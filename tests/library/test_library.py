"""The library on disk: round trips, atomic writes, locking and damaged files."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date
from pathlib import Path

import pytest

from store.article import Article, ReadingState
from store.errors import ArticleNotFound, LibraryBusy, LibraryCorrupt, LibraryFull, LibraryTooNew
from store.library import SHARD_SIZE, Library


def make(n: int, **fields) -> Article:
    return Article.new(f"Article number {n} says something about the news of day {n}.", title=f"Title {n}", **fields)


def test_round_trip_keeps_every_field(library: Library, db: Path) -> None:
    article = Article.new(
        "Chinese President Xi Jinping met Vladimir Putin.",
        title="Xi meets Putin",
        source="Athens News Agency",
        published=date(2025, 9, 2),
        url="https://example.org/xi",
    )
    library.add([article])
    again = Library(db).get(article.id)
    assert again == article
    assert Library(db).info(article.id).chars == len(article.text)


def test_same_text_twice_is_one_article(library: Library) -> None:
    first = library.add([Article.new("Same words here.", title="One")])
    second = library.add([Article.new("Same   words\nhere.", title="Two")])
    assert len(first.added) == 1 and first.duplicates == 0
    assert second.added == [] and second.duplicates == 1
    assert [i.title for i in library.infos()] == ["One"]


def test_list_is_newest_first(library: Library) -> None:
    library.add([make(1, published=date(2020, 1, 1)), make(2, published=date(2024, 5, 6)), make(3, published=date(2022, 3, 3))])
    assert [i.published.year for i in library.infos()] == [2024, 2022, 2020]


def test_texts_are_sharded_and_listing_reads_no_text(library: Library, db: Path) -> None:
    library.add([make(n) for n in range(SHARD_SIZE + 10)])
    shards = sorted((db.parent / "library.texts").iterdir())
    assert len(shards) == 2
    rows = (db.parent / "library.index").glob("*.log")
    assert b"Article number" not in b"".join(p.read_bytes() for p in rows)  # the index holds no text
    fresh = Library(db)
    assert len(fresh.infos()) == SHARD_SIZE + 10
    assert fresh._shards == {}  # listing opened no text shard
    last = fresh.infos()[-1]
    assert fresh.get(last.id).text.startswith("Article number")


def stamps_of(folder: Path) -> dict[Path, tuple[int, int, int]]:
    return {p: (p.stat().st_ino, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*") if p.is_file()}


def test_marking_read_or_opening_appends_a_line_to_the_state_log_and_rewrites_nothing(library: Library, db: Path) -> None:
    library.add([make(n) for n in range(20)])
    ids = [i.id for i in library.infos()]
    library.set_state(ids[0], starred=True)
    log = db.with_name("library.state.log")
    before = stamps_of(db.parent)
    assert library.set_state(ids[3], read=True) == ReadingState(read=True)
    library.last_opened = ids[3]
    after = stamps_of(db.parent)
    assert {p for p in after if after[p] != before.get(p)} == {log}  # every other file untouched
    assert log.read_bytes().count(b"\n") == 3
    fresh = Library(db)
    assert fresh.state(ids[3]) == ReadingState(read=True) and fresh.last_opened == ids[3]
    assert fresh.states() == {ids[0]: ReadingState(starred=True), ids[3]: ReadingState(read=True)}


def test_a_reader_sees_another_writers_marks_reading_only_the_new_lines(library: Library, db: Path) -> None:
    library.add([make(n) for n in range(3)])
    ids = [i.id for i in library.infos()]
    reader = Library(db)
    assert reader.states() == {}
    stamps = reader.stamps()
    library.set_state(ids[1], read=True, starred=True)
    assert reader.stamps() != stamps  # a watching reader looks again
    assert reader.states() == {ids[1]: ReadingState(read=True, starred=True)}
    library.set_state(ids[1], read=False, starred=False)
    assert reader.states() == {}


def test_the_state_log_is_folded_into_the_base_and_a_crash_between_the_two_steps_changes_nothing(
    library: Library, db: Path, monkeypatch
) -> None:
    import store.statelog

    monkeypatch.setattr(store.statelog, "LOG_MIN", 300)
    library.add([make(n) for n in range(40)])
    ids = [i.id for i in library.infos()]
    base, log = db.with_name("library.state.json"), db.with_name("library.state.log")
    for n, article_id in enumerate(ids):
        library.set_state(article_id, read=True, starred=n % 3 == 0)
        library.last_opened = article_id
    library.set_state(ids[5], read=False, starred=False)
    expected = {i: ReadingState(True, n % 3 == 0) for n, i in enumerate(ids) if n != 5}
    assert base.exists() and log.stat().st_size < 600  # folded, more than once
    assert json.loads(base.read_text())["articles"]  # TinyDB's layout, as before
    assert Library(db).states() == expected and Library(db).last_opened == ids[-1]
    # killed after the base was replaced, before the log was emptied: the log is read again over it
    lines = log.read_bytes()
    library._state.fold()
    assert log.read_bytes() == b""
    log.write_bytes(lines)
    assert Library(db).states() == expected and Library(db).last_opened == ids[-1]


def test_a_mark_torn_by_a_kill_counts_for_nothing_and_the_next_one_cuts_it_off(library: Library, db: Path) -> None:
    library.add([make(n) for n in range(2)])
    first, second = [i.id for i in library.infos()]
    library.set_state(first, read=True)
    log = db.with_name("library.state.log")
    log.write_bytes(log.read_bytes() + b'["s", 2, "' + second.encode()[:5])
    assert Library(db).states() == {first: ReadingState(read=True)}
    Library(db).set_state(second, starred=True)
    assert Library(db).states() == {first: ReadingState(read=True), second: ReadingState(starred=True)}
    assert all(json.loads(line) for line in log.read_text().splitlines())


def test_a_damaged_line_in_the_state_log_is_named_and_never_overwritten(library: Library, db: Path) -> None:
    library.add([make(1)])
    library.set_state(library.infos()[0].id, read=True)
    log = db.with_name("library.state.log")
    log.write_bytes(log.read_bytes() + b'["s", 1, "x", tru\n')
    damaged = log.read_bytes()
    with pytest.raises(LibraryCorrupt, match="library.state.log"):
        Library(db).states()
    with pytest.raises(LibraryCorrupt, match="library.state.log"):
        Library(db).set_state(library.infos()[0].id, read=False)
    assert log.read_bytes() == damaged


def test_state_goes_back_to_default_and_stays_sparse(library: Library, db: Path) -> None:
    library.add([make(1)])
    article_id = library.infos()[0].id
    library.set_state(article_id, read=True, starred=True)
    library.set_state(article_id, read=False, starred=False)
    assert Library(db).states() == {}


def test_last_opened_survives_a_restart(library: Library, db: Path) -> None:
    library.add([make(1), make(2)])
    chosen = library.infos()[1].id
    library.last_opened = chosen
    assert Library(db).last_opened == chosen


def test_remove_deletes_row_text_and_state(library: Library, db: Path) -> None:
    library.add([make(1), make(2)])
    gone = library.infos()[0].id
    library.set_state(gone, starred=True)
    library.remove(gone)
    fresh = Library(db)
    assert gone not in fresh and len(fresh) == 1
    assert fresh.states() == {}
    assert gone not in (db.parent / "library.texts" / "00000.json").read_text()


def test_ids_resolve_from_a_unique_prefix(library: Library) -> None:
    library.add([make(1)])
    full = library.infos()[0].id
    assert library.resolve(full[:6]) == full
    with pytest.raises(ArticleNotFound):
        library.resolve("zzzzzz")
    with pytest.raises(ArticleNotFound):
        library.resolve(full[:2])  # too short to be taken as a prefix


def test_a_crash_in_the_middle_of_a_save_leaves_the_previous_library(library: Library, db: Path, monkeypatch) -> None:
    library.add([make(1)])
    before = db.read_bytes()

    def exploding_articles():
        yield make(2)
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        library.add(exploding_articles())
    assert db.read_bytes() == before
    assert [i.title for i in Library(db).infos()] == ["Title 1"]

    # the same when the disk write itself fails after the temporary file was written
    from store import jsonfile

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jsonfile.os, "replace", failing_replace)
    with pytest.raises(LibraryFull, match="the disk is full"):
        library.add([make(3)])
    monkeypatch.undo()
    assert db.read_bytes() == before
    assert not list(db.parent.glob(".*.tmp")), "the temporary file was left behind"
    assert len(Library(db)) == 1


def test_orphaned_temporary_files_are_cleaned_at_the_next_write(library: Library, db: Path) -> None:
    library.add([make(1)])
    orphan = db.parent / f".{db.name}.12345-deadbeef.tmp"
    orphan.write_bytes(b"half a libr")
    library.add([make(2)])
    assert not orphan.exists()


def test_backup_opens_the_library_as_it_was_before_the_last_compaction(library: Library, db: Path, monkeypatch) -> None:
    from store import index

    monkeypatch.setattr(index, "LOG_LIMIT", 500)  # a few rows, so that compactions come soon
    first = [make(n) for n in range(8)]
    library.add(first)  # past the limit: compacted into the second generation
    library.add([make(8)])
    backup = db.with_name(db.name + ".bak")
    assert json.loads(backup.read_text())["_meta"]["1"]["generation"] == 1
    library.add([make(n) for n in range(9, 20)])  # compacted again: the backup names the second generation
    assert json.loads(backup.read_text())["_meta"]["1"]["generation"] == 2
    library.add([make(20)])
    assert len(Library(db)) == 21
    db.write_bytes(backup.read_bytes())  # what the message for a damaged manifest says to do
    # the second generation's files are kept, its log whole: everything up to the last compaction
    assert sorted(i.title for i in Library(db).infos()) == sorted(make(n).title for n in range(20))


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "is empty"),
        (b'{"articles": {"1": {"id": "abc", "ti', "not valid JSON"),
        (b"\x00\x00\x00\x00", "not valid JSON"),
        (b"null", "not a newsreader library"),
        (b'{"_default": {}}', "not a newsreader library"),
        (b"[1, 2, 3]", "not a newsreader library"),
    ],
    ids=["empty", "truncated", "garbage", "null", "other-tinydb", "list"],
)
def test_damaged_library_is_refused_and_left_untouched(db: Path, content: bytes, problem: str) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    with pytest.raises(LibraryCorrupt) as caught:
        Library(db)
    message = str(caught.value)
    assert str(db) in message and problem in message and "\n" not in message
    assert db.read_bytes() == content


def test_damaged_library_message_points_at_the_backup(library: Library, db: Path) -> None:
    library.add([make(1)])
    library.add([make(2)])
    db.write_bytes(db.read_bytes()[:40])
    with pytest.raises(LibraryCorrupt, match=r"cp .*library\.json\.bak"):
        Library(db)


def test_a_newer_schema_is_refused(library: Library, db: Path) -> None:
    library.add([make(1)])
    data = json.loads(db.read_text())
    data["_meta"]["1"]["schema"] = 99
    db.write_text(json.dumps(data))
    before = db.read_bytes()
    with pytest.raises(LibraryTooNew, match="newer newsreader"):
        Library(db)
    assert db.read_bytes() == before


def test_a_second_writer_waits_then_says_busy(db: Path) -> None:
    holder = Library(db)
    holder.add([make(1)])
    other = Library(db, lock_timeout=0.3)
    with holder._lock, pytest.raises(LibraryBusy, match="busy"):
        other.add([make(2)])
    other.add([make(2)])
    assert len(Library(db)) == 2


def _add_range(db: str, start: int, count: int) -> None:
    library = Library(db)
    for n in range(start, start + count):
        library.add([make(n)])


def test_two_processes_adding_at_once_lose_nothing(db: Path) -> None:
    Library(db).add([make(0)])
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_add_range, args=(str(db), 1 + i * 40, 40)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    fresh = Library(db)
    assert len(fresh) == 81
    for info in fresh.infos():
        assert fresh.get(info.id).title == info.title


def test_another_process_sees_new_articles_without_reopening(db: Path) -> None:
    reader = Library(db)
    assert len(reader) == 0
    writer = Library(db)
    writer.add([make(1)])
    assert len(reader) == 1


def test_seeds_arrive_once_in_an_empty_library(library: Library) -> None:
    from store.seeds import ensure_seeded

    assert ensure_seeded(library) == 5
    seed = next(i for i in library.infos() if i.source == "Athens News Agency")
    assert seed.published == date(2025, 9, 2)
    assert "Xi" in seed.title and "Putin" in seed.title
    assert not library.get(seed.id).text.rstrip().endswith("Athens News Agency")
    for info in library.infos():
        library.remove(info.id)
    assert ensure_seeded(library) == 0 and len(library) == 0


def test_seeds_are_not_added_to_a_library_that_has_articles(library: Library) -> None:
    from store.seeds import ensure_seeded

    library.add([make(1)])
    assert ensure_seeded(library) == 0
    assert len(library) == 1


def test_wikinews_seeds_keep_their_attribution() -> None:
    from store.seeds import seed_articles, seeds_folder

    wikinews = [a for a in seed_articles() if a.source == "Wikinews"]
    assert len(wikinews) >= 3
    assert all(a.url.startswith("https://en.wikinews.org/wiki/") for a in wikinews)
    assert "CC BY 2.5" in (seeds_folder() / "README.md").read_text()
    assert not any("reuters" in p.name.lower() for p in seeds_folder().iterdir())


def test_library_files_are_created_only_when_written(db: Path) -> None:
    library = Library(db)
    assert library.infos() == []
    assert not db.exists()


def test_facets_are_stored_as_joined_names_and_earlier_lists_still_read(library: Library, db: Path) -> None:
    from store.facets import Facets

    first, second = make(1), make(2)
    library.add([first, second])
    library.save_analysis_docs({}, {first.id: Facets.of(["Xi Jinping", "Vladimir Putin"], ["Tianjin"], ["2025-09-03"])})
    numbers = library._numbers()
    (line,) = library.paths.facets_log.read_text().splitlines()  # a save appends one line
    assert json.loads(line) == ["+", [numbers[first.id], first.id, "Vladimir Putin\nXi Jinping", "Tianjin", "2025-09-03"]]
    library._facets.fold()
    assert library.paths.facets_log.read_bytes() == b""
    stored = json.loads(library.paths.facets.read_text())["facets"]
    (row,) = stored.values()
    assert row["s"] == "Vladimir Putin\nXi Jinping" and row["e"] == "Tianjin" and row["d"] == "2025-09-03"
    # the layout written before joined names: a list per kind, entities as [label, name]
    row.update({"s": ["Xi Jinping"], "e": [["GPE", "Tianjin"], ["PERSON", "Xi Jinping"]], "d": ["2025-09"]})
    stored[str(numbers[second.id])] = {"id": second.id, "s": [], "e": [["ORG", "Opec"]], "d": []}
    library.paths.facets.write_text(json.dumps({"facets": stored}))
    facets = Library(db).facets()
    assert facets[first.id] == Facets.of(["Xi Jinping"], ["Tianjin", "Xi Jinping"], ["2025-09"])
    assert facets[second.id].entity_names() == ["Opec"] and facets[second.id].speaker_names() == []


def test_saving_analyses_again_replaces_them_and_leaves_the_others(library: Library, db: Path) -> None:
    from store.facets import Facets

    articles = [make(n) for n in range(3)]
    library.add(articles)
    first = {a.id: {"version": 1, "n": n} for n, a in enumerate(articles)}
    library.save_analysis_docs(first, {a.id: Facets.of([f"Speaker {n}"], [], []) for n, a in enumerate(articles)})
    library.save_analysis_docs({articles[1].id: {"version": 2}}, {articles[1].id: Facets.of(["Someone else"], [], [])})
    fresh = Library(db)
    assert [fresh.analysis_doc(a.id) for a in articles] == [
        {"version": 1, "n": 0, "id": articles[0].id}, {"version": 2, "id": articles[1].id},
        {"version": 1, "n": 2, "id": articles[2].id}]
    assert [fresh.facets()[a.id].speaker_names() for a in articles] == [["Speaker 0"], ["Someone else"], ["Speaker 2"]]


def test_unanalysed_finds_the_articles_without_a_current_analysis(tmp_path) -> None:
    from store.analyses import has_stored_analysis, save_analyses, unanalysed
    from store.analysis.types import Analysis

    library = Library(tmp_path / "library.json")
    articles = [Article.new(f"Story number {n}.", title=f"Story {n}") for n in range(5)]
    library.add(articles)
    ids = [i.id for i in library.infos()]
    assert library.in_storage_order(reversed(ids)) == [a.id for a in articles]  # as stored, whatever the order asked
    assert unanalysed(library, ids) == ids
    empty = Analysis()
    save_analyses(library, [(articles[1], empty), (articles[3], empty)])
    assert has_stored_analysis(library, articles[1].id) and not has_stored_analysis(library, articles[0].id)
    assert unanalysed(Library(tmp_path / "library.json"), ids) == [i for i in ids if i not in (articles[1].id, articles[3].id)]
    assert unanalysed(library, ids, stop=lambda: True) == []  # asked to stop before the first


def test_a_reading_state_is_a_value_that_cannot_change() -> None:
    state = ReadingState(read=True)
    assert state == ReadingState(True, False) and state != ReadingState() and ReadingState() == ReadingState()
    assert len({ReadingState(), ReadingState(), state}) == 2  # hashed by value, as the states dict needs
    assert repr(state) == "ReadingState(read=True, starred=False)"
    with pytest.raises(AttributeError):
        state.read = False
    assert state.read is True
