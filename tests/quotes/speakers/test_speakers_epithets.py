"""Sports and arts copy calls a person it has just named by their age or by what they won or do ("the 29-year-old",
"the double Olympic champion", "the world record holder", "the actress") rather than by a post: the speaker is that
person, with the real model and pipeline. Sentences of our own.
"""

from __future__ import annotations

from quote_support import quotes_of, speaker_of


def test_said_the_age_is_the_person_the_paragraph_follows(nlp) -> None:
    text = ("Anna Lowe has pulled out of next month's marathon in Rotterdam with a back injury.\n\n"
            "\"It is the hardest decision I have made in my career,\" said the 29-year-old, who won the race two "
            "years ago.")
    assert speaker_of(nlp, text, "hardest decision") == "Anna Lowe"


def test_an_age_as_the_subject_of_a_report(nlp) -> None:
    text = ("Anna Lowe has pulled out of next month's marathon in Rotterdam with a back injury.\n\n"
            "The 29-year-old said the decision was the hardest of her career.")
    assert speaker_of(nlp, text, "hardest of her career") == "Anna Lowe"


def test_a_title_won_stands_for_the_winner_named_before(nlp) -> None:
    text = ("Tom Baxter won the 400m hurdles at the national trials in Cardiff on Saturday.\n\n"
            "Baxter finished well clear of the field in a season's best time. The double Olympic champion said: "
            "\"My legs felt heavy in the rain but I kept my rhythm to the end.\"")
    assert speaker_of(nlp, text, "legs felt heavy") == "Tom Baxter"


def test_a_record_holder_says(nlp) -> None:
    text = ("Grace Whitby will skip the indoor season to rest a sore heel.\n\n"
            "The marathon world record holder said the break would let her train fully for the spring.")
    assert speaker_of(nlp, text, "train fully for the spring") == "Grace Whitby"


def test_a_person_given_another_post_is_not_the_hurdler(nlp) -> None:
    text = ("Liam Doherty won the 400m hurdles in Vienna on Sunday.\n\n"
            "Doherty trained all winter in Spain, where coach Peter Sands watched every session. The hurdler said "
            "the warm weather had made the difference.")
    assert speaker_of(nlp, text, "warm weather had made the difference") != "Peter Sands"


def test_an_age_with_no_one_named_near_names_no_one(nlp) -> None:
    text = ("The race was run in heavy rain on Sunday.\n\n"
            "\"I am so happy with the result,\" said the 22-year-old.")
    assert [q.speaker for q in quotes_of(nlp, text)] == [None]


def test_an_indefinite_age_is_someone_new(nlp) -> None:
    text = ("Anna Lowe has pulled out of next month's marathon in Rotterdam with a back injury.\n\n"
            "A 34-year-old spectator said the course had been flooded all morning.")
    assert "Anna Lowe" not in [q.speaker for q in quotes_of(nlp, text)]


def test_the_owner_of_the_last_subject_is_the_one_the_story_follows(nlp) -> None:
    text = ("Tom Baxter and Sam Ode were given awards in the New Year list.\n\n"
            "Baxter said the honour was a surprise. Ode's gold in the relay saved a week of poor heats for him. The "
            "31-year-old said a leg injury had kept him off the track all winter.")
    assert speaker_of(nlp, text, "leg injury had kept him") == "Sam Ode"
