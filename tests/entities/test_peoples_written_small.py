"""A people's adjective in wire copy sent all in small letters keeps its capital in the name a reader notes (real
model).

Our own sentences: 'the peruvian government', 'canadian dlrs' are the Peruvian and Canadian peoples' adjectives; the
same sentence in ordinary case is unchanged.
"""

from __future__ import annotations

from store.analysis import analyze


def _peoples(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in analyze(nlp, text).entities if e.label == "NORP"]


def test_a_peoples_adjective_in_small_letters_takes_its_capital(nlp) -> None:
    text = "lima, march 3 - the peruvian government said it would pay 40 mln canadian dlrs to the bank.\n"
    peoples = _peoples(nlp, text)
    assert ("peruvian", "Peruvian") in peoples
    assert all(canonical[:1].isupper() for _, canonical in peoples)


def test_written_with_its_capital_it_is_left(nlp) -> None:
    text = "LIMA, March 3 - The Peruvian government said it would pay the bank.\n"
    assert _peoples(nlp, text) == [("Peruvian", "Peruvian")]
