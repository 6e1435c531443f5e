"""A person who only owns the subject of a reported clause ("Marsh said that Mr. Harlow's stance could hurt him") is
no antecedent for the 'he' of the next sentence: the one who reported it speaks again, with the real model and
pipeline. Sentences of our own."""

from __future__ import annotations

import pytest
from quote_support import speaker_of

_QUOTED = (
    "Ken Marsh said that Mr. Harlow's moderate position could make it harder to raise money online. "
    "“It is hard,” he said."
)
_REPORTED = (
    "Ken Marsh said that Mr. Harlow's moderate position could make it harder to raise money online. "
    "He said the ads were weak."
)
# the owner of a main clause's subject is still the one a 'he' stands for
_ACTOR = "Actor Tom Harlow's appearance at the gala was brief. “I had a flight,” he said."


@pytest.mark.parametrize("text, fragment", [(_QUOTED, "It is hard"), (_REPORTED, "the ads were weak")])
def test_the_reporter_speaks_again_not_the_owner_in_his_report(nlp, text, fragment) -> None:
    assert speaker_of(nlp, text, fragment) == "Ken Marsh"


def test_an_owner_of_a_main_subject_is_still_he(nlp) -> None:
    assert speaker_of(nlp, _ACTOR, "I had a flight") == "Tom Harlow"
