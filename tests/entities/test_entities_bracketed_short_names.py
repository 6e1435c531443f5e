"""A short name in brackets after an organisation's full name is that organisation's, though its letters spell
nothing (real model).

Our own sentences, in the shape of an error read on news of our own writing and found again in free Reuters and
Wikinews: 'the Federation of Economic Organizations (Keidanren)' gave two organisations, and the short name spoke
under itself. A place in brackets names an office, and a bracket a name goes on after is part of the name.
"""

from __future__ import annotations

from entity_support import canonical_names
from quote_support import speaker_of


def test_a_bracketed_short_name_speaks_as_the_body(nlp) -> None:
    text = ("The Federation of Economic Organizations (Keidanren) met on Monday. Keidanren said exports to Europe "
            "would slow in the second half.")
    assert speaker_of(nlp, text, "exports to Europe") == "Federation of Economic Organizations"


def test_a_bracketed_short_name_of_a_state_firm(nlp) -> None:
    text = ("Output at Den Norske Stats Oljeselskap (Statoil) climbed in May, the Norwegian group reported. "
            "Statoil said it would drill two more wells.")
    assert canonical_names(nlp, text)["Statoil"] == "Den Norske Stats Oljeselskap"


def test_a_bracketed_place_stays_a_place(nlp) -> None:
    text = "The loan is led by Banque Indosuez (London) and managed by three Japanese banks, the bank said."
    assert canonical_names(nlp, text).get("London") == "London"


def test_a_bracket_inside_a_name_stays(nlp) -> None:
    text = "Industrial Equity (Pacific) Ltd said it now holds 19.9 pct of the company's shares."
    assert canonical_names(nlp, text).get("Pacific", "Pacific") == "Pacific"


def test_a_bracket_before_the_noun_it_qualifies(nlp) -> None:
    text = "The council set aside a hall where the Torres Strait Islanders (Mabuiag) people can meet each month."
    assert canonical_names(nlp, text).get("Mabuiag", "Mabuiag") == "Mabuiag"
