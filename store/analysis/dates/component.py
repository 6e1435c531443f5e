"""newsreader_dates: temporal expressions with TIMEX3 values, and the reference date.

Runs on the parse the model already made (entities, tags, dependencies): candidate spans
come from spans, values from normalize, and, when the article has no
publication date, the reference date from reference. Any failure on one span drops
that span only: an odd text must never stop an import.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_slice, lowers, text_between, text_of, tokens
from ..guard import contained
from ..types import DateMention, ReferenceDate
from .anchors import (
    anaphor,
    bare_quarter,
    from_anchor,
    in_the_day,
    quarter_named,
    relative_shift,
    reported_quarter,
    weekday_anaphor,
    weekday_from,
)
from .clause_tense import tense, told_tense
from .clock_pairs import paired_clocks
from .coming_quarters import closed_before, forecast_quarter
from .comparisons import (
    base_a_year_back,
    figure_a_year_back,
    year_ago_months,
    year_ago_quarters,
    year_back_told_alone,
)
from .contract_months import contract_month
from .day_parts import narrowed_part
from .elections import election_month
from .ended_periods import periods_to_their_end
from .figure_months import figures_month
from .fiscal_year_ends import fiscal_year_ends
from .lexicon import MONTHS, TIME_ZONES, WEEKDAYS
from .month_pairs import month_pair_years
from .month_quarters import quarter_runs
from .normalize import normalize, ordinal_unit
from .pairs import day_range, pair_end, pair_start
from .past_months import past_deed_month
from .possessive_days import nearer_possessive_weekdays
from .quoted_days import SAID_DAY_WORDS, lead_day, other_period, said_day, said_on
from .reference import dateline_day, infer
from .reported_years import names_a_whole_year, reported_year
from .shipment_months import shipment_month
from .slashed import slashed_values
from .spans import candidates, nowadays_today
from .story_periods import period_word, story_period
from .untagged_calendar import ordinal_day_at, the_ordinal_day
from .value_shapes import CALENDAR, DAY_VALUE, FULL_DAY, MONTH_VALUE, QUARTER_VALUE, YEAR_VALUE, real_day
from .weekday_neighbours import weekday_dates, weekday_pairs, weekdays_beside_deictics
from .weekday_runs import next_days_run_on
from .weeks import week_of_month

# how many sentences back a lone "the 19th" looks for the month it is a day of
_ORDINAL_DAY_REACH = 3
# a month or a day of a year: the anchor whose month a lone "the 19th" takes
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")


def _names_a_month(words: str) -> bool:
    """ "March 17", "in May": the words name a month."""
    return any(w.lower().rstrip(".,") in MONTHS for w in words.split())


# what a TIMEX3 value may look like: calendar (with X for unknown parts), week, season,
# quarter, time of day, *_REF, or a duration (a race time's seconds with their fraction: PT1M44.21S); anything
# else from an odd text is dropped
_VALID = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:[\dX]+(?:Y|M|W|D|DE|CE|Q))+(?:T(?:[\dX]+[HMS])+)?|PT(?:[\dX]+[HM])*(?:[\dX]+[HMS]|\d+\.\d+S)"
    r"|P\d+\.5[MW]"  # "3-1/2 months", "4 1/2 weeks": half a month or week is no whole count of a smaller unit
    r"|[\dX]{2,4}(?:-(?:[01X][\dX]|W[\dX]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI|WXX-[1-7]))?(?:-(?:[0-3X][\dX]|WE))?"
    r"(?:T(?:[0-2]\d:[0-5]\d|24|MO|AF|EV|NI|MI))?)$"
)


# "this morning", "this evening" name the report's own day as surely as "today" does: a clock
# time or a part of the day written with them stays on that day whatever else the sentence names;
# "the next morning", "that night" were dated from the story's day already, even when that gave the report's
_DAY_WORDS = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:today|tonight|yesterday|tomorrow|this)\b|\d{4}|[a-z]\.? \d"
    r"|\b(?:next|following|previous|prior|preceding|that|same)\b"
)
# what may stand between a clock time and its day: "local time", a zone, the same time elsewhere
# in brackets ("2:49 a.m. local time (7:49 a.m. UTC) on Saturday"), "on", commas; the wire writes a zone of the
# lexicon in lower case too, and "hrs" after a 24-hour clock ("1500 hrs EDT (1900 gmt) Oct 5"); a word two
# branches read would make a failing gap try 2^n ways
_CLOCK_GAP = (
    r"[\s,()]*(?:(?:\blocal time|\b[A-Z]{2,4}"
    rf"|\b(?:{'|'.join(sorted(z.lower() for z in TIME_ZONES))}|hrs|hours)"  # lower case only: one reading
    r"|\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\b\d{4}|\bon)(?![A-Za-z\d])[\s,()]*)*"
)
_DAY_AFTER = re.compile(f"^{_CLOCK_GAP}$")
# The gap patterns below are matched whole against the gap stripped of its spaces (str.strip takes off what \s
# reads): with a \s* at each end around an optional word, a gap of n spaces before any other character was tried
# every way of sharing the run out between the two (quadratic: 20,000 spaces took 10 s).
_DAY_BEFORE = re.compile(r"(?:,|at|,\s*at)?")


def _clock_days(
    text: str, mentions: list[DateMention], ref: date | None, past: set[int] = frozenset(), sentences: list[int] = ()
) -> list[DateMention]:
    """ "7:15 p.m. on Friday", "on Friday at 7:15 p.m.": the model makes two mentions, and the
    clock time was read on the reference day; it belongs on the day named beside it, else on the
    day its sentence named, else, told in the past tense (`past`: starts of such times), on the
    day the story named just before ("On Friday, an attack hit the base. It began at 7:45 p.m.")."""
    if ref is None:
        return _clock_days_unanchored(text, mentions)
    out = list(mentions)
    on_ref = f"{ref.isoformat()}T"
    run_ends = _clock_run_ends(out, on_ref)
    days = _SentenceDays(out, ref.isoformat())
    for i, m in enumerate(out):
        if m.type != "TIME" or not m.value.startswith(on_ref):
            continue
        if _ZONE_CLOCK.match(m.text) and i > 0 and (day := _zone_day(out[i - 1], m, text)):
            out[i] = replace(m, value=day + m.value[10:])
            days.moved(m, out[i])
            continue
        if _DAY_WORDS.search(m.text) and not _ZONE_CLOCK.match(m.text):
            continue
        # the day may follow other clock times of the same moment: "2:49 a.m. (7:49 a.m. UTC) on Saturday"
        k = run_ends[i + 1]
        after = out[k] if k < len(out) else None
        before = out[i - 1] if i > 0 else None
        if after and DAY_VALUE.match(after.value) and _DAY_AFTER.match(text[m.end:after.start]):
            out[i] = replace(m, value=after.value[:10] + m.value[10:])
        elif before and DAY_VALUE.match(before.value) and _DAY_BEFORE.fullmatch(text[before.end:m.start].strip()):
            out[i] = replace(m, value=before.value[:10] + m.value[10:])
        elif (day := days.day(m, i)) or (m.start in past and (
            (day := _day_before(out, i, sentences, ref))
            # "A bus crashed on Thursday. ... The crash took place at around 15:00": far from any day, told in
            # the past, on the day the lead tells of rather than the report's
            or (len(sentences) > 1 and not _quoted(text, m.start) and (day := lead_day(out, sentences[1], ref))
                and not other_period(out, i, sentences, day))
        )):
            out[i] = replace(m, value=day + m.value[10:])
        if out[i] is not m:
            days.moved(m, out[i])
    return out


def _clock_run_ends(mentions: list[DateMention], on_ref: str) -> list[int]:
    """For each index, the first mention at or after it that is not a clock time on the reference day without a
    day word of its own (len(mentions) when there is none). Read once from the end: _clock_days walked the run again
    from every time of it (quadratic: 2,000 clock times in a row took 9 s). It moves only the time it reads, never
    one after it, so the times it would walk over are still these when it reaches them."""
    ends = [len(mentions)] * (len(mentions) + 1)
    for k in range(len(mentions) - 1, -1, -1):
        c = mentions[k]
        in_run = (
            c.type == "TIME"
            and c.value.startswith(on_ref)
            and (not _DAY_WORDS.search(c.text) or _ZONE_CLOCK.match(c.text))
        )
        ends[k] = ends[k + 1] if in_run else k
    return ends


_WRITTEN_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")  # a day the story writes, its year given or not
_DAY_THEN_CLOCK = re.compile(r"(?:,|at|,\s*at|\()?")  # "March 12, 2031 (9:30 a.m. EST)"; stripped gap


def _clock_days_unanchored(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """With no reference day a clock time has no day of its own; one the story writes right beside it ("on 12
    March, at 0930 GMT", "9:30 a.m. on March 12", "March 12, 2031 (9:30 a.m. EST)") is its day."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.type != "TIME" or not m.value.startswith("XXXX-XX-XXT"):
            continue
        if _DAY_WORDS.search(m.text) and not _ZONE_CLOCK.match(m.text):
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i > 0 else None
        if (
            after
            and after.type == "DATE"
            and _WRITTEN_DAY.match(after.value)
            and _DAY_AFTER.match(text[m.end : after.start])
        ):
            out[i] = replace(m, value=after.value + m.value[10:])
        elif (
            before
            and before.type == "DATE"
            and _WRITTEN_DAY.match(before.value)
            and _DAY_THEN_CLOCK.fullmatch(text[before.end : m.start].strip())
        ):
            out[i] = replace(m, value=before.value + m.value[10:])
    return out


_UNPLACED_CLOCK = re.compile(r"^\d{4}-\d\d-\d\dT\d\d(?::\d\d)?$")  # midnight is "T24"
# "1700 UTC", "1000 EDT/1400", "1700 New York time" (a year never reaches a TIME mention)
_ZONE_CLOCK = re.compile(
    r"^\d{4}\s+[A-Za-z]+$"
    rf"|^\d{{4}}\s+(?:[A-Za-z.]+\s+){{0,3}}(?:(?:{'|'.join(TIME_ZONES)})(?:/\d{{4}})?|time|hours)$",
    re.IGNORECASE,
)
_ZONE_GAP = re.compile(r"(?:local time)?\s*\(")  # on the stripped gap, as _DAY_BEFORE
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d)(?::\d\d)?$")


