"""paired_words.written_only_paired, the question the '<A> and <B>' rules of cut_names and untagged ask: whether
the article writes a side of the pair nowhere but in it. Token texts of our own on a blank English vocabulary (no
model: the function reads only the tokens' texts and lower case)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from store.analysis.entities.paired_words import written_only_paired

_VOCAB = spacy.blank("en").vocab


def doc(text: str) -> Doc:
    return Doc(_VOCAB, words=text.split())


def test_a_front_written_only_before_and_and_the_back() -> None:
    d = doc("Orrel Tate and Vane Corp said . Orrel Tate and Vane shares rose")
    assert written_only_paired(d, ("Orrel", "Tate"), ("Vane",), "front")
    assert not written_only_paired(
        doc("Orrel Tate and Vane Corp said . Orrel Tate rose"), ("Orrel", "Tate"), ("Vane",), "front"
    )


def test_the_front_asks_nothing_of_the_back() -> None:
    d = doc("Orrel and Vane Corp said . Vane rose")
    assert written_only_paired(d, ("Orrel",), ("Vane",), "front")
    assert not written_only_paired(d, ("Orrel",), ("Vane",), "back")
    assert not written_only_paired(d, ("Orrel",), ("Vane",), "each")


def test_a_back_written_only_after_the_front_and_and() -> None:
    assert written_only_paired(
        doc("the Office for Parks and Rivers said ; Parks grew"), ("Parks",), ("Rivers",), "back"
    )
    assert not written_only_paired(
        doc("the Office for Parks and Rivers said ; Rivers rose"), ("Parks",), ("Rivers",), "back"
    )


def test_the_joining_word_is_any_and_unless_told() -> None:
    d = doc("Orrel & Vane said . Orrel AND Vane rose")
    assert written_only_paired(d, ("Orrel",), ("Vane",), "each")
    assert not written_only_paired(d, ("Orrel",), ("Vane",), "each", joins=lambda tok: tok.text == "&")
    assert not written_only_paired(d, ("Orrel",), ("Vane",), "each", joins=lambda tok: tok.lower_ == "and")


def test_one_word_on_both_sides_is_a_pair_only_at_either_place() -> None:
    d = doc("Orrel and Orrel Plc said")
    assert written_only_paired(d, ("Orrel",), ("Orrel",), "either")
    assert not written_only_paired(d, ("Orrel",), ("Orrel",), "each")
    assert not written_only_paired(d, ("Orrel",), ("Orrel",), "front")
    assert not written_only_paired(d, ("Orrel",), ("Orrel",), "back")


def test_a_pair_cut_by_the_articles_end_is_no_pair() -> None:
    assert not written_only_paired(doc("rose by Orrel and"), ("Orrel",), ("Vane",), "front")
    assert written_only_paired(doc("rose by Orrel and Vane"), ("Orrel",), ("Vane",), "front")
