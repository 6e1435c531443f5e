"""A firm named for its founder with his given name shortened and stopped ('Alex. Kerrow and Sons Inc', 'Chas. T.
Hallam Co'): the model takes the stop for a sentence's end and tags the rest alone, the given name as a person; the
given name opens the firm's name, there and where the article writes it again without the legal form (real model).

Our own sentences; a full stop after a person's full name still ends the sentence."""

from __future__ import annotations

from entity_support import mentions


def test_the_given_name_opens_the_firms_name(nlp) -> None:
    text = "The bank said it has engaged Alex. Kerrow and Sons Inc to explore a sale of its card unit.\n"
    found = mentions(nlp, text)
    assert ("Alex. Kerrow and Sons Inc", "ORG", "Alex. Kerrow and Sons Inc") in found
    assert not any(name == "Alex" for name, _, _ in found)


def test_the_short_name_written_again_is_the_firm(nlp) -> None:
    text = ("NEW YORK, May 2 - Chas. T. Hallam Co said it would buy a paper mill in Maine for 4 mln dlrs. Last year, "
            "Chas. T. Hallam said it had sold a plant in Ohio.\n")
    found = mentions(nlp, text)
    assert ("Chas. T. Hallam Co", "ORG", "Chas. T. Hallam Co") in found
    assert ("Chas. T. Hallam", "ORG", "Chas. T. Hallam Co") in found


def test_a_stop_after_a_full_name_ends_the_sentence(nlp) -> None:
    text = "The firm hired Ann Lee. Kerrow and Sons Inc said it would sell its stake.\n"
    found = mentions(nlp, text)
    assert ("Ann Lee", "PERSON", "Ann Lee") in found
    assert ("Kerrow and Sons Inc", "ORG", "Kerrow and Sons Inc") in found
