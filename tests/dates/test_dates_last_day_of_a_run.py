""""On the last day, the senator spoke", "the convention's last night": after an article or a possessive, "last" picks
the end of a stretch the story tells, which was read as the day (or night) before the report. No calendar word
places it, so it is left out; "last night" alone and "over the last day" keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

REPORT = date(2021, 6, 9)


@pytest.mark.parametrize("text", [
    "On the last day, the senator gave a long speech in the main hall.",
    "On the last night, the governor spoke to delegates on the lawn.",
    "Farmers marched outside the hall on the last day of the summit.",
    "Friday is the last day investors may redeem units in the trust.",
    "The convention's last night drew a large television audience.",
])
def test_last_of_a_run_is_no_eve(nlp, text):
    found = date_texts(nlp, text, REPORT)
    assert not [t for t in found if "last" in t.lower()], found


def test_last_night_alone_is_the_eve(nlp):
    assert dated(nlp, "Last night, the directors said the offer was too low.", "Last night",
                 REPORT) == ("TIME", "2021-06-08TNI")


def test_over_the_last_day_is_kept(nlp):
    assert "the last day" in date_texts(nlp, "Grain prices fell sharply over the last day, traders said.", REPORT)
