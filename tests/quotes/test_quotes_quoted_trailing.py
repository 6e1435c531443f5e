"""'Coal output will fall, the minister was quoted as saying.': wire copy passes on words another outlet printed
by closing the sentence on a passive 'was quoted as saying', which the parse hangs on the clause as a conjunct or
leaves with no clause at all. The one quoted is the source as in '…, officials said.' (quotes/trailing.py
_quoted_aux; quotes/quoted_as_saying.py for a parse that gives 'quoted' the clause). A quotation before it, and a
clause after 'saying', keep their own readings.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_QUOTED = [
    ("Coal output will fall sharply next year, Energy Minister Hal Voss was quoted as saying.",
     "Coal output will fall sharply next year", "Hal Voss"),
    ("The merger talks with the insurer went well, a senior Danish banker was quoted as saying.",
     "The merger talks with the insurer went well", "banker"),
    ("Sales fell because of the strike, the sources were quoted as saying.", "Sales fell because of the strike",
     "sources"),
    ("Exports will recover by June, the trade minister was quoted as saying in a newspaper interview.",
     "Exports will recover by June", "minister"),
]


@pytest.mark.parametrize("text, content, speaker", _QUOTED)
def test_the_one_quoted_closing_the_sentence_is_its_source(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text == content]
    assert hits and speaker in (hits[0].speaker or ""), [(q.text, q.speaker) for q in quotes]


_KEPT = [
    ("The mill was closed, Ana Ruiz was quoted as saying the union had lost.", "the union had lost"),
    ('"We will not sell," Ana Ruiz was quoted as saying.', '"We will not sell,"'),
]


@pytest.mark.parametrize("text, content", _KEPT)
def test_a_clause_after_saying_or_a_quotation_keeps_its_reading(nlp, text, content):
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == [content], [(q.text, q.speaker) for q in quotes]
