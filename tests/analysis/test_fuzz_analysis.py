"""Random texts through the whole analysis: it never raises and every span is sound."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from store.analysis import analyze

TIMEX_VALUE = re.compile(
    r"""^(?:
        (?:PRESENT|PAST|FUTURE)_REF
      | P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|Q|DE|CE|L|E))+        # durations: P80Y, PT5H, P3DE
      | (?:\d{1,4}|X{1,4})                                            # year, decade, century
        (?:-(?:\d{2}|XX|W(?:\d{1,2}|XX)(?:-[1-7])?|Q[1-4X]|H[12X]|SP|SU|FA|WI|WE))?
        (?:-(?:\d{2}|XX|WE))?
        (?:T(?:\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI|DT|XX))?
    )$""",
    re.VERBOSE,
)

WORDS = [
    "Monday", "Tuesday", "Wednesday", "Friday", "May", "March", "September", "2025", "1945", "3", "31st", "years",
    "since", "last", "next", "this", "year", "week", "ago", "will", "said", "told", "added", "according to", "he",
    "she", "Putin", "Xi Jinping", "the", "U.S.", "Kyiv", "earlier", "summer", "“", "”", "\"", "‘", "’", "«", "»",
    "'", ",", ".", "\n", "\n\n", "—", "Opec\"s", "today", "now", "P.M.", "80", "%",
]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join)
published = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


def check(nlp, text: str, when: date | None) -> None:
    result = analyze(nlp, text, when)
    n = len(text)
    for e in result.entities:
        assert 0 <= e.start < e.end <= n and text[e.start : e.end] == e.text
    for q in result.quotes:
        assert 0 <= q.start < q.end <= n and text[q.start : q.end] == q.text
        assert q.spans and all(q.start <= a < b <= q.end for a, b in q.spans)
        for a, b in ((q.speaker_start, q.speaker_end), (q.cue_start, q.cue_end)):
            assert (a is None) == (b is None) and (a is None or 0 <= a < b <= n)
    for d in result.dates:
        assert 0 <= d.start < d.end <= n and text[d.start : d.end] == d.text
        assert 0 <= d.sentence_start <= d.start and d.end <= d.sentence_end <= n
        assert d.type in ("DATE", "TIME", "DURATION", "SET")
        assert TIMEX_VALUE.match(d.value), d.value
    if when is not None:
        assert result.reference_date.value == when and result.reference_date.source == "given"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, when=published)
@example(text="us00[02_3 Tuesday", when=None)  # text spelt like clean()'s own form of "03/02/2013"
@example(text="0³ today", when=None)  # a superscript figure, which str.isdigit takes for a number
@example(text="She was mayor of the city, from 2008 to ²⁰¹⁶, before she left.", when=None)  # the same, as a year
@example(text="goalkeeper", when=None)  # a one-word post closing the text, which a two-word probe read past
@example(text="¶/ ¶/", when=None)  # a date span trimmed of its punctuation to nothing, then read past the end
def test_random_texts(nlp, text: str, when: date | None) -> None:
    check(nlp, text, when)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, when=published)
def test_random_texts_at_length(nlp, text: str, when: date | None) -> None:
    check(nlp, text, when)


@pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u2060"])
def test_zero_width_characters_stay_in_every_spans_text(nlp, invisible: str) -> None:
    text = f'Putin said on Monday {invisible} Monday that "Kyiv {invisible} will fall," Xi Jinping told reporters.'
    check(nlp, text, date(2025, 9, 2))
