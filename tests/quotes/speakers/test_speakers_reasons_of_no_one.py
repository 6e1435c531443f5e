"""A cue that is an infinitive hung on a noun that is no one, with no one behind the noun ('there is no reason to
believe that …', 'there is a need to talk about …'), reports no one's words: the noun is never the speaker, and a
report with no source is no quote. One with someone behind the noun ('had every reason to know') keeps that person
(tests/quotes/speakers/test_speakers_round15.py). Sentences of our own, made-up persons and places."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            "Families in Dunmore fear new rules, and there is no reason to believe that the rules would spare them.",
            "the rules would spare them",
        ),
        ("There is a need to talk about the harm the mill did to Dunmore.", "the harm the mill did"),
    ],
)
def test_a_reason_or_a_need_is_no_speaker(nlp, text: str, fragment: str) -> None:
    assert not [q for q in quotes_of(nlp, text) if fragment in q.text and q.speaker in ("no reason", "reason", "need")]
    assert not [q for q in quotes_of(nlp, text) if fragment in q.text]


def test_someone_behind_the_reason_still_speaks(nlp) -> None:
    text = "Mayor Odile Fenwick had every reason to believe that the mill would reopen."
    assert [q.speaker for q in quotes_of(nlp, text) if "mill would reopen" in q.text] == ["Odile Fenwick"]
