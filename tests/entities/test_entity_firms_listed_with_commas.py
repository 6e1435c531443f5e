"""Firms listed with commas, some of them partners' names with commas of their own (real model and pipeline): a name
read back from its legal form runs over the partners the model tagged with their comma; a comma after a legal form
closes the firm before it, so the next one on the list does not open with that form; two firms the model ran
together across 'and' are two. Passages of our own in the shape of wire copy."""

from __future__ import annotations

from entity_support import mentions


def test_the_partners_before_the_comma_open_the_firms_name(nlp) -> None:
    found = mentions(nlp, "Smith Kemper, Harris Upham and Co will manage the offering.")
    assert ("Smith Kemper, Harris Upham and Co", "ORG", "Smith Kemper, Harris Upham and Co") in found


def test_a_comma_after_a_legal_form_closes_the_firm_before_it(nlp) -> None:
    text = ("The notes were sold through Lindqvist Barney, Harris Upton and Co Inc, Olsen Hatton and Co Inc and "
            "Morgan Kell and Co Inc.")
    found = mentions(nlp, text)
    assert ("Olsen Hatton and Co Inc", "ORG", "Olsen Hatton and Co Inc") in found
    assert not any(words.startswith("Co Inc") for words, _, _ in found)
    assert ("Lindqvist Barney, Harris Upton and Co Inc", "ORG", "Lindqvist Barney, Harris Upton and Co Inc") in found


def test_two_firms_run_together_across_and_are_two(nlp) -> None:
    found = mentions(nlp, "Lead managers are Wolcott, Sachs and Company and Eberstadt Lyle Inc.")
    assert ("Wolcott, Sachs and Company", "ORG", "Wolcott, Sachs and Company") in found
    assert ("Eberstadt Lyle Inc.", "ORG", "Eberstadt Lyle Inc") in found


def test_partners_joined_by_and_stay_one_firm(nlp) -> None:
    found = mentions(nlp, "The offering is managed by Walton Fisk, Harlan Dwyer and Co Inc.")
    assert ("Walton Fisk, Harlan Dwyer and Co Inc.", "ORG", "Walton Fisk, Harlan Dwyer and Co Inc") in found


def test_three_one_word_partners_before_the_firms_kind_are_one_firm(nlp) -> None:
    text = ("Its bonds carry an A-1 grade. Dunmore, Lasko and Pratt Securities Corp and Tovey Brothers Inc "
            "co-managed the deal.")
    found = mentions(nlp, text)
    assert ("Dunmore, Lasko and Pratt Securities Corp", "ORG", "Dunmore, Lasko and Pratt Securities Corp") in found
    assert not any(words == "Dunmore" for words, _, _ in found)


def test_a_firm_closed_by_its_legal_form_is_no_partner(nlp) -> None:
    found = mentions(nlp, "Shares of Dunmore Corp, Lasko and Pratt Securities Corp rose on Friday.")
    assert ("Dunmore Corp", "ORG", "Dunmore Corp") in found
    assert not any(words.startswith("Dunmore Corp,") for words, _, _ in found)
