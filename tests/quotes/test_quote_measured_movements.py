"""'Steel exports showed a sharp increase', 'the current account showed a surplus': a measured thing that shows a
change or a balance shows its own movement, a result like 'posted a loss', not a finding, so no quote (real model).
Figures, a return, a survey or a firm's accounts that show such a movement still report it."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_exports_showing_an_increase_is_no_quote(nlp):
    assert not quotes_of(nlp, "Steel exports showed a sharp increase in the first quarter.")


def test_output_that_should_show_growth_is_no_quote(nlp):
    assert not quotes_of(nlp, "The country's farm output should show modest growth next year.")


def test_the_current_account_showing_a_surplus_is_no_quote(nlp):
    assert not quotes_of(nlp, "The current account showed a surplus of two billion dlrs in May.")


def test_prices_showing_signs_of_easing_is_no_quote(nlp):
    assert not quotes_of(nlp, "Retail prices are showing signs of easing after a long climb.")


def test_shares_showing_gains_is_no_quote(nlp):
    assert not quotes_of(nlp, "Oil shares showed small gains in early trading on Tuesday.")


def test_figures_showing_an_increase_still_report(nlp):
    quote = only(quotes_of(nlp, "The latest trade figures showed a sharp increase in steel exports."), "increase")
    assert quote.cue == "showed" and quote.kind == "indirect", (quote.cue, quote.kind)


def test_a_weekly_return_showing_a_rise_still_reports(nlp):
    quote = only(quotes_of(nlp, "The bank's weekly return showed a small rise in reserves."), "rise")
    assert quote.cue == "showed", quote.cue


def test_a_firms_accounts_showing_a_deficit_still_report(nlp):
    quote = only(quotes_of(nlp, "The firm's accounts showed a deficit of 20 mln dlrs."), "deficit")
    assert quote.cue == "showed", quote.cue
