"""The first words after a dateline belong to the clause they open (real model): the parser may end a sentence on
the dateline's dash and start another a word or two later, so a report whose source comes last lost its subject's
first words ("Co is selling …" for "Halvorsen Co is selling …"). A cue among those words still starts nothing."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of

_TAIL = "\n\nThe plan still needs the approval of the board, which meets next week.\n\nREUTER"


@pytest.mark.parametrize("text, content", [
    ("CHICAGO, June 2 - Halvorsen Co is selling 100 mln dlrs of notes at par, said Smith Barney, the underwriter.",
     "Halvorsen Co is selling 100 mln dlrs of notes at par"),
    ("MADRID, Sept 3 - President Felipe Ortega is preparing a new budget to curb spending, the state radio reported.",
     "President Felipe Ortega is preparing a new budget to curb spending"),
])
def test_a_report_keeps_the_words_after_the_dateline(nlp, text, content):
    q = only(quotes_of(nlp, text + _TAIL), content[-30:])
    assert q.text == content, q.text


def test_a_cue_right_after_the_dateline_still_opens_its_content(nlp):
    text = "OSLO, May 4 - Norway announced its plan to cut cod quotas by a fifth next year." + _TAIL
    q = only(quotes_of(nlp, text), "cod quotas")
    assert q.text.startswith("its plan") and q.cue == "announced", (q.text, q.cue)
