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


def test_a_front_tagged_apart_opens_the_firm(nlp) -> None:
    found = mentions(nlp, "LONDON, May 4 - Shares in Cable and Rope Plc firmed in morning trading. Analysts said "
                          "Cable and Rope would gain from the deal.")
    assert ("Cable and Rope Plc", "ORG", "Cable and Rope Plc") in found
    assert ("Cable and Rope", "ORG", "Cable and Rope Plc") in found
    assert not any(text in ("Cable", "Rope Plc", "Rope") for text, _, _ in found)


def test_a_front_tagged_apart_opens_a_ministry(nlp) -> None:
    found = mentions(nlp, "TOKYO, May 4 - The plans were sent to the Post and Shipping Ministry, a ministry "
                          "official said.")
    assert ("Post and Shipping Ministry", "ORG", "Post and Shipping Ministry") in found


def test_a_front_tagged_apart_the_article_writes_alone_stays_apart(nlp) -> None:
    found = mentions(nlp, "TOKYO, May 4 - Post rose two yen. The plans were sent to the Post and Shipping "
                          "Ministry, a ministry official said.")
    assert ("Shipping Ministry", "ORG", "Shipping Ministry") in found
    assert not any(text.startswith("Post and") for text, _, _ in found)


def test_a_bodys_last_field_after_and_ends_its_name(nlp) -> None:
    found = mentions(nlp, "A spokeswoman for the Department for Schooling and Skills said the scheme would start "
                          "in May.")
    assert ("Department for Schooling and Skills", "ORG", "Department for Schooling and Skills") in found


def test_a_name_the_article_writes_alone_after_a_bodys_and_stays_apart(nlp) -> None:
    found = mentions(nlp, "A spokesman for the Ministry of Harbours and Kestrel Lines said the ferry would sail. "
                          "Kestrel Lines said it agreed.")
    assert ("Ministry of Harbours", "ORG", "Ministry of Harbours") in found
    assert not any(text.startswith("Ministry of Harbours and") for text, _, _ in found)


def test_a_founders_firm_written_again_apart_is_whole(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 4 - Tolliver and Western Inc said it sold a unit. Tolliver and Western "
                          "said the sale would close in June.")
    assert ("Tolliver and Western", "ORG", "Tolliver and Western Inc") in found
    assert not any(text == "Western" for text, _, _ in found)


def test_a_founders_firm_written_again_with_its_mark_is_whole(nlp) -> None:
    found = mentions(nlp, "LONDON, May 4 - Hallam and Pryce Plc said profits rose. Analysts said Hallam and "
                          "Pryce's units did well.")
    assert ("Hallam and Pryce", "ORG", "Hallam and Pryce Plc") in found
    assert not any(text in ("Hallam", "Pryce") for text, _, _ in found)


def test_a_founders_word_the_article_writes_alone_stays_apart(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 4 - Harbor and Western Inc said it sold a unit. Western said it would "
                          "sue. Harbor and Western said it had not seen the suit.")
    assert not any(text == "Harbor and Western" for text, _, _ in found)


def test_two_founders_named_as_persons_stay_apart(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 4 - Tolliver and Brannock Inc said it sold a unit. Jim Tolliver and Sue "
                          "Brannock, its founders, said they would stay. Tolliver and Brannock said the sale would "
                          "close.")
    assert not any(text == "Tolliver and Brannock" for text, _, _ in found)
