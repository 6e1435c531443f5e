"""Four-digit numbers that are no years stay off the Dates panel and the Timeline (issue 12, item 4)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

PUBLISHED = date(2020, 8, 10)


def dated(nlp, text):
    return {d.text: d.value for d in analyze(nlp, text, PUBLISHED).dates}


@pytest.mark.parametrize("text, number", [
    ("The comet was spotted 1010 light-years away from the Sun by the observatory.", "1010"),
    ("The hurricane was 800 miles (1290 kilometers) west of the islands.", "1290"),
    ("She said the post could reach 2000 or 3000 likes by the evening.", "2000"),
    ("Passengers on flight 1347 from Doha were held at the airport overnight.", "1347"),
    ("They met in room 1208 of the ministry on Monday.", "1208"),
    ("Shares of KLMR 1014 fell 3 pct in early trading on the exchange.", "1014"),
])
def test_a_number_that_measures_or_labels_is_no_date(nlp, text, number):
    assert not any(number in expression for expression in dated(nlp, text))


@pytest.mark.parametrize("text, year", [
    ("The mayor was first elected in 1986 and has held the post since then.", "1986"),
    ("Lawmakers cut the 1990 budget again after a long debate.", "1990"),
    ("Prices have risen every month since 1979, the agency reported.", "1979"),
    ("The ministry expects the 1987 wheat crop to be a record.", "1987"),
    ("Delegates said the EC 1987 farm price package would cost more.", "1987"),
    ("Analysts see profit of four dlrs a share in 1991 and 4.75 dlrs in 1992.", "1991"),
    ("Unemployment fell from 12 pct in 1983 to 8.5 pct this spring.", "1983"),
    ("The minister said there was no 1988 budget yet for the new agency.", "1988"),
])
def test_a_year_used_as_a_year_stays(nlp, text, year):
    assert dated(nlp, text).get(year) == year
