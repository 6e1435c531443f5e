"""Rules made linear on hostile text (a run of spaces, a comma list, a run of clock times that made a pattern or a
walk grow with the square or the cube of it) give the answers they gave. The cost itself is measured by
tests/bench/hostile_text.py, not here: at 0f93650 each hostile case below took one to many seconds (some ran past
40 s), now milliseconds. Passages of our own."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze
from store.analysis.dates import component, page_stamps, reference
from store.analysis.entities.comma_names import bodies_named_with_commas
from store.analysis.types import DateMention

GAP = "The vote came on March 12, 2031" + " " * 20000 + "and ended at 9:30 a.m."


def _day_and_clock(text: str, clock: str) -> list[DateMention]:
    end = len(text)
    return [
        DateMention(17, 31, "March 12, 2031", "DATE", "2031-03-12", 0, end),
        DateMention(end - 9, end, "9:30 a.m.", "TIME", clock, 0, end),
    ]


def test_a_long_gap_of_spaces_between_a_day_and_its_clock_time() -> None:
    # no day written beside the clock time; on the reference day, the day its sentence names
    unplaced = _day_and_clock(GAP, "XXXX-XX-XXT09:30")
    assert component._clock_days_unanchored(GAP, unplaced) == unplaced
    on_ref = _day_and_clock(GAP, "2031-03-20T09:30")
    assert [m.value for m in component._clock_days(GAP, on_ref, date(2031, 3, 20))] == [
        "2031-03-12",
        "2031-03-12T09:30",
    ]


def test_a_day_beside_its_clock_time_still_gives_it_its_day() -> None:
    text = "The vote came on March 12, 2031, at 9:30 a.m."
    assert (
        component._clock_days_unanchored(text, _day_and_clock(text, "XXXX-XX-XXT09:30"))[1].value == "2031-03-12T09:30"
    )
    text = "The vote came on March 12, 2031 and ended at 9:30 a.m."
    assert (
        component._clock_days_unanchored(text, _day_and_clock(text, "XXXX-XX-XXT09:30"))[1].value == "XXXX-XX-XXT09:30"
    )


def test_the_gap_patterns_still_take_what_they_took() -> None:
    for gap in ("", " ", " , ", ", at ", " at\n", ",\tat "):
        assert component._DAY_BEFORE.fullmatch(gap.strip()), gap
        assert component._DAY_THEN_CLOCK.fullmatch(gap.strip()), gap
    assert component._DAY_THEN_CLOCK.fullmatch(" (".strip())
    assert not component._DAY_BEFORE.fullmatch(" (".strip())
    for gap in (" (", " local time (", "local time  (  "):
        assert component._ZONE_GAP.fullmatch(gap.strip()), gap
    for gap in (" and ", ", then at ", " local time "):
        assert not component._DAY_BEFORE.fullmatch(gap.strip())
        assert not component._ZONE_GAP.fullmatch(gap.strip())


def test_a_day_and_month_before_a_long_run_of_spaces_is_still_that_day() -> None:
    text = "Repairs began on Sept. 3" + " " * 20000 + "and ended."
    assert reference.agreeing_days(text, 2031, set(range(7))) == {date(2031, 9, 3)}
    # a year after it, past the comma and the spaces, still makes it no day of the year asked about
    assert reference.agreeing_days("on Sept. 3 ,  2030 the", 2031, set(range(7))) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Published" + " " * 20000 + "x",
        " " * 20000 + "x",
        "March 3, 2011" + " " * 20000 + "x",
        "March 3, 2011 9:30" + " " * 20000 + "x",
    ],
    ids=["stamp word", "line start", "date line", "date line and clock"],
)
def test_a_stamp_or_date_line_with_a_long_run_of_spaces_is_no_stamp(text: str) -> None:
    assert page_stamps.stamped_day(text) is None


def test_stamp_and_date_lines_are_still_read_with_their_spaces() -> None:
    assert page_stamps.stamped_day(" ( Published :  March 3, 2011)\nThe mayor spoke.") == date(2011, 3, 3)
    assert page_stamps.stamped_day("Filed on\t3/24/2011\nThe mayor spoke.") == date(2011, 3, 24)
    assert page_stamps.stamped_day("March 3, 2011 ,  ( 9:30  pm  EST )  \nThe mayor spoke.") == date(2011, 3, 3)
    assert page_stamps.stamped_day("March 3, 2011 9:30 pm EST x\nThe mayor spoke.") is None


def test_a_page_of_weekday_names_set_off_by_commas_names_no_body(nlp) -> None:
    doc = nlp.make_doc("Head " + "Monday, " * 6000 + "March 3.")
    assert not bodies_named_with_commas(doc, [], frozenset())


def test_a_body_named_with_commas_is_still_one_name(nlp) -> None:
    names = {
        e.text for e in analyze(nlp, "The Ministry of Roads, Bridges and Canals said the toll would rise.").entities
    }
    assert "Ministry of Roads, Bridges and Canals" in names


def _clock_run(n: int, sentences: bool = False) -> tuple[str, list[DateMention]]:
    text, found = "The bells rang at ", []
    for i in range(n):
        clock = f"{1 + i % 11}:{i % 60:02d} p.m."
        at = len(text) if sentences else 0  # a live blog's stamps, a sentence each, or one list
        found.append(DateMention(len(text), len(text) + len(clock), clock, "TIME", "2031-03-12T21:30", at, at))
        text += clock + ", "
    return text + "on Friday.", found


def test_a_long_run_of_clock_times_each_in_its_own_sentence_keeps_the_reference_day() -> None:
    text, found = _clock_run(3000, sentences=True)
    assert {m.value for m in component._clock_days(text, found, date(2031, 3, 12))} == {"2031-03-12T21:30"}


def test_clock_times_before_their_day_still_take_it() -> None:
    text, found = _clock_run(3)
    friday = DateMention(len(text) - 7, len(text) - 1, "Friday", "DATE", "2031-03-14", 0, 0)
    moved = component._clock_days(text, [*found, friday], date(2031, 3, 12))
    assert [m.value for m in moved[:3]] == ["2031-03-14T21:30"] * 3


def test_a_day_then_a_long_run_of_clock_times_in_one_sentence_gives_each_that_day() -> None:
    # the sentence's days are counted once, not read again for each clock time (at 2112060 this took seconds)
    text, found = _clock_run(3000)
    text = "On Friday " + text[: -len("on Friday.")] + "in the town."
    found = [DateMention(m.start + 10, m.end + 10, m.text, m.type, m.value, 0, 0) for m in found]
    friday = DateMention(3, 9, "Friday", "DATE", "2031-03-14", 0, 0)
    moved = component._clock_days(text, [friday, *found], date(2031, 3, 12))
    assert {m.value for m in moved[1:]} == {"2031-03-14T21:30"}


def _evening_then_friday(past: bool) -> list[str]:
    text = "On Monday it rained. The evening was cold and on Friday the bells rang, and at 9:30 p.m. they stopped."
    s = text.index("The")
    found = [
        DateMention(3, 9, "Monday", "DATE", "2031-03-10", 0, s - 1),
        DateMention(text.index("evening"), text.index("evening") + 7, "evening", "TIME", "2031-03-12TEV", s, len(text)),
        DateMention(text.index("Friday"), text.index("Friday") + 6, "Friday", "DATE", "2031-03-14", s, len(text)),
        DateMention(text.index("9:30"), text.index("9:30") + 9, "9:30 p.m.", "TIME", "2031-03-12T21:30", s, len(text)),
    ]
    starts = {found[1].start} if past else set()
    return [m.value for m in component._clock_days(text, found, date(2031, 3, 12), starts, [0, s])]


def test_a_time_moved_onto_a_day_counts_among_its_sentences_days() -> None:
    # the evening, told in the past, goes to Monday: its sentence then names two days, and the clock time stays
    assert _evening_then_friday(past=True) == ["2031-03-10", "2031-03-10TEV", "2031-03-14", "2031-03-12T21:30"]
    # left on the report's day, the evening names none: Friday is its sentence's one day
    assert _evening_then_friday(past=False) == ["2031-03-10", "2031-03-12TEV", "2031-03-14", "2031-03-14T21:30"]


def test_a_clock_time_before_its_sentences_only_day_keeps_the_reference_day() -> None:
    text = "The count began at 9:30 p.m., and the crowd sang until late on Friday."
    found = [
        DateMention(19, 28, "9:30 p.m.", "TIME", "2031-03-12T21:30", 0, len(text)),
        DateMention(text.index("Friday"), text.index("Friday") + 6, "Friday", "DATE", "2031-03-14", 0, len(text)),
    ]
    assert component._clock_days(text, found, date(2031, 3, 12))[0].value == "2031-03-12T21:30"
