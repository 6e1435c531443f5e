"""The library filter's cost per key typed, in the process (no terminal): what `ArticleSet.where` takes for
each prefix of a query, typed one key at a time over the whole library, beside a plain substring test of the
same keys (what the filter cost before it matched at word starts only).

    python tests/bench/filter_keys.py [--size 100000] [--runs 9] [--code OTHER_CHECKOUT] [--cpu]

The library is made of the news corpus's titles and sources, repeated up to --size rows as the benchmark
libraries repeat them (tests/bench/libraries.py), without writing one: the filter reads only the index.
The first figure of a query is its first key's over a fresh index (what a reader pays once the library
changed); the others are medians over --runs. --code measures another checkout's store/ the same way; --cpu
times the process's CPU, steadier than the wall clock where other work shares the machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

from libraries import ROOT

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
QUERIES = ("tariff", "oil price", "s")  # interaction.py's, and a letter that ends a possessive


def articles(data: Path, size: int):
    from store.article import ArticleInfo

    rows = [json.loads(line) for line in data.open(encoding="utf-8")]
    added = datetime(2025, 1, 1)
    return [
        ArticleInfo(f"a{n:06d}", rows[n % len(rows)]["title"], rows[n % len(rows)].get("source", ""),
                    date(2025, 1, 1), "", added, 0)
        for n in range(size)
    ]


clock = time.perf_counter


def ms(call) -> float:
    start = clock()
    call()
    return (clock() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose store/ is measured")
    parser.add_argument("--cpu", action="store_true", help="time the process's CPU, not the wall clock")
    args = parser.parse_args()
    if args.cpu:
        global clock
        clock = time.process_time
    if not args.data.exists():
        print(f"no news corpus at {args.data} (--data)")
        return 1
    sys.path.insert(0, str(args.code.resolve()))
    from store.articleset import ArticleSet

    infos = articles(args.data, args.size)
    everything = ArticleSet.of(infos)
    everything.where("a")  # as the reader does once the library is read: the first key finds the filter ready
    keys = [f"{i.title}\n{i.source}".lower() for i in infos]
    print(f"{args.size:,} articles, store/ of {args.code.resolve()}, {'CPU' if args.cpu else 'wall'} time")
    print(f"{'typed':14}{'matches':>9}{'first, ms':>11}{'per key, ms':>13}{'substring, ms':>15}")
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            typed = query[:end]
            if not typed.strip():
                continue
            fresh = ArticleSet.of(infos)  # a new index, as after an article came in
            gc.collect()
            gc.freeze()  # as the reader does once the library is indexed: no collection of the index mid-key
            first = ms(lambda: fresh.where(typed))  # noqa: B023 (timed at once)
            per_key = statistics.median(ms(lambda: everything.where(typed)) for _ in range(args.runs))  # noqa: B023
            last = typed.split()[-1]
            plain = statistics.median(ms(lambda: [k for k in keys if last in k]) for _ in range(args.runs))  # noqa: B023
            print(f"{typed!r:14}{len(everything.where(typed)):>9,}{first:>11.1f}{per_key:>13.1f}{plain:>15.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
