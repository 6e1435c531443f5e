"""What each part of the analysis pipeline costs, and our pipeline against a bare `nlp.pipe`, as work done.

    python tests/bench/pipeline_cost.py [--count 150] [--runs 3]         # CPU time, a few minutes
    python tests/bench/pipeline_cost.py --instructions [--count 8]       # instructions (valgrind), 10 min or more

pipeline_speed.py times the two pipelines by the clock; on a machine shared with other work that
figure moves by several per cent from one run to the next, more than most single changes move it.
This script gives the figures a change can be judged by:

- the cost of each stage of our pipeline over the same articles: making the Doc (the tokenizer
  plus our text bookkeeping), each pipe component in pipeline order (the model's, then
  newsreader's paragraph, entities, dates and quotes components), and the Analysis records built
  from the Doc; each with its share of the whole and the total of newsreader's own stages;
- the bare model's `nlp.pipe` and our `analyze_many` over the same articles, whole, and their ratio
  (bare / ours, the throughput figure of issue #12, target >= 0.85x).

By default the costs are CPU time (time.process_time), which leaves out the time other processes
held the cores: each run goes through the stages then the whole pipelines, bare and ours taking
turns chunk by chunk (ABBA), and each figure is the median of --runs runs. With --instructions the
script runs itself under valgrind (callgrind) and counts the instructions of each stage instead,
which the machine's load does not move: use a small --count (valgrind is some 50 times slower).
An instruction count is not a time (cache misses are not in it, and the model's matrix products
run other code under valgrind than on the bare CPU), so the bare/ours ratio by instructions sits
apart from the timed one; what a change of our code does to it, it does to the time.

The articles are the first --count of the corpus (as in pipeline_speed.py), after --warmup more
that each pipeline runs first so that lazy tables and caches are built before anything is measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from pipeline_speed import read_texts  # the same articles, read the same way

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
BATCH = 32
OURS = ("newsreader_", "records")  # the stages that are ours, by prefix (make_doc is nearly all the tokenizer)


class CpuMeter:
    """Charges the CPU time between two switches to the stage that was running."""

    def __init__(self) -> None:
        self.costs: dict[str, float] = defaultdict(float)
        self.stage: str | None = None
        self.since = time.process_time()

    def switch(self, stage: str | None) -> None:
        now = time.process_time()
        if self.stage is not None:
            self.costs[self.stage] += now - self.since
        self.stage, self.since = stage, time.process_time()


class CallgrindMeter:
    """Under callgrind: each switch dumps the counts since the last one, labelled with the stage that ran;
    the outer process adds the dumps up by label (a dump costs ~0.3 M instructions, charged to no stage)."""

    def __init__(self) -> None:
        self.stage: str | None = None
        self.pid = str(os.getpid())

    def switch(self, stage: str | None) -> None:
        label = self.stage or "unmeasured"  # callgrind_control takes "--dump=-" for a dump without a label
        subprocess.run(["callgrind_control", f"--dump={label}", self.pid],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        self.stage = stage


def staged(nlp, texts: list[str], switch: Callable[[str | None], None]) -> None:
    """The work of analyze_many, a stage at a time over each batch, so each stage can be measured alone."""
    from store.analysis.pipeline import _as_written, _merge, _shifted, make_doc, pieces, to_analysis

    for k in range(0, len(texts), BATCH):
        batch = texts[k : k + BATCH]
        switch("make_doc")
        cut = [pieces(text) for text in batch]
        docs = [make_doc(nlp, piece, None) for parts in cut for _, piece in parts]
        for name, proc in nlp.pipeline:
            switch(name)
            docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        switch("records")
        at = 0
        for text, parts in zip(batch, cut):
            found = [_shifted(to_analysis(doc), offset) for doc, (offset, _) in zip(docs[at : at + len(parts)], parts)]
            _as_written(_merge(found), text)
            at += len(parts)
    switch(None)


def whole(bare_nlp, ours_nlp, texts: list[str], switch: Callable[[str | None], None], run: int) -> None:
    """Both pipelines over the texts in chunks, taking turns (ABBA) so that a busy spell falls on both."""
    from store.analysis import analyze_many

    for k in range(0, len(texts), BATCH):
        chunk = texts[k : k + BATCH]
        order = ("bare", "ours") if (run + k // BATCH) % 2 == 0 else ("ours", "bare")
        for side in order:
            switch(side)
            if side == "bare":
                for _ in bare_nlp.pipe(chunk, batch_size=BATCH):
                    pass
            else:
                for _ in analyze_many(ours_nlp, [(text, None) for text in chunk], batch_size=BATCH):
                    pass
    switch(None)


def measure(args: argparse.Namespace, meter) -> None:
    sys.path.insert(0, str(ROOT))
    import spacy

    from store.analysis import analyze_many, build_pipeline
    from store.model import model_name

    everything = read_texts(args.data, args.count + args.warmup)
    texts, warm = everything[: args.count], everything[args.count :]
    bare_nlp = spacy.load(model_name(None))
    ours_nlp = build_pipeline()
    for _ in bare_nlp.pipe(warm, batch_size=BATCH):
        pass
    for _ in analyze_many(ours_nlp, [(text, None) for text in warm]):
        pass
    staged(ours_nlp, warm, lambda stage: None)
    for run in range(args.runs):
        def switch(stage: str | None, run: int = run) -> None:
            meter.switch(stage and f"{run}:{stage}")  # each run's costs apart, for their median

        staged(ours_nlp, texts, switch)
        whole(bare_nlp, ours_nlp, texts, switch, run)


def report(costs: dict[str, float], unit: str, scale: float) -> None:
    """Prints the stages' median costs and shares, and bare/ours by the whole runs."""
    by_stage: dict[str, list[float]] = defaultdict(list)
    for label, cost in costs.items():
        _run, stage = label.split(":", 1)
        by_stage[stage].append(cost)
    med = {stage: statistics.median(values) for stage, values in by_stage.items()}
    stages = [s for s in med if s not in ("bare", "ours")]
    total = sum(med[s] for s in stages)
    ours = sum(med[s] for s in stages if s.startswith(OURS))
    print(f"{'stage':28} {unit:>12} {'share':>7}")
    for stage in stages:
        mark = " *" if stage.startswith(OURS) else ""
        print(f"{stage:28} {med[stage] * scale:12,.2f} {100 * med[stage] / total:6.1f}%{mark}")
    print(f"{'all stages':28} {total * scale:12,.2f} {100.0:6.1f}%")
    print(f"{'ours (* above)':28} {ours * scale:12,.2f} {100 * ours / total:6.1f}%  "
          f"(the model's stages {(total - ours) * scale:,.2f})")
    if "bare" in by_stage and "ours" in by_stage:
        ratios = [b / o for b, o in zip(by_stage["bare"], by_stage["ours"])]
        print(f"whole: bare nlp.pipe {med['bare'] * scale:,.2f}, analyze_many {med['ours'] * scale:,.2f} {unit}")
        print(f"bare / ours: {statistics.median(ratios):.3f}x (runs {min(ratios):.3f}-{max(ratios):.3f}; "
              f"target >= 0.85x)")


