"""Year-on-year comparisons: "exports rose 6.6 pct in May from a year earlier" compares May with the May a
year back, not with the whole year before the report; "grew 3.56 pct in the fourth quarter of 1986 from a year
earlier", in a story of first-quarter figures, compares that fourth quarter, not the reported one."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from ..types import DateMention
from .value_shapes import MONTH_VALUE, QUARTER_VALUE, YEAR_VALUE

# "a year ago", "a year earlier", "the year-ago", "year-earlier": the words of a comparison a year back
YEAR_BACK_WORDS = r"(?:the )?(?:(?:a|one) )?year[- ](?:ago|earlier|before)"
# with the noun they may qualify: "the year-ago month", "the year ago level"
_YEAR_BACK = re.compile(rf"(?i)^{YEAR_BACK_WORDS}(?: (?:month|period|level|levels|figure|figures))?$")
_FIGURE_BEFORE = re.compile(r"(?i)(?:\d|\bpct|\bpercent|%|\bmln|\bmillion|\bbillion|\bdlrs|\bstg)\s*$")
# "the same month last year", "the same month a year ago": a month, whichever sentence named it
_SAME_MONTH_BACK = re.compile(
    r"(?i)^the same month (?:of |in )?(?:last year|a year (?:ago|earlier|before)|the previous year|the year before)$"
)
# "the same month of 1986": the month named before, in the year it gives
_SAME_MONTH_OF = re.compile(r"(?i)^the same month (?:of|in) (\d{4})$")
# "the year-ago month" says it is a month as "the same month last year" does
_YEAR_BACK_MONTH = re.compile(rf"(?i)^{YEAR_BACK_WORDS} month$")
# a year written as a whole one ("1986", "fiscal 1986", "the whole of 1986"), not a run of its months ("January/March
# 1987")
_WHOLE_YEAR = re.compile(r"(?i)^(?:the )?(?:whole of |full year |fiscal |calendar )?\d{4}$")
# "the nine months", "the first six months", "the past two quarters": more than a quarter, less than a year
_SEVERAL_MONTHS = re.compile(r"^P(?:([4-9]|1[01])M|([23])Q)$")


def _months(run: re.Match) -> int:
    return int(run.group(1)) if run.group(1) else 3 * int(run.group(2))


def _quarter_before(ref: date) -> str:
    """The calendar quarter ended last before the report ("1989-Q3" for a report of October 1989)."""
    back = ref - relativedelta(months=3)
    return f"{back.year:04d}-Q{(back.month - 1) // 3 + 1}"


def figure_a_year_back(text: str, m: DateMention) -> bool:
    """ "816 mln a year earlier", "from 5 pct a year ago": the base a figure is compared with, which says
    nothing of the year the sentence's other months are in."""
    return bool(_YEAR_BACK.match(m.text) and _FIGURE_BEFORE.search(text[max(0, m.start - 16) : m.start]))


def year_ago_months(mentions: list[DateMention], ref: date | None, sentences: list[int]) -> list[DateMention]:
    """A year-back comparison whose sentence reports a recent month (the first month it names before it) is
    that month a year back. A month named only in an earlier sentence is not enough ("added 358,000 jobs last
    month. ... wages 3.8 percent higher than a year earlier": TimeBank gives the year), except "the same month
    last year", which says it is a month: then the first recent month of the story. Earnings stories are
    left alone: there the comparison is the reported quarter's (reported_quarter)."""
    if ref is None:
        return mentions
    # a month of figures is one the report looks back on: not more than a year and a month old
    low, high = (ref - relativedelta(months=13)).strftime("%Y-%m"), ref.strftime("%Y-%m")
    out = list(mentions)
    for i, m in enumerate(out):
        named_year = _SAME_MONTH_OF.match(m.text)
        same_month = _SAME_MONTH_BACK.match(m.text) or _YEAR_BACK_MONTH.match(m.text) or named_year
        # "the same month a year ago" comes out a month (the report's own, a year back) before this reads it
        if m.type != "DATE" or not (YEAR_VALUE.match(m.value) or (same_month and MONTH_VALUE.match(m.value))) or not (
            same_month or _YEAR_BACK.match(m.text)
        ):
            continue
        k = bisect_right(sentences, m.sentence_start) - 1
        recent = [o for o in out[:i] if o.type == "DATE" and MONTH_VALUE.match(o.value) and low <= o.value <= high]
        months = [o.value for o in recent if bisect_right(sentences, o.sentence_start) - 1 == k]
        if not months and same_month:
            # "the same month last year" says it is a month: the month of figures the story opened on
            months = [o.value for o in recent]
        if months and named_year:
            out[i] = replace(m, value=f"{named_year.group(1)}{months[0][4:]}")
        elif months:
            out[i] = replace(m, value=f"{int(months[0][:4]) - 1:04d}{months[0][4:]}")
    return out


