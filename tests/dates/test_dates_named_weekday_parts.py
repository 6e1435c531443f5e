"""A part of a named weekday with "next" or "last" ("next Thursday night") lies on the day "next Thursday" names."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

THURSDAY = date(2021, 9, 16)


@pytest.mark.parametrize("text, expression, value", [
    # told on a Thursday, "next Thursday night" is a week ahead, never the report's own night
    ("The mayor is due to open the bridge next Thursday night.", "next Thursday night", "2021-09-23TNI"),
    ("The choir will rehearse again next Monday evening.", "next Monday evening", "2021-09-20TEV"),
    ("The museum reopened its east wing last Thursday morning.", "last Thursday morning", "2021-09-09TMO"),
])
def test_next_or_last_weekday_part(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY) == ("TIME", value)


def test_bare_weekday_part_still_follows_the_tense(nlp):
    text = "The mayor opened the bridge on Tuesday night."
    assert dated(nlp, text, "Tuesday night", THURSDAY) == ("TIME", "2021-09-14TNI")
