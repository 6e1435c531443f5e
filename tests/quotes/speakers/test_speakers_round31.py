"""Round 31's speaker rules (real model; DESIGN.md, "Canonical names": a role or affiliation the article gives is kept
beside the name). The sentences are our own, each in a shape seen on wire copy the rules were written from.
"""

from __future__ import annotations

import pytest
from quote_support import described


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # "Company" takes a capital only because it opens the sentence: the story's firm, as "company spokesman" gives
        (("TORONTO, May 6 - Pelham Copper Corp is shutting the northern smelter for two months.\n\n"
          "Company spokesman Ann Ferris said the repairs would cost about four mln dlrs."), "repairs would cost",
         ("Ann Ferris", "spokesman", "Pelham Copper Corp")),
        (("LYON, May 6 - Dravel Textiles SA hopes to sell two spinning mills before December. Company "
          "chairman Paul Morand said the sale would bring in at least 300 mln francs."), "sale would bring",
         ("Paul Morand", "chairman", "Dravel Textiles SA")),
    ],
)
def test_a_capitalised_company_opening_the_sentence_is_the_storys_firm(nlp, text, fragment, expected) -> None:
    assert described(nlp, text, fragment) == expected


def test_a_capitalised_name_opening_the_sentence_is_no_company_word(nlp) -> None:
    # a person's name before the post is no word for the story's firm: no affiliation from it
    text = ("TORONTO, May 6 - Pelham Copper Corp is shutting the northern smelter for two months.\n\n"
            "Reagan spokesman Ann Ferris said the talks would resume next week.")
    assert described(nlp, text, "talks would resume")[2] != "Pelham Copper Corp"


def test_a_firm_named_of_america_keeps_it(nlp) -> None:
    # "of America" is a word of the American firm's own name, never a home country the wire adds
    text = ("DALLAS, May 6 - Harmon Corp of America on Tuesday said two pipeline firms would be bought for 80 mln "
            "dlrs.\n\nHarmon said the deal would close by June.")
    assert described(nlp, text, "deal would close")[0] == "Harmon Corp of America"
    assert described(nlp, text, "pipeline firms")[0] == "Harmon Corp of America"


def test_a_firm_named_with_another_home_country_still_loses_it(nlp) -> None:
    text = "TORONTO, May 6 - Quill Paperboard Ltd of Canada said it would buy Redmill Ltd at 41 dlrs each."
    assert described(nlp, text, "would buy Redmill")[0] == "Quill Paperboard Ltd"


def test_a_short_form_goes_to_the_firms_name_with_its_legal_form(nlp) -> None:
    # "Grover Holdings" is itself a full name to the model, but the article gives "Grover Holdings Inc" too
    text = ("CHICAGO, May 6 - Grover Holdings Inc now holds 12 pct of Lindell Foods Inc, the investor said.\n\n"
            "Grover Holdings said it might ask for two board seats.\n\nGrover said the stock was bought for "
            "investment.")
    assert described(nlp, text, "stock was bought")[0] == "Grover Holdings Inc"


def test_a_short_form_with_no_legal_form_named_keeps_the_name_given(nlp) -> None:
    # no "Inc" anywhere: the firm is the name the article gives, nothing added
    text = ("CHICAGO, May 6 - Grover Holdings now holds 12 pct of Lindell Foods Inc, the investor said.\n\n"
            "Grover said the stock was bought for investment.")
    assert described(nlp, text, "stock was bought")[0] == "Grover Holdings"


@pytest.mark.parametrize(
    ("text", "fragment", "firm"),
    [
        # a firm's name with no legal form: the lead's subject is the company the unnamed spokesman speaks for
        (("PARIS, May 6 - State-owned carmaker Renault is drawing up plans for a quieter delivery van, a company "
          "spokesman said."), "quieter delivery van", "Renault"),
        # bidder and target named as often: still the lead's subject
        (("NEW YORK, May 6 - Castor Mills Inc is negotiating to buy Pendle Fabrics Ltd, a company spokeswoman said.\n\n"
          "Castor Mills Inc first bought Pendle Fabrics Ltd shares last year."), "negotiating to buy",
         "Castor Mills Inc"),
    ],
)
def test_an_unnamed_company_spokesman_speaks_for_the_leads_firm(nlp, text, fragment, firm) -> None:
    assert described(nlp, text, fragment)[2] == firm


def test_an_unnamed_company_spokesman_in_a_lead_about_a_person_gets_no_firm(nlp) -> None:
    text = ("NEW YORK, May 6 - Investor Ann Ferris bought stakes in Castor Mills Inc and Pendle Fabrics Ltd, a company "
            "spokeswoman said.\n\nCastor Mills Inc and Pendle Fabrics Ltd both declined to comment further.")
    assert described(nlp, text, "bought stakes")[2] is None


def test_company_spokesmen_after_a_lead_about_two_firms_get_neither(nlp) -> None:
    # several spokesmen may speak for both firms the lead names: no one firm is theirs
    text = ("OSAKA, May 6 - Hanada Cable Co Ltd and Toraya Wire Co Ltd will study a joint venture, company spokesmen "
            "said.")
    assert described(nlp, text, "joint venture")[2] is None
