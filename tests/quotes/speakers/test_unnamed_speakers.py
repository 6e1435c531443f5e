"""An unnamed person who has just spoken goes on speaking under 'he'; an outlet the model took for a person
goes on under 'it' (real model)."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_the_manager_who_just_spoke_is_he(nlp):
    text = ("Karl Brenner, chief economist at Nordbank AG, said rates would fall in May.\n\n"
            "The bond market's slide stems from fears of higher oil prices, the fund manager said. "
            '"Right now everyone is waiting for the central bank," he said.')
    assert find(quotes_of(nlp, text), "Right now everyone").speaker == "fund manager"


def test_an_unnamed_source_goes_on_under_his_pronoun(nlp):
    text = ("Karl Brenner, chief economist at Nordbank AG, said rates would fall in May.\n\n"
            "A Western banker said the city's debt was too short. \"Officials think only of their own "
            'department," he said.\n\n"The dilemma is how much to leave to the provinces," he said.')
    quotes = quotes_of(nlp, text)
    assert find(quotes, "Officials think").speaker == "Western banker"
    assert find(quotes, "The dilemma").speaker == "Western banker"


def test_a_person_named_since_is_still_he(nlp):
    text = ("The fund manager said the market was nervous.\n\n"
            "Karl Brenner, chief economist at Nordbank AG, said rates would fall. "
            '"Nobody will buy bonds before May," he said.')
    assert find(quotes_of(nlp, text), "Nobody will buy").speaker == "Karl Brenner"


def test_a_daily_the_model_took_for_a_person_is_it(nlp):
    text = ("PARIS, April 13 - OPEC's grip on prices faces fresh doubts in coming weeks, the Paris daily Le Figaro "
            "said.\n\nIt said buyers were pressing OPEC for discounts.\n\n"
            '"Dealers were waiting to see if OPEC could control output," it said.')
    quotes = quotes_of(nlp, text)
    assert find(quotes, "Dealers were waiting").speaker == find(quotes, "grip on prices").speaker == "Le Figaro"
