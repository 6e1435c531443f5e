"""A sovereign's one name after the title ('King Birendra', 'Queen Margit'), which the model leaves untagged where
the title opens the story after a dateline, is the person's, the title the role (real model, real pipeline). The
sentences are our own; the queen and her country are made up. A street, a plane and a town that a regnal title
opens are left as they were."""

from __future__ import annotations

from store.analysis import analyze


def _persons(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.role) for e in analyze(nlp, text).entities if e.label == "PERSON"]


def test_a_kings_name_after_a_dateline_is_the_person(nlp) -> None:
    text = "KATHMANDU, May 4 - King Birendra flew to Lhasa on Monday for talks on trade.\n\nHe returns next week."
    assert ("Birendra", "King") in _persons(nlp, text)


def test_a_queens_name_before_her_country_is_the_person(nlp) -> None:
    text = "OSLO, May 4 - Queen Margit of Morvania will open the new bridge in June.\n\nShe flies on to Bergen."
    assert ("Margit", "Queen") in _persons(nlp, text)


def test_a_kings_visit_announced_after_a_dateline_is_the_persons(nlp) -> None:
    text = "KATHMANDU, May 4 - King Birendra will visit Japan next month, officials said.\n\nNo date was set."
    assert ("Birendra", "King") in _persons(nlp, text)


def test_a_street_a_plane_and_a_town_a_title_opens_are_no_person(nlp) -> None:
    text = "The shop is on King Street in the city.\n\nThe King Air landed at Prince George airport on Monday."
    assert _persons(nlp, text) == []
