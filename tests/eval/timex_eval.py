"""TempEval-3 evaluation of newsreader_dates, through `newsreader analyze` as any user would run it.

    /work/venv/bin/python tests/eval/timex_eval.py [--split train|platinum] [--data-dir ../shared/data]
                                                   [--errors 30]

Runs, from the checkout: to_scorer.py input -> python -m tui.cli analyze -> to_scorer.py timex
-> score_timex.py, and prints the scorer's table. Develop on train; platinum is the final figure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ["NEWSREADER_STRICT_ANALYSIS"] = "1"  # a component that fails stops the evaluation, not lowers it
FILES = {"train": "te3_train.jsonl", "platinum": "te3_platinum_test.jsonl"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", choices=sorted(FILES), default="train")
    ap.add_argument("--errors", type=int, default=30)
    args = ap.parse_args(argv)
    gold = args.data_dir / "timex" / FILES[args.split]
    eval_dir = args.data_dir.parent / "eval"
    if not gold.is_file() or not (eval_dir / "score_timex.py").is_file():
        print(f"timex_eval: no TempEval data at {gold} (or scorers at {eval_dir}); nothing to evaluate.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        inp, out, pred = tmpd / "in.jsonl", tmpd / "out.jsonl", tmpd / "pred.jsonl"
        with inp.open("w") as fh:
            subprocess.run([sys.executable, str(eval_dir / "to_scorer.py"), "input", str(gold)], stdout=fh, check=True)
        started = time.perf_counter()
        with out.open("w") as fh:
            subprocess.run([sys.executable, "-m", "tui.cli", "analyze", str(inp)], stdout=fh, check=True, cwd=ROOT)
        print(f"analyze: {time.perf_counter() - started:.1f} s for {args.split}")
        with pred.open("w") as fh:
            subprocess.run([sys.executable, str(eval_dir / "to_scorer.py"), "timex", str(out)], stdout=fh, check=True)
        subprocess.run(
            [sys.executable, str(eval_dir / "score_timex.py"), str(gold), str(pred), "--errors", str(args.errors)],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
