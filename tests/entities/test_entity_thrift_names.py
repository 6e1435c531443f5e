"""'First Federal Savings and Loan Association of <Town>', '<Name> Banking and Savings F.A.': a savings
institution's name opens before its 'and' on an ordinal the stop-word list holds ('First'), and closes on a thrift's
form ('F.A.', 'FSB') as a firm's on its legal form; the model opened the name after 'and' (real model and pipeline).
Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_bank_name_opening_on_first_keeps_its_front(nlp) -> None:
    text = "DOVER, Del., May 4 - First Federal Savings and Loan Association of Millbrook said it named a new president."
    names = {name for name, label, _ in mentions(nlp, text) if label == "ORG"}
    assert "First Federal Savings and Loan Association of Millbrook" in names
    assert "Loan Association of Millbrook" not in names


def test_a_thrift_form_closes_the_name(nlp) -> None:
    text = "DOVER, Del., May 4 - Kestrel Banking and Savings F.A. said it will sell notes to raise capital."
    names = {name for name, label, _ in mentions(nlp, text) if label == "ORG"}
    assert "Kestrel Banking and Savings F.A." in names
    assert "Savings F.A." not in names


def test_two_banks_opening_on_first_stay_two(nlp) -> None:
    # the front holds a bank's word of its own, its town after it: a whole bank's name before 'and'
    text = ("MINNEAPOLIS, April 1 - First Bank Alderton and First Bank Saint Paul, two units of First Bank Systems "
            "Inc, cut their base lending rates.")
    assert not any(name.startswith("First Bank Alderton and") for name, _, _ in mentions(nlp, text))


def test_a_thrift_the_model_left_untagged_at_the_lead_is_named(nlp) -> None:
    # the model tags no part of the name when it opens the item's first sentence; its form shows where it ends
    text = "DOVER, Del., June 2 - Kestrel Savings Bank FSB said it will take a charge of about 400,000 dlrs."
    assert ("Kestrel Savings Bank FSB", "ORG", "Kestrel Savings Bank FSB") in mentions(nlp, text)


def test_a_one_word_thrift_before_its_form_is_a_firm(nlp) -> None:
    text = "DOVER, Del., June 2 - Harlow FSB said it plans to become a state-chartered stock savings bank."
    assert ("Harlow FSB", "ORG", "Harlow FSB") in mentions(nlp, text)