def callgrind_costs(args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "cg.out"
        argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                "--inside-callgrind", "--data", str(args.data), "--count", str(args.count),
                "--runs", str(args.runs), "--warmup", str(args.warmup)]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        costs: dict[str, float] = defaultdict(float)
        for dump in Path(work).glob("cg.out.*"):
            label = count = None
            for line in dump.read_text().splitlines():
                if line.startswith("desc: Trigger: dump "):
                    label = line.removeprefix("desc: Trigger: dump ")
                elif line.startswith("summary:"):
                    count = int(line.split()[1])
            if label and label != "unmeasured" and count is not None:
                costs[label] += count
        return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--count", type=int, default=None, help="articles measured (150; 8 with --instructions)")
    parser.add_argument("--runs", type=int, default=None, help="runs, each figure their median (3; 1 with --instructions)")
    parser.add_argument("--warmup", type=int, default=None,
                        help="articles each pipeline runs first, unmeasured (16; 4 with --instructions)")
    parser.add_argument("--instructions", action="store_true", help="count instructions under valgrind")
    parser.add_argument("--inside-callgrind", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    counting = args.instructions or args.inside_callgrind
    args.count = args.count or (8 if counting else 150)
    args.warmup = args.warmup if args.warmup is not None else (4 if counting else 16)
    args.runs = args.runs or (1 if counting else 3)
    if not args.data.is_file():
        print(f"no corpus at {args.data}: pass --data PATH to articles.jsonl", file=sys.stderr)
        return 2
    if args.inside_callgrind:
        measure(args, CallgrindMeter())
        return 0
    print(f"{args.count} articles, {args.runs} run(s), {args.warmup} warm-up articles; "
          f"load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.instructions:
        if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
            print("valgrind (with callgrind_control) is not installed: no count", file=sys.stderr)
            return 1
        report(callgrind_costs(args), "M instr", 1e-6)
    else:
        meter = CpuMeter()
        measure(args, meter)
        report(meter.costs, "CPU s", 1.0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
