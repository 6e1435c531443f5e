"""Two weekdays a day apart, named close together in one sentence, are most often two days running: "envoys meet on
Thursday and Friday", "the fair opens Saturday and may spill over into Sunday". Each alone is placed by the
tense and the report's weekday, and told on a Friday the first goes to the coming Thursday while the second stays
the report's own day, or falls a week back. The second is the day after the first when its reading falls before it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..types import DateMention
from .lexicon import WEEKDAYS
from .value_shapes import FULL_DAY

_GAP = 40  # characters between the two: "Thursday and Friday", "Saturday and may spill over into Sunday"


def _weekday(m: DateMention) -> int | None:
    return WEEKDAYS.get(m.text.lower().rstrip(".")) if m.type == "DATE" and FULL_DAY.match(m.value) else None


def next_days_run_on(text: str, mentions: list[DateMention]) -> list[DateMention]:
    out = list(mentions)
    for i in range(1, len(out)):
        m, n = out[i - 1], out[i]
        first, second = _weekday(m), _weekday(n)
        if first is None or second != (first + 1) % 7 or m.sentence_start != n.sentence_start \
                or n.start - m.end > _GAP or any(c in text[m.end:n.start] for c in ".;:\n"):
            continue
        if n.value < m.value:
            out[i] = replace(n, value=(date.fromisoformat(m.value) + timedelta(days=1)).isoformat())
    return out
