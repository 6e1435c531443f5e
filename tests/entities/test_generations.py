"""'the younger Mr. <Surname>', 'the elder <Surname>': of a parent and a child the article names in full under one
surname, the age word picks the one the kinship noun says (real model).

Our own sentences: a former governor and 'his son <Name>'; the bare surname after 'the younger' is the son, after
'the elder' the father; with no kinship noun, or no age word, the surname is left as before.
"""

from __future__ import annotations

from store.analysis import analyze

LEAD = "Former Governor Walter P. Brannick Jr. and his son Cody Brannick were named in the filing on Monday.\n\n"


def _canonical_after(nlp, text: str, phrase: str) -> str:
    at = text.index(phrase) + len(phrase)
    mention = next(e for e in analyze(nlp, text).entities if e.start >= at and e.label == "PERSON")
    return mention.canonical


def test_the_younger_surname_is_the_son(nlp) -> None:
    text = LEAD + "The younger Mr. Brannick sat on the board of a Delaware fund for three years.\n"
    assert _canonical_after(nlp, text, "The younger") == "Cody Brannick"


def test_the_elder_surname_is_the_father(nlp) -> None:
    text = LEAD + "The filing says the elder Brannick met the fund's managers twice in Toronto.\n"
    assert _canonical_after(nlp, text, "the elder") == "Walter P. Brannick Jr."


def test_the_elder_surname_is_the_father_named_after_his_son(nlp) -> None:
    text = (
        "Cody R. Brannick, a fund manager, and his father, Walter Brannick, were named in the filing on Monday.\n\n"
        "The filing says the elder Brannick met the fund's managers twice in Toronto.\n"
    )
    assert _canonical_after(nlp, text, "the elder") == "Walter Brannick"


def test_without_a_kinship_noun_the_surname_is_left(nlp) -> None:
    text = (
        "Former Governor Walter P. Brannick Jr. and Cody Brannick were named in the filing on Monday.\n\n"
        "The younger Mr. Brannick sat on the board of a Delaware fund for three years.\n"
    )
    assert _canonical_after(nlp, text, "The younger") == "Walter P. Brannick Jr."


def test_a_bare_surname_without_an_age_word_is_left(nlp) -> None:
    text = LEAD + "Mr. Brannick sat on the board of a Delaware fund for three years.\n"
    assert _canonical_after(nlp, text, "Monday.") == "Walter P. Brannick Jr."
