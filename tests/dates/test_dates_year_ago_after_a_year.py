"""In a story that also reports a quarter, "a year earlier" after a whole year or a month its sentence opens on is
that year or month a year back ("output rose 3 pct in 1996 after 4 pct a year earlier", "February sales rose to 6 mln
from 4 mln a year before"), not the reported quarter a year back; a period named as a base after another leaves it
that period's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(1997, 3, 6)
QUARTER = "In the fourth quarter, tile output rose 1.2 pct from the third, the guild said. "


@pytest.mark.parametrize("text, words", [
    (QUARTER + "Tile output rose 3.1 pct in 1996 after a 4.2 pct rise a year earlier.", "a year earlier"),
    (QUARTER + "Ferrol Quarries Inc said fiscal 1996 net rose to 58 mln dlrs from 22 mln dlrs a year ago.",
     "a year ago"),
])
def test_year_back_from_the_sentence_year(nlp, text, words):
    assert (words, "1995") in date_values(nlp, text, REPORT)


def test_year_back_from_the_sentence_month(nlp):
    text = QUARTER + "Ferrol Quarries Inc said February sales rose to 6.3 mln dlrs from 4.4 mln dlrs a year before."
    assert ("a year before", "1996-02") in date_values(nlp, text, REPORT)


def test_year_named_as_a_base_leaves_the_first_period(nlp):
    text = QUARTER + ("Stocks at the end of December were 9 mln tonnes against 8 mln at end-1995 and 7 mln "
                      "a year earlier.")
    assert ("a year earlier", "1995") not in date_values(nlp, text, REPORT)
