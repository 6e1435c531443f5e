"""Inferred reference dates on Wikinews, through `newsreader analyze` as any user would run it.

    /work/venv/bin/python tests/eval/reference_eval.py [--data-dir ../shared/data] [--wrong 50]

Takes the Wikinews articles of news/articles.jsonl (their `published` is the real date),
leaves out the held-out ones, runs `python -m tui.cli analyze` on their texts without the
date, and prints how many got an inferred reference date, how many of those are the real
date (and, apart, within a day of it), and the wrong ones. A wrong date is worse than none:
every relative date in the article moves with it, so rightness comes before coverage.

It also prints what the texts hold that could pin a date at all (a full date with its year; a
weekday beside a day of the month), and what the tempting rule "a day of the month whose weekday
agrees with a weekday the article names, in a year the text names" would give: the ceiling on
coverage, and why agreement alone is no pin.
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ["NEWSREADER_STRICT_ANALYSIS"] = "1"  # a component that fails stops the evaluation, not lowers it
# never evaluated on here: kept for the final checks of other work
HELD_OUT = {
    "wikinews-2019-007", "wikinews-2019-046", "wikinews-2019-144", "wikinews-2019-012",
    "wikinews-2019-097", "wikinews-2019-121", "wikinews-2019-138", "wikinews-2019-104",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--wrong", type=int, default=50, help="how many wrong dates to list")
    args = ap.parse_args(argv)
    source = args.data_dir / "news" / "articles.jsonl"
    if not source.is_file():
        print(f"reference_eval: no articles at {source}; nothing to evaluate.")
        return 0
    real: dict[str, date] = {}
    texts: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with source.open(encoding="utf-8") as fh, inp.open("w", encoding="utf-8") as dst:
            for line in fh:
                article = json.loads(line)
                wikinews = article["id"].startswith("wikinews-") and article.get("published")
                if not wikinews or article["id"] in HELD_OUT:
                    continue
                real[article["id"]] = date.fromisoformat(article["published"][:10])
                texts[article["id"]] = article["text"]
                dst.write(json.dumps({"id": article["id"], "text": article["text"]}) + "\n")
        started = time.perf_counter()
        with out.open("w") as fh:
            subprocess.run([sys.executable, "-m", "tui.cli", "analyze", str(inp)], stdout=fh, check=True, cwd=ROOT)
        print(f"analyze: {time.perf_counter() - started:.1f} s for {len(real)} Wikinews articles")
        inferred: dict[str, date] = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            result = json.loads(line)
            ref = result.get("reference_date") or {}
            if ref.get("source") == "inferred" and ref.get("value"):
                inferred[result["id"]] = date.fromisoformat(ref["value"])
    n, given = len(real), len(inferred)
    exact = [i for i, d in inferred.items() if d == real[i]]
    near = [i for i, d in inferred.items() if abs((d - real[i]).days) == 1]
    wrong = sorted((i for i in inferred if abs((inferred[i] - real[i]).days) > 1), key=lambda i: i)

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "-"

    print(f"articles:               {n}")
    print(f"reference date given:   {given} ({pct(given, n)} of articles)")
    print(f"  equal to published:   {len(exact)} ({pct(len(exact), given)} of those given)")
    print(f"  one day off:          {len(near)} ({pct(len(near), given)})")
    print(f"  further off:          {len(wrong)} ({pct(len(wrong), given)})")
    if wrong or near:
        print(f"\nwrong (inferred, published), first {args.wrong}:")
        for i in (sorted(wrong) + sorted(near))[: args.wrong]:
            print(f"  {i}: {inferred[i]} vs {real[i]} ({(inferred[i] - real[i]).days:+d} days)")
    print_what_texts_hold(texts, real)
    return 0


def _full_date(words: str, months: dict[str, int]) -> date | None:
    parts = re.findall(r"[A-Za-z]+|\d+", words)
    try:
        (day,) = [int(p) for p in parts[:2] if p.isdigit()]
        (month,) = [months[p.lower()] for p in parts[:2] if not p.isdigit()]
        return date(int(parts[2]), month, day)
    except (KeyError, ValueError):
        return None


def print_what_texts_hold(texts: dict[str, str], real: dict[str, date]) -> None:
    sys.path.insert(0, str(ROOT))  # the lexicon of the checkout being evaluated
    from store.analysis.dates.lexicon import MONTHS, WEEKDAYS
    from store.analysis.dates.reference import _DAY_MONTH as day_month  # the engine's own reading of "3 September"
    from store.analysis.dates.reference import agreeing_days

    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    weekdays = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
    full = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{months})|(?:{months})\.?\s+\d{{1,2}}),?\s+\d{{4}}\b", re.IGNORECASE)
    weekday = re.compile(rf"\b({weekdays})\b", re.IGNORECASE)
    year = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
    counts = {"full": 0, "full near": 0, "weekday": 0, "weekday and day": 0}
    agreement = {"right": 0, "within a week": 0, "further off": 0}
    for i, text in texts.items():
        named = {WEEKDAYS[m.group(1).lower()] for m in weekday.finditer(text)}
        days = list(day_month.finditer(text))
        fulls = [_full_date(m.group(0), MONTHS) for m in full.finditer(text)]
        counts["full"] += bool(fulls)
        counts["full near"] += any(d and abs((d - real[i]).days) <= 7 for d in fulls)
        counts["weekday"] += bool(named)
        counts["weekday and day"] += bool(named and days)
        found = set()
        for y in {int(y) for y in year.findall(text)}:
            agreeing = agreeing_days(text, y, named)
            if len(agreeing) == 1:
                found |= agreeing
        if len(found) == 1:
            off = abs((found.pop() - real[i]).days)
            agreement["right" if off == 0 else "within a week" if off <= 7 else "further off"] += 1
    n = len(texts)
    print("\nwhat the texts hold (an upper bound on what can be pinned):")
    print(f"  a full date with its year:               {counts['full']} of {n}")
    print(f"    one within a week of the article's day: {counts['full near']} of {n}")
    print(f"  a weekday:                               {counts['weekday']} of {n}")
    print(f"  a weekday and a day of the month:        {counts['weekday and day']} of {n}")
    print("  weekday agreement in a year the text names, were it a rule: "
          + ", ".join(f"{k} {v}" for k, v in agreement.items()))


if __name__ == "__main__":
    sys.exit(main())
