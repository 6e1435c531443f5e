"""Library figures at 1k and 10k articles: import, list, open, mark read, disk, memory.

    python tests/bench/library_scale.py [--data ../shared/data/news/articles.jsonl] [--runs 5]

The libraries are built from the news corpus: its first 2,701 articles as they are,
then copies with a marker appended to the text (so each copy has its own id).
Whole commands run as subprocesses of the installed `newsreader`; figures are medians.
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

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "articles.jsonl"

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


def corpus(path: Path, count: int) -> list[dict]:
    real = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = []
    for n in range(count):
        row = dict(real[n % len(real)])
        if n >= len(real):
            row["text"] += f"\n\n(Benchmark copy {n}.)"
        rows.append(row)
    return rows


def run(argv: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and stdout of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{argv[:3]} failed with exit {proc.returncode}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def median(values: list[float]) -> float:
    return statistics.median(values)


def bench(size: int, data: Path, runs: int, work: Path) -> dict[str, float]:
    folder = work / f"lib{size}"
    folder.mkdir()
    source = work / f"articles{size}.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for row in corpus(data, size):
            out.write(json.dumps(row) + "\n")
    db = folder / "library.json"
    cli = shutil.which("newsreader") or sys.exit("install newsreader first (pip install .)")
    seconds, import_rss, _ = run([cli, "add", str(source), "--db", str(db), "--no-analyze"])
    list_cli = [run([cli, "list", "--db", str(db)]) for _ in range(runs)]
    list_py = [run([sys.executable, "-c", LIST_PY, str(db)])[2].split() for _ in range(runs)]
    mark = float(run([sys.executable, "-c", MARK_PY, str(db), str(runs * 4)])[2])
    return {
        "import_s": seconds,
        "import_rss_mb": import_rss,
        "list_cli_s": median([r[0] for r in list_cli]),
        "list_cli_rss_mb": max(r[1] for r in list_cli),
        "articles": float(list_py[0][1]),
        "open_list_py_ms": median([float(r[0]) for r in list_py]),
        "mark_read_ms": mark,
        "disk_mb": disk_mb(folder),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        results = {size: bench(size, args.data, args.runs, Path(tmp)) for size in sizes}
    labels = {
        "articles": "articles stored (duplicate texts skipped)",
        "import_s": "import (newsreader add JSONL), s",
        "import_rss_mb": "import peak RSS, MB",
        "list_cli_s": "newsreader list, whole process, s",
        "list_cli_rss_mb": "newsreader list peak RSS, MB",
        "open_list_py_ms": "open + list from Python, ms",
        "mark_read_ms": "mark one article read, ms",
        "disk_mb": "size on disk, MB",
    }
    header = f"{'figure':42}" + "".join(f"{size:>12,}" for size in sizes)
    if len(sizes) == 2:
        header += f"{'growth':>10}"
    print(header)
    for key, label in labels.items():
        line = f"{label:42}" + "".join(f"{results[s][key]:>12.2f}" for s in sizes)
        if len(sizes) == 2 and results[sizes[0]][key]:
            line += f"{results[sizes[1]][key] / results[sizes[0]][key]:>9.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
