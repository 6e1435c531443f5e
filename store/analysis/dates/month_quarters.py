"""A quarter named by its months, as Australian, New Zealand and Japanese figures write it: "the March quarter"
(the one ending in March), "the October/December quarter", "the April-June quarter". The months place it;
read as a month, it would be one month of the three."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import DateMention
from .comparisons import YEAR_BACK_WORDS
from .lexicon import MONTHS
from .value_shapes import MONTH_VALUE

# the same stretch a year back ("a year earlier", "the year-ago period")
_YEAR_BACK = re.compile(rf"(?i)^{YEAR_BACK_WORDS}(?: period)?$")
# months joined by dashes or slashes, the whole mention, a year after them at most: "January-March",
# "(October-November-December)", "Jul/Sep 1986", "the July-September period"
_RUN = re.compile(r"(?i)^(?:the\s+)?([a-z]+)\.?((?:\s*[-/]\s*[a-z]+\.?)+)(?:,?\s+\d{4})?(?:\s+period)?$")


def month_quarter(toks: list[str]) -> list[str] | None:
    """The words with the quarter read as its last month ("the march quarter" -> "the march"), or None."""
    if len(toks) < 2 or toks[-1] != "quarter":
        return None
    months = toks[-2].split("/")
    if len(months) == 1 and len(toks) > 2 and toks[-3] in MONTHS and toks[-3] != "may":
        months = [toks[-3], toks[-2]]  # "january march quarter", as clean() leaves "January-March quarter"
        toks = toks[:-1]
    if len(months) > 2 or not all(m in MONTHS for m in months) or months == ["may"]:
        return None
    last = MONTHS[months[-1]]
    if len(months) == 2 and (MONTHS[months[0]] - 1) // 3 != (last - 1) // 3:
        return None  # "the June/July quarter" is no calendar quarter
    return toks[:-2] + [months[-1]]


def quarter_of(month_value: str) -> str:
    """ "1987-03" -> "1987-Q1"."""
    return f"{month_value[:4]}-Q{(int(month_value[5:7]) - 1) // 3 + 1}"


def quarter_runs(mentions: list[DateMention]) -> list[DateMention]:
    """A run of months that fills one calendar quarter ("the rise in the January-March period", "the late
    (October-November-December) crop") is that quarter, not its last month, which is how the month reading left it;
    the year the month was given is kept, and a year-back comparison in its sentence that the month had set ("...
    against 6.9 billion a year earlier") becomes that quarter a year back. Other runs ("Oct-Sept", "November-June")
    are left as they were."""
    out = list(mentions)
    for i, m in enumerate(out):
        run = _RUN.match(m.text) if m.type == "DATE" and MONTH_VALUE.match(m.value or "") else None
        if not run:
            continue
        words = [run.group(1)] + re.split(r"\s*[-/]\s*", run.group(2).strip(" -/"))
        months = [MONTHS.get(w.lower().rstrip(".")) for w in words]
        first = months[0]
        if None in months or "may" in (w.lower() for w in words) or first % 3 != 1 or months[-1] != first + 2 \
                or months != sorted(set(months)) or int(m.value[5:7]) != first + 2:
            continue
        out[i] = replace(m, value=quarter_of(m.value))
        back = f"{int(m.value[:4]) - 1:04d}{m.value[4:]}"
        for j in range(i + 1, len(out)):
            o = out[j]
            if o.sentence_start == m.sentence_start and o.value == back and _YEAR_BACK.match(o.text):
                out[j] = replace(o, value=quarter_of(back))
    return out
