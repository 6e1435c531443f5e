"""A US state's or a Canadian province's abbreviation after a town and a comma is the state, dot or no dot,
whatever the model made of it (real model, real pipeline). A word after a comma that only spells like one, with no
town before it, is left alone."""

from __future__ import annotations

from entity_support import canonical_names, labels_of


def test_an_undotted_abbreviation_in_a_dateline_is_the_state(nlp) -> None:
    text = "SPOKANE, Wash, May 3 - Pinecrest Mills Inc said it will close a sawmill."
    assert labels_of(nlp, text, "Wash") == {"GPE"}


def test_an_abbreviation_before_a_double_stop_is_the_state(nlp) -> None:
    text = "Its silver mine outside Elko, Nev.. Output fell last year, the miner said."
    assert labels_of(nlp, text, "Nev") == {"GPE"}


def test_another_abbreviation_in_a_dateline_is_the_state(nlp) -> None:
    text = "MOBILE, Ala, June 9 - Harlow Care Corp said it sold two nursing homes."
    assert labels_of(nlp, text, "Ala") == {"GPE"}


def test_a_name_after_a_comma_with_no_town_before_it_is_left_alone(nlp) -> None:
    text = "In the end, Miss Ada Brown won the seat."
    assert "GPE" not in labels_of(nlp, text, "Ada Brown")


def test_a_capitals_abbreviation_in_a_capitals_dateline_is_the_state(nlp) -> None:
    text = ("WAUKEGAN, ILL., May 12 - Brightwater Valve Corp said it will cut its workforce by 40 jobs at its plant "
            "here.")
    assert labels_of(nlp, text, "ILL") == {"GPE"}


def test_another_capitals_abbreviation_in_a_dateline_is_the_state(nlp) -> None:
    text = "BOULDER, COLO., Aug 3 - Pinnacle Optics Inc said its quarterly sales rose nine pct."
    assert labels_of(nlp, text, "COLO") == {"GPE"}


def test_a_country_in_capitals_after_a_dateline_town_is_the_country(nlp) -> None:
    text = "KINGSTOWN, BARBADOS, Sept 8 - Sugar growers on the island asked for a higher cane price this season."
    assert labels_of(nlp, text, "BARBADOS") == {"GPE"}


def test_a_firm_in_capitals_after_a_comma_is_left_alone(nlp) -> None:
    text = "Shares of NORAN, IBM and Kodak rose on Monday, dealers said."
    assert "GPE" not in labels_of(nlp, text, "IBM")


def test_an_untagged_capitals_abbreviation_in_a_dateline_is_added_as_the_state(nlp) -> None:
    text = "DULUTH, MINN., Oct 14 - Larchwood Freight Corp said it will add two barges to its fleet."
    assert labels_of(nlp, text, "MINN") == {"GPE"}
    assert canonical_names(nlp, text)["MINN"] == "Minn"


def test_another_untagged_capitals_abbreviation_is_added_as_the_state(nlp) -> None:
    text = "TACOMA, WASH., Feb 2 - Cedar Rail Systems Inc said it hired a new treasurer."
    assert labels_of(nlp, text, "WASH") == {"GPE"}


def test_a_capitals_word_after_a_comma_later_in_the_text_is_not_added(nlp) -> None:
    text = "The loan went to Harbor Glass Corp, which said that it, too, will WASH, rinse and dry the panes."
    assert "GPE" not in labels_of(nlp, text, "WASH")


def test_a_province_after_a_dateline_town_is_the_province(nlp) -> None:
    text = "RIMOUSKI, Que., May 12 - About 30 workers were evacuated from a pulp mill after a chlorine leak."
    assert labels_of(nlp, text, "Que") == {"GPE"}


def test_a_longer_state_abbreviation_after_a_dateline_town_is_the_state(nlp) -> None:
    text = "ALTOONA, Penn., June 2 - Brennard Foods Inc said it will build a bakery."
    assert labels_of(nlp, text, "Penn") == {"GPE"}


def test_a_surname_spelt_like_an_abbreviation_with_no_town_stays_a_person(nlp) -> None:
    text = "Actor Dale Penn, who directed the play, thanked the cast. Penn said it had been a long year."
    assert labels_of(nlp, text, "Dale Penn") == {"PERSON"}
