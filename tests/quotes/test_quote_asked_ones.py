"""A request names the one asked before its infinitive ('urged the council to reject the plan', 'called on <Name> to
resign'): the report takes the one asked with what they were asked to do. 'Pressed' and 'implored' ask as 'urged'
does, 'pressed' only someone named or a pronoun ('pressed the button to start it' asks nothing). 'Called a
meeting to discuss X' convenes something and asks no one; 'offered him a platform to speak' offers, asks nothing.

Our own sentences (real model)."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, content", [
    ("Mayor Elena Ruiz urged the city council to reject the harbour plan.",
     "the city council to reject the harbour plan"),
    ("The farmers' union called on Ottawa and Quebec City to do the same.", "Ottawa and Quebec City to do the same"),
    ("The mayor urged local residents in the valley to stay indoors.",
     "local residents in the valley to stay indoors"),
    ("The council encouraged its members at a meeting on Friday to vote early.",
     "its members at a meeting on Friday to vote early"),
])
def test_the_one_asked_is_part_of_the_request(nlp, text, content):
    found = [q.text for q in quotes_of(nlp, text)]
    assert content in found, found


@pytest.mark.parametrize("text, absent", [
    ("The union called an emergency meeting to discuss the closure.", "an emergency meeting to discuss"),
    ("The network offered the senator a platform to answer his critics.", "the senator a platform"),
])
def test_no_one_asked(nlp, text, absent):
    assert not any(q.text.startswith(absent) for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]


@pytest.mark.parametrize("text, content", [
    ("The trade minister pressed Ottawa to lift the lumber tariffs.", "Ottawa to lift the lumber tariffs"),
    ("Governor Dana Whitcomb implored the delegates to unite behind the nominee.",
     "the delegates to unite behind the nominee"),
])
def test_pressed_and_implored_ask(nlp, text, content):
    found = [q.text for q in quotes_of(nlp, text)]
    assert content in found, found


@pytest.mark.parametrize("text", [
    "The mechanic pressed the red button to start the engine.",
    "The builder pressed ahead to finish the plant by June.",
])
def test_pressing_a_thing_asks_nothing(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]


def test_a_thing_ordered_is_no_one_asked(nlp):
    text = "The president had ordered the price cuts to offset higher import costs."
    assert not any(q.text.startswith("the price cuts") for q in quotes_of(nlp, text)), \
        [q.text for q in quotes_of(nlp, text)]


def test_a_request_with_no_one_named_is_as_before(nlp):
    text = "The governor was asked to resign over the scandal."
    assert not any(q.text.startswith("The governor") for q in quotes_of(nlp, text))
