"""'..." <Name> said.': a name right after a quotation's closing mark, before its verb, which the model took for a
work's title, is the speaker the article names elsewhere as a person or a firm (real model).

Our own sentences: a minister named in full, then by the surname after a question in quotation marks. A name after a
quotation the article gives nowhere else is left as the model had it.
"""

from __future__ import annotations

from store.analysis import analyze


def _after(nlp, text: str, phrase: str):
    at = text.index(phrase) + len(phrase)
    return next(e for e in analyze(nlp, text).entities if e.start >= at)


def test_a_surname_after_a_quoted_question_is_the_person(nlp) -> None:
    text = ("LUSAKA, June 3 - Finance Minister Kebby Mwansa-Tembo said debt payments would be cut.\n\n"
            "\"How can a country pay when its exports earn half of what they earned?\" Mwansa-Tembo asked.\n")
    found = _after(nlp, text, "what they earned?\"")
    assert (found.label, found.canonical) == ("PERSON", "Kebby Mwansa-Tembo")


def test_a_name_given_nowhere_else_is_left(nlp) -> None:
    text = ("LUSAKA, June 3 - Finance Minister Kebby Mwansa-Tembo said debt payments would be cut.\n\n"
            "\"Sales in the second half should be better than in the first,\" Harbour Steel said.\n")
    found = _after(nlp, text, "than in the first,\"")
    assert (found.text, found.label) == ("Harbour Steel", "WORK_OF_ART")
