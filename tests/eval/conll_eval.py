"""Entity mentions against CoNLL-2003 English gold (Reuters news of 1996, never read for the rules before round 14).

    python tests/eval/conll_eval.py --data DIR [--split train|valid|test] [--bare] [--errors N]

The CoNLL-2003 data is not shipped with newsreader nor in ../shared: DIR holds `train.txt`, `valid.txt` and
`test.txt` in the usual four-column or two-column BIO form with `-DOCSTART-` lines (public copies on GitHub).
Each document becomes an article: the all-capitals headline as its title, the dateline ("LONDON 1996-08-30")
written as wire copy writes it ("LONDON, Aug 30 -"), one paragraph per sentence. Sports results (headlines opening
with a sport) and articles under 400 characters are left out, as tables of scores are not what the reader reads.
Runs `python -m tui.cli analyze` as any user would (or, with --bare, the model's own `doc.ents`, for the baseline)
and prints mention-level precision, recall and F1 for PER, ORG and LOC (our GPE, LOC and FAC are LOC there), and
the type accuracy on mentions whose span matches exactly. Develop on train and valid; report test, never read it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
SPORTS = {"soccer", "cricket", "tennis", "golf", "cycling", "athletics", "rugby", "baseball", "basketball", "nfl", "nba",
          "nhl", "boxing", "motor", "motorcycling", "formula", "horse", "racing", "skiing", "swimming", "badminton",
          "squash", "ice", "hockey", "olympics", "sailing", "rowing", "snooker", "yachting", "judo", "wrestling",
          "volleyball", "handball"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "$"}
COARSE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def documents(path: Path):
    """Each document as a list of sentences of (token, tag)."""
    doc: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("-DOCSTART-") or not line:
            if sent:
                doc.append(sent)
                sent = []
            if line and doc:
                yield doc
                doc = []
            continue
        parts = line.split()
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def render(sentences) -> tuple[str, list[tuple[int, int, str]]]:
    """The text, words spaced as print spaces them, and the gold mentions as character offsets."""
    out, gold, pos = [], [], 0
    for k, sent in enumerate(sentences):
        if k:
            out.append("\n\n")
            pos += 2
        open_quote, prev, cur = False, None, None
        for tok, tag in sent:
            space = prev is not None and tok not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER
            if tok == '"':
                space = space and not open_quote
                open_quote = not open_quote
            elif prev == '"' and open_quote:
                space = False
            if space:
                out.append(" ")
                pos += 1
            start, pos = pos, pos + len(tok)
            out.append(tok)
            kind = tag[2:]
            if tag.startswith("B-") or tag.startswith("I-") and (cur is None or cur[2] != kind):
                if cur:
                    gold.append(tuple(cur))
                cur = [start, pos, kind]
            elif tag.startswith("I-"):
                cur[1] = pos
            elif cur:
                gold.append(tuple(cur))
                cur = None
            prev = tok
        if cur:
            gold.append(tuple(cur))
    return "".join(out), gold


def articles(path: Path) -> list[dict]:
    found = []
    for n, doc in enumerate(documents(path)):
        head = " ".join(t for t, _ in doc[0])
        words = head.split(" - ")[0].lower().split()
        rest = doc[1:]
        if not rest or not re.fullmatch(r"\d{4}-\d\d-\d\d", rest[0][-1][0]) or words[:1] and (
                words[0] in SPORTS or len(words) > 1 and words[1] in SPORTS):
            continue
        day = date.fromisoformat(rest[0][-1][0])
        dateline = rest[0][:-1] + [(",", "O"), (MONTHS[day.month - 1], "O"), (str(day.day), "O"), ("-", "O")]
        text, gold = render([dateline + (rest[1] if len(rest) > 1 else []), *rest[2:]])
        if len(text) >= 400:
            found.append({"id": f"conll-{path.stem}-{n:03d}", "title": head.title(), "text": text,
                          "source": "Reuters", "published": day.isoformat(), "gold": gold})
    return found


def predictions(arts: list[dict], bare: bool) -> dict[str, list[tuple[int, int, str]]]:
    if bare:
        from store.analysis.pipeline import build_pipeline

        nlp = build_pipeline()
        names = [n for n in nlp.pipe_names if n not in ("tok2vec", "tagger", "parser", "attribute_ruler",
                                                         "lemmatizer", "ner", "senter")]
        with nlp.select_pipes(disable=names):
            return {a["id"]: [(e.start_char, e.end_char, e.label_) for e in doc.ents]
                    for a, doc in zip(arts, nlp.pipe(a["text"] for a in arts))}
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("".join(json.dumps({k: a[k] for k in ("id", "title", "text", "source", "published")}) + "\n"
                                 for a in arts), encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "tui.cli", "analyze", str(batch)], cwd=ROOT,
                             capture_output=True, text=True, check=True)
    out = {}
    for line in run.stdout.splitlines():
        rec = json.loads(line)
        out[rec["id"]] = [(e["start"], e["end"], e["label"]) for e in rec["entities"]]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="folder with train.txt, valid.txt, test.txt")
    ap.add_argument("--split", default="valid", choices=("train", "valid", "test"))
    ap.add_argument("--bare", action="store_true", help="score the model's own entities, without newsreader's rules")
    ap.add_argument("--errors", type=int, default=0, help="list this many mistakes (never on test)")
    args = ap.parse_args()
    arts = articles(args.data / f"{args.split}.txt")
    pred = predictions(arts, args.bare)
    counts: Counter = Counter()
    exact = right = 0
    errors = []
    for a in arts:
        gold = {(s, e): t for s, e, t in a["gold"] if t in ("PER", "ORG", "LOC")}
        got = {(s, e): COARSE[label] for s, e, label in pred.get(a["id"], []) if label in COARSE}
        for span, kind in got.items():
            counts[kind, "tp" if gold.get(span) == kind else "fp"] += 1
        for span, kind in gold.items():
            if got.get(span) != kind:
                counts[kind, "fn"] += 1
                errors.append((a["id"], a["text"][span[0]:span[1]], kind, got.get(span)))
            if span in got:
                exact += 1
                right += got[span] == kind
    print(f"CoNLL-2003 {args.split}: {len(arts)} articles{' (model alone)' if args.bare else ''}")
    total = Counter()
    for kind in ("PER", "ORG", "LOC", "all"):
        tp, fp, fn = ((sum(counts[k, x] for k in ("PER", "ORG", "LOC")) for x in ("tp", "fp", "fn"))
                      if kind == "all" else (counts[kind, x] for x in ("tp", "fp", "fn")))
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        total[kind] = 2 * p * r / max(1e-9, p + r)
        print(f"  {kind:4} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * total[kind]:5.1f}  (gold {tp + fn})")
    print(f"  type right on exactly matched spans: {100 * right / max(1, exact):.1f} % ({right}/{exact})")
    if args.errors and args.split == "test":
        sys.exit("errors are never listed for the test split")
    for doc_id, text, kind, got in errors[: args.errors]:
        print(f"  {doc_id}  {text!r}  gold {kind}, got {got or 'nothing'}")


if __name__ == "__main__":
    main()
