"""A surname misspelt once is the person the article named in full (real model and pipeline).

Passages of our own in the shape of wire copy: one letter swapped in a minister's surname; and two cases where a
close spelling names someone else, a player in a list of names and a governor with his own title.
"""

from __future__ import annotations

from entity_support import mentions


def test_a_surname_with_two_letters_swapped_is_the_person_named_in_full(nlp) -> None:
    text = ("OTTAWA, May 4 - Transport Minister Helmut Grabowski said the port would reopen in June. Grabowksi said "
            "repairs would cost four mln dlrs.")
    assert ("Grabowksi", "PERSON", "Helmut Grabowski") in mentions(nlp, text)


def test_a_close_name_in_a_list_of_players_is_another_player(nlp) -> None:
    text = ("The squad named on Monday includes Phil Dawson and Sam Hart. Replacements: Dowson, Haughton, Monye, "
            "Reed.")
    assert {name for word, _, name in mentions(nlp, text) if word == "Dowson"} == {"Dowson"}


def test_a_close_name_with_a_title_of_its_own_is_another_person(nlp) -> None:
    text = ("BOSTON, May 4 - Tom Hallett, a former aide to the governor, said the plan would fail. Governor Hallet "
            "said on Friday that it would pass easily.")
    assert {name for word, _, name in mentions(nlp, text) if word == "Hallet"} == {"Hallet"}


def test_a_bare_name_written_before_a_close_full_name_stays_its_own_person(nlp) -> None:
    text = ("WASHINGTON, May 4 - President Hallet vetoed the farm bill on Friday. His budget director, Tom Hallett, "
            "told reporters the veto had been expected for weeks. Hallet will sign a smaller bill in June, aides said.")
    assert {name for word, _, name in mentions(nlp, text) if word == "Hallet"} == {"Hallet"}


def test_a_close_name_with_a_title_elsewhere_is_another_person_where_it_stands_bare(nlp) -> None:
    text = ("WASHINGTON, May 4 - Former aide Tom Hallett said the plan would fail. Hallett said the budget was too "
            "large. President Hallet signed it on Friday, and a Hallet administration official said more cuts would "
            "follow.")
    assert {name for word, _, name in mentions(nlp, text) if word == "Hallet"} == {"Hallet"}
