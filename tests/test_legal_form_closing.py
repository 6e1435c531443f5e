"""'…, said lead manager <Firm> Inc.' closing a sentence: the tokenizer keeps the legal form's full stop in the
name, the parse then labels the name the cue's punctuation and the report had no source (real model). Our own
sentences."""

from __future__ import annotations

from store.analysis import analyze


def _reports(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(nlp, text).quotes]


def test_a_firm_closing_the_sentence_is_the_source(nlp) -> None:
    text = ("Acme Holdings is raising 100 mln dlrs through a bond issue, said lead manager Northwind Securities Inc. "
            "The bonds pay eight pct a year.\n")
    reports = _reports(nlp, text)
    assert reports and reports[0][1] == "Northwind Securities Inc"
    assert reports[0][0].startswith("Acme Holdings is raising")


def test_a_company_closing_the_sentence_is_the_source(nlp) -> None:
    reports = _reports(nlp, "The plant will close next month, said Brightwater Co. It gave no reason.\n")
    assert reports and reports[0] == ("The plant will close next month", "Brightwater Co")


def test_a_firm_with_its_stop_inside_the_sentence_as_before(nlp) -> None:
    reports = _reports(nlp, "Brightwater Co. said the plant will close next month.\n")
    assert len(reports) == 1 and reports[0][0] == "the plant will close next month"
    assert reports[0][1].startswith("Brightwater Co")


def test_a_new_name_offered_for_a_vote_is_no_source(nlp) -> None:
    text = ("Shareholders will be asked to vote for a shorter name, Brightwater Corp. "
            "It said the old one confused buyers.\n")
    assert all(q.speaker != "Brightwater Corp" for q in analyze(nlp, text).quotes)


def test_a_firm_of_partners_closing_the_sentence_is_the_source(nlp) -> None:
    text = ("NEW YORK, April 9 - Acme Mills Inc is selling 75 mln dlrs of ten-year notes, priced at par to yield "
            "seven pct, said lead manager Hollis, Quarry and Co Inc.\nThe notes cannot be called for five years.\n")
    reports = _reports(nlp, text)
    assert reports and reports[0][1] == "Hollis, Quarry and Co Inc"
    assert reports[0][0].startswith("Acme Mills Inc is selling")


def test_a_firm_named_as_what_was_formed_is_no_source(nlp) -> None:
    text = "The shares were bought by a fund she set up last year, called Northwind Holdings Corp. It closed in May.\n"
    assert all(q.speaker != "Northwind Acquisition Corp" for q in analyze(nlp, text).quotes)


def test_a_firm_closing_a_paragraph_is_the_source(nlp) -> None:
    text = ("NEW YORK, June 1 - Acme Auto Trust, owned by Acme Bank, will sell 300 mln dlrs of bonds backed by car "
            "loans, said lead manager Northwind Securities Inc.\n\nThe bonds were priced at par.\n")
    reports = _reports(nlp, text)
    assert reports and reports[0][1] == "Northwind Securities Inc"
