"""An hour told in words: "at 4 in the morning", "until ten at night", "by six o'clock".

A statement quoted in a story gives its hours as people say them, with the part of the day where a clock would have
"a.m." or "p.m.". The model tags neither the hour nor, most often, the part, so a time of day TimeBank marks
("4 in the morning", a TIME at 04:00) was lost. The expression is found here after a word that places a time
("at", "by", "until" ...), so that a count of things done in the morning ("two in the morning session", "scored
3 in the evening") stays out, and read as the clock with "a.m." or "p.m." it stands for.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import lowers
from .lexicon import NUMBERS

# the words that place a time before the hour: "at 4 in the morning", "from seven in the evening"
_PLACING = {"at", "by", "until", "till", "til", "around", "about", "from", "before", "after", "to", "since", "past"}
# the part of the day after the hour, and whether it is the morning's side of the clock
_PARTS = {("in", "the", "morning"): "am", ("in", "the", "afternoon"): "pm", ("in", "the", "evening"): "pm",
          ("at", "night"): "pm"}
_HOUR = re.compile(r"^(1[0-2]|0?[1-9])(?::([0-5]\d))?$")
_SPELLED = {w: n for w, n in NUMBERS.items() if " " not in w and 1 <= n <= 12 and w not in ("a", "an")}


def _hour(word: str) -> tuple[int, int] | None:
    if m := _HOUR.match(word):
        return int(m.group(1)), int(m.group(2) or 0)
    if word in _SPELLED:
        return _SPELLED[word], 0
    return None


def _part_after(low: list[str], i: int) -> int:
    """How many words after the hour at `i` tell the part of the day ("o'clock" and the part both counted)."""
    k = i + 1
    if k < len(low) and low[k] == "o'clock":
        k += 1
    for words in _PARTS:
        if tuple(low[k:k + len(words)]) == words:
            return k + len(words) - i - 1
    return k - i - 1


def spoken_hour_spans(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Token spans of hours told in words with "o'clock" or the part of the day after them, placed by a word
    such as "at" or "until" before them."""
    low = lowers(doc)
    out = []
    for i in range(1, len(low)):
        if low[i - 1] not in _PLACING or _hour(low[i]) is None or i in covered:
            continue
        told = _part_after(low, i)
        if not told:
            continue
        end = i + 1 + told
        if end < len(doc) and doc[end].pos_ == "NOUN":
            continue  # "at 10 in the morning session" counts sessions, if anything
        if covered.isdisjoint(range(i, end)):
            out.append((i, end))
            covered.update(range(i, end))
    return out


def as_clock(toks: list[str]) -> list[str]:
    """The cleaned words of an hour told in words written as the clock the date rules read: "4 in the morning"
    -> "4 am", "ten at night" -> "10 pm", "six o'clock" -> "6:00"; any other expression as it was."""
    if not toks or (hour := _hour(toks[0])) is None:
        return toks
    rest = toks[1:]
    if rest[:1] == ["o'clock"]:
        rest = rest[1:]
        if not rest:
            return [f"{hour[0]}:{hour[1]:02d}"]
    side = _PARTS.get(tuple(rest))
    if side is None:
        return toks
    return [f"{hour[0]}:{hour[1]:02d}" if hour[1] else str(hour[0]), side]
