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
