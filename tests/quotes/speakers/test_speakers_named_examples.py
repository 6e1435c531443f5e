"""A source given as a group and then named as its one example (real model).

Our own sentences, in the shape read in US political copy: "Some, such as <Name>, believe" given to "Some" (or to a
group named before), where the sentence names the one who holds the view.
"""

from __future__ import annotations

from quote_support import quote_with


def test_the_one_example_named_holds_the_view(nlp) -> None:
    text = (
        "Two members have said they will retire next year.\n\nSome, such as former Rep. Dana Whitcombe, "
        "believe the state will be in play in the general election as well."
    )
    assert quote_with(nlp, text, "the state will be in play").speaker == "Dana Whitcombe"


def test_two_examples_leave_the_group(nlp) -> None:
    text = (
        "Some, such as Dana Whitcombe and Ray Oduya, believe the state will be in play in the general election as well."
    )
    assert quote_with(nlp, text, "the state will be in play").speaker != "Dana Whitcombe"


def test_a_place_as_the_example_leaves_the_group(nlp) -> None:
    text = "Some states, such as Ohio, say the new rule will cost them millions of dollars a year."
    assert quote_with(nlp, text, "the new rule will cost").speaker != "Ohio"
