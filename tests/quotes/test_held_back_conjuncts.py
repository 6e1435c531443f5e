"""'said X but did not elaborate': a conjunct of the reported clause by which the source held words back is the
writer's note on how much was said, not part of the report (real model). Our own sentences."""

from __future__ import annotations

from store.analysis import analyze


def _reports(nlp, text: str) -> list[str]:
    return [q.text for q in analyze(nlp, text).quotes]


def test_did_not_elaborate_is_left_out(nlp) -> None:
    text = "NEW YORK, May 4 - Kestrel Chemical Co said it is studying several ways to raise shareholder value but " \
           "did not elaborate.\n"
    assert _reports(nlp, text) == ["it is studying several ways to raise shareholder value"]


def test_a_pronoun_that_did_not_say_is_left_out(nlp) -> None:
    text = "TOKYO, May 4 - Finance Minister Taro Ueda told a press conference he expects the yen to stay firm " \
           "because of the accord but he did not say for how long.\n"
    assert _reports(nlp, text)[0].endswith("because of the accord")


def test_would_not_disclose_the_amount_is_left_out(nlp) -> None:
    text = "NEW YORK, May 4 - A Dunmore spokesman said the sale was for cash but would not disclose the amount.\n"
    assert _reports(nlp, text) == ["the sale was for cash"]


def test_a_conjunct_of_the_claim_stays(nlp) -> None:
    text = "NEW YORK, May 4 - Kestrel Chemical Co said it would sell the plant but did not raise its prices.\n"
    assert _reports(nlp, text)[0].endswith("but did not raise its prices")


def test_what_a_named_source_inside_the_report_held_back_stays(nlp) -> None:
    text = "Earlier the agency reported that Ana Ruiz confirmed that she had been offered a post at the bank but " \
           "would not say which one.\n"
    assert any(q.endswith("would not say which one") for q in _reports(nlp, text))


def test_the_question_held_back_is_no_report_of_its_own(nlp) -> None:
    text = "A Kestrel spokesman said Canada's biggest paper maker has been bidding for \"many\" U.S. mills, but would " \
           "not say whether Northwind was among them.\n"
    reports = _reports(nlp, text)
    assert not any(q.startswith("whether") for q in reports)
    assert reports and reports[0].endswith("U.S. mills")
