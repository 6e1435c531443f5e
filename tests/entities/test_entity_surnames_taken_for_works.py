"""A surname written alone next to a quote mark ('," <Surname> told a news conference') that the model took for a
work's title is the person the article names in full under that surname (real model).

Our own sentences: made-up officials with hyphenated surnames, quoted after their full name; a work's one-word title
that is no one's surname in the article is left a work.
"""

from __future__ import annotations

from store.analysis import analyze


def _mentions(nlp, text: str, name: str) -> list[tuple[str, str]]:
    return [(e.label, e.canonical) for e in analyze(nlp, text).entities if e.text == name]


def test_surname_after_a_quote_is_the_person(nlp) -> None:
    text = (
        "Trade Council president Anders Kallio-Moreau said on Monday exports would rise.\n\n"
        '"We have to do more, and quickly," Kallio-Moreau told a news conference. Kallio-Moreau said the plan '
        "was ready.\n"
    )
    assert set(_mentions(nlp, text, "Kallio-Moreau")) == {("PERSON", "Anders Kallio-Moreau")}


def test_surname_before_a_speech_verb_is_the_person(nlp) -> None:
    text = (
        "Union chairman Jozef Brandt-Ilves said talks had failed.\n\n"
        '"The offer was too low," Brandt-Ilves said. "We will strike," Brandt-Ilves told Reuters.\n'
    )
    assert set(_mentions(nlp, text, "Brandt-Ilves")) == {("PERSON", "Jozef Brandt-Ilves")}


def test_a_title_that_is_no_ones_surname_stays(nlp) -> None:
    text = (
        "Critic Anders Kallio-Moreau said on Monday the novel Middlemarch was the best of its century.\n\n"
        '"Nothing comes close," Kallio-Moreau told a news conference.\n'
    )
    labels = {e.label for e in analyze(nlp, text).entities if e.text == "Middlemarch"}
    assert "PERSON" not in labels
