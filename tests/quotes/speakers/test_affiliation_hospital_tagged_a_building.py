"""A hospital the model tags as a building is still where a physician works ("<Name>, a physician at <Name>
Hospital,", "<Name> Hospital spokesman <Name>"): its name is among the organisations an affiliation is taken from
(real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_physician_at_a_hospital(nlp) -> None:
    text = ("Doctors in the city warned of a rise in cases on Friday.\n\n"
            "\"The wards are full,\" said Rahim Chowdhury, a physician at Dhaka Medical College Hospital.")
    q = quote_with(nlp, text, "The wards are full")
    assert q.speaker == "Rahim Chowdhury"
    assert q.affiliation == "Dhaka Medical College Hospital"



def test_hospital_spokesman_before_the_name(nlp) -> None:
    text = ("A bus overturned on the coast road near Marlow on Sunday, police said.\n\n"
            "Saint Brendan Hospital spokesman Owen Farrell said four of the passengers were kept overnight.")
    q = quote_with(nlp, text, "four of the passengers were kept overnight")
    assert q.speaker == "Owen Farrell"
    assert q.affiliation == "Saint Brendan Hospital"
