"""Words a crowd chants or screams in quotation marks are their direct quote, as shouted words are ('Protesters
chanted "No more cuts!"'; real model); a chant or a scream with no quotation marks reports no words."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, words", [
    ("Students marching past the town hall chanted \"No more cuts!\" on Friday.", "No more cuts!"),
    ("\"We want our jobs back,\" the workers chanted outside the plant.", "We want our jobs back"),
    ("When the speaker asked who would pay, the crowd screamed \"The bankers!\" at once.", "The bankers!"),
])
def test_chanted_words_in_quotation_marks_are_a_direct_quote(nlp, text, words):
    quote = only(quotes_of(nlp, text), words)
    assert quote.kind == "direct" and quote.cue in ("chanted", "screamed"), (quote.kind, quote.cue)


@pytest.mark.parametrize("text", [
    "Thousands of students marched through the capital chanting slogans against the new fees.",
    "Fans chanted his name as he left the pitch.",
    "She screamed in pain when the ladder slipped.",
])
def test_a_chant_without_quotation_marks_reports_nothing(nlp, text):
    assert not quotes_of(nlp, text)
