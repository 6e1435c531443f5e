"""A town and its state set off by commas before a calling ("a Dayton, Ohio, investor") is where the person lives,
no word of the role, as a place written before a calling without commas is not (names README) (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import described


def test_town_and_state_before_investor(nlp) -> None:
    text = "WASHINGTON, March 3 - Ann Kolb, a Dayton, Ohio, investor, said she raised her stake in Harbor Mills Corp."
    assert described(nlp, text, "raised her stake")[:2] == ("Ann Kolb", "investor")


def test_town_of_two_words_and_an_abbreviated_state(nlp) -> None:
    text = ("WASHINGTON, March 3 - Ann Kolb, a Santa Fe, N.M., physician, said she raised her stake in "
            "Harbor Mills Corp.")
    assert described(nlp, text, "raised her stake")[:2] == ("Ann Kolb", "physician")


def test_a_firm_before_a_post_is_not_a_place(nlp) -> None:
    text = ("DETROIT, March 3 - Harbor Mills Corp said profits rose.\n"
            "Tom Reed, Harbor Mills chief financial officer, said the gain came from lower costs.")
    assert described(nlp, text, "gain came")[1] == "chief financial officer"
