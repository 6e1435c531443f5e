"""'Kestrel Bank of Dunmore County', 'Brill and Associates of Glendale, Calif.': the word before a name's first 'of'
(a bank, an association, a firm's word) says it names a firm or a body; the place after 'of' says where it is, so
neither the name's last word ('County') nor the state after it makes it a place (real model and pipeline). Passages
of our own."""

from __future__ import annotations

from entity_support import label_by_text


def test_a_bank_of_a_county_is_a_firm(nlp) -> None:
    text = ("The four banks are Central Bank of Hollis County, with assets of 59 mln dlrs, and Kestrel Bank of "
            "Dunmore County, with assets of 38 mln dlrs.")
    assert label_by_text(nlp, text)["Kestrel Bank of Dunmore County"] == "ORG"


def test_associates_of_a_town_before_its_state_are_a_firm(nlp) -> None:
    text = "Harwick Inc said it agreed to acquire Brill and Associates of Glendale, Calif., for stock."
    assert label_by_text(nlp, text)["Brill and Associates of Glendale"] == "ORG"


def test_a_building_named_after_a_bank_stays_a_building(nlp) -> None:
    text = "The firm moved its offices into the Bank of England Tower last year."
    assert label_by_text(nlp, text).get("Bank of England Tower") == "FAC"
