"""A firm named with 'and' inside ('<Town> Savings and Loan Association'): the model reads the 'and' as a list's and
opens the firm after it, leaving the words before it untagged. The name that ends on a legal form or a body's word
opens on them (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_firm_opens_before_its_and(nlp) -> None:
    found = mentions(nlp, "BOSTON, May 4 - Charter Home Savings and Thrift Association of Maine posted higher "
                          "profits.")
    assert ("Charter Home Savings and Thrift Association of Maine", "ORG",
            "Charter Home Savings and Thrift Association of Maine") in found
    assert not any(text.startswith("Thrift") for text, _, _ in found)


def test_a_firm_ending_on_a_bodys_word_opens_before_its_and(nlp) -> None:
    found = mentions(nlp, "BOSTON, May 4 - Charter Home Savings and Mortgage Association in Maine posted higher "
                          "profits.")
    assert ("Charter Home Savings and Mortgage Association", "ORG",
            "Charter Home Savings and Mortgage Association") in found


def test_a_front_the_article_names_alone_stays_apart(nlp) -> None:
    found = mentions(nlp, "It sold the plant to Kestrel Securities. Dealers will be Kestrel and Bankers Mutual "
                          "International Ltd. Paper will be sold monthly.")
    assert ("Bankers Mutual International Ltd.", "ORG", "Bankers Mutual International Ltd") in found
    assert not any(text.startswith("Kestrel and") for text, _, _ in found)


def test_a_list_before_the_and_is_left_alone(nlp) -> None:
    found = mentions(nlp, "The Cotton, Wool and Silk Exchange amended its rules on Monday.")
    assert ("Wool and Silk Exchange", "ORG", "Wool and Silk Exchange") in found
