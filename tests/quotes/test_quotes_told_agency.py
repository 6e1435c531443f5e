"""'told Reuters Chile was current on its debt': with no "that", the model runs the agency told into the name that
opens the told clause ('Reuters Chile' as one name) or hangs it on that clause's subject as a modifier, and the
report then opened on the agency. The agency is the one told; what was told starts after it (quotes/clauses.py
past_outlet, cues.json told_outlets). A name that goes on after the agency ('Reuters Television') stays the one told.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_TOLD = [
    ("Lena Ortiz told Reuters Chile was current on its interest payments.", "Chile was current", "Lena Ortiz"),
    ("The officials told Reuters OPEC had asked them to hold their prices.", "OPEC had asked", "officials"),
    ("Tomas Berg told Reuters Norway would cut its output in May.", "Norway would cut", "Tomas Berg"),
    ("Two dealers told Reuters Sony was buying back its shares.", "Sony was buying", "dealers"),
    ("Jan Holm told Wikinews Oslo had agreed to the plan.", "Oslo had agreed", "Jan Holm"),
]


@pytest.mark.parametrize("text, fragment, speaker", _TOLD)
def test_what_was_told_starts_after_the_agency(nlp, text, fragment, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text.startswith(fragment)]
    assert hits and hits[0].speaker.lower() == speaker.lower(), [(q.text, q.speaker) for q in quotes]


_KEPT = [
    ("Ana Ruiz told Reuters Television the plan had failed.", "the plan had failed"),
    ("Residents told Reuters the fire, near the old mill, destroyed three barns.", "the fire, near the old mill"),
    ("Hal Voss told Reuters that the plant would close in May.", "that the plant would close"),
]


@pytest.mark.parametrize("text, fragment", _KEPT)
def test_the_agency_is_never_what_was_told(nlp, text, fragment):
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes if q.cue == "told"] and \
        all(q.text.startswith(fragment) for q in quotes if q.cue == "told"), [(q.text, q.speaker) for q in quotes]
