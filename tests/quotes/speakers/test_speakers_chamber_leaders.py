"""A chamber and a side of it run into 'Leader' before a name are one post: 'Senate Majority Leader Jane Roe' is
the leader of the majority in the Senate, which 'Leader' alone does not say (real model).

Our own sentences; a party's leader with no chamber keeps the post as before."""

from __future__ import annotations

from store.analysis import analyze


def _roles(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes]


def test_a_chambers_side_and_its_leader_are_one_post(nlp) -> None:
    text = ("WASHINGTON, May 4 - Senate Republican Leader Jane Roe said the bill would pass this week. "
            "House Majority leader Tom Webb told reporters he would bring it to a vote.\n")
    assert _roles(nlp, text) == [("Jane Roe", "Senate Republican Leader"), ("Tom Webb", "House Majority leader")]


def test_the_side_in_lower_case(nlp) -> None:
    text = "WASHINGTON, May 4 - Senate majority leader Ed Moss said he would wait.\n"
    assert _roles(nlp, text) == [("Ed Moss", "Senate majority leader")]


def test_the_chamber_stays_in_the_post_where_the_model_tags_it(nlp) -> None:
    # the model tags the chamber here, and the role opening on an organisation was split into post and affiliation
    text = "WASHINGTON, March 31 - Senate majority leader Tom Webb said the veto of the highway bill was wrong.\n"
    quotes = analyze(nlp, text).quotes
    assert [(q.speaker, q.speaker_role, q.affiliation) for q in quotes] == [
        ("Tom Webb", "Senate majority leader", None)]


def test_a_leader_with_no_chamber_keeps_the_post(nlp) -> None:
    text = "OTTAWA, May 4 - Liberal Party leader Anne Carver said the budget would hurt farmers.\n"
    quotes = analyze(nlp, text).quotes
    assert [(q.speaker, q.speaker_role, q.affiliation) for q in quotes] == [("Anne Carver", "leader", "Liberal Party")]
