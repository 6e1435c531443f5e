"""A firm's officer set off after the name as '<post> of the company' works for the firm the story is about (real
model).

Our own sentences, in the shape of wire copy about one firm: "the company's president" and "company president" gave
the story's firm already; "president of the company" after the name gave none.
"""

from __future__ import annotations

from quote_support import described

LEAD = "DENVER, March 3 - Halcon Drilling Corp said it expects higher earnings this year.\n"


def test_post_of_the_company_after_the_name(nlp) -> None:
    text = LEAD + "John Marsh, president of the company, said sales rose 12 pct in the first quarter."
    assert described(nlp, text, "sales rose") == ("John Marsh", "president", "Halcon Drilling Corp")


def test_two_posts_of_the_company(nlp) -> None:
    text = LEAD + "John Marsh, chairman and chief executive of the company, said sales rose 12 pct."
    assert described(nlp, text, "sales rose")[2] == "Halcon Drilling Corp"


def test_spokesman_for_the_company_after_a_quote(nlp) -> None:
    text = LEAD + "\"We see a better year,\" said Ann Cole, a spokesman for the company."
    assert described(nlp, text, "better year")[2] == "Halcon Drilling Corp"


def test_another_company_is_not_the_story_firm(nlp) -> None:
    text = LEAD + "John Marsh, president of the parent company, said sales rose 12 pct in the first quarter."
    assert described(nlp, text, "sales rose")[2] != "Halcon Drilling Corp"
