"""What the analysis hands to the rest of newsreader: plain values, no spaCy objects.

Offsets are Python string indices into the text as given, end exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
ReferenceSource = Literal["given", "inferred", "none"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# the model's labels for amounts and times: a span so labelled names no one
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# the ones of them that say when
TIME_LABELS = frozenset({"DATE", "TIME"})
# the ones of them that count or measure: a figure, an amount ("by 5 percent", "a $2 billion fund")
AMOUNT_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})

# words a written name runs to at most, for rules that walk over one word by word: "Dr. Ana María Ruiz"
LONGEST_NAME = 4


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    label: str  # spaCy's label set: PERSON, ORG, GPE, LOC, NORP, ...
    canonical: str  # the name the article knows the referent by: "Xi" -> "Xi Jinping"
    role: str | None = None  # a title kept apart from the name: "President"


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str  # text[start:end], the outer extent
    spans: tuple[tuple[int, int], ...]  # the quoted pieces; one span unless split around a cue
    kind: QuoteKind
    speaker: str | None  # canonical name; None when the source is anonymous
    speaker_start: int | None = None  # the mention the speaker was resolved from
    speaker_end: int | None = None
    cue: str | None = None  # "said", "according to", ...
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_role: str | None = None  # the title or job the article gives the speaker: "President"
    affiliation: str | None = None  # the organisation the article ties the speaker to: "Amnesty International"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2025-09-02, 2025-05, 2025, 2025-W36, PRESENT_REF, P80Y, ...
    sentence_start: int
    sentence_end: int


_CALENDAR = re.compile(r"^\d{4}(-\d{2}){0,2}$")
_DAY_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T")


def calendar_value(kind: str, value: str) -> str | None:
    """Where a mention sits on a timeline: a DATE's calendar value (2025-09-02, 2025-09, 2025), or the
    day of a TIME ("last night", 2025-09-01TNI, is on 2025-09-01); None for lengths, sets, weeks
    and references such as PRESENT_REF."""
    if kind == "DATE" and _CALENDAR.match(value):
        return value
    if kind == "TIME" and (m := _DAY_TIME.match(value)):
        return m.group(1)
    return None


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    value: date | None = None
    source: ReferenceSource = "none"


@dataclass(frozen=True, slots=True)
class Analysis:
    reference_date: ReferenceDate = field(default_factory=ReferenceDate)
    entities: tuple[EntityMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
