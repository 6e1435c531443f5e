"""A currency's name is money, no organisation or place, whatever the model made of it (real model).

Our own sentences: the European Currency Unit and its initials, where accounts may be held in it; a coin named
for the Ecu, worth some Ecus. A bank named beside them stays a name.
"""

from __future__ import annotations

from store.analysis import analyze


def _names(nlp, text: str) -> set[str]:
    return {e.text for e in analyze(nlp, text).entities if e.label in ("ORG", "PERSON", "GPE", "LOC", "FAC")}


def test_the_european_currency_unit_and_its_initials_are_no_organisation(nlp) -> None:
    text = ("ROME, May 4 - Investors may soon hold accounts in the European Currency Unit (ECU), the Bank of Italy "
            "said.\n\nThe ECU has gained favour with exporters since January, dealers said.\n")
    names = _names(nlp, text)
    assert not names & {"European Currency Unit", "ECU"}
    assert "Bank of Italy" in names


def test_a_coin_named_for_the_ecu_is_money(nlp) -> None:
    text = ("BRUSSELS, May 4 - The mint said its new silver piece, worth three Ecus, goes on sale on Friday.\n\n"
            "Gold Ecu pieces will follow in June, each worth 20 Ecus.\n")
    assert not _names(nlp, text) & {"Ecus", "Gold Ecu"}
