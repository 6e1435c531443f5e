"""Praise or blame with its reason ('the senator praised the volunteers for staying open') is a judgement the
subject voiced, reported over the one judged and the reason (real model); the same verbs with a bare object, or
with a 'for' that gives a span of time, stay a stance with no words reported."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("The mayor attacked the governor for his handling of the flood relief money.",
     "the governor for his handling of the flood relief money", "attacked", "mayor"),
    ("The senator praised the volunteers for staying open through the storm.",
     "the volunteers for staying open through the storm", "praised", "senator"),
    ("Consumer groups assailed the regulator for its slow answer to their letters.",
     "the regulator for its slow answer to their letters", "assailed", "Consumer groups"),
])
def test_praise_or_blame_with_a_reason_is_reported(nlp, text, content, cue, speaker):
    q = find(quotes_of(nlp, text), content[:15])
    assert (q.text, q.cue, q.kind) == (content, cue, "indirect")
    assert q.speaker is not None and speaker.lower() in q.speaker.lower()


@pytest.mark.parametrize("text", [
    "The senator praised the new bridge plan.",
    "Rebels attacked the convoy for two hours on Tuesday.",
    "The coach hailed the win for the whole town.",
])
def test_no_report_without_a_reason(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]
