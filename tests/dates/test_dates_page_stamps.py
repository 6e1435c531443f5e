"""A web page's own date stamp pins the reference date when no publication date is given (dates/page_stamps.py)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze
from store.analysis.types import ReferenceDate

NONE = ReferenceDate(None, "none")


def reference(nlp, text):
    return analyze(nlp, text, None).reference_date


def value_of(nlp, text, expression):
    found = [d for d in analyze(nlp, text, None).dates if d.text == expression]
    assert found, expression
    return found[0].value


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Harbour crane collapses at Velmont port\nPublished 3/24/2011 2:05 PM\n"
                "VELMONT, March 24 (HWS) -- A crane owned by Dorrick Lines fell onto a cargo ship Thursday, officials said."
            ),
            date(2011, 3, 24),
        ),
        (
            (
                "Dorrick Lines sells its ferries\n(Filed: 24/03/2011)\nThe shipping group Dorrick Lines said on Thursday "
                "that it had sold its four ferries."
            ),
            date(2011, 3, 24),
        ),
        (
            "Updated: 2011-03-24 18:40\nDorrick Lines said on Thursday that it had sold its four ferries.",
            date(2011, 3, 24),
        ),
        (
            (
                "March 24, 2011 (2:05 PM EST)\nDorrick Lines Sells Its Ferries\nDorrick Lines said on Thursday that it "
                "had sold its four ferries."
            ),
            date(2011, 3, 24),
        ),
        (
            (
                "Dorrick Lines sells ferries Anna Velt, Harbour Wire Service Thursday, March 24, 2011 The shipping "
                "group said it had sold its four ferries."
            ),
            date(2011, 3, 24),
        ),
        (
            (
                'Dorrick Lines said on Thursday that it had sold its four ferries. "We had to," said Anna Velt. '
                "The Velmont Herald: March 25, 2011\n(C) All rights reserved"
            ),
            date(2011, 3, 25),
        ),
        (
            (
                "Ports agree on fees\nVELMONT, Mar 24 (HWS) - Dorrick Lines and two rival shippers agreed on new port "
                "fees, the group said.\nThe fees take effect in May. (END/2011)\nSend your comments to the editor"
            ),
            date(2011, 3, 24),
        ),
    ],
)
def test_a_page_stamp_pins_the_reference_date(nlp, text, day):
    assert reference(nlp, text) == ReferenceDate(day, "inferred")


def test_a_page_stamp_dates_the_weekdays_of_the_story(nlp):
    text = (
        "Harbour crane collapses\nPublished 3/24/2011 2:05 PM\n"
        "A crane owned by Dorrick Lines fell onto a cargo ship on Tuesday, officials said."
    )
    assert value_of(nlp, text, "Tuesday") == "2011-03-22"


@pytest.mark.parametrize(
    "text",
    [
        # a dateline a year off the page's update stamp: one of them is mistyped, so neither is trusted
        "4 March 2010\nDorrick Lines said today that it had sold its ferries.\nLast update: 05 March 2011 at 10:12",
        # "4/3/2011" read either way, with no agency dateline to choose
        "Published 4/3/2011\nDorrick Lines said on Thursday that it had sold its four ferries.",
        # a date the story tells of, not the page's stamp
        "The shipping group Dorrick Lines said it would sell its ferries on Thursday, March 24, 2011.",
        # a wire dateline's month and day with no year the page writes as its own
        "VELMONT, Mar 24 (HWS) - Dorrick Lines agreed on new port fees in 2010, the group said.",
        # a fact box's line of its own, not a paper's name after the story's last sentence
        "Anna Velt ran Dorrick Lines for ten years.\nBorn: May 3, 1950\nFounded: 1988",
        # a digest listing several days' items, each under its own day
        (
            "Harbour Notes Thursday, March 24, 2011 Dorrick Lines sells ferries\nCrane collapses at Velmont\n"
            "Harbour Notes Tuesday, March 22, 2011 Port fees rise\nStrike ends at Velmont"
        ),
    ],
)
def test_no_reference_date_where_the_page_does_not_pin_one(nlp, text):
    assert reference(nlp, text) == NONE


def test_a_dateline_a_few_days_before_the_page_stamp_is_the_story_day(nlp):
    text = "Thu Mar 24 2011 Departments\nHarbour news\nMarch 22, 2011\nDorrick Lines said it had sold its ferries."
    assert reference(nlp, text) == ReferenceDate(date(2011, 3, 22), "inferred")


@pytest.mark.parametrize(
    "text",
    [
        (
            'This is a RUSH transcript from "The Velmont Hour," March 6, 2015. This copy may not be in its final '
            "form.\n\nHOST: Tonight, Anna Velt of Dorrick Lines joins us."
        ),
        "This is a rush transcript from “Harbour Talk,” March 6, 2015.\n\nHOST: Anna Velt joins us tonight.",
    ],
)
def test_a_transcripts_opening_note_pins_the_day_it_aired(nlp, text):
    assert reference(nlp, text) == ReferenceDate(date(2015, 3, 6), "inferred")


def test_a_transcripts_day_dates_its_tonight(nlp):
    text = 'This is a RUSH transcript from "The Velmont Hour," March 6, 2015.\n\nHOST: Tonight, Anna Velt joins us.'
    assert value_of(nlp, text, "Tonight") == "2015-03-06TNI"


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's note with no day after the programme's name
        'This is a RUSH transcript from "The Velmont Hour." This copy may not be in its final form.',
        # a transcript the story tells of, not the page's own note
        "Anna Velt said a transcript from the hearing, released March 6, 2015, showed the deal.",
    ],
)
def test_no_reference_date_from_a_transcript_that_does_not_pin_one(nlp, text):
    assert reference(nlp, text) == NONE


def test_a_transcripts_note_with_a_no_break_space_in_its_date(nlp):
    text = 'This is a rush transcript from "The Velmont Hour," March\u00a06, 2015.\n\nHOST: Anna Velt joins us tonight.'
    assert reference(nlp, text) == ReferenceDate(date(2015, 3, 6), "inferred")
