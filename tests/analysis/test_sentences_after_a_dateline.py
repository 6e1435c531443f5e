"""The words just after a wire dateline stay in the first sentence (real model and pipeline): with the dateline's
first word marked as a start, the parser made that word a sentence of its own and cut a firm's name from its verb
or a title from its name. Sentences of our own; a full stop there still ends the sentence."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, first",
    [
        ("DENVER, May 4 - Hollis Tooling Corp said it would close two plants in the spring.",
         "Hollis Tooling Corp said it would close two plants in the spring."),
        ("WASHINGTON, May 4 - President Marlowe said the talks would resume next week.",
         "President Marlowe said the talks would resume next week."),
        ("PARIS, Oct 2 - Finance Minister Paul Darrieux said the franc was stable.",
         "Finance Minister Paul Darrieux said the franc was stable."),
    ],
)
def test_the_first_words_after_a_dateline_open_one_sentence(nlp, text: str, first: str) -> None:
    sentences = [s.text for s in nlp(text).sents]
    assert sentences[1:] == [first]


def test_a_full_stop_after_the_dateline_still_ends_a_sentence(nlp) -> None:
    sentences = [s.text for s in nlp("NEW YORK, June 9 - Bay. It rained.").sents]
    assert sentences[1:] == ["Bay.", "It rained."]
