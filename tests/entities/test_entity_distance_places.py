"""A name set off by a distance from another place (', 25 km west of <City>', ', some 50 miles (80 km) north of
<City>') is a place in every mention, whatever the model guessed (real model, real pipeline): no firm or person is
placed by miles from a city. A person followed by an age, not a distance, stays a person."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_placed_by_its_distance_from_a_city_is_a_place(nlp) -> None:
    text = "The oil terminal at Sidi Barrak, 25 km west of Alexandria, will reopen, officials said."
    assert labels_of(nlp, text, "Sidi Barrak") == {"GPE"}


def test_every_mention_of_a_name_placed_by_a_distance_follows(nlp) -> None:
    text = "Fighting spread to Mercy Falls, 40 km south of the border, where Mercy Falls residents fled."
    assert labels_of(nlp, text, "Mercy Falls") == {"GPE"}


def test_a_person_followed_by_an_age_stays_a_person(nlp) -> None:
    text = "Sales manager Peter Oduya, 52, said the plant 30 km north of Nairobi would close. Oduya declined to say more."
    assert labels_of(nlp, text, "Peter Oduya") == {"PERSON"}
