"""'Shares in X' trade a firm: X is an organisation in every mention, its last word alone too, however the model
read it; a place's shares are traded in the place (real model; our own sentences)."""

from __future__ import annotations

from entity_support import labels_of


def test_shares_in_a_name_make_it_a_firm(nlp):
    text = ("Shares in Kestrel Morgan jumped 6% on Monday. Investors welcomed news of a takeover approach for "
            "Kestrel Morgan, which owns 40 shops. Morgan would not comment.")
    assert labels_of(nlp, text, "Kestrel Morgan") == {"ORG"}
    assert labels_of(nlp, text, "Morgan") == {"ORG"}


def test_shares_in_a_city_are_traded_there(nlp):
    text = "Shares in London fell sharply on Friday as oil prices rose. Traders in London said the fall would not last."
    assert "ORG" not in labels_of(nlp, text, "London")


def test_a_person_named_beside_the_shares_stays_a_person(nlp):
    text = ("Kestrel Morgan, the fund manager, said she had bought shares in the bank last year. Morgan said the "
            "price was too high.")
    assert labels_of(nlp, text, "Kestrel Morgan") <= {"PERSON"}


def test_a_nationality_that_qualifies_the_firm_stays_a_nationality(nlp):
    text = ("Shares in Irish oil company Corran Petroleum fell 40% on Monday after a drilling report. "
            "The Irish firm said it would drill again in the spring.")
    assert "ORG" not in labels_of(nlp, text, "Irish")
