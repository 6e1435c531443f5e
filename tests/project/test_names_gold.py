"""The hand annotations of tests/eval/names/ stay sound: spans that are their text, known kinds and labels.

The texts live in ../shared, which a checkout may not have: the checks that need them skip
without it, the others run on the annotation files alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval" / "names_eval.py"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "articles.jsonl"


def _names_eval():
    spec = importlib.util.spec_from_file_location("names_eval", EVAL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


names_eval = _names_eval()


def test_every_annotation_file_is_well_formed() -> None:
    gold = names_eval.load_gold("all")
    assert len(gold) >= 54
    assert names_eval.gold_problems(gold) == []


def test_dev_and_test_splits_share_no_article() -> None:
    dev = {g["id"] for g in names_eval.load_gold("dev")}
    test = {g["id"] for g in names_eval.load_gold("test")}
    assert dev and test and not dev & test
    assert len(dev) + len(test) == len(names_eval.load_gold("all"))


def test_the_test_split_has_its_quotes_annotated() -> None:
    assert all(g["quotes"] for g in names_eval.load_gold("test"))


@pytest.mark.skipif(not CORPUS.exists(), reason="the news corpus of ../shared is absent")
def test_every_span_is_the_text_of_its_article() -> None:
    gold = names_eval.load_gold("all")
    articles = names_eval.read_articles(CORPUS, {g["id"] for g in gold})
    assert names_eval.gold_problems(gold, {i: a["text"] for i, a in articles.items()}) == []


def test_the_check_names_what_is_wrong() -> None:
    text = 'Rouhani said "foreign forces should leave".'
    good = {"start": 14, "end": 41, "text": "foreign forces should leave", "kind": "direct",
            "speaker": "Hassan Rouhani", "named": True, "role": "President", "affiliation": None}
    record = {"id": "a", "quotes": [good], "entities": [{"canonical": "Hassan Rouhani", "label": "PERSON"}]}
    assert names_eval.gold_problems([record], {"a": text}) == []

    shifted = dict(good, start=13, end=40, text="foreign forces should leave")
    odd_kind = dict(good, kind="paraphrase")
    nameless = dict(good, speaker=None)
    bad = {"id": "a", "quotes": [shifted, odd_kind, nameless],
           "entities": [{"canonical": "Rouhani", "label": "NORP"}, {"canonical": "Iran", "label": "GPE"},
                        {"canonical": "Iran", "label": "GPE"}]}
    problems = names_eval.gold_problems([bad, bad], {"a": text})
    assert any("quote 0: text[13:40]" in p for p in problems)
    assert any("quote 1: unknown kind 'paraphrase'" in p for p in problems)
    assert any("quote 2: named is True for speaker None" in p for p in problems)
    assert any("'Rouhani'" in p and "NORP" in p for p in problems)
    assert any("'Iran' GPE listed twice" in p for p in problems)
    assert any(p == "a: annotated twice" for p in problems)
    assert names_eval.gold_problems([{"id": "b", "quotes": None, "entities": []}], {"a": text}) == ["b: not in the corpus"]
