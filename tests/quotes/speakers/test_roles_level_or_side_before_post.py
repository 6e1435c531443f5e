"""A level of government or a side written right before a post ("said regional governor <Name>", "said Regional
President <Name>", "independent candidate <Name>", "deputy regional governor") is part of the role as the article
gives it (names README), where the post alone was shown. Real model; sentences and names of our own."""

from __future__ import annotations

from quote_support import described


def test_lower_case_level_before_a_post(nlp) -> None:
    text = 'The storm moved north. "We are ready," said regional governor Pavel Hruby.\n'
    assert described(nlp, text, "We are ready")[:2] == ("Pavel Hruby", "regional governor")


def test_capitalised_level_before_a_capitalised_post(nlp) -> None:
    text = 'The storm moved north. "We are ready," said Provincial Governor Pavel Hruby.\n'
    assert described(nlp, text, "We are ready")[:2] == ("Pavel Hruby", "Provincial Governor")


def test_side_before_a_post(nlp) -> None:
    text = 'Voters went to the polls on Sunday. "This city wants change," independent candidate Tomasz Wrobel ' \
           'told reporters.\n'
    assert described(nlp, text, "wants change")[:2] == ("Tomasz Wrobel", "independent candidate")


def test_a_longer_name_before_the_post_is_left_alone(nlp) -> None:
    text = 'Rates held steady. "We will wait," said Federal Reserve Chairman Paul Olsen.\n'
    assert described(nlp, text, "We will wait")[1] != "Federal Reserve Chairman"


def test_side_capitalised_only_for_opening_the_sentence(nlp) -> None:
    text = "The deal was signed on Tuesday. Opposition transport spokesman Pavel Hruby said it was thin.\n"
    assert described(nlp, text, "it was thin")[:2] == ("Pavel Hruby", "Opposition transport spokesman")
