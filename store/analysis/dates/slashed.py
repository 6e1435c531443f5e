"""Dates joined by a slash: where they are found (the span passes) and what they are read as (the value passes).

Three forms are read, all of them trade and budget talk:

- a year that runs over two calendar years, "a 1987/88 farm price package", "in 1986/87" (a farm, fiscal or season
  year): one expression, which the model reads as a number; it is dated by the year it starts in, and a day it is
  said to end on ("fiscal 1987/88 ending June 30") falls in the second year, whatever the tense made of the day;
- two months, "for May/June shipment", "March/April delivery", "during Jan/Sept": a trading period, which the model
  tags as one expression or not at all; each month is an expression of its own, as "June 29 and 30" are two days;
- two days, "for shipment June 10/July 10": the two ends of a shipping period, which the model tags as one
  expression dated by its first day; each day is an expression of its own.

The span passes make each end an expression of its own, cutting the model's one expression in two and keeping what
runs on after the ends when that still reads as a date; a month pair with its year after it ("August/September
1987") is left as the model read it, rather than without its year. The values are first read for each end alone,
so the tense may set the two ends of one period apart; the value passes set them back together:

- a span of months runs forward: the second month names the months' year better, so the first follows it (the
  tense may put "Jan" of a forecast for January to September a year ahead);
- a span of days runs forward and lasts less than a year: the first day, nearer the deed, names its year (the
  tense may send one end of "offered for Aug 5/Sept 5 loading" a year back);
- a period still dealt in has not yet run out: "May/July backwardation", "options on cargoes of Apr/May". A past
  verb ("the spread settled", "sold for") sends a period not yet begun a year back; figures told of months gone
  are written so too ("output fell in January/February against November/December"), but those months lie just
  behind the report; so a pair of bare months moves a year on only when its months a year on lie nearer the
  report than where the tense put them, and no year is named in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from ..doctext import column
from ..types import DateMention
from .token_shapes import dateish, day_number, month_word, year_word
from .value_shapes import CALENDAR, FULL_DAY, MONTH_VALUE, bare_month

# --- the spans -------------------------------------------------------------------------------------------------

_SPLIT_YEAR = re.compile(r"^((?:19|20)\d\d)/(\d\d)$")


def slashed_spans(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """The split years added to the spans, and each pair of slashed months or days made two spans."""
    spans.extend(_split_years(doc, covered))
    spans = _dashed_years(doc, spans, covered)
    spans = _slash_months(doc, spans, covered)
    return _slash_days(doc, spans)


def _split_years(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "a 1987/88 farm price package", "in 1986/87": one word, the two years' figures with the second one on."""
    out = []
    for i, text in enumerate(column(doc, "ORTH")):  # the words, not a Token per word
        m = _SPLIT_YEAR.match(text)
        if m and i not in covered and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
            out.append((i, i + 1))
            covered.add(i)
    return out


