"""The index on disk: an add touches what it changes, the first screen reads the head, compaction keeps everything."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from store import index as index_module
from store.article import Article
from store.errors import LibraryCorrupt
from store.facets import Facets
from store.library import Library, newest_first


def article(n: int, published: date | None = None, added: datetime | None = None) -> Article:
    made = Article.new(f"Report {n}: the harbour council met and agreed the ferry budget.", title=f"Report {n}",
                       source="Harbour Gazette", published=published)
    return made if added is None else Article(made.id, made.title, made.source, made.published, made.url, made.text, added)


def files(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_an_add_appends_to_the_log_and_leaves_the_base_the_manifest_and_other_texts_alone(db: Path) -> None:
    library = Library(db)
    library.add([article(n) for n in range(300)])  # two text shards
    with library.lock:
        library._index.compact()
    before = files(db.parent)
    new = article(1000)
    library.add([new])
    after = files(db.parent)
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {"library.index/000002.log", "library.texts/00001.json"}
    assert Library(db).get(new.id).text == new.text


def test_the_first_screen_reads_only_the_head_of_the_base(db: Path) -> None:
    library = Library(db)
    library.add([article(n, published=date(2020, 1, 1) + timedelta(days=n)) for n in range(2000)])
    with library.lock:
        library._index.compact()
    library.add([article(5000, published=date(2019, 1, 1)), article(5001, published=date(2030, 1, 1))])
    library.remove(library.infos()[1].id)
    expected = Library(db).infos()[:40]
    rows = db.parent / "library.index" / "000002.rows"
    rows.write_bytes(rows.read_bytes()[:-5000] + b"garbage\n" * 625)  # the old end of the base, damaged
    fresh = Library(db)
    assert fresh.newest(40) == expected  # from the head of the base, the log and its removal
    assert len(fresh) == 2001
    with pytest.raises(LibraryCorrupt, match="000002.rows"):
        fresh.infos()


def test_compaction_keeps_every_article_and_the_order_whatever_was_added_and_removed(db: Path, monkeypatch) -> None:
    monkeypatch.setattr(index_module, "LOG_LIMIT", 3_000)  # a compaction every few batches
    rng = random.Random(20250902)
    library = Library(db)
    watcher = Library(db)  # another reader, following along
    model: dict[str, Article] = {}
    moment = datetime(2025, 9, 1, tzinfo=UTC)
    for step in range(60):
        if model and rng.random() < 0.3:
            gone = rng.choice(sorted(model))
            library.remove(gone)
            del model[gone]
        else:
            batch = []
            for _ in range(rng.randint(1, 12)):
                n = rng.randrange(10_000)
                published = date(2025, 1, 1) + timedelta(days=rng.randrange(5)) if rng.random() < 0.7 else None
                moment += timedelta(seconds=rng.choice([0, 0, 1, 3600 * 30]))  # ties, and days apart
                batch.append(article(n, published, moment))
            for a in library.add(batch).added:
                model[a.id] = next(b for b in batch if b.id == a.id)
        expected = sorted((a.info() for a in model.values()), key=newest_first, reverse=True)
        if step % 7 == 0:
            assert [i.id for i in Library(db).infos()] == [i.id for i in expected]
            assert Library(db).newest(5) == expected[:5]
        assert [i.id for i in watcher.infos()] == [i.id for i in expected], f"the watcher lost track at step {step}"
    generation = library._index.generation
    assert generation is not None and generation > 3
    assert sorted(p.name for p in (db.parent / "library.index").iterdir()) == [
        f"{g:06d}.{kind}" for g in (generation - 1, generation) for kind in ("ids", "keys", "log", "rows")
    ]  # the generation before stays for the backup manifest; older ones are gone
    for info in Library(db).infos():
        assert Library(db).get(info.id).text == model[info.id].text


def test_ties_keep_the_order_they_were_added_in(db: Path) -> None:
    moment = datetime(2025, 9, 2, 10, tzinfo=UTC)
    first = [article(n, date(2025, 9, 2), moment) for n in range(3)]
    library = Library(db)
    library.add(first)
    with library.lock:
        library._index.compact()
    later = [article(n, date(2025, 9, 2), moment) for n in range(3, 6)]
    library.add(later)
    assert [i.title for i in Library(db).infos()] == [a.title for a in first + later]


def test_a_reader_sees_another_process_remove_and_add_across_compactions(db: Path) -> None:
    reader, writer = Library(db), Library(db)
    writer.add([article(n) for n in range(10)])
    assert len(reader.infos()) == 10
    gone = reader.infos()[3].id
    writer.remove(gone)
    assert gone not in reader and len(reader.infos()) == 9
    with writer.lock:
        writer._index.compact()  # one generation on: the reader finishes the old log and keeps what it has
    writer.add([article(100)])
    assert len(reader.infos()) == 10 and reader._index.generation == 2
    with writer.lock:
        writer._index.compact()
        writer._index.compact()  # two on: the old log is gone, the reader reads afresh
    writer.add([article(101)])
    assert [i.id for i in reader.infos()] == [i.id for i in Library(db).infos()] and len(reader) == 11


def test_facets_saved_by_another_process_arrive_as_changes(db: Path) -> None:
    writer = Library(db)
    writer.add([article(n) for n in range(3)])
    ids = [i.id for i in writer.infos()]
    reader = Library(db)
    assert reader.facets_changed() is None  # nothing to follow yet
    assert reader.facets() == {}
    writer.save_analysis_docs({}, {ids[0]: Facets.of(["Vladimir Putin"])})
    assert reader.facets_changed() == {ids[0]: Facets.of(["Vladimir Putin"])}
    assert reader.facets_changed() == {}
    writer._facets.fold()  # the log folded into the base: the reader is told to read them all
    assert reader.facets_changed() is None
    assert reader.facets() == {ids[0]: Facets.of(["Vladimir Putin"])}
    writer.remove(ids[0])
    assert reader.facets() == {}


def test_a_handle_follows_the_facets_from_where_another_one_read_them(db: Path) -> None:
    """The reader reads the facets in a thread, with its own handle, and follows them with its main one."""
    writer = Library(db)
    writer.add([article(n) for n in range(3)])
    ids = [i.id for i in writer.infos()]
    writer.save_analysis_docs({}, {ids[0]: Facets.of(["Vladimir Putin"])})
    thread, main = Library(db), Library(db)
    assert thread.facets() == {ids[0]: Facets.of(["Vladimir Putin"])}
    cursor = thread.facets_cursor
    writer.save_analysis_docs({}, {ids[1]: Facets.of(["Xi Jinping"])})
    main.follow_facets(cursor)
    assert main.facets_changed() == {ids[1]: Facets.of(["Xi Jinping"])}  # only what came after that read
    assert main.facets_changed() == {}


def test_a_follower_learns_the_ids_added_and_removed_from_the_new_log_lines_alone(db: Path) -> None:
    writer = Library(db)
    writer.add([article(n) for n in range(5)])
    follower = Library(db)
    follower.follow()
    first, second = article(10), article(11)
    writer.add([first, second])
    gone = writer.infos()[-1].id
    writer.remove(gone)
    assert follower.index_changes() == ([first.id, second.id], [gone])
    assert follower.index_changes() == ([], [])
    with writer.lock:
        writer._index.compact()  # one generation on: still followed through the old log's end
    writer.add([article(12)])
    assert follower.index_changes() == ([article(12).id], [])
    with writer.lock:
        writer._index.compact()
        writer._index.compact()
    assert follower.index_changes() is None  # read afresh: the follower compares every id instead
    writer.add([article(13)])
    assert follower.index_changes() == ([article(13).id], [])


def test_a_read_whose_files_two_compactions_removed_starts_again_from_the_new_manifest(db: Path) -> None:
    writer = Library(db)
    writer.add([article(n) for n in range(30)])
    with writer.lock:
        writer._index.compact()
    reader = Library(db)
    index = reader._index
    index.refresh()  # the reader looked at generation 2 ...
    writer.add([article(100)])
    with writer.lock:
        writer._index.compact()
        writer._index.compact()  # ... and generation 2's files are gone before it reads them
    assert not (db.parent / "library.index" / "000002.rows").exists()
    assert [i.id for i in index.ordered()] == [i.id for i in writer.infos()]
    assert index.generation == 4


def test_one_article_is_read_from_its_own_line_of_the_base(db: Path) -> None:
    """A handle that never read the index whole (the reader's, before its thread has) finds any article,
    the oldest too, and a damaged line is named."""
    writer = Library(db)
    writer.add([article(n) for n in range(40)])
    with writer.lock:
        writer._index.compact()  # everything in the base, nothing in the log
    expected = Library(db).infos()
    fresh = Library(db)
    assert [fresh.info(i.id) for i in reversed(expected)] == list(reversed(expected))
    assert fresh._index._infos is None  # one line each, not the whole index
    rows = max(db.parent.glob("library.index/*.rows"))  # the current generation
    lines = rows.read_bytes().split(b"\n")
    lines[-2] = b'[1, "broken'
    rows.write_bytes(b"\n".join(lines))
    with pytest.raises(LibraryCorrupt, match="not valid JSON"):
        Library(db).info(expected[-1].id)


def test_tidying_compacts_a_log_past_its_limit_only_and_keeps_every_article_in_order(db: Path) -> None:
    library = Library(db)
    library.add([article(n, published=date(2020, 1, 1) + timedelta(days=n)) for n in range(40)])
    assert library.tidy_index() is False  # a short log is left for the adds to come
    assert library._index.generation == 1
    for start in range(40, 1000, 120):  # what a few imports leave: far below LOG_LIMIT, past TIDY_LIMIT
        library.add([article(n, published=date(2020, 1, 1) + timedelta(days=n % 97)) for n in range(start, start + 120)])
    library.remove(library.infos()[3].id)
    log = db.parent / "library.index" / "000001.log"
    assert index_module.TIDY_LIMIT < log.stat().st_size < index_module.LOG_LIMIT
    expected = Library(db).infos()
    assert library.tidy_index() is True
    assert library._index.generation == 2
    assert (db.parent / "library.index" / "000002.log").stat().st_size == 0
    assert log.exists()  # the backup manifest still names the first generation
    fresh = Library(db)
    assert fresh.infos() == expected
    assert fresh.newest(40) == expected[:40]
    assert library.infos() == expected
    assert fresh.tidy_index() is False


def test_tidying_leaves_the_index_alone_when_another_process_compacted_meanwhile(db: Path) -> None:
    library = Library(db)
    for start in range(0, 900, 150):
        library.add([article(n) for n in range(start, start + 150)])
    other = Library(db)
    assert other.tidy_index() is True
    assert library.tidy_index() is False  # it reads the new manifest first: nothing left to do
    assert library._index.generation == 2 and len(library) == 900
