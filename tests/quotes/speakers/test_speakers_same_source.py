"""'The spokesman said' after 'a Kestrel spokesman said' is the same source (real model).

Our own sentences, in the shape of a speaker error read on unseen newswire: a source brought in after its
organisation ("a Kestrel spokesman", "a company spokeswoman") and taken up again as "the spokesman" was shown as a
second, bare "spokesman" with no affiliation. The later mention speaks under the first one's name and affiliation;
"a spokesman said" brings in someone new, who stays bare.
"""

from __future__ import annotations

from quote_support import quote_with


def test_the_spokesman_is_the_firms_spokesman_brought_in_before(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc agreed to buy a small bakery chain in Utah for 40 mln dlrs.\n\n"
            "The board will vote on the plan next week, a Kestrel spokesman said.\n\n"
            "The spokesman said no jobs would be cut at the bakeries.")
    later = quote_with(nlp, text, "no jobs would be cut")
    assert (later.speaker, later.affiliation) == ("Kestrel spokesman", "Kestrel Foods Inc")


def test_the_spokeswoman_after_a_company_spokeswoman(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc agreed to buy a small bakery chain in Utah for 40 mln dlrs.\n\n"
            "The deal should close by the end of June, said a company spokeswoman.\n\n"
            "The spokeswoman said the chain had sales of 12 mln dlrs last year.")
    later = quote_with(nlp, text, "sales of 12 mln dlrs")
    assert (later.speaker, later.affiliation) == ("company spokeswoman", "Kestrel Foods Inc")


def test_a_spokesman_is_someone_new(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc agreed to buy a small bakery chain in Utah for 40 mln dlrs.\n\n"
            "The board will vote on the plan next week, a Kestrel spokesman said.\n\n"
            "In Utah, a spokesman said the bakers had not been told of the sale.")
    later = quote_with(nlp, text, "not been told of the sale")
    assert later.speaker == "spokesman" and later.affiliation is None
