"""TempEval-3 evaluation of newsreader_dates, through `newsreader analyze` as any user would run it.

    /work/venv/bin/python tests/eval/timex_eval.py [--split train|platinum|news] [--data-dir ../shared/data]
                                                   [--errors 30] [--classes 20] [--keep DIR]

Runs, from the checkout: to_scorer.py input -> python -m tui.cli analyze -> to_scorer.py timex
-> score_timex.py, and prints the scorer's table. Develop on train; platinum is the final figure.

`--split news` scores eight Wikinews articles of news/articles.jsonl annotated by hand in
news_dates.jsonl beside this script (offsets into the corpus text, values against its
`published` date): relative dates as news writes them, a second development set.
`--classes N` sorts the errors into missed, spurious, wrong extent, wrong type and wrong value
(timex_errors.py) and lists up to N of each; `--keep DIR` leaves the analysis there.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ["NEWSREADER_STRICT_ANALYSIS"] = "1"  # a component that fails stops the evaluation, not lowers it
FILES = {"train": "te3_train.jsonl", "platinum": "te3_platinum_test.jsonl", "news": "news_dates.jsonl"}
NEWS_GOLD = Path(__file__).resolve().parent / FILES["news"]


def _news_gold(data_dir: Path, out: Path) -> bool:
    """The hand annotations joined with their article texts, in the scorer's gold format."""
    corpus = data_dir / "news" / "articles.jsonl"
    if not corpus.is_file():
        return False
    wanted = {json.loads(line)["id"]: json.loads(line) for line in NEWS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    with corpus.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for line in fh:
            art = json.loads(line)
            if art["id"] in wanted:
                doc = dict(wanted[art["id"]], text=art["text"])
                for t in doc["timexes"]:  # the annotation must still sit on the corpus text
                    assert art["text"][t["start"]:t["end"]] == t["text"], (art["id"], t)
                dst.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", choices=sorted(FILES), default="train")
    ap.add_argument("--errors", type=int, default=30)
    ap.add_argument("--classes", type=int, default=None, help="errors by class, listing up to N of each")
    ap.add_argument("--keep", type=Path, help="copy the gold, analysis and prediction files here")
    args = ap.parse_args(argv)
    gold = args.data_dir / "timex" / FILES[args.split]
    eval_dir = args.data_dir.parent / "eval"
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        if args.split == "news":
            gold = tmpd / "gold.jsonl"
            if not _news_gold(args.data_dir, gold):
                gold = args.data_dir / "news" / "articles.jsonl"
        if not gold.is_file() or not (eval_dir / "score_timex.py").is_file():
            print(f"timex_eval: no data at {gold} (or scorers at {eval_dir}); nothing to evaluate.")
            return 0
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
        if args.classes is not None:
            from timex_errors import classify, report

            def load(path: Path) -> dict:
                return {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}

            print()
            print(report(classify(load(gold), load(pred), eval_dir), args.classes))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for f in (gold, out, pred):
                shutil.copy(f, args.keep / f.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
