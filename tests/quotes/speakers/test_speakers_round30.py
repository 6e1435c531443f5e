"""Round 30's speaker rules: the whole post before a speaker's name, and the organisation the post's words name
(real model; DESIGN.md, "Canonical names": a role or affiliation the article gives is kept beside the name). The
sentences are our own, each in a shape seen on wire copy the rules were written from.
"""

from __future__ import annotations

import pytest
from quote_support import described


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # a deputy or a stand-in is no minister or governor: the word that says so stays in the role
        (("LIMA, March 5 - The damaged pipeline will be working again within six weeks, deputy Energy Minister "
          "Carlos Ortega said on Thursday."), "damaged pipeline",
         ("Carlos Ortega", "deputy Energy Minister", None)),
        (("BEIRUT, March 5 - Central bank Vice Governor Samir Haddad called for a regional fund to support the "
          "currency."), "regional fund", ("Samir Haddad", "Vice Governor", None)),
        (("WELLINGTON, March 5 - The government will not change its tax plans, acting prime minister Tom Reid "
          "said."), "tax plans", ("Tom Reid", "acting prime minister", None)),
        # an opposition's stand-in: no minister
        ("LONDON, May 4 - Shadow transport secretary Ann Gray said the plan would cost thousands of jobs.",
         "cost thousands", ("Ann Gray", "Shadow transport secretary", None)),
    ],
)
def test_a_stand_in_word_before_the_post_stays_in_the_role(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_post_with_no_stand_in_word_keeps_its_own_words(nlp) -> None:
    text = "LIMA, March 5 - Copper exports will recover by June, Energy Minister Carlos Ortega said on Thursday."
    assert described(nlp, text, "Copper exports") == ("Carlos Ortega", "Energy Minister", None)


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the lower-case words of the post's field, which the parse joins to it, are the post's
        (("BONN, March 5 - Prices will rise this year, the chief state prosecutor Karl Maier said."),
         "Prices will rise", ("Karl Maier", "chief state prosecutor", None)),
        (("MANILA, March 5 - Shipments were delayed by rain, marketing manager Ana Cruz told Reuters."),
         "Shipments were delayed", ("Ana Cruz", "marketing manager", None)),
        (("LIMA, March 5 - Exports will recover, energy and mines minister Carlos Ortega said."),
         "Exports will recover", ("Carlos Ortega", "energy and mines minister", None)),
    ],
)
def test_the_field_of_a_lower_case_post_stays_in_the_role(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_verb_after_its_subject_is_no_field_of_the_post(nlp) -> None:
    # the parse may read the verb as a noun run into the post
    text = ("The club will not sell as rivals circle, and the fans adore captain Tom Reid. \"We are staying,\" "
            "Reid said.")
    assert described(nlp, text, "We are staying")[:2] == ("Tom Reid", "captain")


def test_a_body_before_a_lower_case_post_is_no_word_of_the_role(nlp) -> None:
    # (the body is the affiliation's, as written: round 30's second pass)
    text = "PARIS, March 5 - The strike will end soon, police spokesman Jean Martin said."
    assert described(nlp, text, "strike will end") == ("Jean Martin", "spokesman", "police")


def test_an_organisation_named_elsewhere_is_the_affiliation_of_the_post_before_the_name(nlp) -> None:
    # the model leaves the name untagged before the post, and tags it further on
    text = ("OSLO, May 4 - Nordvik Bank Vice-President Lars Berg said interest rates would stay high until the "
            "autumn. He said the Nordvik Bank expected loan demand to slow.")
    assert described(nlp, text, "interest rates") == ("Lars Berg", "Vice-President", "Nordvik Bank")
    assert described(nlp, text, "loan demand") == ("Lars Berg", "Vice-President", "Nordvik Bank")


def test_words_before_the_post_that_name_no_organisation_give_no_affiliation(nlp) -> None:
    text = ("HELSINKI, May 4 - Prices for pulp will firm later this year, Tervo president Anna Laine told "
            "reporters.")
    assert described(nlp, text, "Prices for pulp") == ("Anna Laine", "president", None)


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # portfolios and ranks the lexicons lacked: the post was cut to "Minister", the rank left out
        (("BONN, March 5 - Economics Minister Karl Maier said the coal subsidies could not continue."),
         "coal subsidies", ("Karl Maier", "Economics Minister", None)),
        (("OSLO, March 5 - Tax Minister Lars Berg told journalists the sales tax would be cut."),
         "sales tax", ("Lars Berg", "Tax Minister", None)),
        (("TEHRAN, March 5 - Commodore Ali Rezaei told reporters the fleet stood ready."),
         "fleet stood ready", ("Ali Rezaei", "Commodore", None)),
    ],
)
def test_portfolios_and_ranks_named_before_the_name(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_bracketed_firm_after_the_dateline_speaks_under_its_name(nlp) -> None:
    text = ("LONDON, June 4 - <Harwood Leisure Group Plc> said it would sell its hotels for 40 mln stg. Harwood "
            "said the sale would be completed in July.")
    assert described(nlp, text, "sell its hotels")[0] == "Harwood Leisure Group Plc"
    assert described(nlp, text, "completed in July")[0] == "Harwood Leisure Group Plc"


def test_a_ticker_is_no_word_of_an_unnamed_sources_name(nlp) -> None:
    text = ("FRANKFURT, June 4 - A Kessler Werke AG <KESG.F> spokesman said the company would not bid for the "
            "unit. He said talks had ended.")
    assert described(nlp, text, "would not bid") == ("Kessler Werke AG spokesman", None, "Kessler Werke AG")
    assert described(nlp, text, "talks had ended") == ("Kessler Werke AG spokesman", None, "Kessler Werke AG")


def test_a_name_without_brackets_is_left_as_it_is(nlp) -> None:
    text = "LONDON, June 4 - Harwood Leisure Group Plc said it would sell its hotels for 40 mln stg."
    assert described(nlp, text, "sell its hotels")[0] == "Harwood Leisure Group Plc"
