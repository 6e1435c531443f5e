"""A wheat class graded before its season ("hard red winter", "dark northern spring") names the crop, not the season,
even where "wheat" does not follow."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts


@pytest.mark.parametrize(
    "text",
    [
        "The importer bought 50,000 tonnes of hard red winter and 20,000 tonnes of corn for May shipment.",
        "Exporters sold 30,000 tonnes of soft red winter to the mill, traders said.",
        "The tender asks for dark northern spring with 14 pct protein.",
    ],
)
def test_graded_season_is_no_date(nlp, text):
    assert not any(t.lower() in ("winter", "spring") for t in date_texts(nlp, text, date(1987, 3, 10)))


def test_a_season_the_story_is_in_stays(nlp):
    assert "this winter" in date_texts(nlp, "Farmers planted less wheat this winter, the ministry said.", date(1987, 3, 10))
