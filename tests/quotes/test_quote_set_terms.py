"""A document that sets terms and "calls for" something ('the agreement calls for a payment of X', 'the ruling, which
calls for damages') says what it provides or requires: no one appeals and no one's words are reported. A body or a
person that calls for something still appeals."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, absent", [
    ("The merger agreement calls for a cash payment of twelve dlrs a share.", "cash payment"),
    ("The brewer will appeal the ruling, which calls for damages of two mln dlrs.", "damages"),
    ("The tender calls for three cargoes of white sugar for June shipment.", "three cargoes"),
    ("Terms of the lease call for the tenant to pay all maintenance costs.", "maintenance costs"),
    ("The two ports signed a memorandum calling for a shared customs office.", "customs office"),
    ("Mandatory sentencing called for at least ten years in prison.", "ten years"),
    ("The new guidelines call for an inspection every two years.", "an inspection"),
])
def test_terms_a_document_sets_are_no_quote(nlp, text, absent):
    assert not any(absent in q.text for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]


@pytest.mark.parametrize("text, content", [
    ("The dockers' union called for an end to the import quotas.", "an end to the import quotas"),
    ("The senator called on the agency to publish its findings.", "publish its findings"),
])
def test_a_body_or_a_person_still_appeals(nlp, text, content):
    assert any(content in q.text for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]
