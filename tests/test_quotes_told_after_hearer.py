"""'told a news conference the fall of the mark meant X', 'told Reuters the contracts, costing X, were due':
with no "that" after the one told, the parse hangs the told clause's subject on the telling verb as a second object
and its verb elsewhere (quotes/told_that.told_after_hearer). A noun phrase right after a hearer, with a finite verb
of its own later in the sentence, is what was told; a relative clause on the noun and the teller's next act are not.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_TOLD = [
    (("Ola Brenner told a news conference the steady fall of the krona since the start of the year and the rise "
      "of the mark meant exporters were struggling."), "the steady fall of the krona", "Ola Brenner"),
    (("Tomas Ekdal told Reuters the orders for the new ferries, costing between one and two billion crowns, were "
      "due by the end of June."), "the orders for the new ferries", "Tomas Ekdal"),
    ("Petra Lund told an oil seminar the terminal, due for completion in 1990, is aimed at easing supply.",
     "the terminal, due for completion", "Petra Lund"),
    # a pronoun subject right after the one told
    (("Ola Brenner told a briefing it was settled at the last meeting of five Nordic central banks that rates would "
      "be held."), "it was settled", "Ola Brenner"),
]


@pytest.mark.parametrize("text, fragment, speaker", _TOLD)
def test_a_clause_after_the_hearer_is_what_was_told(nlp, text, fragment, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text.startswith(fragment)]
    assert hits and hits[0].speaker == speaker, [(q.text, q.speaker) for q in quotes]


_NOT_TOLD = [
    "Ola Brenner told the committee the budget figures and then left.",
    "Tomas Ekdal told reporters the plan he backed.",
    "Petra Lund told the board the whole story of the merger.",
]


@pytest.mark.parametrize("text", _NOT_TOLD)
def test_no_clause_after_the_hearer_is_no_report(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not quotes, [(q.text, q.speaker) for q in quotes]
