"""Speakers, roles and affiliations on wire copy (issue 12), with the real model and pipeline.

The sentences are our own, in the shapes of errors read on unseen Reuters articles: a company's letters ("TWA",
"ATT", "S and P", "VW") speaking after its full name; a company run into an officer's title the model left untagged
("Pennzoil Co Chairman"); a letter or an order speaking for whoever wrote it; a "he" that went to the woman named
as the subject before instead of the man named after her.
"""

from __future__ import annotations

from quote_support import only, quotes_of


def test_an_airline_s_letters_speak_as_its_full_name(nlp) -> None:
    text = ("CHICAGO, May 4 - Trans World Airlines said it would add six daily flights to Denver next month.\n\n"
            "TWA said the new flights would use two leased jets.\n\n"
            "TWA also said it expected the route to make money within a year.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert len(speakers) == 3
    assert set(speakers) == {"Trans World Airlines"}


def test_a_name_with_and_cut_by_the_model_is_made_whole_by_its_letters(nlp) -> None:
    text = ("NEW YORK, May 4 - American Telephone and Telegraph said it would cut the price of long distance "
            "calls by four pct.\n\n"
            "ATT said the cut would save customers about 600 mln dlrs a year.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["American Telephone and Telegraph"] * 2


def test_letters_joined_by_and_stand_for_the_company_that_spoke(nlp) -> None:
    text = ("NEW YORK, May 4 - Standard and Poor's Corp said it lowered the debt ratings of two utilities.\n\n"
            "Among them is Southern Power Corp, which has 300 mln dlrs of bonds.\n\n"
            "S and P said the action reflected the cost of building a nuclear plant.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[-1] == "Standard and Poor's Corp"
    assert "S and P" not in speakers


def test_capitals_taken_in_order_from_one_word_name_the_company(nlp) -> None:
    text = ("FRANKFURT, May 4 - Volkswagen AG <VOWG.F> plans to build a new engine plant near Kassel, its board "
            "told workers.\n\n"
            "VW said the plant would employ about 2,000 people by 1990.")
    quote = only(quotes_of(nlp, text), "employ about 2,000")
    assert quote.speaker == "Volkswagen AG"


def test_letters_no_name_before_spells_stay_as_written(nlp) -> None:
    text = ("NEW YORK, May 4 - Shearson Lehman Brothers said it would open two offices in Tokyo.\n\n"
            "SLH said the offices would employ 40 people.")
    quote = only(quotes_of(nlp, text), "employ 40 people")
    assert quote.speaker == "SLH"


def test_a_company_run_into_an_officer_s_title_is_his_affiliation(nlp) -> None:
    text = ("DALLAS, May 4 - Kelton Co Chairman J. Harold Breyer told a meeting of analysts that the company will sell "
            "two refineries this year.\n\n"
            '"We have too much capacity for the market we serve," Breyer said.')
    quote = only(quotes_of(nlp, text), "too much capacity")
    assert quote.speaker == "J. Harold Breyer"
    assert quote.affiliation == "Kelton Co"


def test_a_letter_speaks_for_whoever_wrote_in_it(nlp) -> None:
    text = ("WASHINGTON, May 4 - The Federal Trade Commission answered the grocers' complaint in a letter saying "
            "it would study the pricing of milk in three states.")
    quote = only(quotes_of(nlp, text), "study the pricing")
    assert quote.speaker == "Federal Trade Commission"


def test_an_order_speaks_for_the_body_named_in_it(nlp) -> None:
    text = ("WASHINGTON, May 4 - The Federal Reserve Board approved the application of Midland Bancorp to buy a "
            "savings bank in Ohio.\n\n"
            "The Fed order said the purchase would not harm competition in the state.")
    quote = only(quotes_of(nlp, text), "would not harm competition")
    assert quote.speaker == "Federal Reserve Board"


def test_he_is_the_man_named_after_the_woman_who_was_the_subject(nlp) -> None:
    text = ("LONDON, May 4 - Prime Minister Margaret Thatcher has backed the plan from the start.\n\n"
            "Officials said the cabinet would approve it next week, a view repeated today by her trade minister, "
            "Robert Langley.\n\n"
            'He told a meeting of exporters, "We will not let the plan slip."')
    quote = only(quotes_of(nlp, text), "not let the plan slip")
    assert quote.speaker == "Robert Langley"
