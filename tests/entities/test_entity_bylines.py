"""A web page's byline in capitals on a line of its own ('By <FIRST> <SURNAME>' over 'Staff writer') names the
writer, whole, in the case the article writes the name in elsewhere, else in title case (real model and pipeline).
Pages of our own, made-up writers; a byline that signs for a desk names no one."""

from __future__ import annotations

from entity_support import mentions


def test_a_byline_in_capitals_names_the_writer_whole(nlp) -> None:
    text = (
        "Ministry weighs new rules on fishing boats\nBy TARO KOMINE\nStaff writer\nThe Fisheries Agency said Monday "
        "it will tighten rules on foreign fishing boats. Officials said the plan would be ready next month."
    )
    assert ("TARO KOMINE", "PERSON", "Taro Komine") in mentions(nlp, text)


def test_the_writer_named_again_at_the_foot_is_one_person(nlp) -> None:
    text = (
        "Port plan wins backing\nBy HANAKO YAMAZUMI\nThe city council backed a plan on Tuesday to widen the harbour "
        "at Kobe. The plan will cost about 3 billion yen.\nHanako Yamazumi is a former editorial writer for the paper."
    )
    found = [m for m in mentions(nlp, text) if m[2] == "Hanako Yamazumi"]
    assert [m[1] for m in found] == ["PERSON", "PERSON"]


def test_a_desks_byline_names_no_one(nlp) -> None:
    for byline in ("STAFF WRITER", "OUR CORRESPONDENT"):
        text = f"Trade talks open\nBy {byline}\nTrade talks opened in Lima on Monday."
        assert not any(m[1] == "PERSON" for m in mentions(nlp, text))
