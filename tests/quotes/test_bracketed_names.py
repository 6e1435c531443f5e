"""A report cut short at a bracketed name or ticker: wire copy writes '<Kestrel Mills Ltd>' and '<DSC>', and the
parse hangs the bracket and the words after it on the verb of saying. The report runs on through the brackets to
the end of the sentence (real model and pipeline; our own sentences)."""

from __future__ import annotations

from quote_support import quotes_of

_STAKE = "Harlow Group said it acquired a 20 pct stake in ailing <Kestrel Mills Ltd>, a mill in Leeds.\n"
_SALE = ("Officials told reporters they had doubts about the sale of Harlow Ltd <HRL> unit <Kestrel Mills Inc> to "
         "Dorset Corp <DSC>.\n")
_WHOLE = "Harlow Group said it bought a stake in <Kestrel Mills Ltd> from Dorset Corp.\n"


def _texts(nlp, text: str) -> list[str]:
    return [q.text for q in quotes_of(nlp, text)]


def test_the_report_runs_through_a_bracketed_name(nlp) -> None:
    assert any(t.startswith("it acquired a 20 pct stake") and "<Kestrel Mills Ltd>" in t for t in _texts(nlp, _STAKE))


def test_the_report_runs_through_a_name_and_its_buyer(nlp) -> None:
    assert any(t.startswith("they had doubts") and t.endswith("to Dorset Corp <DSC>") for t in _texts(nlp, _SALE))


def test_a_report_the_parse_kept_whole_is_left(nlp) -> None:
    assert any(t.startswith("it bought a stake in <Kestrel Mills Ltd> from Dorset") for t in _texts(nlp, _WHOLE))


def test_a_relative_clause_after_the_brackets_is_left_out(nlp) -> None:
    text = ("Ann Lee said the move could be seen as a reply to Dorset Bank AG <DBKG.F>, which entered the Welsh "
            "market last year, with the purchase of Kestrel Bank.\n")
    assert any(t.endswith("Dorset Bank AG <DBKG.F>") for t in _texts(nlp, text))


def test_a_source_after_the_brackets_stays_out(nlp) -> None:
    text = ("PARIS, May 4 - Three ministers met today to discuss the sale of the telephone maker <Cie Generale de "
            "Telephones>, a spokesman for the ministry said.\n")
    assert not any("spokesman" in t for t in _texts(nlp, text))
