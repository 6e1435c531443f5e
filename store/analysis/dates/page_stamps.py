"""The date a web page stamps on its story, read when no publication date is given.

A page copied from a browser carries its date outside the story's sentences: a stamp line
("Published 3/24/2011 2:05 PM", "(Filed: 24/03/2011)", "Updated: 2011-03-24 18:40"), a
date line with its clock time ("March 24, 2011 (2:05 PM EST)"), a weekday and full date
beside the byline ("<Agency> News Service Thursday, March 24, 2011"), the paper's name and
date after the story's last sentence ('... <sentence>. <Paper>: Mar. 24, 2011'), or a wire
dateline's month and day with the year of the press service's end mark ("(END/2011)"), or a
broadcast transcript's opening note with the day the programme aired. None
of these is a date the story tells of, so each pins the page's own day. Every stamp found
must agree, and one that cannot be read (a "4/3/2011" either way) spoils the rest: a page
that stamps two days, or one we cannot tell, is no pin.
"""

from __future__ import annotations

import re
from datetime import date

from .lexicon import MONTH_ALT, MONTHS, WEEKDAYS

_WEEKDAY = {**WEEKDAYS, "thur": 3}  # "Thur., Mar. 24" in page headers
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAY, key=len, reverse=True))
# "March 24, 2011", "Mar. 24, 2011", "Mar 24 2011", "24 March 2011"
# on one line, and not a clock time ("<Weekday>, <d> <Month>" over a kick-off "<hhmm> GMT")
_WORDED = (
    rf"(?:(?P<wd>{_WEEKDAY_ALT})\.?,?[ \t]+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{MONTH_ALT})\.?|(?P<m2>{MONTH_ALT})\.?[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?[ \t]+(?P<y>\d{4})\b(?![ \t]*(?:GMT|BST|UTC|[ECMP][SD]T|hrs|hours|local)\b)"
)
_NUMERIC = r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<ny>\d{4})\b|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})\b"
# the bracket and the colon take the spaces around them, so that no two runs of spaces meet around an optional mark
# ('Published' and 2,000 spaces took 1.2 s, quadratic; see _TIMED_LINE)
_STAMP = re.compile(
    r"^[ \t]*(?:\([ \t]*)?(?:(?:last[ \t]+)?updated?|published|posted|filed)(?:[ \t]*:)?\s*(?:on\s+)?"
    rf"(?:{_WORDED}|{_NUMERIC})",
    re.IGNORECASE | re.MULTILINE,
)
# a line that is only a full date and its clock time; a date line without one is reference._dateline's. Spaces and
# tabs only, never \s: a run of blank lines read by two \s* on either side of an optional bracket backtracks
# through every way of sharing it out. For the same reason each optional mark takes the spaces after it, so no two
# runs of spaces meet with only an optional mark between them (a line of a date and 1,000 spaces took 3 s, cubic)
_TIMED_LINE = re.compile(
    rf"^[ \t]*{_WORDED}[ \t]*(?:,[ \t]*)?(?:\([ \t]*)?\d{{1,2}}[:.]\d\d[ \t]*"
    r"(?:[ap]\.?m\.?[ \t]*)?(?:[A-Z]{2,4}[ \t]*)?(?:\)[ \t]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
# a weekday and full date in the page's head, not after a word in lower case, which makes it a date the story
# tells of ("on Friday, ...", "is set for Tuesday ...")
_HEAD_CHARS = 400
_HEAD_DAY = re.compile(rf"\b{_WORDED}", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\S+)[ \t,]*\Z")
# the paper's name and date closing the story: on the line of its last sentence, a name in title case, a colon,
# the date. Not a line of its own: a fact box's "Born: <date>" is no stamp
_CLOSING = re.compile(
    rf"[.!?\"'\u201d][ \t]+(?-i:(?:[A-Z][\w&'.-]*[ \t]+){{0,4}}[A-Z][\w&'.-]*):[ \t]*{_WORDED}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Mar. 24 (<Agency>)": an agency dateline, read only to choose between the two readings of "4/3/2011"
_AGENCY_DAY = re.compile(rf"\b({MONTH_ALT})\.?\s+(\d{{1,2}})\s*\(", re.IGNORECASE)
# a wire dateline's month and day ("<CITY>, Mar 24 (<Agency>) -") with the year its closing tag writes
# ("(END/2011)", the press service's end mark): the dateline is the day the story was filed
_WIRE_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]+(?:,[ \t]*[A-Z][\w .'-]*)?,[ \t]+(?P<m>(?i:{MONTH_ALT}))\.?[ \t]+(?P<d>\d{{1,2}})[ \t]+\([A-Za-z]+\)",
    re.MULTILINE,
)
_END_YEAR = re.compile(r"\(END/(\d{4})\)")
# a broadcast transcript's opening note, the programme's name and the day it aired ('This is a RUSH transcript from
# "<Show>," March 6, 2015.'): what the speakers call today or tonight is that day. The name is kept to one line and
# 150 characters, so a page without the date after it costs one short scan
_TRANSCRIPT = re.compile(
    r"^[ \t]*This[ \t]+is[ \t]+a[ \t]+(?:rush[ \t]+)?transcript[ \t]+(?:from|of)[ \t]"
    rf"[^\n]{{1,150}}?,[\"'\u201d]?[ \t]+{_WORDED}",
    re.IGNORECASE | re.MULTILINE,
)


def stamped_day(text: str) -> date | None:
    """The day the page stamps, or None when it stamps none, or two that disagree."""
    found: set[date] = set()
    for m in _STAMP.finditer(text):
        d = _worded(m) if m.group("y") else _numeric(m, text)
        if d is None:
            return None
        found.add(d)
    for m in _TIMED_LINE.finditer(text):
        if (d := _worded(m)) is not None:
            found.add(d)
    # only with its weekday, which must agree: the page's own stamp, not a bare date in a headline; and only
    # when no other such date is written further down (a digest of several days' items stamps each one)
    days = {
        (m.start(), d)
        for m in _HEAD_DAY.finditer(text)
        if m.group("wd") and not _in_prose(text, m.start()) and (d := _worded(m)) is not None
    }
    if len({d for _, d in days}) == 1 and min(days)[0] < _HEAD_CHARS:
        found.add(min(days)[1])
    for m in _CLOSING.finditer(text):
        if (d := _worded(m)) is not None:
            found.add(d)
    # a web page's note may hold a no-break space inside its date ("July\xa08"): read as a space, same offsets
    for m in _TRANSCRIPT.finditer(text.replace("\xa0", " ")):
        if (d := _worded(m)) is not None:
            found.add(d)
    years = {int(y) for y in _END_YEAR.findall(text)}
    if len(years) == 1:
        (year,) = years
        for m in _WIRE_DATELINE.finditer(text):
            try:
                found.add(date(year, MONTHS[m.group("m").lower()], int(m.group("d"))))
            except (KeyError, ValueError):
                pass
    return found.pop() if len(found) == 1 else None


def _in_prose(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].islower()


def _worded(m: re.Match) -> date | None:
    try:
        d = date(
            int(m.group("y")), MONTHS[(m.group("m1") or m.group("m2")).lower()], int(m.group("d1") or m.group("d2"))
        )
    except ValueError:
        return None
    if m.group("wd") and _WEEKDAY[m.group("wd").lower()] != d.weekday():
        return None
    return d


def _numeric(m: re.Match, text: str) -> date | None:
    if m.group("iy"):
        try:
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        except ValueError:
            return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("ny"))
    readings = set()
    for month, day in ((a, b), (b, a)):  # American month first, British day first
        try:
            readings.add(date(year, month, day))
        except ValueError:
            pass
    if len(readings) > 1:
        # "4/3/2011" either way: the agency dateline's month and day choose, else neither
        agency = {(MONTHS[g.group(1).lower()], int(g.group(2))) for g in _AGENCY_DAY.finditer(text[:1000])}
        readings = {r for r in readings if (r.month, r.day) in agency}
    return readings.pop() if len(readings) == 1 else None
