"""'former' (or 'ex-' joined by a hyphen) before a capitalised post, or before the place or nationality that opens
it, stays in the role: "former Mayor <Name>" is no mayor now, and the names gold keeps the word ("former Chicago
Mayor <Name>" gives "former Mayor", a place being no part of a role). Real model; sentences and names of our own."""

from __future__ import annotations

from quote_support import described


def test_former_before_a_capitalised_post(nlp) -> None:
    text = 'The park closed on Monday. "It was a mistake," said former Senator Mia Holt.\n'
    assert described(nlp, text, "a mistake")[:2] == ("Mia Holt", "former Senator")


def test_former_opening_the_sentence_before_a_two_word_post(nlp) -> None:
    text = "The plan was dropped in May. Former Prime Minister Ada Kerr wrote that it had failed.\n"
    assert described(nlp, text, "it had failed")[:2] == ("Ada Kerr", "Former Prime Minister")


def test_former_before_a_place_and_the_post(nlp) -> None:
    text = "The bridge reopened on Friday. Former Chicago Mayor Rob Lane said the city was safe.\n"
    assert described(nlp, text, "the city was safe")[:2] == ("Rob Lane", "Former Mayor")


def test_ex_joined_by_a_hyphen(nlp) -> None:
    text = "The bank was sold in June. Ex-Prime Minister Hal Brody, now a banker, wrote that the deal was fair.\n"
    assert described(nlp, text, "the deal was fair")[:2] == ("Hal Brody", "Ex-Prime Minister")


def test_post_held_now_is_left_alone(nlp) -> None:
    text = "The bridge reopened on Friday. Mayor Rob Lane said the city was safe.\n"
    assert described(nlp, text, "the city was safe")[:2] == ("Rob Lane", "Mayor")
