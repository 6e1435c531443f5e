"""A firm's opening word written alone, which the model reads as a people or a place ('American said' after
'American Airlines'): where it stands as a noun of its own it is the firm; as a modifier ('American officials')
or after an article ('the British') it is not (real model). Our own sentences."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze

CARRIER = ("DALLAS, May 5 - The parent of American Airlines said it would add flights to Boise.\n\n"
           "American's merger with a regional carrier is to close in June. American said the new flights would use "
           "larger jets.")


def test_the_opening_word_alone_is_the_firm(nlp) -> None:
    found = mentions(nlp, CARRIER)
    assert ("American", "ORG", "American Airlines") in found
    assert not [m for m in found if m[0] == "American" and m[1] != "ORG"]
    speakers = {q.speaker for q in analyze(nlp, CARRIER).quotes if "larger jets" in q.text}
    assert speakers == {"American Airlines"}


def test_the_word_before_a_noun_stays_a_people(nlp) -> None:
    text = ("DALLAS, May 5 - American Airlines said it would add six daily flights to Boise next month.\n\n"
            "American officials said the new flights would use larger jets.")
    assert ("American", "ORG", "American Airlines") not in mentions(nlp, text)


def test_a_towns_name_that_opens_a_firms_is_the_firm_as_the_one_who_says(nlp) -> None:
    text = ("SAN JOSE, May 5 - Phoenix Software Ltd said it agreed to license its disk utilities to a computer "
            "maker.\n\nPhoenix said the agreement would add to earnings next year. The maker has a plant in Phoenix.")
    found = mentions(nlp, text)
    assert ("Phoenix", "ORG", "Phoenix Software Ltd") in found
    assert found[-1][:2] == ("Phoenix", "GPE")
