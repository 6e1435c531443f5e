"""A woman's title read whole before her name ('spokeswoman', 'chairwoman'), whatever its length, makes her the
"she" of a later quote (speakers/resolver.py, _word_before), with the real model and pipeline. Sentences of our
own; the names' first words are ones no list of women's names holds."""

from __future__ import annotations

from quote_support import speaker_of

from store.analysis.quotes.speakers.resolver import _word_before


def test_she_is_the_chairwoman_not_the_man_named_after_her(nlp) -> None:
    text = (
        "Company chairwoman Zhou Ping said the plant would close. Plant manager Tom Reyes said the staff had been "
        'told. Asked about the workers, she said, "They will all be offered new jobs."'
    )
    assert speaker_of(nlp, text, "new jobs") == "Zhou Ping"


def test_he_after_a_chairman_stays_with_the_man_named_last(nlp) -> None:
    text = (
        "Company chairman Zhou Ping said the plant would close. Plant manager Tom Reyes said the staff had been "
        'told. Asked about the workers, he said, "They will all be offered new jobs."'
    )
    assert speaker_of(nlp, text, "new jobs") == "Tom Reyes"


def test_the_word_before_is_a_whole_word() -> None:
    text = "a long line that ends with the spokeswoman Zhou Ping"
    assert _word_before(text, text.index("Zhou")) == "spokeswoman"
    text = "the Williams Zhou Ping"  # never the tail 'ms' of a longer word
    assert _word_before(text, text.index("Zhou")) == "williams"
    text = "x" * 40 + "ms Zhou Ping"  # a word cut by the window is not read
    assert _word_before(text, text.index("Zhou")) is None
