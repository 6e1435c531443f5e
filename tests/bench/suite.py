"""The performance figures at 10,000 and 100,000 articles, each against its target.

    python tests/bench/suite.py [--data ../shared/data/news/articles.jsonl] [--runs 5] [--jobs 1]
                                [--sizes 10000,100000] [--work DIR] [--rebuild] [--quick]

The libraries are built from the news corpus once and kept in --work (tests/bench/libraries.py:
the 2,701 real articles, then copies, each with its original's analysis); the first run
takes several minutes to build them, later runs reuse them. Each figure is printed for
both sizes with its growth factor, and that growth applied once more as an estimate for a
library ten times the larger one. Every figure is a median over --runs, with its baseline
measured in the same run where it has one. The import figure analyses the corpus afresh
each run (--quick: its first 500 articles).

Where the reader is timed as a user sees it (first paint, list on screen, keys), it runs
on a pseudo-terminal of 160×48 (first_paint.py, interaction.py).
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from first_paint import first_paint
from interaction import key_figures
from libraries import ROOT, bench_library, cli_env, read_corpus, run_cli, write_corpus

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
DEFAULT_WORK = Path(tempfile.gettempdir()) / "newsreader-bench"

APP_MEMORY = """
import sys
from pathlib import Path
from tui.app import NewsreaderApp
async def listed(pilot):
    app = pilot.app
    while not app.indexed:  # the list filled and the filters indexed: all the app holds before spaCy
        await pilot.pause(0.05)
    print(app.query_one("#library-list").row_count, 'spacy' in sys.modules)
    app.exit()
NewsreaderApp(Path(sys.argv[1])).run(headless=True, size=(160, 48), auto_pilot=listed)
"""
# One article comes in as a feed refresh brings it: written by another handle on the library,
# then taken in by the reader as it does every second (its watch reads the new line of the
# index's log, the article joins the indexed set and the list). Removed again after.
APP_ADD = """
import statistics, sys, time
from pathlib import Path
from store.article import Article
from store.library import Library
from tui.app import NewsreaderApp
async def add(pilot):
    app = pilot.app
    while not app.indexed:
        await pilot.pause(0.05)
    other = Library(app.library.path)
    written, taken = [], []
    for n in range(int(sys.argv[2])):
        article = Article.new(f"Benchmark addition {n} at {time.time()}.", title=f"Benchmark addition {n}")
        t = time.perf_counter(); other.add([article]); written.append(time.perf_counter() - t)
        t = time.perf_counter(); app.watch_library(); taken.append(time.perf_counter() - t)
        assert app.query_one("#library-list").id_at(0) == article.id
        await pilot.pause()
        other.remove(article.id)
        app.watch_library()
    print(statistics.median(written) * 1000, statistics.median(taken) * 1000)
    app.exit()
