"""The views across the library (S: Speakers, T: Timeline): how long they take to open and to filter.

    python tests/bench/views.py [--data ../shared/data/news/articles.jsonl] [--analysed LIBRARY.json]
                                [--sizes 1000,10000] [--runs 5]

The libraries are built as suite.py builds them: the corpus's 2,701 articles as they are, then
copies with a marker appended. The 2,701 are analysed once with the real pipeline (or taken
from --analysed, a library that `newsreader add` made of the same corpus); each copy is given
its original's analysis, which writes its records of quotes and dates as any analysis does.
suite.py runs this script's figures on the libraries it builds.

Two kinds of figure, medians over --runs:
- the reader itself (a fresh process each run, headless at 160x48, driven by its keys):
  milliseconds from the key (S or T) to the first frame drawn with the view's rows (open), and
  from each key typed into its filter, or erased, to the frame with the rows it leaves (the
  median over the keys of a few words). The background analysis is paused first (A), so that
  it does not compete with the view.
- the same work in-process (store/ only), in CPU milliseconds: reading the records, building
  each view's index, and filtering; the machine is shared, and CPU time is less noisy than wall.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libraries import CLI, ROOT, attach_analyses, write_corpus
from suite import DEFAULT_DATA, median, run

SPEAKER_WORDS = ["putin", "analysts"]
TIMELINE_WORDS = ["2019-0", "tariff"]


# Runs in a fresh interpreter per run: the reader as the user starts it (--db), headless at 160x48, driven
# by keys; each figure is the wall time from a key to the first frame drawn with the rows it brings.
READER = """
import asyncio, json, sys, time
from pathlib import Path
from textual import events
import tui.views
from tui.app import NewsreaderApp
from tui.widgets.rows import RowList

SPEAKER_WORDS, TIMELINE_WORDS = json.loads(sys.argv[2]), json.loads(sys.argv[3])
if sys.argv[4] == "cold":  # nothing made ahead: each view reads and counts when its key is pressed
    tui.views.AHEAD_AFTER = 1e9
found = {"speakers_key": [], "timeline_key": []}
CHARACTERS = {"slash": "/", "backspace": None, "escape": None}

async def drawn(app, generation=None):
    # until a view is on screen with its rows set (again, if `generation` is the one before) and drawn
    while True:
        await asyncio.sleep(0.001)
        screen = app.screen
        rows = screen.query(RowList)
        if getattr(screen, "loaded", False) and rows:
            rows = rows.first()
            if (generation is None or rows.generation > generation) and rows.painted == rows.generation:
                return

def send(app, key):
    # as the terminal driver does: Pilot.press would also wait for the app to go idle, and time that too
    app._driver.send_message(events.Key(key, CHARACTERS.get(key, key)))

