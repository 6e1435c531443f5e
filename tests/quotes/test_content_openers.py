"""'said in view of X, it is weighing Y', 'said because of X, it would close Z': a phrase of cause, concession or
addition right after the verb of saying opens what was said; the parse hangs it on the cue (real model). Our own
sentences."""

from __future__ import annotations

from store.analysis import analyze


def _first(nlp, text: str) -> str:
    return analyze(nlp, text).quotes[0].text


def test_a_phrase_of_cause_opens_the_report(nlp) -> None:
    text = "Alder Inc said in view of the recent drop in its share price, it is considering a buyback of its stock.\n"
    assert _first(nlp, text).startswith("in view of the recent drop")


def test_a_concession_opens_the_report(nlp) -> None:
    text = "Alder Inc said despite the higher provision, book value should reach 17 dlrs a share.\n"
    assert _first(nlp, text).startswith("despite the higher provision")


def test_a_clause_the_parse_made_adverbial_is_reported(nlp) -> None:
    text = "Dorset Mills said because of the recent fall in prices, it would close two plants.\n"
    assert _first(nlp, text).startswith("because of the recent fall")


def test_an_occasion_of_the_saying_stays_out(nlp) -> None:
    assert _first(nlp, "Alder Inc said in a statement it will close the mill.\n") == "it will close the mill"
