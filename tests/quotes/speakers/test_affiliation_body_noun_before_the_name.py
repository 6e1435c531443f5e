""""The federation's director, <Name>," and "The head of the council, <Name>," after the article named the federation
or the council: the one organisation named before with that word is the affiliation, as it is for the post set
after the name ("<Name>, the federation's vice president,"); two such organisations give none (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_owner_of_the_post_before_the_name(nlp) -> None:
    text = ("The Westmoor Farmers Federation won its appeal against the road plan on Monday.\n\n"
            "The federation's director, Helen Marwick, said the ruling would protect the marshes for a generation.")
    q = quote_with(nlp, text, "protect the marshes")
    assert q.speaker == "Helen Marwick"
    assert q.affiliation == "Westmoor Farmers Federation"


def test_body_the_post_is_held_at(nlp) -> None:
    text = ("The Harbour District Council will raise its fees in April.\n\n"
            "The head of the council, Daniel Okafor, said the money would pay for a new breakwater.")
    assert quote_with(nlp, text, "new breakwater").affiliation == "Harbour District Council"


def test_two_such_bodies_give_none(nlp) -> None:
    text = ("The Westmoor Farmers Federation and the Marsh Growers Federation won their appeal on Monday.\n\n"
            "The federation's director, Helen Marwick, said the ruling would protect the marshes for a generation.")
    assert quote_with(nlp, text, "protect the marshes").affiliation is None
