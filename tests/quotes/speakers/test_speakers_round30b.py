"""Round 30's second speaker rules: the unnamed body whose words run into a lower-case post before the name, and the
organisation an 'its' before the post stands for (real model; DESIGN.md, "Canonical names": a role or affiliation the
article gives is kept beside the name). The sentences are our own, each in a shape seen on wire copy the rules were
written from.
"""

from __future__ import annotations

import pytest
from quote_support import described


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the body, as written, is the affiliation the reader missed
        (("MANILA, March 2 - Central bank governor Pedro Santos said the new loan terms were much better than "
          "expected.\n\n\"We are pleased,\" Santos said."), "pleased", ("Pedro Santos", "governor", "central bank")),
        ("BONN, March 2 - Another banker, police spokesman Tom Reed, said the city was calm.", "city was calm",
         ("Tom Reed", "spokesman", "police")),
        (("ROTTERDAM, March 2 - Dock workers will strike again on Monday, a union official said.\n\nRail and "
          "transport union spokesman Karel Visser told radio listeners the stoppage could last a week."),
         "could last a week",
         ("Karel Visser", "spokesman", "rail and transport union")),
    ],
)
def test_an_unnamed_body_before_a_post_is_the_affiliation(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_firms_own_board_before_a_post_leaves_the_firm(nlp) -> None:
    # "managing board chairman" is a post of the firm's: the firm stays the affiliation
    text = ("BONN, March 2 - Sales of Kessler Chemie AG rose six pct last year, managing board chairman Hans Vogt "
            "said.\n\nVogt said profits would rise this year.")
    assert described(nlp, text, "profits would rise") == ("Hans Vogt", "chairman", "Kessler Chemie AG")


def test_its_before_the_post_is_the_organisation_of_the_clause(nlp) -> None:
    text = ("LONDON, March 2 - Interest rates will not fall this month, the Bank of England said.\n\nThe Bank of "
            "England will not cut interest rates this month, its governor, Alan Brook, said.\n\n\"Inflation is still "
            "too high,\" Brook said.")
    assert described(nlp, text, "too high") == ("Alan Brook", "governor", "Bank of England")


def test_its_for_a_country_gives_no_affiliation(nlp) -> None:
    # a country is never an affiliation
    text = ("OTTAWA, March 2 - Canada will not change its farm support programme this year, its agriculture minister, "
            "Jean Roy, said.\n\n\"We are firm on this,\" Roy said.")
    assert described(nlp, text, "firm on this") == ("Jean Roy", "agriculture minister", None)


def test_a_body_named_past_a_plural_gives_no_cut_affiliation(nlp) -> None:
    # "police" opens the name of the officers' own body, which goes on into the post: no half of it
    text = ("LEEDS, May 4 - Forces will be ready for the new law, senior police officers spokesman Tom Hale said on "
            "Monday.")
    assert described(nlp, text, "ready for the new law")[2] is None