def _zone_day(local: DateMention, m: DateMention, text: str) -> str | None:
    """ "12:54 am local time (0454 UTC)": the zone's time is the same moment as the local time just before
    it, so on its day, or the day after or before when the clocks lie more than twelve hours apart."""
    found = _CLOCK_VALUE.match(local.value)
    if local.type != "TIME" or not found or not _ZONE_GAP.fullmatch(text[local.end:m.start].strip()):
        return None
    gap = int(m.value[11:13]) - int(found.group(2)) % 24  # midnight is written T24 on its day
    day = date.fromisoformat(found.group(1))
    return (day + timedelta(days=1 if gap < -12 else -1 if gap > 12 else 0)).isoformat()


_YEAR_END = re.compile(r"(?i)^year-?end$")


def _year_end_years(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "at year-end 1985": the model makes two mentions, and the year-end alone was read as the one before
    the report; with its year it is one expression, that year's last day."""
    out: list[DateMention] = []
    for n in mentions:
        m = out[-1] if out else None
        if m is not None and _YEAR_END.match(m.text) and n.type == "DATE" and YEAR_VALUE.match(n.value) \
                and text[m.end:n.start] == " ":
            out[-1] = replace(m, end=n.end, text=text[m.start:n.end], value=f"{n.value}-12-31",
                              sentence_end=max(m.sentence_end, n.sentence_end))
        else:
            out.append(n)
    return out


def _day_before(mentions: list[DateMention], i: int, sentences: list[int], ref: date) -> str | None:
    """The day of the latest mention naming one, in the sentence of mention i or the two before it:
    a DATE, or a TIME placed on a day ("early Wednesday morning", "18:00" already moved to its day)."""
    m = mentions[i]
    k = bisect_right(sentences, m.sentence_start) - 1
    since = sentences[max(0, k - 2)] if sentences and k >= 0 else m.sentence_start
    for o in reversed(mentions[:i]):
        if o.start < since:
            break
        if not DAY_VALUE.match(o.value):
            continue
        if o.type == "DATE" or _DAY_WORDS.search(o.text) or not o.value.startswith(ref.isoformat()):
            return o.value[:10]
    return None


class _SentenceDays:
    """ "On Saturday evening in Forbury Gardens, shortly before 19:00 local time, ...": a clock time whose sentence
    named one day before it, and no other, is on that day. The days each sentence names are counted once and kept
    as _clock_days moves its clock times: reading every mention of the sentence again for each clock time was
    quadratic (2,000 clock times in one sentence). Same answers as that reading: _clock_days changes only the value
    of the time it reads, from the reference day to another day with the same time of day (`moved` recounts it),
    and a value that names a day or a part of one (DAY_VALUE) still does once moved, so the first mention of a
    sentence naming one stays where it was."""

    def __init__(self, mentions: list[DateMention], ref: str) -> None:
        self.ref = ref  # the reference day: every clock time asked about is still on it
        self.counts: dict[int, dict[str, int]] = {}  # by sentence start: each day named, and by how many mentions
        self.first: dict[int, int] = {}  # by sentence start: the index of its first mention naming a day
        for j, o in enumerate(mentions):
            if DAY_VALUE.match(o.value):
                self.first.setdefault(o.sentence_start, j)
            self._count(o, 1)

    def _day_of(self, o: DateMention) -> str | None:
        """The day mention o names for the clock times of its sentence: not one of them still on the reference day
        without a day word of its own."""
        if not DAY_VALUE.match(o.value):
            return None
        if o.type == "TIME" and o.value.startswith(self.ref) and not _DAY_WORDS.search(o.text):
            return None
        return o.value[:10]

    def _count(self, o: DateMention, step: int) -> None:
        day = self._day_of(o)
        if day is not None:
            counts = self.counts.setdefault(o.sentence_start, {})
            counts[day] = counts.get(day, 0) + step
            if not counts[day]:
                del counts[day]

    def moved(self, old: DateMention, new: DateMention) -> None:
        self._count(old, -1)
        self._count(new, 1)

    def day(self, m: DateMention, i: int) -> str | None:
        """The one day the sentence of clock time m (mentions[i]) names beside m itself, when a mention before m
        names a day."""
        if self.first.get(m.sentence_start, i) >= i:
            return None
        counts = self.counts.get(m.sentence_start, {})
        own = self._day_of(m)
        alone = own is not None and counts.get(own) == 1  # m's own day, named by m alone
        if len(counts) - alone != 1:
            return None
        return next(day for day in counts if not (alone and day == own))


_QUOTED_DEICTICS = {"this day", "this evening", "tonight"}


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened in its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    if "“" in para or "”" in para:
        return para.rfind("“") > para.rfind("”")
    return para.count('"') % 2 == 1


def _last_day_before(mentions: list[DateMention], ref: date) -> str | None:
    """The last whole day the story named before this point, if it was before the report's day."""
    for m in reversed(mentions):
        if m.type == "DATE" and FULL_DAY.match(m.value):
            return m.value if m.value < ref.isoformat() else None
    return None


_SINCE_THEN = {"since", "until", "till", "by", "from", "and", "but", "even", "only", "just"}


def _then_before(doc: Doc, s: int) -> int | None:
    """Where "then" opens "then current" or "then-current", else None ("until then current rules apply")."""
    if s > 0 and doc[s - 1].lower_ == "then":
        then = s - 1
    elif s > 1 and doc[s - 1].text == "-" and doc[s - 2].lower_ == "then" and not doc[s - 1].whitespace_:
        then = s - 2
    else:
        return None
    return None if then > 0 and doc[then - 1].lower_ in _SINCE_THEN else then


def _latest_day(mentions: list[DateMention], since: int) -> str | None:
    """The latest whole day ("2020-04-07") named from character `since` on, else None."""
    for m in reversed(mentions):
        if m.start < since:
            break
        if m.type == "DATE" and FULL_DAY.match(m.value):
            return m.value
    return None


def _story_day(mentions: list[DateMention], since: int, ref: date) -> str | None:
    """The latest whole day named from `since` on, if it is not after the report's day."""
    day = _latest_day(mentions, since)
    return day if day is not None and day <= ref.isoformat() else None


_YEAR_WORDS = re.compile(r"(?i)\d{4}|\byear")
_NAMED_YEAR_GAP = re.compile(r"^\s*(?:,|--|–|—|-)\s*(?:which (?:is|was) )?$")  # "2010, the year", "2014, which is the year"
_YEAR_NAMED = re.compile(r"(?i)\b(?:year|fiscal|calendar)\b")


# "127.3 pct of the 1977 average in February", "in 1980 prices": the base of an index, not the time told of
_INDEX_BASE = re.compile(r"(?i)\s+(?:average|base|prices|dollars|levels?)\b|=100")
# "the gauge stood at 141.2 (base 1985) against 139.9 in May", "the May gauge, base 1985, read": the base
# named before its year
_BASE_BEFORE = re.compile(r"(?i)\bbase(?: year)?\s*[:(]?\s*$")


_ON_THE_DAY = {"on", "for", "during", "over", "throughout"}  # "... on the day.": the day the sentence is about

# "12 percent higher than the same month last year and 3 percent lower than in February": the base of a
# comparison, not the year the sentence tells of; its February is this year's
_COMPARED = re.compile(r"(?i)^the same (?:month|period|time|quarter|week|day)\b")
_OF_THAT_YEAR = re.compile(r"(?i)\bof (?:that|the same) year$")


def _year_written_before(mentions: list[DateMention], since: int) -> str | None:
    """The year of the latest mention since `since` that writes one out: "delivery in April 1989, with the
    others in May, June and September of that year" is 1989's September, whatever "June" was read as."""
    for m in reversed(mentions):
        if m.start < since:
            break
        if re.search(r"\d{4}", m.text) and m.value[:4].isdigit():
            return m.value[:4]
    return None


def _story_year(mentions: list[DateMention], since: int, ref: date, value: str) -> str | None:
    """The year of the latest day or month named from `since` on, if it is before the report's year and the
    day `value` names falls, in that year, among the story's days: from a month before that day to a quarter
    after it ("On March 12, 1985 ... On March 20"), not a deadline far from it ("made its offer on December 3,
    1986 ... extended the offer to March 25")."""
    for m in reversed(mentions):
        if m.start < since:
            break
        if m.type == "DATE" and CALENDAR.match(m.value) and len(m.value) > 4:
            if m.value[:4] >= f"{ref.year:04d}":
                return None
            anchor = m.value if len(m.value) == 10 else m.value + "-01"  # a month counts from its first day
            try:
                gap = (date.fromisoformat(m.value[:4] + value[4:]) - date.fromisoformat(anchor)).days
            except ValueError:  # February 29 in a year without one
                return None
            return m.value[:4] if -31 <= gap <= 92 else None
    return None


def _sentence_year(doc: Doc, mentions: list[DateMention], since: int) -> str | None:
    """The year a sentence named before its bare month ("In the 2016 election, ... until June"), when it
    named one year and as a time, not as a start ("since 2016", "from 2016") or an end ("by 2016"), nor as the
    base a figure is compared with ("816 mln a year earlier")."""
    years = {m.value for m in mentions if m.start >= since and m.type == "DATE" and YEAR_VALUE.match(m.value)
             and not _INDEX_BASE.match(text_of(doc), m.end) and not _COMPARED.match(m.text)
             and not _BASE_BEFORE.search(text_of(doc)[max(0, m.start - 12):m.start])
             and not figure_a_year_back(text_of(doc), m)}
    if len(years) != 1:
        return None
    m = next(m for m in reversed(mentions) if m.start >= since and m.value in years)
    before = doc.char_span(m.start, m.end, alignment_mode="expand")
    k = before.start - 1 if before is not None else -1
    while k >= 0 and doc[k].lower_ in ("the", "of", "early", "late", "mid"):
        k -= 1
    if k >= 0 and doc[k].lower_ in ("since", "from", "by", "until", "till", "through"):
        return None
    return years.pop()


_GUESSED_QUARTERS = {"the quarter", "the previous period", "the prior period", "the latest period", "the period"}


def _current_quarter(ref: date) -> str:
    return f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}"


