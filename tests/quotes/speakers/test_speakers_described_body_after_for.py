"""'a spokesman for the state-owned <Firm> said': a lower-case word or two that only describe the body stood between
"for the" and its name, so the unnamed source got no affiliation though the article names whose spokesman he is
(real model). A place or another body after "for the" is not skipped.

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import described


def test_state_owned_firm_after_for_the(nlp) -> None:
    text = ("TAIPEI, May 4 - Sugar output will rise to 600,000 tonnes next season, a spokesman for the state-owned "
            "Formosa Cane Corp told Reuters.")
    assert described(nlp, text, "Sugar output") == ("spokesman", None, "Formosa Cane Corp")


def test_government_controlled_firm_after_of_the(nlp) -> None:
    text = "LUSAKA, May 4 - Copper sales fell 8 pct, an official of the government-controlled Zambezi Mining Corp said."
    assert described(nlp, text, "Copper sales")[2] == "Zambezi Mining Corp"


def test_a_place_between_is_not_a_description(nlp) -> None:
    text = ("SANTIAGO, May 4 - Copper output rose 5 pct last year, a spokesman for the mine in Andes Copper Commission "
            "territory said.")
    assert described(nlp, text, "Copper output")[2] is None
