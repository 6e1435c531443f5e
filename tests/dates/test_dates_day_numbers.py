"""One test of a day's number serves every span rule (the day the model leaves out of "1 March", the pairs "25 and
26 April", a short month before "9, 2041", the slashed days): "1" to "31" in figures of any script, as int() reads
them and the values read them; no superscript, no count above a month's days, no figure of three."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from store.analysis.dates.token_shapes import day_number


@pytest.mark.parametrize("word, day", [
    ("1", True), ("09", True), ("31", True),
    ("\uff11\uff12", True),  # full-width "12"
    ("\u0663", True),  # Arabic-Indic "3"
    ("0", False), ("32", False), ("031", False), ("2041", False),
    ("\u00b2", False),  # a superscript two: a digit to str.isdigit, no number int() reads
    ("May", False), ("1st", False),
])
def test_a_day_number(nlp, word, day):
    assert day_number(nlp.make_doc(word)[0]) is day
