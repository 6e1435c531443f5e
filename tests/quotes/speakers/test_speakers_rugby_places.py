"""Rugby copy, like football copy, calls a player it has just named by their place in the side ("the veteran lock
told", "the lock said"), and a place opening a sentence or a headline is written with a capital the model
runs into the name ("Fly-half Tom Baxter will start", "Prop Reid ready"): the speaker is the player, under their own
name, with the place as their role. A captain's armband goes with any place, and a club named before the place
("Arsenal keeper X") is the player's affiliation, no part of the role. Sentences of our own."""

from __future__ import annotations

from entity_support import canonical_names, mentions
from quote_support import quotes_of, speaker_of


def test_the_veteran_lock_told_is_the_player_named_before(nlp) -> None:
    text = ("Harbour Town's Owen Pryce will leave the club when his contract ends in May.\n\n"
            "\"I would like to coach in Spain one day,\" the veteran lock told a local radio station.")
    assert speaker_of(nlp, text, "coach in Spain") == "Owen Pryce"


def test_the_lock_is_the_captain_the_paragraph_follows(nlp) -> None:
    text = ("Greendale have struggled to score tries all winter.\n\n"
            "Captain Luc Marchand has admitted his pack needs to improve, but stressed the season is not over. "
            "The lock believes the visitors will find the muddy pitch hard going.")
    assert speaker_of(nlp, text, "muddy pitch hard going") == "Luc Marchand"


def test_a_place_opening_a_sentence_is_no_part_of_the_name(nlp) -> None:
    text = ("Kingsbridge have named an unchanged side for the cup semi-final.\n\n"
            "Fly-half Tom Baxter, who kicked four penalties last week, said: \"We know what is coming.\"")
    assert canonical_names(nlp, text)["Tom Baxter"] == "Tom Baxter"
    assert speaker_of(nlp, text, "what is coming") == "Tom Baxter"
    assert (quotes_of(nlp, text)[0].speaker_role or "").lower() == "fly-half"  # as written: "Fly-half" here


def test_a_headline_place_before_a_surname_is_the_player(nlp) -> None:
    text = ("Prop Reid ready for the scrum battle\n\n"
            "Gareth Reid says the Kingsbridge forwards are ready for the heaviest pack in the league.")
    assert ("Reid", "PERSON", "Gareth Reid") in mentions(nlp, text)


def test_a_company_opening_with_a_place_word_keeps_its_name(nlp) -> None:
    text = "Centre Parcs said it would open a fourth holiday village next year."
    assert "Centre Parcs" in canonical_names(nlp, text).values()


def test_a_prop_in_play_speaks_for_no_one(nlp) -> None:
    text = ("Gareth Reid came off the bench in the second half.\n\n"
            "The prop crashed over from close range to seal the win.")
    assert "Gareth Reid" not in [q.speaker for q in quotes_of(nlp, text)]


def test_a_club_before_a_players_place_is_the_affiliation(nlp) -> None:
    text = ("Arsenal lost 3-1 in Munich on Tuesday.\n\n"
            "Arsenal keeper Jan Vogt, who was beaten at his near post, said: \"The blame for the second goal is "
            "mine.\"")
    quote = quotes_of(nlp, text)[0]
    assert (quote.speaker, quote.speaker_role, quote.affiliation) == ("Jan Vogt", "keeper", "Arsenal")


def test_a_word_before_a_place_that_names_no_side_stays_in_the_role(nlp) -> None:
    text = "Veteran prop Ann Lee will retire at the end of the season.\n\n\"I am tired,\" said Lee."
    assert quotes_of(nlp, text)[0].speaker_role == "Veteran prop"
