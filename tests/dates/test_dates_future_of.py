""""The future of" a thing is its prospects, what lies ahead for it, not a time: "talks on the future of the mill"
names no date. "The future" alone, or "in the future", still refers ahead."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts

APRIL = date(1987, 4, 13)


@pytest.mark.parametrize(
    "text",
    [
        "The union and the owners met to discuss the future of the paper mill.",
        "Growers are worried about the future of the sugar quota.",
        "The vote is very important to the future of both provinces.",
    ],
)
def test_the_future_of_a_thing_is_no_date(nlp, text):
    assert "the future" not in date_texts(nlp, text, APRIL)


@pytest.mark.parametrize(
    "text",
    [
        "Growers are worried about the future.",
        "The bank will open more branches in the future.",
        "There could be a split in the future of the two trading arms.",
    ],
)
def test_the_future_alone_stays(nlp, text):
    assert "the future" in date_texts(nlp, text, APRIL)