def year_ago_quarters(
    mentions: list[DateMention], quarterly: str, sentences: list[int], ref: date | None = None
) -> list[DateMention]:
    """In an earnings story a year-back comparison is the reported quarter's (reported_quarter), unless its
    sentence names another quarter just before it: "in the fourth quarter of 1986 from a year earlier" is the
    fourth quarter of 1985. Nor is it the quarter when the sentence sets it against a run of several months:
    "for the nine months, net rose to 40 mln from 31 mln a year earlier" compares those nine months with the
    nine months a year back, which no quarter holds; TIMEX3 has no value for them, so the year they lie in
    when they fit in it: when the story reports the calendar quarter just ended and the run ends with it."""
    ago = f"{int(quarterly[:4]) - 1:04d}{quarterly[4:]}"
    out = list(mentions)
    for i, m in enumerate(out):
        if m.type != "DATE" or m.value != ago or not _YEAR_BACK.match(m.text) or i == 0:
            continue
        before = out[i - 1]
        same = bisect_right(sentences, before.sentence_start) == bisect_right(sentences, m.sentence_start)
        if same and before.type == "DATE" and QUARTER_VALUE.match(before.value) and before.value != quarterly:
            out[i] = replace(m, value=f"{int(before.value[:4]) - 1:04d}{before.value[4:]}")
        elif same and before.type == "DATE" and (
            (YEAR_VALUE.match(before.value) and _WHOLE_YEAR.match(before.text)) or MONTH_VALUE.match(before.value)
        ) and (i == 1 or out[i - 2].sentence_start != before.sentence_start):
            # "GDP rose 2.6 pct in 1986 after 3.4 pct a year earlier", "fiscal 1986 net of 58 mln, up from 22 mln a
            # year ago", "March sales fell to 43 mln from 45 mln a year earlier" in a story that also reports a
            # quarter: the year or month its sentence opened on, a year back; not a period named as a base after
            # another ("at end-March against 9 mln at end-1986 and 8 mln a year earlier" is March's)
            out[i] = replace(m, value=f"{int(before.value[:4]) - 1:04d}{before.value[4:]}")
        elif (
            same
            and before.type == "DURATION"
            and (run := _SEVERAL_MONTHS.match(before.value))
            and _months(run) <= 3 * int(quarterly[-1])
            and ref is not None
            and quarterly == _quarter_before(ref)
        ):
            # only a run that fits in the year up to a calendar quarter lies in one year: the nine months to a
            # fiscal first quarter's March, or to a fiscal third quarter ended in January, began the year before
            out[i] = replace(m, value=ago[:4])
    return out


# "a year ago", "the same period a year ago", "the year-ago", "last year": a year counted back from the report
_REPORT_YEAR_BACK = re.compile(r"(?i)\b(?:(?:a|one|the) year[- ]ago|last year)$")
# a figure's base: a word that sets one figure against another, the figure, up to two words of its unit ("mln",
# "new cars") and an "in" ("from 610 tonnes in the same period a year ago"); "fell to 300 mln last year" is no base
_BASE_BEFORE = re.compile(
    r"(?i)\b(?:from|than|versus|vs\.?|against|compared with)\s+\S*\d\S*(?:\s+[a-z]+){0,2}?\s+(?:in\s+)?$"
)


def base_a_year_back(text: str, m: DateMention) -> bool:
    """ "from 610 tonnes a year ago", "versus 47 last year": a figure's base counted back from the report,
    which a later "a year earlier" does not count back from again ("its dealers took 18 against 21 a year
    earlier" compares with the same year). A year-back period the sentence reports on ("A year ago, the firm
    earned 5 mln, up from 4 mln a year earlier") is an anchor, and is not one of these."""
    return bool(_REPORT_YEAR_BACK.search(m.text) and _BASE_BEFORE.search(text[max(0, m.start - 60) : m.start]))


# "a year ago", "one year earlier" as a whole expression
_A_YEAR_BACK = re.compile(r"(?i)^(?:a|one) year (?:ago|earlier)$")
# what sets a figure against its base: a figure, a sign, or a word of comparison ("lower than a year ago", "up from
# 31 mln a year ago", "compared with a year ago", "running ahead of a year ago")
_SET_AGAINST = re.compile(
    r"(?i)\d|%|\b(?:from|than|versus|vs|against|with|over|since|compared|pct|percent|ahead|behind|above|below"
    r"|higher|lower|more|less|better|worse)\b"
)


def year_back_told_alone(words: str, text: str, span: Span) -> bool:
    """ "This was a growth stock a year ago; today ...": a time its sentence tells of, with no figure or word of
    comparison anywhere in that sentence (the text of `span`'s sentence outside it), is the year back from the
    report, even in an earnings story, where "net of 5 mln, up from 4 mln a year ago" and "A year earlier, net was 4
    mln" are the reported quarter's base."""
    if not _A_YEAR_BACK.match(words):
        return False  # the sentence is sought only for the words it can change
    sent = span.sent
    return not _SET_AGAINST.search(text[sent.start_char:span.start_char] + " " + text[span.end_char:sent.end_char])
