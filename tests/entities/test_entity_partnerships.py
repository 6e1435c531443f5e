"""A partnership's name closed by 'Partnership', 'LP' or 'L.P.', which the model cuts before that word or leaves
untagged (real model and pipeline); 'the company' after it is the partnership. Passages of our own in the shape of
wire copy, and a treaty named a partnership and a gas firm's 'LP Gas', which the rules must leave alone. 'LP' is
no corporate word for 'the company' (it opens names of liquefied gas), so only 'Partnership' and 'L.P.' are."""

from __future__ import annotations

from entity_support import mentions
from quote_support import quotes_of, speaker_of


def speakers_of(nlp, text: str) -> set[str | None]:
    return {q.speaker for q in quotes_of(nlp, text)}


def test_the_name_runs_on_over_partnership(nlp) -> None:
    text = ("DENVER, May 4 - Bramwell Energy Master Limited Partnership said it would pay a first quarterly "
            "dividend of 20 cts a unit. The company said it expects to sell two gas fields this year.")
    name = "Bramwell Energy Master Limited Partnership"
    assert (name, "ORG", name) in mentions(nlp, text)
    assert speakers_of(nlp, text) == {name}


def test_an_untagged_partnership_is_found(nlp) -> None:
    text = ("TULSA, Okla., May 4 - Corrigan Oil and Gas Partnership said it sold its interest in two fields to "
            "Mesquite Holdings Corp for 12 mln dlrs. The company said it would use the money to repay debt.")
    name = "Corrigan Oil and Gas Partnership"
    assert (name, "ORG", name) in mentions(nlp, text)
    assert speakers_of(nlp, text) == {name}


def test_an_untagged_lp_is_found(nlp) -> None:
    text = ("AUSTIN, Texas, May 4 - Pellston Realty LP said it agreed to buy an office tower from Garrick "
            "Properties Inc. The company said the price was 30 mln dlrs.")
    assert ("Pellston Realty LP", "ORG", "Pellston Realty LP") in mentions(nlp, text)
    assert speaker_of(nlp, text, "agreed to buy") == "Pellston Realty LP"


def test_a_treaty_is_no_firm(nlp) -> None:
    text = "BRUSSELS, May 4 - The ministers discussed the Partnership for Peace and the future of the alliance."
    assert not any(label == "ORG" for _, label, _ in mentions(nlp, text))


def test_lp_before_a_longer_name_is_no_legal_form(nlp) -> None:
    text = ("LONDON, May 4 - Harwick Petroleum LP Gas Trading said it cut its posted propane price by ten dlrs "
            "a tonne.")
    assert not any(name.endswith(" LP") for _, _, name in mentions(nlp, text))
