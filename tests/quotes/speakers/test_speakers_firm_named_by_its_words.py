"""'Harwell Savings Bank said it ended talks with Dorland Finance Corp ... The company said X': a firm whose name
ends in no legal form, that spoke first, is the company speaking again, not the firm with a legal form it named as
the other party, nor its parent (real model)."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_bank_that_spoke_is_the_company_not_the_other_party(nlp):
    text = ("Harwell Savings Bank said its talks on a sale to Dorland Finance Corp have been extended to May 2.\n\n"
            "The company said it expects to sign a final agreement with Dorland by June.")
    quote = only(quotes_of(nlp, text), "final agreement")
    assert quote.speaker == "Harwell Savings Bank", quote.speaker


def test_a_firm_with_its_legal_form_inside_its_name_is_the_company(nlp):
    text = ("Brandel Corp of America said a court in Ohio ruled against it in a suit filed by Wexcombe Tools Co.\n\n"
            "The company said the suit seeks 2.1 mln dlrs in damages.")
    quote = only(quotes_of(nlp, text), "damages")
    assert quote.speaker == "Brandel Corp of America", quote.speaker


def test_a_union_that_spoke_is_no_company(nlp):
    text = ("The United Mill Workers said it reached a pay accord with Harlow Steel Corp.\n\n"
            "The company said the accord covers 4,000 workers at two plants.")
    quote = only(quotes_of(nlp, text), "accord covers")
    assert quote.speaker == "Harlow Steel Corp", quote.speaker
