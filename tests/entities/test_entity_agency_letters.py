"""An agency's letters after its kind ("Iraq's official news agency INA reported"): the letters are the agency's
name even when they spell a first name too (untagged.named_after_an_organisations_kind), and they stand for that
agency alone, not for a longer set of capitals that holds the same letters in order ('INA' is not 'IRNA';
letters._spelt_by). One word in capitals still stands for a name written in full ('VW' of 'Volkswagen').
Our own sentences."""

from __future__ import annotations

from entity_support import mentions
from quote_support import quotes_of


def test_letters_after_news_agency_name_the_agency(nlp) -> None:
    text = "BAGHDAD, May 4 - Iraq will keep its output, Iraq's official news agency INA reported."
    assert ("INA", "ORG", "INA") in mentions(nlp, text)
    assert [q.speaker for q in quotes_of(nlp, text) if q.cue == "reported"] == ["INA"]


def test_shorter_capitals_are_another_agency(nlp) -> None:
    text = (
        "BAHRAIN, May 4 - Fighting went on in the south today.\n\n"
        "The Iranian news agency IRNA said its troops took a hill near the river.\n\n"
        "Iraq's news agency INA said the border posts were calm."
    )
    assert ("INA", "ORG", "INA") in mentions(nlp, text)
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "INA"


def test_a_made_up_pair_of_capitals_stays_two(nlp) -> None:
    text = (
        "The NORA union called a strike at the port on Monday.\n\n"
        "The NRA, a shippers' group, said the strike would cost millions."
    )
    assert ("NRA", "ORG", "NRA") in mentions(nlp, text)


def test_capitals_of_a_name_in_full_still_stand_for_it(nlp) -> None:
    text = "Volkswagen AG raised its prices on Monday.\n\nVW said demand was strong."
    assert ("VW", "ORG", "Volkswagen AG") in mentions(nlp, text)


def test_dotted_initials_still_stand_for_their_letters(nlp) -> None:
    text = (
        "Acme Corp agreed to sell its bakery unit to R.K. Holdings Inc for 12 mln dlrs.\n\n"
        "Acme said RK would pay in cash."
    )
    assert ("RK", "ORG", "R.K. Holdings Inc") in mentions(nlp, text)