async def key(app, name, generation=None):
    # wall time, and the process's CPU time (all its threads): the machine may be shared
    start, cpu = time.perf_counter(), time.process_time()
    send(app, name)
    await drawn(app, generation)
    return [(time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000]

async def typed(app, words, figure):
    for word in words:
        for char in [*word, *["backspace"] * len(word)]:
            generation = app.screen.query_one(RowList).generation
            found[figure].append(await key(app, char, generation))

async def script(pilot):
    app = pilot.app
    while not app.indexed:
        await asyncio.sleep(0.05)
    await pilot.press("A")  # the background analysis (if any) does not compete with the views
    await asyncio.sleep(3.0)  # and its note has gone: a note on screen is drawn again with each frame
    found["speakers_open"] = await key(app, "S")
    await pilot.press("q")
    await asyncio.sleep(0.5)
    found["speakers_reopen"] = await key(app, "S")
    await pilot.press("slash")
    await typed(app, SPEAKER_WORDS, "speakers_key")
    await pilot.press("escape", "q")
    await asyncio.sleep(0.5)
    found["timeline_open"] = await key(app, "T")
    await asyncio.sleep(1.0)  # the words to search are made just after the view opens
    await pilot.press("slash")
    await typed(app, TIMELINE_WORDS, "timeline_key")
    print(json.dumps(found))
    app.exit()

NewsreaderApp(Path(sys.argv[1])).run(headless=True, size=(160, 48), auto_pilot=script)
"""


def view_figures(db: Path, runs: int) -> dict[str, float]:
    """Open and per-key filter times of both views in the reader (wall ms), and in-process (CPU ms)."""
    figures: dict[str, list[float]] = {}
    for _ in range(runs):
        for mode in ("cold", "ahead"):
            out = run([sys.executable, "-c", READER, str(db), json.dumps(SPEAKER_WORDS), json.dumps(TIMELINE_WORDS), mode])[2]
            for name, value in json.loads(out.strip().splitlines()[-1]).items():
                if mode == "cold" and not name.endswith("_open"):
                    continue  # the rest is the same either way
                name = f"{name}_cold" if mode == "cold" else name
                figures.setdefault(name, []).extend(value if name.endswith("_key") else [value])
    result = {f"{k}_ms": median(w for w, _ in v) for k, v in figures.items()}
    result |= {f"{k}_cpu_ms": median(c for _, c in v) for k, v in figures.items()}
    result |= {f"{k}_max_ms": max(w for w, _ in v) for k, v in figures.items() if k.endswith("_key")}
    return result | in_process(db, runs)


def in_process(db: Path, runs: int) -> dict[str, float]:
    """CPU milliseconds of the store's part: read the records (all of them: a fresh reader), build, filter."""
    from store.library import Library
    from store.mentions import LibraryRecords
    from store.speakers import SpeakerIndex
    from store.timeline import Timeline

    library = Library(db)
    infos = {i.id: i for i in library.infos()}
    clock = time.process_time
    names = ("speakers_read", "speakers_index", "speakers_keys", "dates_read", "timeline_index", "timeline_keys",
             "speakers_filter", "timeline_filter")
    times: dict[str, list[float]] = {k: [] for k in names}
    for _ in range(runs):
        records = LibraryRecords(library.paths)
        t0 = clock()
        found = records.all("speakers", infos)
        t1 = clock()
        speakers = SpeakerIndex(found, infos, lambda ids, r=records: r.some("quotes", ids, "speakers"))
        t2 = clock()
        speakers.search_keys()
        t3 = clock()
        dates = records.all("dates", infos)
        t4 = clock()
        timeline = Timeline(dates, infos, lambda ids, r=records: r.some("sentences", ids, "dates"))
        t5 = clock()
        timeline.search_keys()
        t6 = clock()
        for name, value in zip(names, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=False):
            times[name].append(value * 1000)
        for word in SPEAKER_WORDS:
            for n in range(1, len(word) + 1):
                t = clock()
                speakers.matching(word[:n])
                times["speakers_filter"].append((clock() - t) * 1000)
        for word in TIMELINE_WORDS:
            for n in range(1, len(word) + 1):
                t = clock()
                timeline.by_date(timeline.matching(word[:n]))
                times["timeline_filter"].append((clock() - t) * 1000)
    return {f"cpu_{k}_ms": median(v) for k, v in times.items()} | {"speakers": len(speakers), "dates": len(timeline)}


def drop_unanalysed(db: Path) -> int:
    """Remove the few articles the analysis failed on, so that the reader has nothing to analyse in the
    background while the views are timed. Returns how many."""
    from store.analyses import unanalysed
    from store.library import Library

    library = Library(db)
    failed = unanalysed(library, [i.id for i in library.infos()])
    for article_id in failed:
        library.remove(article_id)
    return len(failed)


def build(rows: list[dict], size: int, analysed: Path, work: Path) -> Path:
    source = work / f"corpus{size}.jsonl"
    write_corpus(rows, size, source)
    db = work / f"lib{size}" / "library.json"
    run([*CLI, "add", str(source), "--db", str(db), "--no-analyze"])
    attach_analyses(analysed, db)
    drop_unanalysed(db)
    return db


LABELS = [
    ("Speakers: S to the list on screen, ms", "speakers_open_ms", 300),
    ("  CPU time of the reader meanwhile, ms", "speakers_open_cpu_ms", None),
    ("  with nothing made ahead (S at once), ms", "speakers_open_cold_ms", None),
    ("  CPU time, ms", "speakers_open_cold_cpu_ms", None),
    ("  again (records kept by the reader), ms", "speakers_reopen_ms", 300),
    ("Speakers: a key in the filter to the list, ms", "speakers_key_ms", 50),
    ("  CPU time, ms", "speakers_key_cpu_ms", None),
    ("  slowest key, ms", "speakers_key_max_ms", None),
    ("Timeline: T to the list on screen, ms", "timeline_open_ms", 300),
    ("  CPU time of the reader meanwhile, ms", "timeline_open_cpu_ms", None),
    ("  with nothing made ahead (T at once), ms", "timeline_open_cold_ms", None),
    ("  CPU time, ms", "timeline_open_cold_cpu_ms", None),
    ("Timeline: a key in the filter to the list, ms", "timeline_key_ms", 50),
    ("  CPU time, ms", "timeline_key_cpu_ms", None),
    ("  slowest key, ms", "timeline_key_max_ms", None),
    ("  CPU: read the speakers records, ms", "cpu_speakers_read_ms", None),
    ("  CPU: count the speakers, ms", "cpu_speakers_index_ms", None),
    ("  CPU: the speakers' search words (after opening), ms", "cpu_speakers_keys_ms", None),
    ("  CPU: read the dates records, ms", "cpu_dates_read_ms", None),
    ("  CPU: order the timeline, ms", "cpu_timeline_index_ms", None),
    ("  CPU: the timeline's search words (after opening), ms", "cpu_timeline_keys_ms", None),
    ("  CPU: filter the speakers, per key, ms", "cpu_speakers_filter_ms", None),
    ("  CPU: filter and group the timeline, per key, ms", "cpu_timeline_filter_ms", None),
]


def report(results: dict[int, dict[str, float]]) -> None:
    sizes = sorted(results)
    print(f"{'figure':56}" + "".join(f"{s:>10,}" for s in sizes) + "  target")
    for label, key, target in LABELS:
        line = f"{label:56}" + "".join(f"{results[s][key]:>10.1f}" for s in sizes)
        if target is not None:
            line += f"  ≤ {target}" + ("  met" if results[sizes[-1]][key] <= target else "  MISSED")
        print(line)
    big = results[sizes[-1]]
    print(f"at {sizes[-1]:,} articles: {big['speakers']:,.0f} speakers, {big['dates']:,.0f} dates")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--analysed", type=Path, help="a library of the corpus, analysed (else it is analysed now)")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        analysed = args.analysed
        if analysed is None:
            real = work / "real.jsonl"
            write_corpus(rows, len(rows), real)
            analysed = work / "analysed" / "library.json"
            print(f"analysing the {len(rows):,} corpus articles once (about 15 minutes on 2 cores)…", file=sys.stderr)
            run([*CLI, "add", str(real), "--db", str(analysed)])
        results = {}
        for size in (int(s) for s in args.sizes.split(",")):
            db = build(rows, size, analysed, work)
            results[size] = view_figures(db, args.runs)
    report(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
