"""A short wire story names its firm once and goes on with "it" or with the firm's trade ("the automaker"): the
firm that spoke just before is the one speaking again (quotes/firm_it_again, speakers.words.COMPANY_NOUNS), where
the rules left the mention as no one or as the bare description. Our own sentences (real model)."""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_GOES_ON = [
    # a hyphenated name the model leaves untagged, then "it"
    (("DALLAS, March 2 - M-Tech Systems said it won an Army order for its radios.\n\nIt said the order is worth "
     "9 mln dlrs.\n"), "the order is worth", "M-Tech Systems"),
    # the firm's trade, bare or ranked
    (("DETROIT, March 2 - Harwell Motors Corp said it built 12,000 cars in May. The automaker said it also built "
     "3,000 trucks.\n"), "it also built", "Harwell Motors Corp"),
    (("DETROIT, March 2 - Harwell Motors Corp said it built 12,000 cars in May.\n\nThe number three automaker said "
     "it also built 3,000 trucks.\n"), "it also built", "Harwell Motors Corp"),
    (("DETROIT, March 2 - Output of cars fell in May, Harwell Motors Corp said. Sales also fell, the carmaker "
     "said.\n"), "Sales also fell", "Harwell Motors Corp"),
]


@pytest.mark.parametrize("text, fragment, speaker", _GOES_ON)
def test_the_firm_that_spoke_before_goes_on(nlp, text, fragment, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text.startswith(fragment)]
    assert hits and hits[0].speaker == speaker, [(q.text, q.speaker) for q in quotes]


def test_an_it_after_a_document_stays_no_one(nlp):
    # the report before is no firm's: figures show, and "it" has nothing written out to stand for
    quotes = quotes_of(nlp, "LONDON, March 2 - Output fell 5 pct in May, figures show.\n\nIt said exports also fell.\n")
    hits = [q for q in quotes if q.text.startswith("exports also fell")]
    assert hits and hits[0].speaker is None, [(q.text, q.speaker) for q in quotes]


def test_the_company_after_a_firm_the_model_left_untagged_is_that_firm(nlp):
    # the firm's name is cut by the model; whatever the first report is given, "the company" goes on as the same
    text = ("NEW YORK, March 2 - Harlan Oil R and M said it raised its crude oil prices by 50 cts a barrel. The "
            "company said its new price for light crude is 18 dlrs.\n")
    quotes = quotes_of(nlp, text)
    first = [q for q in quotes if q.text.startswith("it raised")]
    then = [q for q in quotes if q.text.startswith("its new price")]
    assert first and then and then[0].speaker == first[0].speaker != "company", [(q.text, q.speaker) for q in quotes]
