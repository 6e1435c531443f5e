"""Entity names, round 21 (real model, real pipeline): errors seen in political copy, each written here in sentences
of our own. A capitalised "Pro-" or "Ex-" makes an adjective of the name after it, as the small one does, when the
article names that person or body apart ("Pro-Smith groups" after "Ann Smith"); a name whole with such a syllable
("Ex-Im Bank") stays whole, and so does a prefix that is a name's own word ("the Post-ABC poll"). Two full names
joined by a hyphen ("the Ann Lee-Tom Ford match") are two people when the article names the first apart; a
double-barrelled surname is one."""

from __future__ import annotations

from entity_support import canonical_names, entities_of


def test_a_capital_prefix_opening_a_sentence_is_no_part_of_the_name_after_it(nlp) -> None:
    text = ("Hillary Clinton spoke in Ohio on Monday. Pro-Clinton groups bought ads in Nevada. "
            "Clinton said she would win the state.")
    names = canonical_names(nlp, text)
    assert "Pro-Clinton" not in names and "Pro-Clinton" not in names.values()
    assert names["Clinton"] == "Hillary Clinton"


def test_a_name_holding_a_prefix_it_never_drops_stays_whole(nlp) -> None:
    text = "Ex-Im Bank officials said on Tuesday the loan to the airline had been approved."
    assert ("Ex-Im Bank", "ORG") in entities_of(nlp, text)


def test_two_full_names_joined_by_a_hyphen_are_two_people(nlp) -> None:
    text = "Carl Ruiz watched the Muhammad Ali-Joe Frazier fight in 1971 from the front row. Ali won on points."
    found = entities_of(nlp, text)
    assert ("Muhammad Ali", "PERSON") in found
    assert ("Joe Frazier", "PERSON") in found
    assert not any("-" in name for name, _ in found)
    assert canonical_names(nlp, text)["Ali"] == "Muhammad Ali"


def test_a_double_barrelled_surname_is_one_name(nlp) -> None:
    text = "The actress Helena Bonham-Carter Smith spoke at the festival on Friday. Smith thanked the jury."
    names = canonical_names(nlp, text)
    assert names["Smith"] == "Helena Bonham-Carter Smith"


def test_a_prefix_that_is_a_names_own_word_stays_in_it(nlp) -> None:
    text = ("The Washington Post and ABC News asked 1,000 voters this month. "
            "In the new Post-ABC poll, Smith leads by four points.")
    assert canonical_names(nlp, text).get("Post") == "The Washington Post"

