"""'former National Security Adviser <Name>': the model tags the post's field as an organisation, which names none
the article speaks of (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import entities_of


def test_the_field_of_an_advisers_post_is_no_organisation(nlp) -> None:
    found = entities_of(nlp, "The senator met former National Security Adviser Jane Holt on Monday. Holt said the "
                             "talks went well.")
    assert ("National Security", "ORG") not in found and ("Jane Holt", "PERSON") in found, found


def test_the_field_written_alone_elsewhere_stays(nlp) -> None:
    found = entities_of(nlp, "Trade Adviser Tom Reyes spoke on Monday. The Trade Commission said it would rule by "
                             "June, and Trade was the word of the day.")
    assert ("Trade Commission", "ORG") in found, found