def _dashed_years(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """ "the 1984-85 harvest": three words, the split year written with a hyphen; the model tags all three, the
    first alone ("2031" of "the 2031-32 budget") or none."""
    for i, text in enumerate(column(doc, "ORTH")):
        if text != "-" or not dashed_split_year(doc, i) or not covered.isdisjoint((i, i + 1)):
            continue
        first = next(((s, e) for s, e in spans if e == i), None)
        if first is not None:
            spans.remove(first)
            spans.append((first[0], i + 2))
        elif i - 1 not in covered:
            spans.append((i - 1, i + 2))
        else:
            continue
        covered.update(range(i - 1, i + 2))
    return spans


def dashed_split_year(doc: Doc, i: int) -> bool:
    """The hyphen at i joins a year to the next one's last two figures, "1984-85" (a crop, fiscal or season year,
    as "1984/85" is): one expression, where "1982-86" is two years and "1991-1997" two."""
    if i < 1 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    first, second = doc[i - 1].text, doc[i + 1].text
    if not (len(first) == 4 and first.isdigit() and first[:2] in ("19", "20") and len(second) == 2
            and second.isdigit()):
        return False
    if i + 2 < len(doc) and doc[i + 2].text in ("-", "/") and not doc[i + 1].whitespace_:
        return False  # "1986-12-05" and its kin: a day, not two years
    return (int(first) + 1) % 100 == int(second)


def _glued_slashes(doc: Doc, width: int) -> Iterator[int]:
    """Where two ends of `width` words each are joined by a slash with no space on either side of it: the first
    end's first word."""
    texts = column(doc, "ORTH")  # the slashes found in the words: no Token made per word
    for i in range(len(doc) - 2 * width):
        if texts[i + width] == "/" and not doc[i + width - 1].whitespace_ and not doc[i + width].whitespace_:
            yield i


def _whole(spans: list[tuple[int, int]], i: int, width: int) -> tuple[int, int] | None:
    """The model's one expression over both ends at i, and maybe the noun after them."""
    return next(((s, e) for s, e in spans if s == i and e >= i + 2 * width + 1), None)


def _cut(doc: Doc, spans: list[tuple[int, int]], whole: tuple[int, int], i: int, width: int) -> None:
    """The whole expression made its two ends, and what runs on after them when it still reads as a date."""
    end = i + 2 * width + 1
    spans.remove(whole)
    spans += [(i, i + width), (i + width + 1, end)]
    if any(dateish(t) for t in doc[end:whole[1]]):
        spans.append((end, whole[1]))


def _slash_months(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """ "for May/June shipment": each month a span of its own, whether the model tagged the pair or not."""
    for i in _glued_slashes(doc, 1):
        if len(doc[i].text) < 3 or not (month_word(doc[i]) and month_word(doc[i + 2])):
            continue
        if i + 3 < len(doc) and year_word(doc[i + 3]):
            continue  # "August/September 1987": left as the model read it, rather than without its year
        whole = _whole(spans, i, 1)
        if whole:  # "April/May shipment": the model's entity runs on into the noun
            _cut(doc, spans, whole, i, 1)
        elif not covered.isdisjoint(range(i, i + 3)):
            continue
        else:
            spans += [(i, i + 1), (i + 2, i + 3)]
        covered.update(range(i, i + 3))
    return spans


def _slash_days(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "for shipment June 10/July 10": each day a span of its own, where the model tagged the pair."""
    for i in _glued_slashes(doc, 2):
        if not (month_word(doc[i]) and day_number(doc[i + 1]) and month_word(doc[i + 3]) and day_number(doc[i + 4])):
            continue
        whole = _whole(spans, i, 2)
        if whole:
            _cut(doc, spans, whole, i, 2)
    return spans


# --- the values ------------------------------------------------------------------------------------------------

# "fiscal 1987/88", "the 1986/87 fiscal year", "the financial year 1986/87", "fiscal 1987-88"; a trade's own year
# ends the same way ("coffee year 1986/87, ending September", "the 1986/87 crop year ending June")
_SPLIT_YEAR_END = re.compile(
    r"(?i)^(?:the )?(?:(?:fiscal|financial|business|crop|coffee|sugar|cocoa|marketing|season) )?(?:year )?"
    r"((?:19|20)\d\d)[/-](\d\d)"
    r"(?: (?:fiscal |financial |business |crop |coffee |sugar |cocoa |marketing )?(?:year|season))?$"
)
_END_GAP = re.compile(r"(?i)^,? (?:ending|ended|ends|to|through) (?:on )?$")
# a year of its own in the sentence: the period is that year's, not one still dealt in
_YEAR_NAMED = re.compile(r"(?i)\b(?:1[89]|20)\d\d\b|\b(?:last|previous|prior|past) year\b|\byears? (?:ago|earlier)\b")


def slashed_values(text: str, mentions: list[DateMention], ref: date | None) -> list[DateMention]:
    """The mentions with the day a split year ends on put in its second year, and the ends of each slashed
    period of months or days set together."""
    out = list(mentions)
    _split_year_ends(text, out)
    _month_ranges(text, out)
    _day_ranges(text, out)
    if ref is not None:
        _periods_ahead(text, out, ref)
    return out


def _slashed_pairs(text: str, mentions: list[DateMention]) -> Iterator[int]:
    """Each i whose mention follows the one before it across a bare slash."""
    for i in range(1, len(mentions)):
        if text[mentions[i - 1].end:mentions[i].start] == "/":
            yield i


def _split_year_ends(text: str, out: list[DateMention]) -> None:
    """ "fiscal 1987/88 ending June 30": the day falls in the second of the split year's calendar years."""
    for i in range(1, len(out)):
        m, n = out[i - 1], out[i]
        found = _SPLIT_YEAR_END.match(m.text)
        if found and n.type == "DATE" and CALENDAR.match(n.value) and len(n.value) > 4 \
                and _END_GAP.match(text[m.end:n.start]):
            out[i] = replace(n, value=f"{int(found.group(1)) + 1:04d}{n.value[4:]}")


def _month_ranges(text: str, out: list[DateMention]) -> None:
    """ "during Jan/Sept", "will arrive during Feb/May": the first month not after the second, in its year."""
    for i in _slashed_pairs(text, out):
        m, n = out[i - 1], out[i]
        if MONTH_VALUE.match(m.value) and MONTH_VALUE.match(n.value) and m.value > n.value:
            year = int(n.value[:4]) - (m.value[5:] > n.value[5:])
            out[i - 1] = replace(m, value=f"{year:04d}{m.value[4:]}")


def _day_ranges(text: str, out: list[DateMention]) -> None:
    """ "for shipment June 10/July 10": the second day not before the first nor a year past it, in the first's
    year."""
    for i in _slashed_pairs(text, out):
        m, n = out[i - 1], out[i]
        if not (FULL_DAY.match(m.value) and FULL_DAY.match(n.value)):
            continue
        first, second = m.value, n.value
        if second < first or int(second[:4]) - int(first[:4]) > 1 or (
            int(second[:4]) > int(first[:4]) and second[5:] >= first[5:]
        ):
            year = int(first[:4]) + (second[5:] < first[5:])
            out[i] = replace(n, value=f"{year:04d}{second[4:]}")


def _month_index(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])


def _periods_ahead(text: str, out: list[DateMention], ref: date) -> None:
    """ "the Jun/Aug spread narrowed": a pair of bare months wholly behind the report moved a year on when that
    puts it nearer the report."""
    at = ref.year * 12 + ref.month
    for i in _slashed_pairs(text, out):
        m, n = out[i - 1], out[i]
        if not (bare_month(m) and bare_month(n)):
            continue
        first, last = _month_index(m.value), _month_index(n.value)
        if last < first or last >= at or first + 12 - at >= at - last:
            continue
        if _YEAR_NAMED.search(text[m.sentence_start:m.sentence_end]):
            continue
        out[i - 1] = replace(m, value=f"{int(m.value[:4]) + 1:04d}{m.value[4:]}")
        out[i] = replace(n, value=f"{int(n.value[:4]) + 1:04d}{n.value[4:]}")
