"""'told a news conference the bank was in talks', 'told Reuters the contracts, costing X, were due': wire copy
leaves out "that" after the one told (quotes/told_that.py). The parse then reads the told clause as a relative clause
on the hearer with no pronoun, or hangs the clause's subject on the telling verb as a second object and its verb
elsewhere. A clause that opens on its own subject right after the hearer, with nothing left for a relative to fill or
a finite verb of its own later in the sentence, is what was told; a real relative clause on the hearer or on the noun
after it, and the teller's next act, are not.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_TOLD = [
    # a bare clause the parse read as a relative one on the hearer
    ("Marta Quill told a news conference the bank was involved in merger talks.", "the bank was involved",
     "Marta Quill"),
    ("Dov Harlan told an oil seminar the pipeline is aimed at improving supply in the north.", "the pipeline is aimed",
     "Dov Harlan"),
    ("Ines Varga told a press conference the group has emerged as a major force in the talks.", "the group has emerged",
     "Ines Varga"),
    # a noun phrase the parse hung on the telling verb, its verb elsewhere
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
    "Marta Quill told the story the paper printed on Sunday.",
    "Dov Harlan told the reporters who came about the plan.",
    "Ola Brenner told the committee the budget figures and then left.",
    "Tomas Ekdal told reporters the plan he backed.",
    "Petra Lund told the board the whole story of the merger.",
]


@pytest.mark.parametrize("text", _NOT_TOLD)
def test_no_clause_after_the_hearer_is_no_report(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not quotes, [(q.text, q.speaker) for q in quotes]
