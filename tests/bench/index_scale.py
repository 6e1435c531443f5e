"""The library's index at 10,000 and 100,000 articles: list --json, add of one article, import, compaction.

    python tests/bench/index_scale.py [--data ../shared/data/news/articles.jsonl] [--runs 7]
                                      [--sizes 10000,100000] [--baseline CHECKOUT] [--work DIR]

Libraries are built as the other benchmarks build them (suite.write_corpus): the corpus's 2,701
articles, then copies with a marker appended to the text, each its own article; imported with
`newsreader add --no-analyze`. Every figure is the median of --runs runs of the installed
`newsreader` command, as a whole process (wall clock, and CPU time, which other work on the
machine disturbs less). With --baseline, the same commands run from another checkout (e.g. the
release before this index: `git worktree add /tmp/old 3c06913`) on a library that checkout
built, interleaved run by run with this one, so that both see the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from suite import DEFAULT_DATA, ROOT, write_corpus

COMPACT_PY = """
import sys, time
from store.library import Library
lib = Library(sys.argv[1])
with lib.lock:
    lib._fresh()
    t = time.perf_counter(); lib._index.compact(); print(time.perf_counter() - t)
"""


def timed(argv: list[str], code: Path, stdin: bytes | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one process run with `code` first on its path."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=code)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(argv[:3])} failed: {proc.stderr.read().decode()[-300:]}")
    return wall, usage.ru_utime + usage.ru_stime


def build(code: Path, corpus: Path, db: Path, cli: str) -> float:
    wall, _ = timed([cli, "add", str(corpus), "--db", str(db), "--no-analyze"], code)
    return wall


def one_article(folder: Path, n: int) -> Path:
    path = folder / f"one-{n}-{time.time_ns()}.txt"
    path.write_text(f"Title: Benchmark note {n}\n\nA note written for the benchmark, number {n}, at {time.time_ns()}.\n",
                    encoding="utf-8")
    return path


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure(codes: dict[str, Path], dbs: dict[str, Path], runs: int, cli: str, scratch: Path) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, list[float]]] = {name: {} for name in codes}
    for n in range(runs):
        for name, code in codes.items():  # interleaved: both see the same moment's load
            wall, cpu = timed([cli, "list", "--json", "--db", str(dbs[name])], code)
            figures[name].setdefault("list_json_s", []).append(wall)
            figures[name].setdefault("list_json_cpu_s", []).append(cpu)
            wall, cpu = timed([cli, "add", "--no-analyze", str(one_article(scratch, n)), "--db", str(dbs[name])], code)
            figures[name].setdefault("add_one_s", []).append(wall)
            figures[name].setdefault("add_one_cpu_s", []).append(cpu)
    return {name: {k: median(v) for k, v in f.items()} for name, f in figures.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--baseline", type=Path, help="a checkout of another newsreader to measure beside this one")
    parser.add_argument("--work", type=Path, help="keep the libraries here (default: a temporary folder)")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    beside = Path(sys.executable).with_name("newsreader")  # the virtual environment's, when it is not on PATH
    cli = shutil.which("newsreader") or (str(beside) if beside.exists() else None)
    if cli is None:
        sys.exit("install newsreader first (pip install .)")
    codes = {"this": ROOT}
    if args.baseline:
        codes["baseline"] = args.baseline.resolve()
    for code in codes.values():  # as an installed package would be: compiled once, not at every start
        subprocess.run([sys.executable, "-m", "compileall", "-q", "store", "tui"], cwd=code, check=True,
                       capture_output=True)
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="index-scale-")) if args.work is None else args.work
    work.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, dict[str, float]]] = {}
    try:
        for size in sizes:
            corpus = work / f"corpus{size}.jsonl"
            write_corpus(rows, size, corpus)
            dbs = {name: work / f"{name}{size}" / "library.json" for name in codes}
            imports = {}
            for name, code in codes.items():
                shutil.rmtree(dbs[name].parent, ignore_errors=True)
                imports[name] = build(code, corpus, dbs[name], cli)
            results[size] = measure(codes, dbs, args.runs, cli, work)
            for name in codes:
                results[size][name]["import_s"] = imports[name]
            out = subprocess.run([sys.executable, "-c", COMPACT_PY, str(dbs["this"])], capture_output=True,
                                 text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
            results[size]["this"]["compact_s"] = float(out.stdout)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    labels = {
        "list_json_s": "newsreader list --json, s",
        "list_json_cpu_s": "  its CPU time, s",
        "add_one_s": "newsreader add (one article, --no-analyze), s",
        "add_one_cpu_s": "  its CPU time, s",
        "import_s": "import of the whole corpus (--no-analyze), s (1 run)",
        "compact_s": "one compaction of the index, s (1 run)",
    }
    columns = [(size, name) for size in sizes for name in codes]
    print(f"{'figure (median of ' + str(args.runs) + ' runs)':48}" + "".join(f"{f'{s:,} {n}':>20}" for s, n in columns))
    for key, label in labels.items():
        cells = [results[s][n].get(key) for s, n in columns]
        print(f"{label:48}" + "".join(f"{c:>20.3f}" if c is not None else f"{'':>20}" for c in cells))
    if args.baseline:
        for size in sizes:
            this, base = results[size]["this"], results[size]["baseline"]
            print(f"{size:,}: list --json {this['list_json_s'] / base['list_json_s']:.2f}x of the baseline, "
                  f"add {this['add_one_s'] / base['add_one_s']:.2f}x, import {this['import_s'] / base['import_s']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
