"""A post keeps the words that tell which post it is: a body's noun written alone before it ("union leader",
"Party leader" opening a sentence), which names no body the affiliation could take, and 'first' before a deputy's
rank ("First Vice Foreign Minister"). The reader cut each to the rest of the post (real model).

Our own sentences and names; a body named by more than its noun stays the affiliation's ("central bank governor",
"managing board chairman")."""

from __future__ import annotations

from store.analysis import analyze


def _roles(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes]


def test_a_body_noun_alone_before_the_post(nlp) -> None:
    text = ("Bus drivers stopped work on Monday.\n\n"
            "\"We will not back down,\" union leader Tom Brackett said.\n\n"
            "The tax was opposed by the Green Party of Norland.\n\n"
            "Party leader Mark Veldt said it would hurt farmers.\n")
    assert _roles(nlp, text) == [("Tom Brackett", "union leader"), ("Mark Veldt", "Party leader")]


def test_first_before_a_deputy_rank(nlp) -> None:
    text = "\"The talks were useful,\" First Vice Foreign Minister Park Dong-hoon told reporters in Seoul.\n"
    assert _roles(nlp, text) == [("Park Dong-hoon", "First Vice Foreign Minister")]


def test_a_body_named_by_more_words_stays_out_of_the_role(nlp) -> None:
    text = ("Rates will fall, central bank governor Anna Lind said on Tuesday.\n\n"
            "Managing board chairman Tom Brackett said profits rose.\n")
    assert _roles(nlp, text) == [("Anna Lind", "governor"), ("Tom Brackett", "chairman")]
