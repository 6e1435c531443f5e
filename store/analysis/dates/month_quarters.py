"""A quarter named by its months, as Australian, New Zealand and Japanese figures write it: "the March quarter"
(the one ending in March), "the October/December quarter", "the April-June quarter". The months place it;
read as a month, it would be one month of the three."""

from __future__ import annotations

from .lexicon import MONTHS


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
