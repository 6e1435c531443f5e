"""Errors of a timex prediction, sorted into the classes that call for different fixes.

    missed    a gold expression no prediction overlaps
    spurious  a prediction that overlaps no gold expression
    extent    matched (overlapping), but not the same characters
    type      matched, another TIMEX3 type
    value     matched, another value

A matched pair may be in several classes (a wrong extent often brings a wrong value). Pairs are
matched one to one as the scorer matches them, on every type (not only DATE).
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

CLASSES = ("missed", "spurious", "extent", "type", "value")


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score_timex", eval_dir / "score_timex.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def classify(gold_docs: dict, pred_docs: dict, eval_dir: Path) -> list[tuple]:
    """(class, doc id, gold text, gold type, gold value, predicted text, type, value, context) rows."""
    match = _scorer(eval_dir).match
    rows = []
    for did, gd in gold_docs.items():
        text = gd.get("text", "")
        gold = gd.get("timexes", [])
        pred = pred_docs.get(did, {}).get("timexes", [])
        pairs = match(gold, pred)

        def around(t, text=text):  # this article's text
            return text[max(0, t["start"] - 50):t["end"] + 30].replace("\n", " ")

        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            wrong = []
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                wrong.append("extent")
            if g.get("type") != p.get("type"):
                wrong.append("type")
            if (g.get("value") or "").strip().upper() != (p.get("value") or "").strip().upper():
                wrong.append("value")
            for kind in wrong:
                rows.append((kind, did, g["text"], g.get("type"), g.get("value"), p["text"], p.get("type"), p.get("value"), around(g)))
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                rows.append(("missed", did, g["text"], g.get("type"), g.get("value"), "", "", "", around(g)))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                rows.append(("spurious", did, "", "", "", p["text"], p.get("type"), p.get("value"), around(p)))
    return rows


def report(rows: list[tuple], limit: int) -> str:
    counts = Counter(r[0] for r in rows)
    out = ["errors by class: " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CLASSES)]
    for kind in CLASSES:
        mine = [r for r in rows if r[0] == kind]
        if not mine or not limit:
            continue
        out.append(f"\n## {kind} ({len(mine)})")
        for r in mine[:limit]:
            _, did, gt, gty, gv, pt, pty, pv, ctx = r
            out.append(f"{did}\tgold {gt!r} {gty} {gv}\tpred {pt!r} {pty} {pv}\t… {ctx} …")
    return "\n".join(out)