def _year_to(doc: Doc, s: int, e: int) -> bool:
    """ "the year ended Sept. 30", "the fiscal year ending June 30", "the year to March": twelve
    months up to a day, which is not the calendar year the reference date falls in."""
    words = lowers(doc)[s:e]
    return words in (["the", "year"], ["the", "fiscal", "year"], ["fiscal", "year"]) and e < len(doc) and doc[
        e
    ].lower_ in ("ended", "ending", "to", "through")


# the words before "the next/last/coming decade" that make it ten years counted from the report, not a calendar decade
_DECADE_SPANNED = {"over", "for", "during", "within", "throughout"}


def _decade_spanned(doc: Doc, s: int, e: int) -> bool:
    """ "over the next decade", "for the last decade": the ten years from or up to the report, a length, as "over
    the past decade" already is; "in the next decade", "into the next decade", "by the next decade" stay the
    calendar decade."""
    words = lowers(doc)[s:e]
    before = s > 0 and doc[s - 1].lower_ in _DECADE_SPANNED
    if words[:1] and words[0] in _DECADE_SPANNED:
        words, before = words[1:], True
    return before and words in (["the", "next", "decade"], ["the", "last", "decade"], ["the", "coming", "decade"])


def _counted_back(text: str, unit: str) -> bool:
    """Whether a mention is itself counted back by `unit` from another ("the previous year", "a year earlier")."""
    back = anaphor(text) or relative_shift(text)
    return back is not None and back[0] == unit and back[1] < 0


