"""Benchmark libraries built from the news corpus, once, and kept in a work folder.

The first 2,701 articles are taken as they are; the rest are copies with a marker
appended to the text (so each copy is its own article). The real articles are analysed
once; each copy gets its original's analysis (the marker only adds a tail, so the
offsets still hold), so filters and highlighting see real entities, speakers and dates.

A 100,000-article library takes minutes to build: it is kept under the work folder with
a stamp (its size and the library's schema) and rebuilt only when the stamp no longer
matches or when asked to.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLI = [sys.executable, "-m", "tui.cli"]
MARKER = "\n\n(Benchmark copy"


def cli_env() -> dict[str, str]:
    """This checkout's code first, whatever is installed."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def compile_sources() -> None:
    """Byte-compile this checkout, as installing newsreader does. Where PYTHONDONTWRITEBYTECODE is set (some
    shells and CI), every start would otherwise compile each of its modules again (about 0.1 s here), a cost
    an installed reader never pays and the empty Textual app it is compared with (compiled) does not either."""
    import compileall

    for package in ("tui", "store"):
        compileall.compile_dir(ROOT / package, quiet=1)


def run_cli(*args: str) -> float:
    """Run a newsreader command; its wall time in seconds."""
    start = time.perf_counter()
    proc = subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, env=cli_env(), check=False)
    if proc.returncode:
        raise SystemExit(f"newsreader {' '.join(args[:3])} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - start


def read_corpus(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def write_corpus(rows: list[dict], count: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = dict(rows[n % len(rows)])
            if n >= len(rows):
                row["text"] += f"{MARKER} {n}.)"
            out.write(json.dumps(row) + "\n")


def attach_analyses(analysed: Path, target: Path, batch: int = 4096) -> None:
    """Give each copy its original's analysis, reading the texts in storage order (each shard once)."""
    sys.path.insert(0, str(ROOT))
    from store.analyses import save_analyses, stored_analysis
    from store.library import Library

    source, library = Library(analysed), Library(target)
    by_text = {}
    for article_id in source.in_storage_order(i.id for i in source.infos()):
        article = source.get(article_id)
        by_text[article.text] = stored_analysis(source, article)
    pending = []
    for article_id in library.in_storage_order(i.id for i in library.infos()):
        article = library.get(article_id)
        found = by_text.get(article.text.rsplit(MARKER, 1)[0].rstrip())  # an original ending in spaces keeps them
        if found is not None:
            pending.append((article, found))
        if len(pending) >= batch:
            save_analyses(library, pending)
            pending = []
    save_analyses(library, pending)


def analyse_the_rest(db: Path) -> None:
    """Analyse what `add` left without a current analysis, so the reader finds nothing to analyse on start
    (two corpus texts equal once cleaned come in as one article whose stored analysis is not current)."""
    sys.path.insert(0, str(ROOT))
    from store.analyses import fresh_analysis, unanalysed
    from store.library import Library

    library = Library(db)
    for article_id in unanalysed(library, [i.id for i in library.infos()]):
        fresh_analysis(library, library.get(article_id))


def _stamp(count: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from store.library import SCHEMA

    return {"articles": count, "schema": SCHEMA}


def _cached(folder: Path, count: int) -> bool:
    stamp = folder / "built.json"
    try:
        return json.loads(stamp.read_text()) == _stamp(count)
    except (OSError, ValueError):
        return False


def _build(folder: Path, count: int, make) -> Path:
    """`make(db)` fills a fresh library in `folder`, unless a finished build with the same stamp is there."""
    db = folder / "library.json"
    if _cached(folder, count):
        return db
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    make(db)
    (folder / "built.json").write_text(json.dumps(_stamp(count)))  # written last: a build cut short is redone
    return db


def analysed_corpus(rows: list[dict], work: Path, jobs: int = 1, log=print) -> Path:
    """The real articles (no copies), analysed: the analyses the copies borrow."""

    def make(db: Path) -> None:
        source = db.parent / "corpus.jsonl"
        write_corpus(rows, len(rows), source)
        log(f"analysing the {len(rows):,} corpus articles once (a few minutes) into {db.parent}")
        run_cli("add", str(source), "--db", str(db), "--jobs", str(jobs))
        source.unlink()
        analyse_the_rest(db)

    return _build(work / "analysed", len(rows), make)


def bench_library(rows: list[dict], size: int, work: Path, jobs: int = 1, log=print) -> Path:
    """A library of `size` articles, every one analysed; built once, then reused."""
    folder = work / f"lib{size}"
    if _cached(folder, size):
        return folder / "library.json"
    analysed = analysed_corpus(rows, work, jobs, log)

    def make(db: Path) -> None:
        source = db.parent / "corpus.jsonl"
        write_corpus(rows, size, source)
        log(f"building the {size:,}-article library in {db.parent}")
        started = time.perf_counter()
        run_cli("add", str(source), "--db", str(db), "--no-analyze")
        source.unlink()
        attach_analyses(analysed, db)
        analyse_the_rest(db)  # copies of a corpus text that was imported as another one's duplicate
        log(f"  built in {time.perf_counter() - started:.0f} s")

    return _build(folder, size, make)
