"""A bare month naming a traded contract ("October crude", "December bonds", "for March delivery") is the
contract still trading, this month or one ahead, whatever the past tense of the price move; a month that dates
the deed ("in October crude output fell") or one the report has just left stays where the tense put it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

LATE_SUMMER = date(2031, 8, 29)


@pytest.mark.parametrize("text, expression, value", [
    ("On the exchange, October crude rose 40 cents to $31.10 a barrel in quiet dealing.", "October", "2031-10"),
    ("December bonds slipped half a point as dealers sold ahead of the jobs report.", "December", "2031-12"),
    ("A mill bought soft wheat for March delivery from an inland port, traders said.", "March", "2032-03"),
    ("Later in the session, March T-bills ended four basis points lower.", "March", "2032-03"),
])
def test_a_contract_month_is_the_one_still_trading(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # the month of the deed, not of the goods
    ("The refinery said that in March crude runs fell to their lowest level in a decade.", "March", "2031-03"),
    # a month just gone
    ("The July contract expired quietly, with little open interest left.", "July", "2031-07"),
    # no contract at all
    ("The council approved the plan in February after a long public hearing.", "February", "2031-02"),
])
def test_other_months_stay_where_the_tense_puts_them(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # a slash pair of shipment months, told in the past tense of the trade
    ("Traders said May/Jun shipments of rapeseed oil changed hands at 410 dlrs a tonne fob.", "May", "2032-05"),
    # a month a price is quoted for, alone or paired
    ("Mills paid 212 stg for March and 215 for April/May, merchants reported.", "March", "2032-03"),
    ("Mills paid 212 stg for March and 215 for April/May, merchants reported.", "April", "2032-04"),
    # a month a price is quoted at
    ("Refined olein went at 390 dlrs per tonne and June at 386, brokers reported.", "June", "2032-06"),
])
def test_a_month_a_dealer_quotes_a_price_for_is_still_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # figures of a month gone, with a sum of money but no dealer's price
    ("The trade gap for March was revised to 9 billion dlrs, the ministry said.", "March", "2031-03"),
    # a slash pair of months of past figures, not of goods
    ("Exports in Feb/Mar fell eight pct from a year before, customs data showed.", "Feb", "2031-02"),
])
def test_months_of_figures_stay_gone(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # a cash price quoted as a premium to a futures contract: the contract still trading
    ("Some 30,000 tonnes of Darvell corn traded for July shipment at 18 cents over May, dealers said.", "May", "2032-05"),
    ("Soybeans for June traded late yesterday at 22 over March, exporters said.", "March", "2032-03"),
])
def test_a_month_a_basis_is_quoted_over_is_still_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # no figure before "over", or no dealer's price in the sentence: the month stays where the tense put it
    ("Darvell sold more wheat than it traded over March, at 410 dlrs a tonne, dealers said.", "March", "2031-03"),
    ("Retail sales rose 3 pct over May, the statistics office said.", "May", "2031-05"),
])
def test_a_month_after_over_without_a_basis_stays(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # a list of contract months: the noun after the last names them all, and a month just gone is a year on too
    ("Oats for March, May and July delivery fell to new lows in light trade.", "March", "2032-03"),
    ("Oats for March, May and July delivery fell to new lows in light trade.", "May", "2032-05"),
    ("Oats for March, May and July delivery fell to new lows in light trade.", "July", "2032-07"),
    ("The March and July oats again set new contract lows.", "March", "2032-03"),
])
def test_a_list_of_contract_months_is_still_trading(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # a list of months of the deed, or with no contract noun after it
    ("In March and April crude output fell by two pct, the ministry said.", "March", "2031-03"),
    ("Exports rose in March and July, the ministry said.", "July", "2031-07"),
])
def test_a_list_of_months_of_the_deed_stays(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)