def _ordinal_of(doc: Doc, s: int, e: int) -> str | None:
    """P1Y for "the first year" followed by "of" and something that is no date ("of the contract", not
    "of 1990"), or after a preposition that counts from a start ("from the fourth year", "after the sixth year"),
    else None."""
    if s > 0 and doc[s - 1].lower_ in _COUNTED_FROM and not _IN_A_ROW.match(text_between(doc, e, min(len(doc), e + 3))):
        return ordinal_unit(doc[s:e].text)
    if e + 1 >= len(doc) or doc[e].lower_ != "of" or doc[e + 1].like_num or doc[e + 1].lower_.rstrip(".") in MONTHS:
        return None
    return ordinal_unit(doc[s:e].text)


# "a coupon of 7 pct from the fourth year", "repayable after the sixth year", "in the second year, the rate
# steps up": the year counted from a start the story gives (a note's issue, a pay deal's signing), not the report's
# year; "in the fourth year running" counts years up to the report's and stays that year
_COUNTED_FROM = {"from", "after", "in", "during", "until", "till", "beyond", "through", "before"}
_IN_A_ROW = re.compile(r"(?i)^\s*(?:in a row|running|straight|consecutive|since)\b")


def _gap_length(unit: str, amount: int) -> str | None:
    """The TIMEX3 length of a counted gap: (D, 3) is P3D."""
    return f"P{abs(amount)}{unit}" if unit in ("Y", "M", "W", "D") else None


def _someday(doc: Doc, s: int, e: int) -> bool:
    """ "One day, he hopes to return", "could one day become": an unnamed day, not a length."""
    if doc[s:e].text.lower() != "one day" or (e < len(doc) and doc[e].pos_ in ("NOUN", "ADP", "ADJ")):
        return False  # "a one day strike", "one day after", "one day later"
    prev = doc[s - 1] if s > 0 else None
    return prev is None or doc[s].is_sent_start or prev.pos_ in ("AUX", "CCONJ", "SCONJ", "PUNCT") or prev.lower_ == "that"


# the words before a rough length that place it from the story's time or the start of a stretch it names
_RANGE_PLACES = {"next", "past", "last", "coming", "previous", "first"}


def _range_start(doc: Doc, s: int) -> bool:
    """ "in the two or three years since", "within six to nine months", "12-18 months": the span holds only the
    second count."""
    if s < 2 or not doc[s].like_num or not doc[s - 2].like_num or (doc[s - 2].is_digit and len(doc[s - 2].text) == 4):
        return False
    joiner = doc[s - 1]
    # figures joined by a hyphen with no space ("3-5 years") are the same range as "three to five years"
    return joiner.lower_ in ("or", "to") or joiner.text in ("-", "–") and not doc[s - 2].whitespace_ \
        and not joiner.whitespace_


