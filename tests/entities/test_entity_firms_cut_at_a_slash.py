"""'Hollis/Crane Bankers Inc', 'KTB/Lindell Communications Inc': a firm whose name joins two words by a slash, no
space either side, is named from the word before the slash, which the model leaves out or tags alone; its short
name written again ('Hollis/Crane said') opens there too (real model).

Our own sentences; a slash between two places before no firm ('U.S./Japan trade talks') joins nothing."""

from __future__ import annotations

from entity_support import entities_of, mentions


def test_a_ticker_before_the_slash_opens_the_firm(nlp) -> None:
    text = "NEW YORK, March 3 - KTB/Lindell Communications Inc said it sold its cable unit for 12 mln dlrs.\n"
    found = entities_of(nlp, text)
    assert ("KTB/Lindell Communications Inc", "ORG") in found
    assert ("Lindell Communications Inc", "ORG") not in found


def test_the_short_name_opens_before_the_slash_too(nlp) -> None:
    text = ("NEW YORK, March 3 - KTB/Lindell Communications Inc said it sold its cable unit for 12 mln dlrs. "
            "KTB/Lindell said the sale would close in May.\n")
    found = mentions(nlp, text)
    assert ("KTB/Lindell", "ORG", "KTB/Lindell Communications Inc") in found


def test_places_joined_by_a_slash_before_no_firm_stay_apart(nlp) -> None:
    text = "The U.S./Japan trade talks will resume next week, officials said.\n"
    assert not {name for name, _ in entities_of(nlp, text) if "/" in name}
