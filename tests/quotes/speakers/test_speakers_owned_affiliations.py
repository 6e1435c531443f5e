"""An unnamed source written after its organisation, "a Kestrel spokesman said" (real model).

Our own sentences, in the shapes of speaker errors read on unseen newswire: the source keeps its name as written
("Kestrel spokesman", "finance ministry officials"), and the organisation the article knows by that word goes in
the affiliation under the article's name for it, for the later "he said" too; a source whose first words name no
organisation of the article gets none, but for a "company", "bank" or "board" the article names one of more often
than any other ("a company spokesman" in a story about one firm); between two firms named as often, none.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_firms_spokesman_has_the_firm_as_affiliation(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc agreed to buy a small bakery chain in Utah for 40 mln dlrs.\n\n"
            "A Kestrel spokesman said the deal would close by the end of June. He said no jobs would be cut.")
    first = quote_with(nlp, text, "close by the end of June")
    later = quote_with(nlp, text, "no jobs would be cut")
    assert (first.speaker, first.affiliation) == ("Kestrel spokesman", "Kestrel Foods Inc")
    assert (later.speaker, later.affiliation) == ("Kestrel spokesman", "Kestrel Foods Inc")


def test_lower_case_ministry_officials_have_the_named_ministry(nlp) -> None:
    text = ("OSLO, May 4 - The Finance Ministry said on Monday it would cut the tax on petrol next year.\n\n"
            "Senior finance ministry officials said the cut would cost the state about two billion crowns.")
    q = quote_with(nlp, text, "two billion crowns")
    assert (q.speaker, q.affiliation) == ("senior finance ministry officials", "Finance Ministry")


def test_a_company_spokesman_in_a_story_about_one_firm_is_its(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc agreed to buy a small bakery chain in Utah for 40 mln dlrs.\n\n"
            "A company spokesman said the deal would close by the end of June.")
    q = quote_with(nlp, text, "close by the end of June")
    assert (q.speaker, q.affiliation) == ("company spokesman", "Kestrel Foods Inc")


def test_a_company_spokesman_between_two_firms_gets_none(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc and Larkspur Mills Corp agreed to merge their bakery units.\n\n"
            "A company spokesman said the deal would close by the end of June.")
    q = quote_with(nlp, text, "close by the end of June")
    assert q.speaker == "company spokesman" and q.affiliation is None
