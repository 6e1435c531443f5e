"""'Deputy Secretary for Planning at the Treasury Ana Ruiz said': a post with its portfolio and the body it is held
at, run straight into the holder's name before the verb. The parse makes the post the subject (or the model runs
the body's name into the person's); the person speaks, the post is her role, the body her affiliation
(quotes/speakers/name_after_long_post.py).

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import described, speaker_of

_LONG_POSTS = [
    ("Kenyan Deputy Secretary for Planning at the Treasury Peter Mwangi said the budget was balanced.",
     "the budget was balanced", "Peter Mwangi"),
    ("The talks went well, Canadian Assistant Secretary for Trade at the Ministry of Commerce Julia Brennan said.",
     "The talks went well", "Julia Brennan"),
    ("Canadian Assistant Secretary for Trade at the Ministry of Commerce Julia Brennan said the talks went well.",
     "the talks went well", "Julia Brennan"),
]


@pytest.mark.parametrize("text, fragment, speaker", _LONG_POSTS)
def test_the_holder_of_a_long_post_speaks(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


def test_the_post_is_the_role_and_the_body_the_affiliation(nlp):
    text = "Kenyan Deputy Secretary for Planning at the Treasury Peter Mwangi said the budget was balanced."
    assert described(nlp, text, "the budget was balanced") == ("Peter Mwangi", "Deputy Secretary for Planning",
                                                               "Treasury")


def test_a_second_subject_is_no_holder(nlp):
    text = "The minister of trade and Julia Brennan said the talks had failed."
    assert speaker_of(nlp, text, "the talks had failed") != "Julia Brennan"
