"""'Dutch members of the council said', opening the text after its dateline: the model tags no people in the
first word, and the speaker was lower-cased as a common word that only opens the sentence; a nationality keeps its
capital, in the source and in the 'They said' that follows (real model). Our own sentences."""

from __future__ import annotations

from store.analysis import analyze


def _speakers(nlp, text: str) -> list[str | None]:
    return [q.speaker for q in analyze(nlp, text).quotes]


def test_a_nationality_opening_the_lead_keeps_its_capital(nlp) -> None:
    text = ("UTRECHT, April 2 - Dutch members of the council said the milk quota cuts went too far.\n\n"
            "They said farmers would protest.\n")
    assert _speakers(nlp, text) == ["Dutch members", "Dutch members"]


def test_another_nationality_opening_the_lead(nlp) -> None:
    text = "RECIFE, April 2 - Brazilian officials said coffee exports would rise this year.\n"
    assert _speakers(nlp, text) == ["Brazilian officials"]


def test_a_common_noun_opening_the_lead_is_still_lower_cased(nlp) -> None:
    text = "RECIFE, April 2 - Dealers said coffee exports would rise this year.\n"
    assert _speakers(nlp, text) == ["dealers"]
