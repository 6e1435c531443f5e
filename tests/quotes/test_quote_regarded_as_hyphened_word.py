"""'painted the senator as an out-of-touch rich man who never paid his taxes': a hyphen inside a word, with no space
on either side, does not set the rest of the 'as' phrase off as a dash does (quotes/regarded_as.py); the view
goes on to the end of the phrase. A spaced dash still ends it.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_CASES = [
    ("The ad painted the senator as an out-of-touch rich man who never paid his taxes.",
     "the senator as an out-of-touch rich man who never paid his taxes"),
    ("Her rivals portrayed the mayor as a know-it-all newcomer who had never run a business.",
     "the mayor as a know-it-all newcomer who had never run a business"),
    ("Most voters view her as the abler one - with six in ten saying so in the latest survey.",
     "her as the abler one"),
]


@pytest.mark.parametrize("text, span", _CASES)
def test_the_view_runs_past_a_hyphen_inside_a_word(nlp, text, span):
    quotes = quotes_of(nlp, text)
    assert span in [q.text for q in quotes], [(q.text, q.kind) for q in quotes]
