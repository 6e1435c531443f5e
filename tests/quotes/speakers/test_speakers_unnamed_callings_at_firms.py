"""An unnamed source written as a calling "at", "with" or "for" an organisation the article names (real model).

Our own sentences: "an analyst at <Firm> said", "economists with <Bank> said", "lawyers for <Firm> said". The source
keeps its name as written and the organisation is its affiliation; "analysts said" with no organisation gets none.
"""

from __future__ import annotations

from quote_support import quote_with


def test_an_analyst_at_a_firm(nlp) -> None:
    text = "Shares of Orland Mining fell on Monday. An analyst at Fenwick Securities said the bid was too low."
    q = quote_with(nlp, text, "the bid was too low")
    assert q.speaker == "analyst"
    assert q.affiliation == "Fenwick Securities"


def test_economists_with_a_bank(nlp) -> None:
    text = "Prices rose again in May. Economists with Kestrel Bank said inflation would peak in June."
    q = quote_with(nlp, text, "inflation would peak in June")
    assert q.affiliation == "Kestrel Bank"


def test_a_quote_before_a_senior_analyst_at_a_firm(nlp) -> None:
    text = "Talks broke down on Friday. \"The deal is dead,\" a senior analyst at Marrow Partners said."
    q = quote_with(nlp, text, "The deal is dead")
    assert q.affiliation == "Marrow Partners"


def test_bare_analysts_get_no_organisation(nlp) -> None:
    text = "Shares of Orland Mining fell on Monday. Analysts said the market was calm."
    q = quote_with(nlp, text, "the market was calm")
    assert q.affiliation is None


def test_he_after_a_broker_at_a_firm_is_the_same_source(nlp) -> None:
    text = ("Tokyo shares fell for a third day. \"Nobody wants to buy before the election,\" said a broker at Hinode "
            "Securities Co. \"The mood is very cautious,\" he added.")
    q = quote_with(nlp, text, "The mood is very cautious")
    assert q.speaker == "broker"
    assert q.affiliation == "Hinode Securities Co"


def test_economists_said_again_bring_in_others(nlp) -> None:
    text = ("Bond prices rose on Monday. Economists at Kestrel Bank said yields would fall further.\n\n"
            "Economists said the central bank would hold rates in May.")
    q = quote_with(nlp, text, "the central bank would hold rates")
    assert q.affiliation is None
