"""Two one-word names joined by 'and' that act as one ('<A> and <B> said it lowered ...'), a verb in the singular after
them, and that the article never writes apart, are a partners' firm with no legal form to close it; the model makes a
person of the second name (real model and pipeline). Passages of our own; two people with a plural verb, or met again
alone, stay two."""

from __future__ import annotations

from entity_support import mentions
from quote_support import speaker_of


def test_partners_who_act_as_one_are_a_firm(nlp) -> None:
    text = ("BOSTON, May 4 - Alder and Pike said it lowered the ratings of Norrow Corp's senior debt.\n\n"
            "The cut reflects weaker earnings at the firm's mills, Alder and Pike said.")
    found = mentions(nlp, text)
    assert ("Alder and Pike", "ORG", "Alder and Pike") in found
    assert not any(name in ("Alder", "Pike") for _, _, name in found)
    assert speaker_of(nlp, text, "weaker earnings") == "Alder and Pike"


def test_partners_before_an_adverb_and_their_verb(nlp) -> None:
    found = mentions(nlp, "BOSTON, May 4 - Alder and Pike today raised its rating of Norrow Corp's notes.")
    assert ("Alder and Pike", "ORG", "Alder and Pike") in found


def test_two_people_with_a_plural_verb_stay_two(nlp) -> None:
    found = mentions(nlp, "Alder and Pike have both left the club, the coach said. Pike joined it in 1990.")
    assert not any(text == "Alder and Pike" for text, _, _ in found)


def test_a_name_met_again_alone_stays_apart(nlp) -> None:
    found = mentions(nlp, "Harriet Alder and Pike said they would appeal. Alder said the ruling was unfair.")
    assert not any(text == "Alder and Pike" for text, _, _ in found)


def test_a_firms_short_name_of_two_partners_is_one_mention(nlp) -> None:
    text = ("NEW YORK, June 29 - Benson and Marsh Group Inc said some notes it sold were valid.\n\n"
            "Benson and Marsh said regulators have asked for more details.")
    found = mentions(nlp, text)
    assert ("Benson and Marsh", "ORG", "Benson and Marsh Group Inc") in found
    assert not any(t in ("Benson", "Marsh") for t, _, _ in found)


def test_a_firm_cut_after_its_and_opens_on_its_partner_written_again(nlp) -> None:
    # the front also opens the firm's short name written later ('<A> and <B> said'): that is no name of its own
    text = ("NEW YORK, June 29 - Andrews and Knight Group Inc, citing the advice of its lawyers, said certain notes "
            "that it sold were valid.\n\nThe firm's shares slipped 1-3/4 during the day. Andrews and Knight "
            "said regulators have asked for more details.")
    found = mentions(nlp, text)
    assert ("Andrews and Knight Group Inc", "ORG", "Andrews and Knight Group Inc") in found
    assert ("Andrews and Knight", "ORG", "Andrews and Knight Group Inc") in found
    assert speaker_of(nlp, text, "regulators have asked") == "Andrews and Knight Group Inc"


def test_two_months_are_no_partners(nlp) -> None:
    found = mentions(nlp, "Palm oil eased in quiet trade, dealers said. March and April closed four points lower at "
                          "the end of the session.")
    assert not any(text == "March and April" for text, _, _ in found)


def test_two_traders_in_a_market_list_stay_two(nlp) -> None:
    found = mentions(nlp, "Hog futures ended steady, traders said. Tarlow and Brindle bought while Fenner Trading "
                          "and Drummond sold.")
    assert not any(text == "Tarlow and Brindle" for text, _, _ in found)


def test_the_end_of_a_longer_name_is_left_whole(nlp) -> None:
    found = mentions(nlp, "Exports rose in May, the Ministry of Mines and Energy said.")
    assert not any(text == "Mines and Energy" for text, _, _ in found)



def test_a_country_named_for_two_islands_is_one_place(nlp) -> None:
    # the pair is read whole, and the whole is a country the place rules know
    found = mentions(nlp, "Antigua and Barbuda has signed a fishing deal with a Japanese group, officials said.")
    assert ("Antigua and Barbuda", "GPE", "Antigua and Barbuda") in found

def test_two_fields_after_an_article_are_no_partners(nlp) -> None:
    text = ("Burma struck an initial accord for Thai companies to share in the development of the Kaspar and "
            "Jorvan oilfields, both governments said in a joint release.")
    found = mentions(nlp, text)
    assert not any(text == "Kaspar and Jorvan" for text, _, _ in found)


def test_a_seat_named_for_two_towns_after_for_is_no_firm(nlp) -> None:
    text = ("The budget was a disgrace, opposition members said. The MP for Hartwell and Dunmore said the Prime "
            "Minister had tried very hard to sound calm.")
    found = mentions(nlp, text)
    assert not any(t == "Hartwell and Dunmore" for t, _, _ in found)
