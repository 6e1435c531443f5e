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


def test_a_firm_the_parse_leaves_unclassed_is_the_source(nlp) -> None:
    # the parse makes the name an unclassed dependent of the main verb, not its punctuation
    text = ("NEW YORK, May 4 - Ashgrove Stores Co is raising 40 mln dlrs through an offering of notes due 1998, "
            "said sole underwriter Grafton Lowe and Co Inc.\n\nThe notes have a seven pct coupon.\n")
    reports = _reports(nlp, text)
    assert reports and reports[0][1] == "Grafton Lowe and Co Inc"
    assert reports[0][0].startswith("Ashgrove Stores Co is raising") and reports[0][0].endswith("due 1998")


def test_a_verb_of_saying_parsed_as_the_reports_conjunct(nlp) -> None:
    # the parse joins 'said' to 'raising' and hangs the firm on it as punctuation: no ccomp, no subject
    text = ("NEW YORK, May 4 - Brightwater Foods Inc is raising 20 mln dlrs via an offering of convertible debentures "
            "due 2009 with a 7-1/4 pct coupon and par pricing, said sole underwriter Kestrel Harlan Securities Inc.\n\n"
            "The debentures can be converted into common stock.\n")
    reports = _reports(nlp, text)
    assert reports and reports[0][1] == "Kestrel Harlan Securities Inc"
    assert reports[0][0].startswith("Brightwater Foods Inc is raising") and reports[0][0].endswith("par pricing")


def test_a_unit_named_in_the_report_stays_in_it(nlp) -> None:
    text = ("NEW YORK, May 4 - Dunmore Rail Co, a unit of Kestrel Holdings Corp, is raising 30 mln dlrs through an "
            "offering of equipment trust certificates due 1989 to 2003, said lead manager Morgan Stanley and Co "
            "Inc.\n\n"
            "Morgan won the certificates in bidding.\n")
    reports = _reports(nlp, text)
    assert reports and reports[0][1] == "Morgan Stanley and Co Inc"
    assert reports[0][0].startswith("Dunmore Rail Co, a unit of")


def test_a_lead_that_reports_already_keeps_its_source(nlp) -> None:
    text = ("NEW YORK, May 4 - Ashgrove Stores Inc said it is raising 80 mln dlrs through an offering of notes due "
            "1996, said sole underwriter First Boston Corp.\n\nThe notes were priced at par.\n")
    assert all(q.speaker != "First Boston Corp" or not q.text.startswith("Ashgrove") for q in
               analyze(nlp, text).quotes)
