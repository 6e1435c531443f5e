"""Entities in older agency copy, round 12: a dateline with the agency in brackets, or on a line of its own, names
its place as a reader writes it (real model, real pipeline).

The sentences are our own, each in the shape of a mistake seen on TempEval-3 news (AP, NYT, WSJ, Xinhua) that the
rules were not written from.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("LISBON, Portugal (AP)_ A court fined the party 20,000 escudos on Monday, the judge said.", "Lisbon"),
        ("GLASGOW (AP) --\n\nScottish police arrested two men on Tuesday after a raid on a warehouse.", "Glasgow"),
        ("HOUSTON _\n\nThe small bakery on Main Street sells bread and cakes to half the neighbourhood.", "Houston"),
        ("BRUSSELS, May 4 (Xinhua) --\n\nThe European Commission proposed new rules for farm aid on Tuesday.",
         "Brussels"),
    ],
)
def test_an_agency_dateline_names_a_place_as_a_reader_writes_it(nlp, text: str, place: str) -> None:
    found = entities_of(nlp, text)
    assert (place, "GPE") in found
    assert not {name for name, _ in found if name.isupper() and len(name) > 3}


def test_a_dateline_place_takes_the_spelling_the_article_gives_it(nlp) -> None:
    text = ("RIO DE JANEIRO, Brazil (AP)_ Thousands marched on Friday against the fare rise. Police in Rio de "
            "Janeiro said the march was peaceful.")
    found = entities_of(nlp, text)
    assert ("Rio de Janeiro", "GPE") in found
    assert not any(name.lower() == "rio de janeiro" and name != "Rio de Janeiro" for name, _ in found)
