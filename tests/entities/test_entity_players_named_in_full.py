"""A name of two words opening with a first name that the model typed as a thing (an organisation, a place, a
product, a work) in a report of a game is a person's: a player, a coach, an official (real model and pipeline).
Passages of our own, with made-up names; what a report names that way and says is a thing (a ground by its last
word, a side after 'the', a review the article also calls 'the review', a town's side by its plural nickname) is
left as the model typed it."""

from __future__ import annotations

from entity_support import labels_of


def test_a_player_in_a_challenge_named_after_him(nlp) -> None:
    text = "The football match was rough, and a Freddie Marrowby challenge left the striker on the ground."
    assert labels_of(nlp, text, "Freddie Marrowby") == {"PERSON"}


def test_a_scorer_and_a_player_after_his_country(nlp) -> None:
    text = "He won the football match with goals from Noe Pamarin and Dario Vellucci."
    assert labels_of(nlp, text, "Noe Pamarin") == {"PERSON"}
    text = "France's Fabien Pelloux and Italy's Marco Bortolini are in the rugby squad."
    assert labels_of(nlp, text, "Fabien Pelloux") == {"PERSON"}


def test_grounds_sides_and_reviews_stay_things(nlp) -> None:
    text = "The football match will be played at Gordon Park on Saturday, and a goal from Noe Pamarin won it."
    assert labels_of(nlp, text, "Gordon Park") == {"FAC"}
    text = "The football fans sang as the Crystal Herons took the lead. The Crystal Herons won the match 3-1."
    assert labels_of(nlp, text, "Crystal Herons") == {"ORG"}
    text = (
        "The football club was bought by a tycoon. The Gordon Review of football finances was published, and the "
        "review said clubs spend too much."
    )
    assert labels_of(nlp, text, "Gordon Review") == {"ORG"}
    text = "The athletics coach began his career as a Royal Marine before he took up the javelin."
    assert labels_of(nlp, text, "Royal Marine") != {"PERSON"}
    text = "The rugby league player returned to the 13-man code with Bradford Bulls last year."
    assert labels_of(nlp, text, "Bradford Bulls") == {"ORG"}
