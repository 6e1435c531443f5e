"""Two months joined by a slash name a trading period: "May/July backwardation", "options on cargoes of Apr/May",
"June/July barges offered at 120 pct".

Trade talk writes a shipment, delivery or spread period as "<month>/<month>", and a period still dealt in has not
yet run out. The tense reads each month alone, so a past verb ("the spread settled", "sold for") sends a period not
yet begun a year back. Figures told of months gone are written so too ("output fell in January/February against
November/December"), but those months lie just behind the report; so the period moves a year on only when its
months a year on lie nearer the report than where the tense put them, and no year is named beside it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..types import DateMention
from .value_shapes import bare_month

# a year of its own in the sentence: the period is that year's, not one still dealt in
_YEAR_NAMED = re.compile(r"(?i)\b(?:1[89]|20)\d\d\b|\b(?:last|previous|prior|past) year\b|\byears? (?:ago|earlier)\b")


def _index(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])


def slash_periods_ahead(text: str, mentions: list[DateMention], ref: date | None) -> list[DateMention]:
    """Each pair of bare months joined by a slash, wholly behind the report, moved a year on when that puts it
    nearer the report."""
    if ref is None:
        return mentions
    out = list(mentions)
    at = ref.year * 12 + ref.month
    for i in range(1, len(out)):
        m, n = out[i - 1], out[i]
        if text[m.end:n.start] != "/" or not (bare_month(m) and bare_month(n)):
            continue
        first, last = _index(m.value), _index(n.value)
        if last < first or last >= at or first + 12 - at >= at - last:
            continue
        if _YEAR_NAMED.search(text[m.sentence_start:m.sentence_end]):
            continue
        out[i - 1] = replace(m, value=f"{int(m.value[:4]) + 1:04d}{m.value[4:]}")
        out[i] = replace(n, value=f"{int(n.value[:4]) + 1:04d}{n.value[4:]}")
    return out
