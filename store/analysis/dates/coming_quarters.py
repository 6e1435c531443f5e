"""A quarter told ahead: "production at the new oven line will start in the third quarter", "the ferries'
purchase should be completed in the second quarter".

An earnings story labels its quarters in the year of the one it reports, and in the year's first months that is
often last year (a fourth quarter reported in February). A quarter the story looks ahead to cannot be one that
closed half a year or more before the report: told in March, "will start in the second quarter" is this year's,
though the story's only quarter pulled it into the year before. A quarter just gone keeps its year when told
ahead, since its figures are still to come ("expects fourth-quarter profit to rise", told in February).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from .lexicon import FORECAST_ADJECTIVES, FORECAST_VERBS
from .value_shapes import QUARTER_VALUE

# a quarter named by its number alone: "the third quarter", "second-quarter", "the 3rd quarter", "the fourth fiscal
# quarter"
_NUMBERED_QUARTER = re.compile(r"(?i)^(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th)(?: fiscal)?[ -]quarters?$")


def coming_quarter_year(year: int, quarter: int, ref: date | None, tense: str | None) -> int:
    """The year of `quarter` read in `year`: a year later when the sentence looks ahead (`tense` "future" or
    "would") and that quarter ended two quarters or more before the report's own."""
    if ref is None or tense not in ("future", "would"):
        return year
    return year + 1 if _quarters_back(year, quarter, ref) >= 2 else year


def forecast_quarter(doc: Doc, s: int, e: int) -> bool:
    """ "expects the mill to report a small loss for the third quarter", "Acme forecast 40 cts a share in the second
    quarter", "qualification is expected by the fourth quarter": a quarter named by its number under a verb that
    tells it ahead (a forecast verb, or one with a modal: "should report"), which reads it as told ahead whatever
    the verb's own tense; the caller keeps that reading only where the tense's own put the quarter half a year or
    more before the report (closed_before)."""
    if not _NUMBERED_QUARTER.match(doc[s:e].text):
        return False
    after = [t.lower_ for t in doc[e:e + 2] if not t.is_punct]
    if after[:1] in (["ending"], ["ended"]):
        return False  # "its second quarter ending October 31": the firm's own label, which its end day places
    return any(
        t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in FORECAST_VERBS or any(c.tag_ == "MD" for c in t.children))
        or t.dep_ == "acomp" and t.lower_ in FORECAST_ADJECTIVES  # "was likely to cut rates in the second quarter"
        for t in doc[e - 1].ancestors
    )


def closed_before(value: str, ref: date | None) -> bool:
    """Whether the quarter `value` ("1986-Q3") ended two quarters or more before the report's own: too long
    gone for figures or events still told ahead ("expects third-quarter sales to approximate the second
    quarter's", told in the fiscal third quarter, keeps the second quarter where the story's labels put it)."""
    if ref is None or not QUARTER_VALUE.match(value or ""):
        return False
    return _quarters_back(int(value[:4]), int(value[-1]), ref) >= 2


def _quarters_back(year: int, quarter: int, ref: date) -> int:
    return ref.year * 4 + (ref.month - 1) // 3 - (year * 4 + quarter - 1)
