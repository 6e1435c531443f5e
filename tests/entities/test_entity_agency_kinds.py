"""A news agency named with its kind in lower case after it ('the official <Name> news agency said'): the name is
the agency's alone, and the later mentions of the name written alone are the same referent (real model, real
pipeline). The agency and the words are made up; the sentences are our own. A body whose own name ends in 'Agency',
and a people's adjective before 'news agency', are left as they were."""

from __future__ import annotations

from entity_support import mentions


def test_the_kind_after_an_agencys_name_is_no_part_of_it(nlp) -> None:
    text = (
        "The plant will close next year, the state-run Korvex news agency said on Tuesday.\n\n"
        "Korvex quoted the minister as saying jobs would go."
    )
    found = mentions(nlp, text)
    assert [m for m in found if m[1] == "ORG"] == [("Korvex", "ORG", "Korvex"), ("Korvex", "ORG", "Korvex")]


def test_an_agency_without_an_article_is_cut_too(nlp) -> None:
    text = (
        "The strike had spread to three towns, Verifax news agency said.\n\nVerifax said later that talks would resume."
    )
    found = mentions(nlp, text)
    assert [m for m in found if m[1] == "ORG"] == [("Verifax", "ORG", "Verifax"), ("Verifax", "ORG", "Verifax")]


def test_a_body_named_with_agency_keeps_its_name(nlp) -> None:
    text = "The Federal Flood Relief Agency said the storm had passed.\n\nIt said no one was hurt."
    found = mentions(nlp, text)
    assert ("Federal Flood Relief Agency", "ORG", "Federal Flood Relief Agency") in found


def test_a_peoples_adjective_before_news_agency_names_no_agency(nlp) -> None:
    text = "The fire spread overnight, the Iranian news agency reported.\n\nIt said no one was hurt."
    assert not [m for m in mentions(nlp, text) if m[1] == "ORG"]
