"""Speakers who hold several quotes in one article: one article-wide mistake costs all of them (real model).

The sentences are our own, each in the shape of a mistake read on news articles no rule had been written from
(DESIGN.md, "Canonical names").
"""

from __future__ import annotations

import pytest
from quote_support import quote_with

from store.analysis import analyze
from store.analysis.entities.pairs import pairs_two_people


def test_two_people_named_as_a_pair_keep_their_own_names(nlp) -> None:
    text = ("President Donald Trump and Joe Biden met in Ohio. Observers regarded the debate as calmer than the "
            "prior Trump-Biden debate. Trump said he would win. Biden said the economy was weak.")
    assert quote_with(nlp, text, "he would win").speaker == "Donald Trump"
    assert quote_with(nlp, text, "economy was weak").speaker == "Joe Biden"
    canonical = {e.text: e.canonical for e in analyze(nlp, text).entities}
    assert canonical["Trump"] == "Donald Trump" and canonical["Biden"] == "Joe Biden"


@pytest.mark.parametrize(
    ("words", "names", "pair"),
    [
        (("lopez", "-", "hale"), [("maria", "lopez"), ("tom", "hale")], True),
        (("berg", "/", "kraus"), [("anna", "berg"), ("kraus",)], True),
        # one man with a double given name: nobody in the article is called "Jean" alone
        (("jean", "-", "pierre", "raffarin"), [("raffarin",)], False),
        (("anna", "schneider", "-", "berg"), [("anna", "berg")], False),
    ],
)
def test_a_joiner_between_two_peoples_surnames_makes_a_pair(words, names, pair) -> None:
    assert pairs_two_people(words, [words, *names]) is pair


def test_analysts_are_never_one_analyst_named_with_that_title(nlp) -> None:
    text = ("NEW YORK, May 4 - Retail sales slowed in April because of the weather, according to analysts.\n\n"
            "\"Shoppers stayed home,\" said Hartley and Co analysts Ruth Jarvis.\n\n"
            "Most analysts agreed that discounts were smaller than last year.\n\n"
            "Jarvis said she expected a better May.")
    assert quote_with(nlp, text, "Retail sales slowed").speaker == "analysts"
    assert quote_with(nlp, text, "discounts were smaller").speaker == "analysts"
    assert quote_with(nlp, text, "better May").speaker == "Ruth Jarvis"


def test_he_after_a_named_speakers_quote_is_that_speaker(nlp) -> None:
    # "Will" read as a verb keeps the parse from seeing the name as the subject of "said"
    text = ("SYDNEY, May 2 - Investors are buying Australian bonds, analysts said.\n\n"
            "\"They have money to spend,\" Westpac economist Tom Reilly said.\n\n"
            "\"There is a rush to quality,\" Reilly said. \"Few markets look as safe.\"\n\n"
            "The currency was also drawing buyers, analysts said.\n\n"
            "\"We look a safer market,\" Harbour Trust Bank NZA Ltd senior economist Will Carver said. "
            "\"Why not buy here?\"\n\n"
            "But keeping that money here depends on the budget, he said.\n\n"
            "\"It is nervous money,\" Carver said.")
    assert quote_with(nlp, text, "keeping that money").speaker == "Will Carver"
    assert quote_with(nlp, text, "rush to quality").speaker == "Tom Reilly"


def test_he_keeps_the_person_named_after_the_quote_before(nlp) -> None:
    text = ("\"The plant will close,\" said Ana Ruiz, the union's head.\n\n"
            "Company chairman Peter Hale met the workers on Monday. He said the plant would stay open.")
    assert quote_with(nlp, text, "would stay open").speaker == "Peter Hale"


def test_both_officers_are_the_officers_named_together(nlp) -> None:
    text = ("The woman met officers Mark Tessier and Paul Girard at a bar in March. Both were convicted on "
            "Thursday.\n\nBoth officers said they would appeal.")
    assert quote_with(nlp, text, "would appeal").speaker in ("Mark Tessier", "Paul Girard")


@pytest.mark.parametrize(
    ("text", "fragment", "company"),
    [
        ("MELBOURNE, March 3 - The Broken Hill Pty Co Ltd said its profit fell. BHP said the dividend would stay.",
         "dividend would stay", "Broken Hill Pty Co Ltd"),
        ("International Business Machines Corp said sales rose. IBM said it would hire more staff.",
         "hire more staff", "International Business Machines Corp"),
    ],
)
def test_an_acronym_spells_the_company_without_its_legal_form(nlp, text: str, fragment: str, company: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == company


def test_he_is_the_source_the_sentence_before_brings_in(nlp) -> None:
    text = ("Treasury Secretary Mark Ellis said on Friday, \"We do not think it is an appropriate thing to do.\"\n\n"
            "A currency analyst at a large German bank here shared Ellis's doubts. \"Defending the dollar is very "
            "unlikely to work,\" he said.")
    assert quote_with(nlp, text, "Defending the dollar").speaker == "currency analyst"
    assert quote_with(nlp, text, "appropriate thing").speaker == "Mark Ellis"


def test_he_after_an_unnamed_sources_quote_is_that_source(nlp) -> None:
    text = ("TOKYO, June 2 - Deregulation could hurt smaller oil firms, industry sources said.\n\n"
            "\"Now it's our turn to see if we can survive,\" said a source at one major oil company.\n\n"
            "A spokesman for a smaller refiner said, \"We'll have a hard time, but we must go through it.\"\n\n"
            "\"We will branch out into real estate and travel,\" he said.")
    assert quote_with(nlp, text, "branch out").speaker == "spokesman"
    assert quote_with(nlp, text, "our turn").speaker == "source"
