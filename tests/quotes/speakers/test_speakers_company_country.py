"""A company named with its home country ('Textiles Inc of Canada') speaks as the company alone (real model).

Our own sentences, in the shape of an error read on a dev article ("Dominion Textiles Inc of Canada" as the speaker
of "Dominion has said …").
"""

from __future__ import annotations

import pytest
from quote_support import quote_with

from store.analysis.quotes.company_countries import without_home_country


def test_a_company_named_with_its_country_speaks_without_it(nlp) -> None:
    text = "Northern Paperboard Ltd of Canada said it would buy Harlow Mills for 40 dlrs a share."
    assert quote_with(nlp, text, "it would buy Harlow Mills").speaker == "Northern Paperboard Ltd"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Dominion Textiles Inc of Canada", "Dominion Textiles Inc"),
        ("Bank of Canada", "Bank of Canada"),  # no legal form before "of": the country is part of the name
        ("Acme Holdings Ltd of Devon Street", "Acme Holdings Ltd of Devon Street"),  # no country after it
    ],
)
def test_only_a_country_after_a_legal_form_comes_off(name: str, kept: str) -> None:
    assert without_home_country(name) == kept
