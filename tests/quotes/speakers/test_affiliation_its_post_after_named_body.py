""""Its <post>, <Name>," opening a sentence: "its" is the one organisation the sentence before names ("The march was
organised by the Clean Rivers Coalition. Its chairwoman, <Name>, said"), even where the story's lead is about another
body (a court that ruled); with two named there, "its" is the story's organisation as before, here none (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_its_chairwoman_after_the_coalition_named(nlp) -> None:
    text = ("The march was organised by the Clean Rivers Coalition. Its chairwoman, Anna Berg, said the river was "
            "dying.")
    q = quote_with(nlp, text, "the river was dying")
    assert q.speaker == "Anna Berg"
    assert q.affiliation == "Clean Rivers Coalition"


def test_its_general_secretary_after_a_union_and_a_clause(nlp) -> None:
    text = ("Thousands marched on Saturday. The march was called by the Dock Workers' Union, which represents 4,000 "
            "members. Its general secretary, Paul Mensah, said wages had not moved.")
    q = quote_with(nlp, text, "wages had not moved")
    assert q.speaker == "Paul Mensah"
    assert q.affiliation == "Dock Workers' Union"


def test_two_bodies_named_before_leave_it_empty(nlp) -> None:
    text = ("Thousands marched on Saturday with the Dock Workers' Union and the Teachers' Federation. Its general "
            "secretary, Paul Mensah, said wages had not moved.")
    q = quote_with(nlp, text, "wages had not moved")
    assert q.speaker == "Paul Mensah"
    assert q.affiliation is None


def test_its_post_after_the_group_in_a_story_about_a_court(nlp) -> None:
    text = ("Ruling on rents\n\nThe Supreme Court of Ruritania on Monday struck down a cap on rents.\n\n"
            "The case was brought by the Ruritanian Tenants Association. Its president, Clara Vos, said families would "
            "suffer.")
    q = quote_with(nlp, text, "families would suffer")
    assert q.speaker == "Clara Vos"
    assert q.affiliation == "Ruritanian Tenants Association"
