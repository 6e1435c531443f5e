"""Figures, data and estimates given with who made them ("according to data from the housing office", "estimates
released by the cocoa council", "provisional figures from the central bank") speak for their maker, as a report
or a statement does (DESIGN.md, "Canonical names"), not as "data". Real model; sentences and names of our own.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_data_from_a_named_office(nlp) -> None:
    text = "MADRID - Home prices rose by 12% last year, according to data from the Tarvel Housing Office.\n"
    assert speaker_of(nlp, text, "Home prices rose by 12%") == "Tarvel Housing Office"


def test_data_released_by_a_named_office(nlp) -> None:
    text = "BERLIN - Factory orders fell in June, according to data released by the Federal Statistics Office.\n"
    assert speaker_of(nlp, text, "Factory orders fell in June") == "Federal Statistics Office"


def test_estimates_from_a_named_body(nlp) -> None:
    text = "LONDON - Cocoa stocks rose in April, according to estimates from the Marden Cocoa Council.\n"
    assert speaker_of(nlp, text, "Cocoa stocks rose in April") == "Marden Cocoa Council"


def test_figures_from_a_body_worded_as_a_common_noun(nlp) -> None:
    text = "OSLO - The current account deficit narrowed in August, according to provisional figures from the " \
        "central bank.\n"
    assert speaker_of(nlp, text, "The current account deficit narrowed") == "central bank"


def test_data_with_no_maker_stays_data(nlp) -> None:
    text = "ROME - Wheat imports rose by a fifth in March, according to the latest data.\n"
    assert speaker_of(nlp, text, "Wheat imports rose by a fifth") == "latest data"
