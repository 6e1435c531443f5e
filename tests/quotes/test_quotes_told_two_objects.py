"""'told Reuters plans to X were Y': the parse gives the telling two objects, the one told and the subject of the
clause it reports; the words start at the second (real model). Our own sentences."""

from __future__ import annotations

from store.analysis import analyze


def test_the_first_of_two_objects_is_the_one_told(nlp) -> None:
    text = "Dorn told Reuters plans to cut the quota to 25 pct from 30 pct were unacceptable to his country.\n"
    quote = analyze(nlp, text).quotes[0]
    assert quote.text.startswith("plans to cut the quota")
    assert quote.speaker == "Dorn"


def test_one_told_run_into_the_subject_is_left_as_before(nlp) -> None:
    text = "Ana Ruiz told reporters talks with the union had broken down on Friday.\n"
    assert analyze(nlp, text).quotes[0].text.startswith("talks with the union")
