"""A town's name is its club's in a report of a game where the article gives it players, a side, team-mates, fans
or staff ('a <Town> player', 'his <Town> team-mate'), or where a side plays against it ('on his debut against
<Town>'); every mention of the name is then the club (real model and pipeline). Passages of our own, with made-up
people; a town's crowd, and a person's side in a charity match ('<Name>'s friends against <Name>'s friends'), stay
as they were."""

from __future__ import annotations

from entity_support import labels_of


def test_a_towns_player_and_side_are_its_clubs(nlp) -> None:
    text = (
        "The football club's chief executive said the striker would stay. He will remain a Swindon player, and he "
        "wants to be in a Swindon side which wins trophies."
    )
    assert labels_of(nlp, text, "Swindon") == {"ORG"}


def test_the_side_played_against(nlp) -> None:
    text = "Tom Baker scored twice on his football debut against Stockport."
    assert labels_of(nlp, text, "Stockport") == {"ORG"}


def test_a_towns_crowd_and_a_persons_friends_stay(nlp) -> None:
    text = "The football fans in Swindon cheered as the Swindon crowd filled the square."
    assert labels_of(nlp, text, "Swindon") == {"GPE"}
    text = "The charity football match billed as Zidane's friends against Ronaldo's friends will go ahead."
    assert labels_of(nlp, text, "Ronaldo") == {"PERSON"}
