""""at 16:08 UTC", "as of 09:45 GMT": a clock written with a colon and its zone is a time of the report's day, which
the model leaves untagged (or reads the zone as an organisation); a colon figure with no zone after it is left to the model."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze


def _found(nlp, text, published=None):
    return [(d.text, d.type, d.value) for d in analyze(nlp, text, published).dates]


def test_colon_clock_with_zone(nlp):
    found = _found(nlp, "The main index was down 1.4% at 15:22 UTC, dealers said.", date(2012, 5, 9))
    assert ("15:22 UTC", "TIME", "2012-05-09T15:22") in found


def test_colon_clock_with_zone_opening_a_sentence(nlp):
    found = _found(nlp, "As of 09:45 GMT, the pound had recovered most of its losses.", date(2012, 5, 9))
    assert ("09:45 GMT", "TIME", "2012-05-09T09:45") in found


def test_a_colon_figure_with_no_zone_is_no_time(nlp):
    found = _found(nlp, "Voters backed the merger by a margin of 12:30 against the board's wishes.")
    assert not [t for t, _, _ in found if "12:30" in t]
