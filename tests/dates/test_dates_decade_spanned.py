""""over the next decade", "for the last decade", "throughout the coming decade": the ten years from or up to the
report, a length (P10Y), as "over the past decade" already was, not the calendar decade (the 2040s, the 2020s).
"in the next decade" and "It will be the next decade before ..." keep the calendar decade."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

_TOLD = date(2031, 6, 12)


@pytest.mark.parametrize("text, expression, kind, value", [
    ("The ferry company will spend $3 million on new boats over the next decade.", "the next decade", "DURATION",
     "P10Y"),
    ("The bakery has been busy for the last decade, its owner said.", "the last decade", "DURATION", "P10Y"),
    ("The rowing club has grown steadily over the last decade.", "the last decade", "DURATION", "P10Y"),
    # no word of a stretch before it: the calendar decade, as before
    ("The council expects the town to grow in the next decade.", "the next decade", "DATE", "204"),
    ("It will be the next decade before the bridge is finished.", "the next decade", "DATE", "204"),
])
def test_decade_spanned(nlp, text, expression, kind, value):
    assert (expression, kind, value) in dates_found(nlp, text, _TOLD)
