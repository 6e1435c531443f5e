""""This autumn", "this spring": the model tags "this <season>" in most places but leaves it out where a clause runs on
without a comma ("and this autumn the ferry ...") or the season stands between a verb and its object; the phrase is
then found and placed by the tense as the tagged ones are. "This fall" of a price is a drop, not the season."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

MARCH = date(1987, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said the canal was shut, and this autumn the ferry line will stop its night runs.",
         ("this autumn", "1987-FA")),
        ("The tram company plans to start selling this fall a cheaper weekly pass for canal workers.",
         ("this fall", "1987-FA")),
    ],
)
def test_this_season_left_untagged_is_found(nlp, text, expected):
    assert expected in date_values(nlp, text, MARCH)


@pytest.mark.parametrize(
    "text",
    [
        "Dealers said this fall in tin prices hurt the smelter more than the strike.",
        "The harbour pilots said this fall of three cents would not last.",
    ],
)
def test_this_fall_of_a_price_is_no_date(nlp, text):
    assert not [t for t, _ in date_values(nlp, text, MARCH) if "fall" in t.lower()]
