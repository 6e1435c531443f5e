"""The cue words of cues.json: speech verbs and nouns, titles, labels that name no one."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "cues.json"


@lru_cache(maxsize=1)
def cues() -> dict:
    with open(_DATA, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def report_verbs() -> frozenset[str]:
    """The lemmas of the verbs that report speech or a stance ("said", "expects"), for a membership test per token."""
    return frozenset(cues()["verbs"])


@lru_cache(maxsize=1)
def saying_verbs() -> frozenset[str]:
    """The verbs of saying and the reporting verbs together ("said", "added", "expects"): a verb a report may hang
    on, for the rules that ask whether a clause or a participle sits under one."""
    return frozenset(cues()["speech_verbs"]) | report_verbs()
