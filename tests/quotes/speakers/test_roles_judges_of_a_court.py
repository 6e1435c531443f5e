"""A judge's post named by the court's kind in capitals before the name ("U.S. District Judge <Name>", "Bankruptcy
Judge <Name>") is the role whole; the reader showed "Judge", which reads as a form of address. Real model;
sentences and names of our own."""

from __future__ import annotations

from quote_support import described


def test_a_district_judge(nlp) -> None:
    text = "U.S. District Judge Harold Benn ruled on Monday that the merger could go ahead.\n"
    assert described(nlp, text, "the merger could go ahead")[:2] == ("Harold Benn", "District Judge")


def test_a_bankruptcy_judge(nlp) -> None:
    text = "\"The plan is fair,\" said U.S. Bankruptcy Judge Laura Finch in Manhattan.\n"
    assert described(nlp, text, "The plan is fair")[:2] == ("Laura Finch", "Bankruptcy Judge")


def test_a_judge_alone_keeps_the_title(nlp) -> None:
    text = "\"The plan is fair,\" said Judge Laura Finch in Manhattan.\n"
    assert described(nlp, text, "The plan is fair")[:2] == ("Laura Finch", "Judge")
