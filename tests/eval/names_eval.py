"""Canonical speakers and entities on our own annotated articles (tests/eval/names/).

    python tests/eval/names_eval.py [--split dev|test|all] [--data-dir ../shared/data] [--errors] [--ids ID ...]
    python tests/eval/names_eval.py --check [--split all]     # the annotations' spans and labels only

Runs `python -m tui.cli analyze` on the annotated articles, with their publication dates, as
any user would, and prints:
- quote F1: a predicted piece (each span of a quote) matches a gold quote when their letters
  and digits overlap by at least half of the longer; a direct quote's marks do not count.
  An unmatched prediction whose source is unnamed or absent is not counted against us. Among
  equal overlaps a prediction meets the gold quote with its own speaker first, so two sources of
  one statement (two records over the same words) are each matched to theirs;
- speaker accuracy: among matched gold quotes with a named source, the predicted speaker is
  the gold canonical name (case aside, diacritics counted; a second figure ignores them);
- quote + speaker F1: a match with the right speaker (an unnamed gold source accepts any
  unnamed prediction);
- speaker role and affiliation, on quotes whose named speaker is right (one contains the other,
  case aside);
- entity F1 over (canonical name, type) per article, for PERSON, ORG, GPE, LOC and FAC,
  and the same over names alone, to tell naming errors from typing errors.
The annotation conventions are in tests/eval/names/README.md. `--split dev` (the default)
scores the development articles (`part*.jsonl`), which rules may be written from; `test`
scores the held-apart ones (`test-part*.jsonl`), only to check that a rule gains on articles
nobody wrote it from; `all` scores both. An article whose `quotes` is null has its entities
annotated and not its quotes: it counts for the entity figures only.
Before scoring (and alone, with `--check`, without running the engine) every annotation is
checked: each quote's `text` is the article's text[start:end], kinds and labels are known ones.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ["NEWSREADER_STRICT_ANALYSIS"] = "1"  # a component that fails stops the evaluation, not lowers it
GOLD = Path(__file__).resolve().parent / "names"
LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
KINDS = {"direct", "indirect", "mixed"}
QUOTE_FIELDS = {"start", "end", "text", "kind", "speaker", "named", "role", "affiliation"}
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


def letters(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if _ALNUM.match(text[i])}


def overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    la, lb = letters(text, *a), letters(text, *b)
    if not la or not lb:
        return 0.0
    return len(la & lb) / max(len(la), len(lb))


def key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def folded(name: str | None) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key(name)) if not unicodedata.combining(c))


def unnamed(name: str | None) -> bool:
    return not name or name[:1].islower()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    quotes: Tally = field(default_factory=Tally)
    quote_speaker: Tally = field(default_factory=Tally)
    entities: Tally = field(default_factory=Tally)
    entity_names: Tally = field(default_factory=Tally)
    named: int = 0
    speaker_right: int = 0
    speaker_right_folded: int = 0
    roles: Tally = field(default_factory=Tally)  # on quotes with the right named speaker
    affiliations: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)


SPLITS = {"dev": ("part*.jsonl",), "test": ("test-part*.jsonl",), "all": ("part*.jsonl", "test-part*.jsonl")}


def load_gold(split: str) -> list[dict]:
    parts = sorted({part for pattern in SPLITS[split] for part in GOLD.glob(pattern)})
    return [json.loads(line) for part in parts for line in part.open(encoding="utf-8") if line.strip()]


def gold_problems(gold: list[dict], texts: dict[str, str] | None = None) -> list[str]:
    """What is wrong with these annotation records, one line each; with `texts` (id -> article
    text) the spans are checked against the articles too. An empty list means all is well."""
    problems: list[str] = []
    seen: set[str] = set()
    for g in gold:
        gid = g.get("id")
        if gid in seen:
            problems.append(f"{gid}: annotated twice")
        seen.add(gid)
        if texts is not None and gid not in texts:
            problems.append(f"{gid}: not in the corpus")
        quotes, entities = g.get("quotes", ()), g.get("entities")
        if quotes is not None and not isinstance(quotes, list):
            problems.append(f"{gid}: quotes is neither a list nor null")
            quotes = []
        for n, q in enumerate(quotes or ()):
            where = f"{gid} quote {n}"
            if set(q) != QUOTE_FIELDS:
                problems.append(f"{where}: fields {sorted(set(q) ^ QUOTE_FIELDS)} missing or unknown")
                continue
            start, end, text = q["start"], q["end"], q["text"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
                problems.append(f"{where}: bad offsets {start!r}..{end!r}")
            elif not isinstance(text, str) or len(text) != end - start:
                problems.append(f"{where}: text is not {end - start} characters long")
            elif texts is not None and gid in texts and texts[gid][start:end] != text:
                problems.append(f"{where}: text[{start}:{end}] is {texts[gid][start:end][:40]!r}, not {text[:40]!r}")
            if q["kind"] not in KINDS:
                problems.append(f"{where}: unknown kind {q['kind']!r}")
            if not isinstance(q["named"], bool) or (q["named"] and not q["speaker"]):
                problems.append(f"{where}: named is {q['named']!r} for speaker {q['speaker']!r}")
            for name in ("speaker", "role", "affiliation"):
                if q[name] is not None and (not isinstance(q[name], str) or q[name] != q[name].strip() or not q[name]):
                    problems.append(f"{where}: {name} {q[name]!r} is not a trimmed name or null")
        if not isinstance(entities, list):
            problems.append(f"{gid}: entities is not a list")
            continue
        pairs = set()
        for e in entities:
            if e.get("label") not in LABELS or not isinstance(e.get("canonical"), str) or not e["canonical"].strip():
                problems.append(f"{gid}: entity {e!r} needs a name and one of {sorted(LABELS)}")
            elif (e["canonical"], e["label"]) in pairs:
                problems.append(f"{gid}: entity {e['canonical']!r} {e['label']} listed twice")
            pairs.add((e.get("canonical"), e.get("label")))
    return problems


def score_article(text: str, gold: dict, pred: dict, s: Scores) -> None:
    if gold["quotes"] is not None:
        score_quotes(text, gold, pred, s)
    score_entities(gold, pred, s)


def score_quotes(text: str, gold: dict, pred: dict, s: Scores) -> None:
    pieces = [(tuple(span), q) for q in pred["quotes"] for span in q["spans"]]
    # Two sources of one statement are two records over the same words: among equal overlaps, a record
    # is matched to the one with its speaker first.
    pairs = sorted(
        ((overlap(text, (g["start"], g["end"]), span), key(q["speaker"]) == key(g["speaker"]), gi, pi)
         for gi, g in enumerate(gold["quotes"]) for pi, (span, q) in enumerate(pieces)),
        key=lambda p: (-p[0], not p[1], -p[2], -p[3]),
    )
    g_used: dict[int, int] = {}
    p_used: set[int] = set()
    for ov, _, gi, pi in pairs:
        if ov < 0.5:
            break
        if gi in g_used or pi in p_used:
            continue
        g_used[gi] = pi
        p_used.add(pi)
    for gi, g in enumerate(gold["quotes"]):
        if gi not in g_used:
            s.quotes.fn += 1
            s.quote_speaker.fn += 1
            s.errors.append(f"  missed  {g['kind']:8} {g['text'][:70]!r} ({g['speaker']})")
            continue
        s.quotes.tp += 1
        said = pieces[g_used[gi]][1]["speaker"]
        if g.get("named", True) and g["speaker"]:
            s.named += 1
            s.speaker_right += key(said) == key(g["speaker"])
            s.speaker_right_folded += folded(said) == folded(g["speaker"])
            right = key(said) == key(g["speaker"])
            if right:
                piece = pieces[g_used[gi]][1]
                for tally, want, got in ((s.roles, g.get("role"), piece.get("speaker_role")),
                                         (s.affiliations, g.get("affiliation"), piece.get("affiliation"))):
                    agree = bool(want and got) and (key(want) in key(got) or key(got) in key(want))
                    tally.tp += agree
                    tally.fp += bool(got) and not agree
                    tally.fn += bool(want) and not agree
        else:
            right = unnamed(said) or key(said) == key(g["speaker"])
        if right:
            s.quote_speaker.tp += 1
        else:
            s.quote_speaker.fp += 1
            s.quote_speaker.fn += 1
            s.errors.append(f"  speaker {said!r} should be {g['speaker']!r}: {g['text'][:60]!r}")
    for pi, (span, q) in enumerate(pieces):
        if pi in p_used or unnamed(q["speaker"]):
            continue
        s.quotes.fp += 1
        s.quote_speaker.fp += 1
        s.errors.append(f"  extra   {q['kind']:8} {text[span[0]:span[1]][:70]!r} ({q['speaker']})")


def score_entities(gold: dict, pred: dict, s: Scores) -> None:
    want = {(key(e["canonical"]), e["label"]) for e in gold["entities"] if e["label"] in LABELS}
    got = {(key(e["canonical"]), e["label"]) for e in pred["entities"] if e["label"] in LABELS}
    for tally, w, g in ((s.entities, want, got), (s.entity_names, {n for n, _ in want}, {n for n, _ in got})):
        tally.tp += len(w & g)
        tally.fp += len(g - w)
        tally.fn += len(w - g)
    for name, label in sorted(want - got):
        s.errors.append(f"  entity missing {label:6} {name}")
    for name, label in sorted(got - want):
        s.errors.append(f"  entity extra   {label:6} {name}")


def read_articles(corpus: Path, wanted: set[str]) -> dict[str, dict]:
    """The corpus records of these article ids."""
    articles = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in wanted:
                articles[record["id"]] = record
    return articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--errors", action="store_true", help="list every mistake, article by article")
    ap.add_argument("--ids", nargs="*", help="only these articles")
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev",
                    help="dev: part*.jsonl (default); test: the held-apart test-part*.jsonl; all: both")
    ap.add_argument("--check", action="store_true", help="only check the annotations against the texts")
    args = ap.parse_args(argv)
    corpus = args.data_dir / "news" / "articles.jsonl"
    if not corpus.exists():
        print(f"names_eval: {corpus} is absent; the texts are read from there", file=sys.stderr)
        return 2
    gold = load_gold(args.split)
    if args.ids:
        gold = [g for g in gold if g["id"] in args.ids]
    articles = read_articles(corpus, {g["id"] for g in gold})
    problems = gold_problems(gold, {i: a["text"] for i, a in articles.items()})
    if problems or args.check:
        print("\n".join(problems) or f"{len(gold)} annotated articles: every span is its text, kinds and labels known")
        return 1 if problems else 0
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "in.jsonl"
        batch.write_text("".join(
            json.dumps({"id": i, "text": a["text"], "published": a["published"]}) + "\n" for i, a in articles.items()
        ))
        run = subprocess.run([sys.executable, "-m", "tui.cli", "analyze", str(batch)], cwd=ROOT,
                             capture_output=True, text=True, check=False)
    if run.returncode:
        print(run.stderr, file=sys.stderr)
        return 1
    preds = {p["id"]: p for p in map(json.loads, run.stdout.splitlines())}
    total = Scores()
    for g in gold:
        text = articles[g["id"]]["text"]
        before = len(total.errors)
        score_article(text, g, preds[g["id"]], total)
        if args.errors and len(total.errors) > before:
            print(g["id"])
            print("\n".join(total.errors[before:]))
    quotes = sum(len(g["quotes"] or ()) for g in gold)
    print(f"{args.split} split: {len(gold)} articles, {quotes} gold quotes ({total.named} matched with a named source), "
          f"{sum(len(g['entities']) for g in gold)} gold entities")
    rows = [("entity (name + type)", total.entities), ("entity (name only)", total.entity_names)]
    if quotes:  # the test split has entities only
        rows = [("quote", total.quotes), ("quote + speaker", total.quote_speaker), *rows,
                ("speaker role", total.roles), ("speaker affiliation", total.affiliations)]
    print(f"{'figure':24} {'P':>6} {'R':>6} {'F1':>6}")
    for name, tally in rows:
        p, r, f = tally.f1()
        print(f"{name:24} {p:6.1f} {r:6.1f} {f:6.1f}")
    if total.named:
        print(f"speaker right among matched named quotes: {100 * total.speaker_right / total.named:.1f} % "
              f"({total.speaker_right}/{total.named}); diacritics ignored: "
              f"{100 * total.speaker_right_folded / total.named:.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
