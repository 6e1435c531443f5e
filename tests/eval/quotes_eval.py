"""Evaluate newsreader's quotes on PolNeAR (an evaluation script, not a pytest test).

Runs exactly the documented steps: to_scorer.py input -> `newsreader analyze` -> to_scorer.py quotes
-> score_quotes.py, for all kinds and for direct quotes only. Develop on dev/train; test is for the
final figure. Only the articles of the requested splits are analysed, to keep iterations short.

    /work/venv/bin/python tests/eval/quotes_eval.py --splits dev [--data-dir /work/shared] [--examples 5]

--dated gives each article the publication date in its id ("outlet_2016-05-24_title"), so that the dates kept with
--keep carry values for a diff of date rules; the documented steps give none, and the figures are made without it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ["NEWSREADER_STRICT_ANALYSIS"] = "1"  # a component that fails stops the evaluation, not lowers it


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default="/work/shared", help="holds data/quotes/polnear.jsonl and eval/")
    ap.add_argument("--splits", default="dev", help="comma list: dev,train (test only for the final figure)")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--keep", default="", help="folder to keep the intermediate files in")
    ap.add_argument("--dated", action="store_true", help="analyse each article against the date in its id")
    args = ap.parse_args()

    data = Path(args.data_dir)
    gold = data / "data" / "quotes" / "polnear.jsonl"
    to_scorer, scorer = data / "eval" / "to_scorer.py", data / "eval" / "score_quotes.py"
    if not (gold.exists() and to_scorer.exists() and scorer.exists()):
        print(f"quotes_eval: PolNeAR data or scorers not found under {data}; nothing to evaluate.")
        return 0
    work = Path(args.keep or tempfile.mkdtemp(prefix="quotes_eval_"))
    work.mkdir(parents=True, exist_ok=True)
    splits = set(args.splits.split(","))
    ids = {json.loads(line)["id"] for line in gold.open(encoding="utf-8")
           if line.strip() and json.loads(line).get("split") in splits}

    full_in = subprocess.run([sys.executable, str(to_scorer), "input", str(gold)],
                             check=True, capture_output=True, text=True).stdout
    q_in = work / "q_in.jsonl"
    rows = [json.loads(line) for line in full_in.splitlines() if line.strip()]
    rows = [row for row in rows if row["id"] in ids]
    if args.dated:
        for row in rows:
            found = re.search(r"_(\d{4}-\d{2}-\d{2})_", row["id"])
            if found:
                row["published"] = found.group(1)
    q_in.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    q_out, q_pred = work / "q_out.jsonl", work / "q_pred.jsonl"
    began = time.perf_counter()
    with q_out.open("wb") as out:
        subprocess.run([sys.executable, "-m", "tui.cli", "analyze", str(q_in)], cwd=ROOT, stdout=out, check=True)
    print(f"analysed {len(ids)} articles in {time.perf_counter() - began:.1f}s")
    with q_pred.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, str(to_scorer), "quotes", str(q_out)], stdout=out, check=True)
    # With --kinds direct the scorer still counts every unmatched prediction of ANY kind as a
    # false positive, so that figure mixes in the indirect finder's precision. The third run is
    # the direct finder on its own: only our direct predictions, against the gold direct quotes.
    direct_pred = work / "q_pred_direct.jsonl"
    with q_pred.open(encoding="utf-8") as src, direct_pred.open("w", encoding="utf-8") as out:
        for line in src:
            row = json.loads(line)
            row["quotes"] = [q for q in row["quotes"] if q.get("kind") == "direct"]
            out.write(json.dumps(row) + "\n")
    for title, predictions, kinds in (("all", q_pred, []), ("direct", q_pred, ["--kinds", "direct"]),
                                      ("direct, our direct predictions only", direct_pred, ["--kinds", "direct"])):
        print(f"== kinds={title}", flush=True)
        subprocess.run([sys.executable, str(scorer), str(gold), str(predictions), "--splits", args.splits,
                        "--examples", str(args.examples), *kinds], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
