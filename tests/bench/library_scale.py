"""Library figures at 1k and 10k articles: import, list, open, mark read, disk, memory.

    python tests/bench/library_scale.py [--data ../shared/data/news/articles.jsonl] [--runs 5]

The libraries are built from the news corpus: its first 2,701 articles as they are,
then copies with a marker appended to the text (so each copy has its own id).
Whole commands run as subprocesses of the installed `newsreader`; figures are medians.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libraries import write_corpus
from suite import DEFAULT_DATA, LIST_PY, MARK_PY, median
from suite import run_rss as run


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def bench(size: int, data: Path, runs: int, work: Path) -> dict[str, float]:
    folder = work / f"lib{size}"
    folder.mkdir()
    source = work / f"articles{size}.jsonl"
    write_corpus([json.loads(line) for line in data.open(encoding="utf-8")], size, source)
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