_ANOTHER = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q"}
_RATE_WORDS = {"once", "twice", "thrice", "times", "%", "percent"}


def _is_rate(doc: Doc, s: int, e: int) -> bool:
    """ "$2 billion a year", "10,000 units a day": the entity is only "a year", the count precedes it."""
    if e - s != 2 or doc[s].lower_ not in ("a", "an") or s == 0:
        return False
    k = s - 1
    if doc[k].pos_ == "NOUN" and k > 0 and doc[k - 1].like_num:
        k -= 1  # "10,000 units a day"
    return doc[k].like_num or doc[k].lower_ in _RATE_WORDS or doc[k].is_currency


_DECADE_PARTS = {"early", "late", "mid"}


def _decade_possessive(doc: Doc, s: int, e: int) -> bool:
    """ "the 1960's and ...", "the late 1980's": a decade written with an apostrophe; not "the 1990's budget"."""
    tok = doc[e - 1]
    # "the late 1980's": the model tags the phrase and the possessive goes with the trimming
    early_late = e - s > 1 and doc[e - 2].lower_ in _DECADE_PARTS and doc[s].lower_ in _DECADE_PARTS | {"the"}
    return (
        (early_late or (e - s == 1 and s > 0 and doc[s - 1].lower_ == "the")) and len(tok.text) == 4 and tok.is_digit
        and tok.text.endswith("0") and e < len(doc) and doc[e].text in ("'s", "’s")
        and (early_late or e + 1 == len(doc) or doc[e + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))
    )


_COUNTING = {"previous", "prior", "preceding", "following", "next"}