NewsreaderApp(Path(sys.argv[1])).run(headless=True, size=(160, 48), auto_pilot=add)
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
    """Wall seconds, peak RSS (MB: not measured here, 0) and stdout of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=cli_env())
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
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=cli_env())
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv[:4])} failed: {err.strip().splitlines()[-2:-1]}")
    return time.perf_counter() - start, int(err.strip().splitlines()[-1]) / 1024, out


def median(values) -> float:
    return statistics.median(list(values))


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
    console = Console(width=90, file=io.StringIO())  # wraps text, writes nothing
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


def figures_for(db: Path, runs: int) -> dict[str, float]:
    fig = in_process_figures(db, runs)
    fig["open_list_ms"] = median(
        float(run([sys.executable, "-c", LIST_PY, str(db)])[2].split()[0]) for _ in range(runs)
    )
    fig["mark_read_ms"] = float(run([sys.executable, "-c", MARK_PY, str(db), str(runs * 4)])[2])
    fig.update(first_paint(db, runs))
    fig["paint_ratio"] = fig["paint_ms"] / fig["empty_paint_ms"]
    fig["listed_ratio"] = fig["listed_ms"] / fig["empty_paint_ms"]
    fig.update(key_figures(db, runs))
    added = run([sys.executable, "-c", APP_ADD, str(db), str(runs)])[2].split()
    fig["add_ms"], fig["take_in_ms"] = float(added[0]), float(added[1])
    rss, spacy_loaded = [], False
    for _ in range(runs):
        _, peak, out = run_rss([sys.executable, "-c", APP_MEMORY, str(db)])
        rss.append(peak)
        spacy_loaded |= out.split()[1] == "True"
    fig["app_rss_mb"] = max(rss)
    fig["spacy_at_start"] = float(spacy_loaded)
    from views import drop_unanalysed, view_figures  # here: views.py imports this module

    fig["dropped"] = drop_unanalysed(db)  # the views are timed with no analysis running beside them
    fig.update(view_figures(db, runs))
    return fig


def import_figure(rows: list[dict], count: int, jobs: int) -> tuple[float, float]:
    """Seconds to import and analyse `count` real articles, and for a bare nlp.pipe over their texts."""
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real.jsonl"
        write_corpus(rows, count, real)
        ours = run_cli("add", str(real), "--db", str(Path(tmp) / "lib" / "library.json"), "--jobs", str(jobs))
        bare, _, _ = run([sys.executable, "-c", BARE_PIPE, str(real), str(jobs)])
    return ours, bare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1, help="processes for the analysis (import figure, first build)")
    parser.add_argument("--sizes", default="10000,100000", help="two library sizes, smaller first")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="where the libraries are built and kept")
    parser.add_argument("--rebuild", action="store_true", help="build the libraries again")
    parser.add_argument("--quick", action="store_true", help="500 articles for the import figure")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    small_n, big_n = (int(s) for s in args.sizes.split(","))
    rows = read_corpus(args.data)
    if args.rebuild:
        for size in (small_n, big_n):
            (args.work / f"lib{size}" / "built.json").unlink(missing_ok=True)
    dbs = {size: bench_library(rows, size, args.work, args.jobs) for size in (small_n, big_n)}
    results = {size: figures_for(db, args.runs) for size, db in dbs.items()}
    n = 500 if args.quick else len(rows)
    ours, bare = import_figure(rows, n, args.jobs)
    report(results[small_n], results[big_n], small_n, big_n)
    verdict = "met" if bare / ours >= 0.85 else "MISSED"
    print(f"import + analysis of {n:,} articles: {ours:.1f} s; bare nlp.pipe: {bare:.1f} s; "
          f"throughput {bare / ours:.2f}× of bare (target ≥ 0.85×, --jobs {args.jobs}) {verdict}")
    return 0


def report(small: dict[str, float], big: dict[str, float], small_n: int, big_n: int) -> None:
    """One line a figure: both sizes, the growth, that growth applied once more, the target and whether each size meets it.

    A target is an upper bound for each size (None: no target at that size); "mark read" is bounded by its growth.
    """
    rows = [
        ("cold start to first paint / empty Textual app", "paint_ratio", (1.3, 1.3)),
        ("  first paint, ms", "paint_ms", None),
        ("  empty Textual app's first paint, ms", "empty_paint_ms", None),
        ("cold start to the list on screen / empty app", "listed_ratio", (1.3, 1.5)),
        ("  list on screen (newest title shown), ms", "listed_ms", None),
        ("filter, per key (key to frame), ms", "filter_key_ms", (50, 50)),
        ("  slowest key, ms", "filter_key_max_ms", None),
        ("  a key that changes nothing in the list, ms", "filter_echo_ms", None),
        ("  by entity (ArticleSet only), ms", "filter_entity_ms", (50, 50)),
        ("  by speaker (ArticleSet only), ms", "filter_speaker_ms", (50, 50)),
        ("  by text (ArticleSet only), ms", "filter_text_ms", (50, 50)),
        ("  build the filter index once, ms", "filter_index_ms", None),
        ("show another article, G / g (key to frame), ms", "show_ms", (100, 100)),
        (f"  open + render a {big['render_5k_chars']:,.0f}-char article, ms", "render_5k_ms", (50, 50)),
        (f"  open + render a {big['render_100k_chars']:,.0f}-char article, ms", "render_100k_ms", (300, 300)),
        ("mark read, m (key to frame), ms", "mark_key_ms", None),
        ("  mark read (Library.set_state), ms", "mark_read_ms", "growth"),
        ("add one article (Library.add), ms", "add_ms", None),
        ("  the reader takes it in (its watch: log, index, list), ms", "take_in_ms", None),
        ("open the library and list (Library), ms", "open_list_ms", (100, None)),
        ("app peak RSS with the library listed, MB", "app_rss_mb", (200, None)),
        ("Speakers view (S) open, ms (views.py)", "speakers_open_ms", (300, 300)),
        ("  nothing made ahead, ms", "speakers_open_cold_ms", None),
        ("Speakers view filter, per key, ms", "speakers_key_ms", (50, 50)),
        ("Timeline view (T) open, ms", "timeline_open_ms", (300, 300)),
        ("  nothing made ahead, ms", "timeline_open_cold_ms", None),
        ("Timeline view filter, per key, ms", "timeline_key_ms", (50, 50)),
    ]
    decades = math.log10(big_n / small_n)
    print(f"{'figure':52}{small_n:>10,}{big_n:>10,}{'growth':>9}{big_n * 10:>12,}  target")
    for label, key, limits in rows:
        growth = big[key] / small[key] if small[key] else 0
        estimate = big[key] * growth ** (1 / decades) if growth else 0  # the same growth for one more ×10
        if limits is None:
            target = ""
        elif limits == "growth":
            target = f"growth ≤ 1.5×: {'met' if growth <= 1.5 else 'MISSED'}"
        else:
            target = ", ".join(
                f"≤ {limit:g} at {n:,}: {'met' if fig[key] <= limit else 'MISSED'}"
                for limit, n, fig in zip(limits, (small_n, big_n), (small, big), strict=True) if limit is not None
            )
        print(f"{label:52}{small[key]:>10.1f}{big[key]:>10.1f}{growth:>8.2f}×{estimate:>12.1f}  {target}")
    print(f"spaCy imported before first paint: {'yes' if big['spacy_at_start'] else 'no'}")


if __name__ == "__main__":
    raise SystemExit(main())
