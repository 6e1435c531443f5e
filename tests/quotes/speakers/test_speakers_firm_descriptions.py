"""A firm the story is about, called back by a description ("the car giant", "South Korea's top car maker"), speaks
under its name (issue 12), with the real model and pipeline. Sentences of our own, in the shape read on business
copy."""

from __future__ import annotations

from quote_support import speaker_of


def test_the_giant_is_the_company_named_before(nlp) -> None:
    text = ("Ford Motor Co is recalling 30,000 trucks. In addition, the car giant is calling back 17,000 sedans from "
            "the 2005 model year.")
    assert speaker_of(nlp, text, "17,000 sedans") == "Ford Motor Co"


def test_a_countrys_firm_of_a_kind_is_the_company_named_before(nlp) -> None:
    text = ("Hyundai Motor plans to build a second factory in India to meet rising demand. South Korea's top car "
            "maker estimates that the Indian market will grow 15% this year.")
    assert speaker_of(nlp, text, "Indian market will grow") == "Hyundai Motor"


def test_a_countrys_firms_are_no_one_company(nlp) -> None:
    text = ("Shares in Dublin rose on Thursday as Kerry Group Plc gained 3%. Several of Ireland's biggest companies "
            "said their profits would rise this year.")
    assert speaker_of(nlp, text, "profits would rise") != "Kerry Group Plc"


def test_a_persons_group_under_a_town_name_is_no_firm(nlp) -> None:
    text = ("Dr Ann Kerr of the Royal Free Hospital and colleagues screened 25,000 babies at the hospital.\n\n"
            "\"Three of the four children had the disease,\" Wakefield's group wrote in the Lancet medical journal.")
    assert speaker_of(nlp, text, "Three of the four") != "Royal Free Hospital"
