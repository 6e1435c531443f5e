"""Two firms the model read as one name across 'and', the first closed by its legal form (real model and pipeline).
Passages of our own in the shape of wire copy, and a partnership whose 'and Co' comes before its legal form, which
the rule must leave whole."""

from __future__ import annotations

from entity_support import mentions


def test_a_legal_form_before_and_ends_the_first_firm(nlp) -> None:
    text = ("NEW YORK, May 4 - Halvern Ratings Corp said it cut the ratings of the holding firm and its units Brightwater "
            "Finance N.V. and Colliers Corp. The agency said the outlook was weak.")
    found = mentions(nlp, text)
    assert ("Brightwater Finance N.V.", "ORG", "Brightwater Finance N.V.") in found
    assert ("Colliers Corp.", "ORG", "Colliers Corp") in found
    assert not any(" and " in name for _, _, name in found)


def test_a_partners_firm_stays_whole(nlp) -> None:
    text = "NEW YORK, May 4 - Underwriters are Harlow Fenwick and Co Inc and Delmore Securities Inc, the company said."
    found = mentions(nlp, text)
    assert ("Harlow Fenwick and Co Inc", "ORG", "Harlow Fenwick and Co Inc") in found
    assert ("Delmore Securities Inc", "ORG", "Delmore Securities Inc") in found



def test_a_legal_form_before_and_ends_the_first_firm_whatever_follows(nlp) -> None:
    text = ("DENVER, May 4 - Pellham Outdoor Inc said it completed its purchase of the magazine group of Corbin Inc "
            "and Seafair.")
    found = mentions(nlp, text)
    assert ("Corbin Inc", "ORG", "Corbin Inc") in found
    assert ("Seafair", "ORG", "Seafair") in found


def test_a_co_before_and_ends_the_first_firm(nlp) -> None:
    text = ("NEW YORK, May 4 - Pellham Outdoor Inc said the new members of the average will be Tarrow-Bell Co and "
            "Lindquist Co, effective tomorrow.")
    found = mentions(nlp, text)
    assert ("Tarrow-Bell Co", "ORG", "Tarrow-Bell Co") in found
    assert ("Lindquist Co", "ORG", "Lindquist Co") in found


def test_a_partners_word_after_a_form_and_stays_in_the_name(nlp) -> None:
    text = "NEW YORK, May 4 - The shares were placed through Hollis Grant Co and Sons, the company said."
    found = mentions(nlp, text)
    assert not any(name == "Sons" for _, _, name in found)
