"""A post of several words with 'of' in it is read whole (real model).

Our own sentences, in the shape of wire copy of a government's staff: "Chief of Staff" before a name was no title,
so the speaker had no role; after 'the president's' the post read was 'chief', a higher post than the one held.
"""

from __future__ import annotations

from quote_support import described


def test_chief_of_staff_before_the_name(nlp) -> None:
    text = ("WASHINGTON, April 23 - White House Chief of Staff Martin Felder said the president would sign the bill.\n"
            "Felder said talks with Congress would go on.")
    assert described(nlp, text, "would sign the bill")[:2] == ("Martin Felder", "Chief of Staff")


def test_chief_of_staff_set_off_by_commas(nlp) -> None:
    text = ("The president's chief of staff, Martin Felder, told reporters the budget would pass.\n"
            "\"We have the votes,\" Felder said.")
    assert described(nlp, text, "the budget would pass")[:2] == ("Martin Felder", "chief of staff")


def test_a_chief_alone_stays_a_chief(nlp) -> None:
    text = "The police chief, Anna Brandt, said the road would reopen on Monday."
    name, role, _ = described(nlp, text, "the road would reopen")
    assert name == "Anna Brandt" and role is not None and "staff" not in role
