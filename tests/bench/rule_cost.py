"""What each rule of newsreader's entities, dates and quotes components costs, in CPU time.

    python tests/bench/rule_cost.py [--count 120] [--top 40]

pipeline_cost.py says which stage costs what; this says which step inside our three stages does: every
function a component module calls (each rule of entities/component.py, the date finders of
dates/component.py, the quote steps and the CueFinder methods of quotes/component.py) is timed where the
component calls it, once per call from the component (what it calls in turn is in its figure). Use it to
find what to make cheaper; cProfile's per-call cost on every small function distorts these figures.

The articles are the first --count of the corpus after --warmup more (lazy tables loaded before timing).
Only timings are printed, never an article's text or analysis.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
import types
from collections import Counter
from pathlib import Path

from pipeline_speed import read_texts  # the same articles, read the same way

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
BATCH = 32


def timed(costs: Counter, calls: Counter, label: str, fn, inside: list[int]):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if inside[0]:  # a timed step calling another: its cost is already counted
            return fn(*args, **kwargs)
        inside[0] += 1
        began = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            costs[label] += time.process_time() - began
            calls[label] += 1
            inside[0] -= 1
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--warmup", type=int, default=8)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from store.analysis import build_pipeline
    from store.analysis.dates import component as dates
    from store.analysis.entities import component as entities
    from store.analysis.pipeline import make_doc
    from store.analysis.quotes import component as quotes
    from store.analysis.quotes.cue_finder import CueFinder

    costs: Counter = Counter()
    calls: Counter = Counter()
    inside = [0]
    for module, prefix in ((entities, "entities"), (dates, "dates"), (quotes, "quotes")):
        for name, fn in list(vars(module).items()):
            if isinstance(fn, types.FunctionType) and fn.__module__.startswith("store.analysis"):
                setattr(module, name, timed(costs, calls, f"{prefix}.{name}", fn, inside))
    for name, fn in list(vars(CueFinder).items()) + list(vars(quotes.QuoteComponent).items()):
        if isinstance(fn, types.FunctionType) and name.startswith("_") and not name.startswith("__"):
            setattr(CueFinder if name in vars(CueFinder) else quotes.QuoteComponent, name,
                    timed(costs, calls, f"quotes.{name}", fn, inside))

    everything = read_texts(args.data, args.count + args.warmup)
    texts, warm = everything[: args.count], everything[args.count :]
    nlp = build_pipeline()
    for _ in nlp.pipe(warm, batch_size=BATCH):
        pass
    costs.clear()
    calls.clear()
    stages: Counter = Counter()
    docs = [make_doc(nlp, text, None) for text in texts]
    for name, proc in nlp.pipeline:
        began = time.process_time()
        docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        stages[name] += time.process_time() - began
    print(f"{args.count} articles; CPU s of each stage, then of each step our stages call (the rest of a "
          f"stage is its own glue and the steps below the top {args.top})")
    for name, cost in stages.items():
        print(f"  {name:44} {cost:8.3f}{' *' if name.startswith('newsreader_') else ''}")
    print(f"{'step':46} {'CPU s':>8} {'calls':>8}")
    for label, cost in costs.most_common(args.top):
        print(f"  {label:44} {cost:8.3f} {calls[label]:8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
