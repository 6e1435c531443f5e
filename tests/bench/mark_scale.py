"""Marking an article read, and remembering the one opened, against how many articles are already read.

    python tests/bench/mark_scale.py [--articles 10000] [--read 0,1000,5000,10000] [--marks 20] [--work DIR]

A library of short synthetic articles (the cost of a mark does not depend on the texts) is built
once in --work. For each count of read articles, the library's reading state is emptied, that many
articles are marked read one by one (as a reader does), then a fresh Library, as a new process
would open it, times --marks marks of one article (read, unread, …) and as many "last opened"
changes. Figures are medians, in milliseconds; other work on the machine shows in the maxima.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from store.article import Article
from store.library import Library


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--read", default="0,1000,5000,10000", help="counts of read articles, comma-separated")
    parser.add_argument("--marks", type=int, default=20)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsreader-mark-bench")
    args = parser.parse_args()
    db = args.work / "library.json"
    library = Library(db)
    if len(library) < args.articles:
        library.add([Article.new(f"Article number {n} of the mark benchmark.", title=f"Story {n}")
                     for n in range(len(library), args.articles)])
    ids = [info.id for info in library.infos()]
    target = ids[len(ids) // 2]
    print(f"{len(ids)} articles; set_state and last_opened, ms (median, max of {args.marks})")
    for count in (int(c) for c in args.read.split(",")):
        for article_id in library.states():
            library.set_state(article_id, read=False, starred=False)
        start = time.perf_counter()
        for article_id in ids[:count]:
            if article_id != target:
                library.set_state(article_id, read=True)
        prefill = time.perf_counter() - start
        fresh = Library(db)
        fresh.states()
        marks, opened = [], []
        for n in range(args.marks):
            t = time.perf_counter()
            fresh.set_state(target, read=n % 2 == 0)
            marks.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            fresh.last_opened = ids[n % len(ids)]
            opened.append((time.perf_counter() - t) * 1000)
        print(f"{count:>7} read: mark {statistics.median(marks):6.2f} (max {max(marks):5.1f})   "
              f"last opened {statistics.median(opened):6.2f} (max {max(opened):5.1f})   "
              f"[marking them took {prefill:.1f} s]")


if __name__ == "__main__":
    main()
