"""'The company said' in wire copy: the firm whose statements are being reported (real model).

Our own sentences, in the shapes of speaker errors read on unseen newswire: "the company said" given to the
firm being bought, or to the buyer of a unit, because that firm's name came up more often than the speaker's;
"the bank said" given to a lending arm the bank named, not to the bank that spoke.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_the_company_is_the_firm_that_spoke_not_the_one_it_buys(nlp) -> None:
    text = ("SEATTLE, May 4 - Harbor Light Systems Inc said it finished field trials of the Glowcell-9 lamp, "
            "made by privately held <Glowcell Inc>.\n\n"
            "Harbor Light said it agreed last year to buy Glowcell, pending a vote of Glowcell holders.\n\n"
            "The Glowcell-9 lamp, which Glowcell began designing in 1984, uses far less power than older lamps, "
            "the company said.\n\n"
            "Glowcell will keep its own plant in Tacoma, the company said.")
    assert speaker_of(nlp, text, "Glowcell will keep its own plant") == "Harbor Light Systems Inc"


def test_the_bank_is_the_bank_that_spoke_not_its_lending_arm(nlp) -> None:
    text = ("WASHINGTON, May 4 - The Asian Development Bank said it lent 90 mln dlrs to Nepal for new roads.\n\n"
            "The money comes from the Asian Development Fund Corp, the bank's soft-loan window, the bank said.\n\n"
            "Nepal will repay the loans over forty years, the bank said.")
    assert speaker_of(nlp, text, "Nepal will repay the loans") == "Asian Development Bank"


def test_the_owner_of_the_unit_that_spoke_has_not_spoken(nlp) -> None:
    # "X Inc's Y Corp unit said": the unit spoke, not the parent that owns it
    text = ("DENVER, May 4 - Atlas Group Inc's Carver Mills Corp unit said it will shut two of its five mills.\n\n"
            "Carver Mills Corp makes paper towels and napkins.\n\n"
            "The company said the two mills employ about 300 people.")
    assert speaker_of(nlp, text, "the two mills employ about 300 people") == "Carver Mills Corp"


def test_the_company_named_last_still_speaks_when_it_acted(nlp) -> None:
    # no firm with a legal form and none named with the noun: as before, the one acting last
    text = ("Ford said it would cut prices.\n\n"
            "Later, Toyota announced it would match the cuts.\n\n"
            "The company said the cuts would last until June.")
    assert speaker_of(nlp, text, "the cuts would last until June") == "Toyota"
