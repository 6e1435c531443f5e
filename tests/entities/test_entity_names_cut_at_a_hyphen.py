"""A firm's name the model cut at a hyphen inside it, keeping only the words after it: the capitalised word joined
by the hyphen opens the name, with a word glued to it by a slash and the proper nouns written before it (real model
and pipeline). Passages of our own in the shape of wire copy, and a prefix in lower case the rule must leave alone."""

from __future__ import annotations

from entity_support import canonical_names, mentions

from store.analysis import analyze


def test_the_word_before_the_hyphen_opens_the_firms_name(nlp) -> None:
    text = ("DENVER, May 4 - Wexler-Quinn Holdings Corp said it would sell its paint unit. "
            "Wexler-Quinn said the price was fair.")
    found = mentions(nlp, text)
    assert ("Wexler-Quinn Holdings Corp", "ORG", "Wexler-Quinn Holdings Corp") in found
    assert not any(name == "Quinn Holdings Corp" for _, _, name in found)
    assert canonical_names(nlp, text)["Wexler-Quinn"] == "Wexler-Quinn Holdings Corp"


def test_a_proper_noun_before_the_hyphenated_word_is_the_names_too(nlp) -> None:
    text = "LONDON, May 4 - Nord Kessel-Aune Plc said profits rose. Kessel-Aune said sales were firm."
    assert ("Nord Kessel-Aune Plc", "ORG", "Nord Kessel-Aune Plc") in mentions(nlp, text)


def test_a_letter_glued_by_a_slash_is_the_names_too(nlp) -> None:
    text = "BOSTON, May 4 - K/B-Tel Inc said it named a new chief. The company said sales rose."
    assert ("K/B-Tel Inc", "ORG", "K/B-Tel Inc") in mentions(nlp, text)
    # one firm, so one report: the letter before the slash is no second source
    assert [q.speaker for q in analyze(nlp, text).quotes] == ["K/B-Tel Inc", "K/B-Tel Inc"]


def test_a_prefix_in_lower_case_is_no_part_of_the_name(nlp) -> None:
    text = "Shares of the ex-Quorra Holdings Corp unit fell sharply on Monday, traders said."
    assert ("Quorra Holdings Corp", "ORG", "Quorra Holdings Corp") in mentions(nlp, text)



def test_a_town_cut_off_before_a_hyphen_the_firm_kept_opens_the_firms_name(nlp) -> None:
    # the model reads the bank as a person, and the word before the hyphen, a town, is cut off as a place: the hyphen
    # left at the front of the rest shows the name was one word there
    text = ("ROTTERDAM, June 4 - The city started selling short-term notes to banks, lead manager Rotterdam-Utrecht "
            "Bank NV said. Earlier programs were arranged by Brakel Lloyd NV.\n\n"
            "Rotut board member Jan Bos said demand was good.")
    found = mentions(nlp, text)
    assert ("Rotterdam-Utrecht Bank NV", "ORG", "Rotterdam-Utrecht Bank NV") in found
    assert not any(name.startswith("-") for _, _, name in found)
    assert found[0] == ("ROTTERDAM", "GPE", "Rotterdam")  # the dateline's town is no firm named after it
    assert {q.affiliation for q in analyze(nlp, text).quotes if q.speaker == "Jan Bos"} == {"Rotterdam-Utrecht Bank NV"}


def test_a_place_before_a_hyphen_outside_any_firm_stays_a_place(nlp) -> None:
    text = "The Rotterdam-Utrecht rail link will close for repairs in July, the operator said."
    assert not any(label == "ORG" and "Rotterdam" in words for words, label, _ in mentions(nlp, text))
