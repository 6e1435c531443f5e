"""'sought refuge in Norway saying …', 'took a bus back to Lyon saying …': a place the subject is in, or goes to,
right before the participle does not speak; the subject does. A message "from Chile saying …" is still Chile's.
With the real model and pipeline; sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of


def test_the_place_gone_to_is_not_the_speaker(nlp) -> None:
    text = "Tom Vance caught a train back to Paris saying he was too tired to stay."
    assert speaker_of(nlp, text, "he was too tired") == "Tom Vance"


def test_the_place_of_asylum_is_not_the_speaker(nlp) -> None:
    text = "The four sailors have claimed political asylum in Britain saying they were persecuted at home."
    assert speaker_of(nlp, text, "they were persecuted") != "Britain"


def test_a_message_from_a_country_is_still_its_own(nlp) -> None:
    text = "Peru received a message from Chile saying it wanted to reopen the border talks."
    assert speaker_of(nlp, text, "it wanted to reopen") == "Chile"
