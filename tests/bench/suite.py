"""The performance figures at 1,000 and 10,000 articles, each against its target.

    python tests/bench/suite.py [--data ../shared/data/news/articles.jsonl] [--runs 5] [--jobs 1] [--quick]

Libraries are built from the news corpus: its first 2,701 articles as they are, then
copies with a marker appended (each its own article). The 2,701 are analysed once,
for the import figure; the copies reuse their original's analysis, so filters,
highlighting and the views across the library (views.py) see real entities, speakers
and dates. Every figure is a median over
--runs, with its baseline measured in the same run where it has one. --quick uses
500 articles for the import figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from first_paint import first_paint

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
CLI = [sys.executable, "-m", "tui.cli"]

APP_MEMORY = """
import sys
from pathlib import Path
from tui.app import NewsreaderApp
async def listed(pilot):
    app = pilot.app
    while not app.indexed:  # the list filled and the filters indexed: all the app holds before spaCy
        await pilot.pause(0.05)
    print(app.query_one("#library-list").option_count, 'spacy' in sys.modules)
    app.exit()
NewsreaderApp(Path(sys.argv[1])).run(headless=True, size=(160, 48), auto_pilot=listed)
"""
LIST_PY = """
import sys, time
from store.library import Library
t = time.perf_counter()
lib = Library(sys.argv[1]); infos = lib.infos(); states = lib.states()
print((time.perf_counter() - t) * 1000, len(infos))
"""
MARK_PY = """
import sys, time
from store.library import Library
lib = Library(sys.argv[1]); target = lib.infos()[len(lib) // 2].id
times = []
for flag in [True, False] * int(sys.argv[2]):
    t = time.perf_counter(); lib.set_state(target, read=flag); times.append((time.perf_counter() - t) * 1000)
print(sorted(times)[len(times) // 2])
"""
BARE_PIPE = """
import json, sys, spacy
from store.model import model_name
nlp = spacy.load(model_name(None))
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[2])):
    pass
"""


def run(argv: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv[:4])} failed: {err.strip().splitlines()[-1:]}")
    return wall, 0.0, out


# Linux carries a process's peak RSS across exec, so a command started straight from this
# (large) process would report this process's peak as its own. A small launcher in between
# starts the command afresh and reports the command's peak on its last stderr line.
LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
print(usage.ru_maxrss, file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_rss(argv: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of one process, started through the launcher."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv[:4])} failed: {err.strip().splitlines()[-2:-1]}")
    return time.perf_counter() - start, int(err.strip().splitlines()[-1]) / 1024, out


def median(values) -> float:
    return statistics.median(list(values))


def write_corpus(rows: list[dict], count: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = dict(rows[n % len(rows)])
            if n >= len(rows):
                row["text"] += f"\n\n(Benchmark copy {n}.)"
            out.write(json.dumps(row) + "\n")


def attach_analyses(analysed: Path, target: Path) -> None:
    """Give each copy its original's analysis (offsets still hold: the copy only adds a tail)."""
    sys.path.insert(0, str(ROOT))
    from store.analyses import save_analyses, stored_analysis
    from store.library import Library

    source, library = Library(analysed), Library(target)
    by_text = {}
    for info in source.infos():
        article = source.get(info.id)
        by_text[article.text] = stored_analysis(source, article)
    batch = []
    for info in library.infos():
        article = library.get(info.id)
        original = article.text.rsplit("\n\n(Benchmark copy", 1)[0]
        if by_text.get(original) is not None:
            batch.append((article, by_text[original]))
        if len(batch) >= 512:
            save_analyses(library, batch)
            batch = []
    save_analyses(library, batch)


def in_process_figures(db: Path, runs: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from rich.console import Console

    from store.analyses import stored_analysis
    from store.articleset import ArticleSet
    from store.library import Library
    from tui.highlight import Highlights, build_doc, entity_spans, render

    library = Library(db)
    infos, states, facets = library.infos(), library.states(), library.facets()
    t = time.perf_counter()
    articles = ArticleSet.of(infos, states, facets)
    figures = {"filter_index_ms": (time.perf_counter() - t) * 1000}
    for name, query in (("entity", "entity:Tianjin"), ("speaker", 'speaker:"Vladimir Putin"'), ("text", "tariff")):
        times = []
        for _ in range(runs * 4):
            t = time.perf_counter()
            len(articles.where(query))
            times.append((time.perf_counter() - t) * 1000)
        figures[f"filter_{name}_ms"] = median(times)
    console = Console(width=90, file=open(os.devnull, "w"))
    for label, size in (("render_5k_ms", 5_000), ("render_100k_ms", 100_000)):
        chosen = min(infos, key=lambda i: abs(i.chars - size))
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            article = library.get(chosen.id)
            analysis = stored_analysis(library, article)
            doc = build_doc(article)
            text = render(doc, Highlights(entity_spans(doc, analysis)), {})
            text.wrap(console, 86, overflow="fold")
            times.append((time.perf_counter() - t) * 1000)
        figures[label] = median(times)
        figures[label.replace("_ms", "_chars")] = chosen.chars
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1, help="processes for the analysis in the import figure")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        real = work / "real.jsonl"
        write_corpus(rows, 500 if args.quick else len(rows), real)
        analysed = work / "analysed" / "library.json"
        ours, _, _ = run([*CLI, "add", str(real), "--db", str(analysed), "--jobs", str(args.jobs)])
        bare, _, _ = run([sys.executable, "-c", BARE_PIPE, str(real), str(args.jobs)])
        import_ratio = bare / ours
        results: dict[int, dict[str, float]] = {}
        for size in (1000, 10_000):
            source = work / f"corpus{size}.jsonl"
            write_corpus(rows, size, source)
            db = work / f"lib{size}" / "library.json"
            run([*CLI, "add", str(source), "--db", str(db), "--no-analyze"])
            attach_analyses(analysed, db)
            fig = in_process_figures(db, args.runs)
            fig["open_list_ms"] = median(
                float(run([sys.executable, "-c", LIST_PY, str(db)])[2].split()[0]) for _ in range(args.runs)
            )
            fig["mark_read_ms"] = float(run([sys.executable, "-c", MARK_PY, str(db), str(args.runs * 4)])[2])
            fig.update(first_paint(db, args.runs))
            fig["paint_ratio"] = fig["paint_ms"] / fig["empty_paint_ms"]
            fig["listed_ratio"] = fig["listed_ms"] / fig["empty_paint_ms"]
            rss, spacy_loaded = [], False
            for _ in range(args.runs):
                _, peak, out = run_rss([sys.executable, "-c", APP_MEMORY, str(db)])
                rss.append(peak)
                spacy_loaded |= out.split()[1] == "True"
            fig["app_rss_mb"] = max(rss)
            fig["spacy_at_start"] = float(spacy_loaded)
            from views import drop_unanalysed, view_figures  # here: views.py imports this module

            fig["dropped"] = drop_unanalysed(db)  # the views are timed with no analysis running beside them
            fig.update(view_figures(db, args.runs))
            results[size] = fig
    small, big = results[1000], results[10_000]
    rows_out = [
        ("cold start to first paint / empty Textual app", "paint_ratio", "≤ 1.3×", big["paint_ratio"] <= 1.3),
        ("  first paint, ms (empty app)", "paint_ms", f"({big['empty_paint_ms']:.0f})", None),
        ("  cold start to the list on screen / empty app", "listed_ratio", "", None),
        ("  list on screen, ms", "listed_ms", "", None),
        ("open the library and list, ms", "open_list_ms", "≤ 100", big["open_list_ms"] <= 100),
        ("filter by entity, ms", "filter_entity_ms", "≤ 50", big["filter_entity_ms"] <= 50),
        ("filter by speaker, ms", "filter_speaker_ms", "≤ 50", big["filter_speaker_ms"] <= 50),
        ("filter by text, ms", "filter_text_ms", "≤ 50", big["filter_text_ms"] <= 50),
        ("  build the filter index once, ms", "filter_index_ms", "", None),
        (f"open + render a {big['render_5k_chars']:,.0f}-char article, ms", "render_5k_ms", "≤ 50", big["render_5k_ms"] <= 50),
        (f"open + render a {big['render_100k_chars']:,.0f}-char article, ms", "render_100k_ms", "≤ 300", big["render_100k_ms"] <= 300),
        ("mark read, ms", "mark_read_ms", "10k/1k ≤ 1.5×", big["mark_read_ms"] / small["mark_read_ms"] <= 1.5),
        ("app peak RSS with the library listed, MB", "app_rss_mb", "≤ 200", big["app_rss_mb"] <= 200),
        ("Speakers view (S) open, ms (views.py)", "speakers_open_ms", "≤ 300", big["speakers_open_ms"] <= 300),
        ("  nothing made ahead, ms", "speakers_open_cold_ms", "", None),
        ("Speakers view filter, per key, ms", "speakers_key_ms", "≤ 50", big["speakers_key_ms"] <= 50),
        ("Timeline view (T) open, ms", "timeline_open_ms", "≤ 300", big["timeline_open_ms"] <= 300),
        ("  nothing made ahead, ms", "timeline_open_cold_ms", "", None),
        ("Timeline view filter, per key, ms", "timeline_key_ms", "≤ 50", big["timeline_key_ms"] <= 50),
    ]
    print(f"{'figure':52}{'1,000':>10}{'10,000':>10}{'growth':>9}{'100k est.':>11}  target")
    for label, key, target, ok in rows_out:
        growth = big[key] / small[key] if small[key] else 0
        estimate = big[key] * growth
        verdict = "" if ok is None else ("  met" if ok else "  MISSED")
        print(f"{label:52}{small[key]:>10.1f}{big[key]:>10.1f}{growth:>8.2f}×{estimate:>11.1f}  {target}{verdict}")
    print(f"spaCy imported before first paint: {'yes' if big['spacy_at_start'] else 'no'}")
    n = 500 if args.quick else len(rows)
    verdict = "met" if import_ratio >= 0.85 else "MISSED"
    print(f"import + analysis of {n:,} articles: {ours:.1f} s; bare nlp.pipe: {bare:.1f} s; "
          f"throughput {import_ratio:.2f}× of bare (target ≥ 0.85×, --jobs {args.jobs}) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
