"""A firm the model runs on from a wire dateline's date across its dash ('June 3 - Marbury Foods Inc') starts after
the dash: its name is the firm's alone, the date stays a date, and the later short name maps to the firm (real model
and pipeline).

Passages of our own in the shape of wire copy; and a span of dates written with a spaced dash, which stays whole.
"""

from __future__ import annotations

from entity_support import mentions


def test_a_firm_run_on_from_the_dateline_starts_after_the_dash(nlp) -> None:
    text = ("CHICAGO , June 3 - Marbury Foods Inc chairman Ted Lasker said the company would close its plant. Marbury "
            "said sales fell.")
    found = mentions(nlp, text)
    assert ("Marbury Foods Inc", "ORG", "Marbury Foods Inc") in found
    assert ("Marbury", "ORG", "Marbury Foods Inc") in found
    assert not any(word.startswith("June") and label != "DATE" for word, label, _ in found)


def test_a_span_of_dates_with_a_spaced_dash_is_not_cut(nlp) -> None:
    text = ("NEW YORK, May 4 - Harlow Partners said it bought 12,500 shares of Delmont Corp between "
            "March 13 - April 17, a filing showed.")
    assert not any(label == "ORG" and word.startswith("April") for word, label, _ in mentions(nlp, text))
