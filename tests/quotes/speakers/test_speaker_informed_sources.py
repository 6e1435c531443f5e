"""An unnamed source described by what it knows keeps the description as its name: "people familiar with the
talks", "sources close to the negotiations", "a person with knowledge of the plan" (real model). Our own
sentences."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_according_to_people_familiar(nlp) -> None:
    text = "According to three people familiar with the talks, the bank is also weighing a sale of its insurance arm."
    assert find(quotes_of(nlp, text), "weighing a sale").speaker == "people familiar with the talks"


def test_trailing_people_familiar(nlp) -> None:
    text = "The insurer is weighing a sale of its car unit, two people familiar with the matter said."
    assert find(quotes_of(nlp, text), "weighing a sale").speaker == "people familiar with the matter"


def test_sources_close_to(nlp) -> None:
    text = "Sources close to the negotiations said the deal could be signed next week."
    assert find(quotes_of(nlp, text), "could be signed").speaker == "sources close to the negotiations"


def test_plain_people_stay(nlp) -> None:
    text = "Many people in the town said the new bridge had come too late."
    assert find(quotes_of(nlp, text), "come too late").speaker == "people"
