"""A company's results set out one figure a line: the abbreviated label opening each row ('Shr', 'Revs', 'Avg shrs')
and a figure 'not available' ('vs NA') name no one, though the model reads them as persons or firms (real model and
pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions

_TABLE = ("DOVER, Del., May 4 - Third qtr\n\nShr 12 cts vs 31 cts\n\nNet 4,100,000 vs 9,800,000\n\n"
          "Revs 61.4 mln vs 58.2 mln\n\nAvg shrs 34.1 mln vs 31.6 mln\n\nNine mths\n\nShr 44 cts vs NA\n\n"
          "Revs 180.3 mln vs 171.9 mln\n\nAvg shrs 33.8 mln vs 31.2 mln")


def test_row_labels_of_a_results_table_are_no_names(nlp) -> None:
    found = {text for text, label, _ in mentions(nlp, _TABLE) if label in ("PERSON", "ORG", "GPE", "LOC", "FAC")}
    assert not found & {"Shr", "Revs", "Avg", "NA"}, found


def test_a_row_with_no_year_ago_column(nlp) -> None:
    text = "DOVER, Del., May 4 - Shr loss two cts\n\nNet loss 410,000\n\nRevs 3.2 mln\n\nYear\n\nShr loss 9 cts"
    found = {text for text, label, _ in mentions(nlp, text) if label in ("PERSON", "ORG", "GPE", "LOC", "FAC")}
    assert not found & {"Shr", "Revs"}, found

