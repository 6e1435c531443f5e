"""A party's name the model tagged only in part ("The Liberal Democrats" tagged "Democrats") speaks under the whole
name (issue 12), with the real model and pipeline. Sentences of our own, in the shape read on British political copy."""

from __future__ import annotations

from quote_support import speaker_of


def test_the_word_left_out_of_the_tag_is_part_of_the_name(nlp) -> None:
    text = ("The Liberal Democrats are promising to cut the tax paid by first-time buyers in a bid to win younger "
            "voters.")
    assert speaker_of(nlp, text, "to cut the tax") == "Liberal Democrats"


def test_a_sentence_opening_group_keeps_its_tag(nlp) -> None:
    text = "Senate Democrats said the bill would fail. The party's Republicans said it would pass."
    assert speaker_of(nlp, text, "the bill would fail") == "Democrats"
