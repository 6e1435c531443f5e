"""A quarter told ahead: "production at the new oven line will start in the third quarter", "the ferries'
purchase should be completed in the second quarter".

An earnings story labels its quarters in the year of the one it reports, and in the year's first months that is
often last year (a fourth quarter reported in February). A quarter the story looks ahead to cannot be one that
closed half a year or more before the report: told in March, "will start in the second quarter" is this year's,
though the story's only quarter pulled it into the year before. A quarter just gone keeps its year when told
ahead, since its figures are still to come ("expects fourth-quarter profit to rise", told in February).
"""

from __future__ import annotations

from datetime import date


def coming_quarter_year(year: int, quarter: int, ref: date | None, tense: str | None) -> int:
    """The year of `quarter` read in `year`: a year later when the sentence looks ahead (`tense` "future" or
    "would") and that quarter ended two quarters or more before the report's own."""
    if ref is None or tense not in ("future", "would"):
        return year
    current = ref.year * 4 + (ref.month - 1) // 3
    return year + 1 if current - (year * 4 + quarter - 1) >= 2 else year
