"""A name closing with a league's word in the language it is written in ('Liga', 'Ligue', 'Lega', 'League') is
the league's body (ORG), though the model read it as a place, a building or a person (real model)."""

from __future__ import annotations

from entity_support import label_by_text


def test_a_league_by_its_word_is_an_organisation(nlp) -> None:
    text = ("Alvor climbed to third in the Primeira Liga after a 2-0 win on Sunday. Leaders Miramar meet Porto Azul "
            "on Saturday in the Segunda Liga, the football federation said.")
    labels = label_by_text(nlp, text)
    assert labels.get("Primeira Liga") == "ORG"
    assert labels.get("Segunda Liga") == "ORG"
