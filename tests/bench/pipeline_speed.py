"""The analysis pipeline's throughput against a bare `nlp.pipe` of the same model, in one run.

    python tests/bench/pipeline_speed.py [--data ../shared/data/news/articles.jsonl] [--count 1000] [--runs 3]

Both sides see the same texts. The bare side is `spacy.load` of the model with nothing
added; our side is `analyze_many`, the path `newsreader add` and `analyze` take: the
paragraph component, the entities, quotes and dates components, and the Analysis
records built from the Doc. The runs alternate, bare then ours, so both see the same
noise; each figure is the median over --runs. Target (issue #3): at least 0.85×.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
BATCH = 32


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--count", type=int, default=1000, help="articles to analyse per run")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    import spacy

    from store.analysis import analyze_many, build_pipeline
    from store.model import model_name

    texts = []
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.count:
                break
    chars = sum(map(len, texts))
    bare_nlp = spacy.load(model_name(None))
    ours_nlp = build_pipeline()
    for_ours = [(text, None) for text in texts]
    # one short warm-up each, so neither side pays first-call costs (lazy tables, caches) in the timing
    list(bare_nlp.pipe(texts[:8]))
    list(analyze_many(ours_nlp, for_ours[:8]))

    bare, ours = [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        for _ in bare_nlp.pipe(texts, batch_size=BATCH):
            pass
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _ in analyze_many(ours_nlp, for_ours, batch_size=BATCH):
            pass
        ours.append(time.perf_counter() - t)
    b, o = statistics.median(bare), statistics.median(ours)
    ratio = b / o
    print(f"{len(texts):,} articles, {chars / 1e6:.1f} M characters, median of {args.runs} runs")
    print(f"bare nlp.pipe ({bare_nlp.meta['name']}): {b:.1f} s, {len(texts) / b:.1f} articles/s")
    print(f"newsreader pipeline:             {o:.1f} s, {len(texts) / o:.1f} articles/s")
    print(f"throughput {ratio:.2f}× of bare (target ≥ 0.85×) {'met' if ratio >= 0.85 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
