"""An unnamed spokesman's or official's organisation, "a spokesman for X said" (real model).

Our own sentences, in the shapes of speaker errors read on unseen newswire: the source stays "spokesman", and
the organisation the article ties it to with "for", "of" or "at" goes in the affiliation, for the later "the
spokesman said" and "he added" too; a spokesman the article ties to no organisation gets none.
"""

from __future__ import annotations

from quote_support import quote_with, quotes_of


def test_a_spokesman_for_a_firm_has_it_as_affiliation(nlp) -> None:
    text = ("BOSTON, May 4 - Shares of Kestrel Foods fell sharply on Monday.\n\n"
            "A spokeswoman for Larkspur Mills Inc said the mill would close for two weeks in June.\n\n"
            "The spokeswoman said about 200 workers would be laid off during the shutdown.")
    quotes = quotes_of(nlp, text)
    first = next(q for q in quotes if "close for two weeks" in q.text)
    later = next(q for q in quotes if "200 workers" in q.text)
    assert (first.speaker, first.affiliation) == ("spokeswoman", "Larkspur Mills Inc")
    assert (later.speaker, later.affiliation) == ("spokeswoman", "Larkspur Mills Inc")


def test_a_pronoun_after_the_spokesman_keeps_the_affiliation(nlp) -> None:
    text = ("BONN, May 4 - A spokesman for the Economics Ministry said no decision on the subsidy had been made. "
            "He added that talks with the coal industry would go on next week.")
    q = quote_with(nlp, text, "talks with the coal industry")
    assert (q.speaker, q.affiliation) == ("spokesman", "Economics Ministry")


def test_a_spokesman_tied_to_no_organisation_gets_none(nlp) -> None:
    text = ("BOSTON, May 4 - A spokeswoman for Larkspur Mills Inc said the mill would close for two weeks.\n\n"
            "In Ohio, a spokesman said the state would not offer the firm any tax relief.")
    q = quote_with(nlp, text, "would not offer the firm any tax relief")
    assert q.speaker == "spokesman" and q.affiliation is None


def test_a_spokesman_for_the_company_speaks_for_the_storys_firm(nlp) -> None:
    text = ("DENVER, May 4 - Bramblewood Instruments Inc said it would move its head office to Boulder.\n\n"
            "A spokeswoman for the company said the move would cost about two mln dlrs.")
    q = quote_with(nlp, text, "cost about two mln dlrs")
    assert (q.speaker, q.affiliation) == ("spokeswoman", "Bramblewood Instruments Inc")


def test_a_bare_spokesman_in_a_story_about_one_firm_is_its(nlp) -> None:
    text = ("OSLO, May 4 - Nordvik Shipping Corp has ordered three bulk carriers from a Korean yard, a spokesman "
            "said.\n\nHe said the first ship would be delivered late next year.")
    first = quote_with(nlp, text, "three bulk carriers")
    later = quote_with(nlp, text, "first ship would be delivered")
    assert (first.speaker, first.affiliation) == ("spokesman", "Nordvik Shipping Corp")
    assert (later.speaker, later.affiliation) == ("spokesman", "Nordvik Shipping Corp")


def test_a_bare_spokesman_beside_another_bodys_spokesman_gets_none(nlp) -> None:
    text = ("OSLO, May 4 - Nordvik Shipping Corp has ordered three bulk carriers from Hanmok Heavy Industries.\n\n"
            "A Hanmok spokesman said the yard had room for the order. A spokesman said the price was not disclosed.")
    q = quote_with(nlp, text, "price was not disclosed")
    assert q.speaker == "spokesman" and q.affiliation is None


def test_a_bare_spokesman_after_a_lead_another_body_reports_gets_none(nlp) -> None:
    # the lead is the yard's report about the shipping line: the spokesman may be the yard's
    text = ("OSLO, May 4 - Nordvik Shipping Corp has ordered three bulk carriers, Hanmok Heavy Industries Co said "
            "in a statement.\n\nA spokeswoman said the order was the yard's largest this year.")
    q = quote_with(nlp, text, "largest this year")
    assert q.speaker == "spokeswoman" and q.affiliation is None


def test_a_firms_unit_with_no_tag_gives_its_bare_spokesman_to_no_owner(nlp) -> None:
    # "X, a division of <Firm>": the story is about X, not about its owner
    text = ("MILAN, May 4 - Officine Brenta, a division of engineering group Castellani Industrie SpA, plans to "
            "shut its Padua works next year, a spokeswoman said.")
    q = quote_with(nlp, text, "shut its Padua works")
    assert q.speaker == "spokeswoman" and q.affiliation != "Castellani Industrie SpA"


# quotes/unnamed_affiliations.py possessed_affiliations: "the <Agency>'s counselor in <City> said"
def test_the_body_owning_an_unnamed_post_is_its_affiliation(nlp) -> None:
    text = ("The Farm Ministry's counselor in Oslo said in a field report that the crop was in good shape.\n\n"
            "The report said that rain had helped the wheat.")
    assert [(q.speaker, q.affiliation) for q in quotes_of(nlp, text)] == [("counselor", "Farm Ministry")] * 2


def test_an_owner_of_no_post_in_a_body_gives_no_affiliation(nlp) -> None:
    # what a firm puts out is no one speaking for it; a person's lawyers are no organisation's
    for text in ("Last year Harlow Bank's results showed that its shop arm was a strong earner.",
                 "Ruth Adair's lawyers said the charges would be dropped."):
        assert all(q.affiliation is None for q in quotes_of(nlp, text))


def test_a_spokesman_for_a_described_body_has_it_as_affiliation(nlp) -> None:
    # wire copy puts what the body is before its name ("the state-owned", "metals company", "the farm union,"):
    # the name no longer starts right after "for", and the reader lost the affiliation
    texts = {
        "OSLO, April 2 - Steel output fell five pct in March, a spokesman for the state-owned Halvern Steel Corp said.":
            "Halvern Steel Corp",
        "OSLO, April 2 - Tin sales rose sharply last year, a spokesman for Dutch metals company Brandvik said.":
            "Brandvik",
        "DENVER, April 2 - A spokeswoman for privately-held Corvale Inc said the offer had been withdrawn.":
            "Corvale Inc",
    }
    for text, body in texts.items():
        q = quotes_of(nlp, text)[0]
        assert q.speaker.startswith("spokes") and q.affiliation == body, text


def test_a_spokesman_for_a_place_described_or_two_firms_gets_no_body(nlp) -> None:
    text = ("BONN, April 2 - Coal imports fell in March, a spokesman for the two steel firms, Harbeck and Lorsch, "
            "said.")
    q = quotes_of(nlp, text)[0]
    assert q.affiliation is None
