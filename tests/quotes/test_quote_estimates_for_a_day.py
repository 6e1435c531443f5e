"""An estimate whose level comes after the day it is made for ('the central bank estimated the shortage in the
system today at around 1.2 billion stg', 'traders estimate the surplus tomorrow at about 700 billion yen') reports
the object, the day and the level (real model), as it does with no day between; an 'at' after the day that is no
level (a meeting) still leaves a bare object unreported."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, source", [
    ("Earlier, the Caldera Reserve Bank had estimated the shortage in the system today at around 1.2 billion stg.",
     "the shortage in the system today at around 1.2 billion stg", "caldera reserve bank"),
    ("Money brokers estimate the deficit tomorrow at about 650 billion yen.",
     "the deficit tomorrow at about 650 billion yen", "brokers"),
])
def test_a_level_after_the_day_is_the_estimate(nlp, text, content, source):
    q = find(quotes_of(nlp, text), content[:12])
    assert q.text == content and q.cue in ("estimated", "estimate") and q.kind == "indirect"
    assert q.speaker is not None and source in q.speaker.lower()


def test_a_meeting_after_the_day_is_no_level(nlp):
    assert not quotes_of(nlp, "The minister expects a decision today at the cabinet meeting in Orvale.")