def _counted_weekday(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """ "the previous Friday", "the following Thursday", "the Friday before,": a weekday counted from
    the story's day. The model often tags the weekday alone, so the words around it are read too."""
    if found := weekday_anaphor(doc_slice(doc, s, e).text):
        return found
    if e - s != 1 or s == 0 or doc[s].lower_ not in WEEKDAYS:
        return None
    if s > 1 and doc[s - 1].lower_ in _COUNTING and doc[s - 2].lower_ == "the":
        return weekday_anaphor(doc[s - 2:e].text)
    if doc[s - 1].lower_ == "the" and e < len(doc) and doc[e].lower_ in ("before", "after") and (
        e + 1 == len(doc) or (doc[e + 1].is_punct and doc[e + 1].text not in ("-", "–", "—"))
    ):
        return weekday_anaphor(doc[s - 1:e + 1].text)  # not "the Friday before the vote": an event dates that
    return None


@Language.factory("newsreader_dates")
def make_dates(nlp: Language, name: str) -> DateComponent:
    return DateComponent()


class DateComponent:
    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        try:
            spans = candidates(doc)
        except Exception:  # noqa: BLE001 - a parse we cannot read gives no dates, not a crash
            contained("the date finder")
            spans = []
        if published:
            ref = ReferenceDate(published, "given")
        else:
            ref = self._infer(doc, spans)
        doc._.reference_date = ref
        # a wire story's relative dates count from its dateline's day, which may be a day or a few off the day
        # it was put out; the reference date stays the one given
        try:
            told_on = (published and dateline_day(text_of(doc), published)) or ref.value
        except Exception:  # noqa: BLE001 - the publication date still serves
            contained("the dateline reader")
            told_on = ref.value
        try:
            doc._.dates = self._mentions(doc, spans, told_on)
        except Exception:  # noqa: BLE001 - the article keeps its other analyses
            contained("the date reader")
            doc._.dates = []
        return doc

    def _infer(self, doc: Doc, spans: list[tuple[int, int]]) -> ReferenceDate:
        try:
            first_end = next(iter(doc.sents)).end if len(doc) else 0
            weekdays = [
                (WEEKDAYS[doc[s].lower_], tense(doc[s:e]), s < first_end)
                for s, e in spans
                if e - s == 1 and doc[s].lower_ in WEEKDAYS and doc[s].text[:1].isupper()
            ]
            # possessive weekdays ("Wednesday's parade") keep the token alone after trimming
            value = infer(text_of(doc), weekdays)
        except Exception:  # noqa: BLE001
            contained("the reference date inference")
            value = None
        return ReferenceDate(value, "inferred") if value else ReferenceDate()

    def _mentions(self, doc: Doc, spans: list[tuple[int, int]], ref: date | None) -> list[DateMention]:
        if not spans:
            return []
        text = text_of(doc)
        toks = tokens(doc)  # a list index, not a new Token per doc[i]
        sents = list(doc.sents)  # one walk of the Doc for both lists
        sent_starts = [s.start for s in sents]
        sent_bounds = [(s.start_char, s.end_char) for s in sents]
        quarterly = reported_quarter(text, ref)
        guessed = quarterly is not None and not quarter_named(text, ref)  # reported_quarter guessed it
        out = []
        past_times: set[int] = set()
        bare_months: dict[str, str] = {}  # "12" -> the year the story's first bare "December" was read in
        lone_days = []  # bare day numbers with no date before them: "25" in "25 and 26 April"
        for s, e in spans:
            span = doc_slice(doc, s, e)
            written = text_between(doc, s, e)  # the span's text, read several times below: Span.text joins anew
            if (pieces := day_range(written)) is not None:
                out.extend(self._range(span, pieces, ref, sent_starts, sent_bounds))
                continue
            try:
                # "This was a growth stock a year ago; today ...": a time told of, not a figure's base
                q = None if quarterly and year_back_told_alone(written, text, span) else quarterly
                found = normalize(written, ref, told := told_tense(doc, s, span), q)
                if told not in ("future", "would") and found and closed_before(found[1], ref) \
                        and forecast_quarter(doc, s, e):
                    # "Acme forecast 40 cts in the second quarter", told in March: this year's
                    found = normalize(written, ref, "future", q)
            except Exception:  # noqa: BLE001 - one odd expression loses its value, not the others
                contained("the date reader")
                found = None
            # "Bayes withdrew in March 2019. The next month, ...": opening a sentence, the month after that one
            back = anaphor(written, opens=toks[s].is_sent_start and written[:1] == "T")
            pair = pair_end(text, out[-1], written, span.start_char, ref) if out else None
            if pair and (not found or (found[1] or "").isdigit() or found[0] == "DURATION"):
                found, out[-1] = ("DATE", pair[0]), pair[1]  # "April 25 and 26, 2019": the year is both days'
            elif not found and (written.isdigit() or the_ordinal_day(written)):
                lone_days.append((s, e))
            if back is not None and not found:
                found = ("DATE", "")  # "the next morning": only the story's dates can give its value
            elif not found or not _VALID.match(found[1] or ""):
                continue
            kind, value = found
            if guessed and kind == "DATE" and value == quarterly and (words := written.lower()) in _GUESSED_QUARTERS:
                # a story naming no quarter of its own ("the Fed's statement period ... includes the close of the
                # quarter"): "the quarter" told ahead or in the present is the one under way; "the previous
                # period" is the story's own period, which no calendar names
                if words != "the quarter":
                    continue
                if told_tense(doc, s, span) in ("present", "future", "would"):
                    value = _current_quarter(ref)
            if kind == "DATE" and (week := week_of_month(span.text, value)):
                value = week  # "the last week of April": the week, not the month
            if kind == "TIME" and told_tense(doc, s, span) == "past":
                past_times.add(span.start_char)
            if kind == "DURATION" and _is_rate(doc, s, e):
                kind = "SET"
            elif kind == "DATE" and (length := _ordinal_of(doc, s, e)):
                # "in the first year of the contract", "the second month of the strike": a length counted from
                # the start of something told, not the calendar year or month of the report ("this is the
                # first year that ..." stays the year)
                kind, value = "DURATION", length
            elif kind == "DATE" and _year_to(doc, s, e):
                kind, value = "DURATION", "P1Y"
            elif kind == "DATE" and re.fullmatch(r"\d{3}", value) and _decade_spanned(doc, s, e):
                kind, value = "DURATION", "P10Y"
            elif kind == "DURATION" and _someday(doc, s, e):
                kind, value = "DATE", "PAST_REF" if tense(span) == "past" else "FUTURE_REF"
            elif kind == "DATE" and e - s == 1 and s > 0 and toks[s - 1].lower_ == "another" \
                    and (unit := _ANOTHER.get(toks[s].lower_)) and (e == len(doc) or toks[e].lower_ != "of"):
                # "last at least another week": one week more, not this week; "1987 should be another year of
                # stability" names a year
                kind, value = "DURATION", unit
            elif kind == "DATE" and value == "PRESENT_REF" and toks[s].lower_ in ("current", "present") \
                    and (then := _then_before(doc, s)) is not None:
                span, value = doc[then:e], "PAST_REF"  # "at 50% of the then current market price": current then
            elif kind == "DATE" and nowadays_today(doc, s, e):
                value = "PRESENT_REF"
            elif kind == "DATE" and value.endswith("-12-31") and s > 0 and toks[s - 1].lower_ == "since" \
                    and ref is not None and value[:4] == str(ref.year) and not any(t.is_digit for t in doc[s:e]):
                value = f"{ref.year - 1:04d}-12-31"  # "the percentage change is since year-end": the one gone
            if _decade_possessive(doc, s, e):
                span, kind, value = doc[s:e + 1], "DATE", value[:3]  # "since the 1960's": the decade
            elif kind == "DURATION" and _range_start(doc, s) and (not out or out[-1].end <= toks[s - 2].idx):
                # "two or three years", "two or two and a half years": a length known roughly, in its first unit;
                # "the next 12 to 18 months" keeps the words that place it, as "the next three years" does
                a = s - 4 if s >= 4 and toks[s - 4].lower_ == "the" and toks[s - 3].lower_ in _RANGE_PLACES \
                    and (not out or out[-1].end <= toks[s - 4].idx) else s - 2
                span, value = doc[a:e], re.sub(r"^P(T?)\d+([A-Z]+).*$", r"P\1X\2", value)
            sent = max(0, bisect_right(sent_starts, s) - 1)
            if kind == "DATE" and _OF_THAT_YEAR.search(span.text) and value[:4].isdigit() and (
                year := _year_written_before(out, sent_bounds[max(0, sent - 4)][0])
            ):
                value = year + value[4:]  # "losses in 1985, most of them in the fourth quarter of that year"
            if back is not None:
                unit, step, part = back
                # told in the past, it happened by the report: not on the effective date of a rule named
                # in between ("takes effect on December 10 ... released later the same day")
                latest = ref if told_tense(doc, s, span) == "past" else None
                since = sent_bounds[max(0, sent - (2 if unit in ('D', 'W', 'B') else 4))][0]
                value = self._anchored(out, since, unit, step, latest)
                if value is None and unit == "B" and ref is not None:
                    # "settles on the next business day", no day named before: counted from the report's
                    value = self._anchored(out, 0, unit, step, latest) or from_anchor(ref.isoformat(), unit, step)
                if value is None and unit == "D" and step < 0:
                    # "the previous day" far from the day it follows: the story's last named day, else
                    # the day before it appeared. Not "the next day": a narrative's next day, read from
                    # the report, would lie after it was written
                    value = self._anchored(out, 0, unit, step, latest) or (
                        from_anchor(ref.isoformat(), unit, step) if ref is not None else None
                    )
                if value is None and step < 0 and unit in ("W", "M", "Y") and found[1] and not any(
                    from_anchor(m.value[:10], unit, step) for m in out
                ):
                    # "material compiled throughout the previous month", before the story names any date
                    # it could count from: counted from the report, as normalize read it
                    value = found[1]
                if value is None and found[1] and in_the_day(span.text):
                    value = found[1][:10]  # "will speak later in the day", with no day named before: the report's
                elif value is None and ref is not None and narrowed_part(span.text):
                    value = ref.isoformat()  # "by mid-afternoon", with no day named before: the report's
                if value is None:
                    continue  # "that day" with no date nearby: better no value than the publication day
                kind, value = ("TIME", f"{value}T{part}") if part else ("DATE", value)
            elif kind == "TIME" and ref is not None and value == f"{ref - timedelta(days=1)}TNI" \
                    and span.text.lower() == "overnight" \
                    and (day := _story_day(out, sent_bounds[max(0, sent - 1)][0], ref)):
                # "London shares closed lower Friday ... depressed by overnight losses in New York": the night
                # before the day the story tells, when it named one just before, not the night before the report
                value = f"{date.fromisoformat(day) - timedelta(days=1)}TNI"
            elif ref is not None and span.text.lower() in _QUOTED_DEICTICS and value[:10] == ref.isoformat() \
                    and _quoted(text, span.start_char) and (day := _last_day_before(out, ref)):
                # "... mourn the loss of Chadwick Boseman who passed away this evening," wrote the university:
                # a quoted statement's evening is that of the day it was made, which the story named, not the report's
                value = day + value[10:]
            elif ref is not None and " ".join(span.text.lower().split()) in SAID_DAY_WORDS \
                    and _quoted(text, span.start_char) \
                    and (said_at := said_day(out, text, span.start_char, sent_bounds[0][1], ref)) \
                    and (said := said_on(value, said_at, ref)):
                value = said  # a quote's "today" is the day it was given, which its paragraph or the lead names
            elif kind == "DATE" and (counted := _counted_weekday(doc, s, e)):
                # "Police arrested him on August 20. The previous Friday, ...": the Friday before the 20th;
                # far from any day, the story's last named day still beats the report's
                # (a day the story names, not one a time of day was read on: "overnight")
                value = next((v for m in reversed(out) if m.type == "DATE"
                              and (v := weekday_from(m.value, *counted))), value)
            elif kind == "DATE" and e < len(doc) and toks[e].lower_ == "than" and (shift := relative_shift(span.text)) \
                    and (length := _gap_length(*shift)):
                # "the final will be played four days later than planned": how much later, a length, not a day
                # counted from the date the story named last or from the report
                kind, value = "DURATION", length
            elif kind == "DATE" and (shift := relative_shift(span.text)) and not (quarterly and shift[1] < 0):
                # "in 2012 ... a year later": from the story's date; earnings stories keep their quarter
                # "a year earlier" does not count back again from a figure's base already a year back
                bases = [m for m in out if not base_a_year_back(text, m)] if shift == ("Y", -1) else out
                anchored = self._anchored(bases, sent_bounds[max(0, sent - 2)][0], *shift)
                if anchored is None and shift[1] > 0 and (length := _gap_length(*shift)):
                    # "The fire broke out at the plant. Three days later, it was still burning": counted from
                    # an event the story named without a date, a gap, not three days after the report
                    kind, value = "DURATION", length
                else:
                    value = anchored or value
            elif kind == "DATE" and ref is not None and FULL_DAY.match(value) and value > ref.isoformat() \
                    and not re.search(r"\d{4}|(?i:\b(?:last|next|this) year\b)", span.text) \
                    and told_tense(doc, s, span) == "past" and (year := _story_year(out, sent_bounds[max(0, sent - 4)][0], ref, value)):
                # "On March 12, 1985, Seemala sold ... On March 20, Jefferies sold ...", told on March 19, 1987: a
                # day told in the past cannot lie after the report; it is in the year the story is telling of
                value = year + value[4:]
            elif kind == "DATE" and MONTH_VALUE.match(value) and s > 0 and toks[s - 1].lower_ == "that":
                # "on August 20, 2018 ... That September": the month of the year the story is in
                year = self._anchored(out, sent_bounds[max(0, sent - 4)][0], "Y", 0)
                value = f"{year}-{value[5:]}" if year else value
            elif kind == "DATE" and MONTH_VALUE.match(value) and span.text.lower().rstrip(".") in MONTHS:
                # "OPEC agreed in December ... a reaffirmation of the December agreement": a bare month
                # the tense cannot place is the one the story already placed
                if ahead := contract_month(doc, s, e, value, ref):
                    value = ahead  # "October crude", told in August: the contract ahead, whatever year the sentence names
                elif (year := _sentence_year(doc, out, sent_bounds[sent][0])) and (
                    month_tense := told_tense(doc, s, span)
                ) != "future" and not (month_tense == "present" and ref is not None and int(year) < ref.year):
                    # "In the 2016 election, Sanders stayed in the race until June": that year's June; a month
                    # told in the present is not in a year gone ("launched in 2003 and, as of February, holds")
                    value = f"{year}-{value[5:]}"
                elif done := past_deed_month(doc, s, e, value, ref):
                    value = done  # "In October, the mayor proposed ...", told in early September: last October
                elif ahead := election_month(doc, s, e, value, ref, told_tense(doc, s, span)):
                    value = ahead  # "the nominee in November", told in March: the vote ahead, not the one gone
                elif told_tense(doc, s, span) in (None, "present") and (year := bare_months.get(value[5:])):
                    value = f"{year}-{value[5:]}"
                elif back := figures_month(doc, s, e, value, ref):
                    # "the <Month> figures, due on <weekday>, should show ...", told a month or two on: a month
                    # just gone, whose figures are still to come, not that month a year ahead
                    value = back
                bare_months.setdefault(value[5:], value[:4])
            elif kind == "DATE" and span.text.lower() == "the year" and out and YEAR_VALUE.match(out[-1].value) \
                    and _NAMED_YEAR_GAP.match(text[out[-1].end:span.start_char]):
                # "in 2010, the year the court ruled", "2014, which is the year he joined": the year just named
                value = out[-1].value
            elif kind == "DATE" and span.text.lower() == "the day" and out and FULL_DAY.match(out[-1].value) \
                    and text[out[-1].end:span.start_char] == ", ":
                # "on March 3, the day before the strike", "Tuesday, the day the mill reopened": the day just named
                value = out[-1].value
            elif kind == "DATE" and ref is not None and value == ref.isoformat() and span.text.lower() == "the day" \
                    and s > 0 and toks[s - 1].lower_ in _ON_THE_DAY and (e >= len(toks) or toks[e].is_punct) \
                    and (day := _latest_day(out, sent_bounds[sent][0])) and day != value:
                # "Yesterday, the ministry recorded twelve new cases on the day": the day its sentence named, not
                # the report's
                value = day
            elif kind == "DATE" and YEAR_VALUE.match(value) and span.text.lower() in ("the year", "the full year") \
                    and (year := _sentence_year(doc, out, sent_bounds[sent][0])) and any(
                        m.value == year and _YEAR_NAMED.search(m.text) for m in out if m.start >= sent_bounds[sent][0]):
                # "expects to report losses of 68 mln dlrs for the full year 1986 on revenues of 52 mln dlrs for
                # the year": the year its sentence named as a year of accounts, not the report's, whatever the
                # tense (not "the company, founded in 1990, expects a profit for the year")
                value = year
            elif kind == "DATE" and period_word(doc, s, e) and (told := story_period(
                doc, s, e, value, ref, told_tense(doc, s, span),
                [m for m in out if m.start >= sent_bounds[max(0, sent - 4)][0]]
            )):
                value = told  # "Exports rose in February. Imports for the month fell": February
            elif kind == "DATE" and names_a_whole_year(span.text) and (done := reported_year(
                doc, s, e, value, ref, told_tense(doc, s, span), [m.value for m in out if m.start >= sent_bounds[sent][0]],
                [m.value for m in out if sent > 0 and sent_bounds[sent - 1][0] <= m.start < sent_bounds[sent][0]]
            )):
                value = done  # a loss "posted for the year", told in March: last year's accounts
            elif kind == "DATE" and quarterly and not guessed and value == _current_quarter(ref) \
                    and bare_quarter([t.lower_ for t in doc[max(0, s - 1):e + 1]], min(s, 1)):
                value = quarterly  # "in quarter", "at quarter's end" in an earnings story: the quarter it reports
            elif kind == "DATE" and quarterly and QUARTER_VALUE.match(value) and not _YEAR_WORDS.search(span.text) \
                    and (year := _sentence_year(doc, out, sent_bounds[sent][0])) and told_tense(doc, s, span) != "future":
                # "Last year, Sand lost 243,064 dlrs in the second quarter": that year's quarter
                value = f"{year}{value[4:]}"
            if kind == "DATE" and (ahead := shipment_month(doc, s, e, value, ref)):
                value = ahead  # "mills bought canola for late June/early July shipment", in April: still to ship
            # a mention can straddle a sentence break the parser put inside it: span both sentences
            last = max(sent, bisect_right(sent_starts, e - 1) - 1)
            a, b = sent_bounds[sent][0], sent_bounds[last][1]
            out.append(DateMention(span.start_char, span.end_char, span.text, kind, value, a, b))
        for s, e in lone_days:
            span = doc_slice(doc, s, e)
            following = next((m for m in out if m.start >= span.end_char), None)
            value = pair_start(text, span.text, span.end_char, following) if following else None
            if value is None and the_ordinal_day(span.text) and ordinal_day_at(doc, s):
                # "open on March 17 and close on the 19th": the day of the month the story named last before it, by
                # its name ("the first Wednesday of the month" names none) and a few sentences back at most ("most
                # fall on the 20th", far from any month named, is a day of every month)
                k = bisect_right(sent_starts, s) - 1
                near = sent_bounds[max(0, k - _ORDINAL_DAY_REACH)][0]
                named = next((m.value for m in reversed(out) if near <= m.start and m.end <= span.start_char
                              and m.type == "DATE" and _MONTH_OR_DAY.match(m.value) and _names_a_month(m.text)), None)
                value = f"{named[:7]}-{int(span.text.split()[1][:-2]):02d}" if named else None
                if value is not None and not real_day(value):
                    value = None
            if value:
                a, b = sent_bounds[max(0, bisect_right(sent_starts, s) - 1)]
                out.append(DateMention(span.start_char, span.end_char, span.text, "DATE", value, a, b))
        out.sort(key=lambda m: m.start)
        out = weekday_dates(text, out)
        out = weekday_pairs(text, out)
        out = weekdays_beside_deictics(text, out)
        out = next_days_run_on(text, out)
        out = nearer_possessive_weekdays(doc, out, ref)
        out = _year_end_years(text, out)
        out = slashed_values(text, out, ref)
        out = fiscal_year_ends(text, out)
        out = periods_to_their_end(text, out)
        out = month_pair_years(text, out, ref)
        if quarterly is None:
            out = year_ago_months(out, ref, [a for a, _ in sent_bounds])
        else:
            out = year_ago_quarters(out, quarterly, [a for a, _ in sent_bounds], ref)
        out = quarter_runs(out)
        return paired_clocks(text, _clock_days(text, out, ref, past_times, [a for a, _ in sent_bounds]))

    @staticmethod
    def _range(span, pieces, ref: date | None, sent_starts: list[int], sent_bounds: list[tuple[int, int]]) -> list[DateMention]:
        """Both days of "25–26 April" as mentions of their own, each read with the month and year."""
        sent = max(0, bisect_right(sent_starts, span.start) - 1)
        a, b = sent_bounds[sent]
        found = []
        for start, end, words in pieces:
            try:
                value = normalize(words, ref, tense(span))
            except Exception:  # noqa: BLE001
                contained("the date reader")
                value = None
            if value and value[0] == "DATE" and _VALID.match(value[1]):
                found.append(DateMention(span.start_char + start, span.start_char + end, span.text[start:end], "DATE", value[1], a, b))
        return found

    @staticmethod
    def _anchored(
        previous: list[DateMention], since: int, unit: str, step: int, latest: date | None = None
    ) -> str | None:
        """The value of an anaphoric expression from the latest date named shortly before
        (two sentences back for a day or week, four for a month, quarter or year); with `latest`,
        dates after that day are passed over."""
        for m in reversed(previous):
            if m.start < since:
                break
            if m.type == "TIME" and _UNPLACED_CLOCK.match(m.value) and (
                not _DAY_WORDS.search(m.text) or _ZONE_CLOCK.match(m.text)
            ):
                continue  # "at 12:20 p.m. on Wednesday (1620 UTC) ... He died that night": the clock times still
                # sit on the report's day until _clock_days moves them; the day named beside them is the anchor
            day = m.value[:10]
            if latest is not None and CALENDAR.match(day) and day > latest.isoformat()[:len(day)]:
                continue
            if step < 0 and _counted_back(m.text, unit):
                continue  # "sales for the year, down from the previous year ... costs above the previous year":
                # both count back from the year the story tells of, not the second from the first
            if m.type in ("DATE", "TIME") and (v := from_anchor(day, unit, step)):
                return v
        return None
