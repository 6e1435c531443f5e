""""In the autumn", "by the autumn": the model tags "the spring", "the summer" and "the winter" after a preposition
but leaves "the autumn" untagged; the season is found and placed by the tense like the others."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

MARCH = date(1987, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry line said its new route to Bergen would open in the autumn.", ("the autumn", "1987-FA")),
        ("The council hopes to settle the tram contract by the autumn, the mayor said.", ("the autumn", "1987-FA")),
        ("Fresh forecasts for the canal tolls will be ready before the autumn.", ("the autumn", "1987-FA")),
    ],
)
def test_the_autumn_after_a_preposition_is_the_season(nlp, text, expected):
    assert expected in date_values(nlp, text, MARCH)


@pytest.mark.parametrize(
    "text",
    [
        "The singer, in the autumn of her career, toured the mill towns once more.",
        "The figures beat the forecasts of the autumn statement by a wide margin.",
    ],
)
def test_the_autumn_of_something_is_no_date(nlp, text):
    assert not [t for t, _ in date_values(nlp, text, MARCH) if "autumn" in t.lower()]
