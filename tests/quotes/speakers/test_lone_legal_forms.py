"""A legal form left speaking alone (real model).

Our own sentences, in the shape of speaker errors read on unseen newswire: a firm the model did not tag, whose
name's first word the parse hung on the dateline, spoke as "corp" and so did every "it said" after it; the words
before the legal form on its line name the firm.
"""

from __future__ import annotations

from quote_support import quote_with, quotes_of


def test_a_lone_lower_case_legal_form_takes_the_name_before_it(nlp) -> None:
    text = ("ALBANY, N.Y., March 4 - Lindqvex corp said it would close two plants in Ohio.\n\n"
            "It said the closures would cost about 300 jobs.")
    first = quote_with(nlp, text, "close two plants")
    later = quote_with(nlp, text, "300 jobs")
    # the speaker's name gives the legal form as it is usually written (legal_forms.py)
    assert first.speaker == "Lindqvex Corp"
    assert later.speaker == "Lindqvex Corp"


def test_a_tagged_firm_keeps_its_name(nlp) -> None:
    text = "ALBANY, N.Y., March 4 - Quorvex Corp said it would close two plants in Ohio."
    assert quote_with(nlp, text, "close two plants").speaker == "Quorvex Corp"


def test_a_company_noun_with_nothing_named_before_it_stays_as_written(nlp) -> None:
    # "the company" is no legal form left from a name: nothing before it on the line is a name
    text = ("ALBANY, N.Y., March 4 - Quorvex Corp said it would close two plants in Ohio.\n\n"
            "The company said the closures would cost about 300 jobs.")
    assert all(" company" not in (q.speaker or "") for q in quotes_of(nlp, text))
