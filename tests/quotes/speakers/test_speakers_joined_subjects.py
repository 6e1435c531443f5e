"""A 'he' or 'she' after "<show> star <person> criticised …", where the parser made a word of the show's title the
subject and hung the person on it as a conjunct (the model taking that word for a name): the pronoun after it goes on
with that person, not with the one named before. Two people joined as the subject are not read so. Real model and
pipeline; sentences of our own.
"""

from __future__ import annotations

from quote_support import speaker_of


def test_a_show_star_is_the_subject_the_pronoun_goes_on_with(nlp) -> None:
    text = ("Comedian Mark Hollis has attacked the state of radio drama.\n\n"
            "And in March, Fools and Kings star Peter Grange criticised broadcasters for playing safe. "
            "\"We have to trust listeners with difficult stories,\" he said.")
    assert speaker_of(nlp, text, "trust listeners") == "Peter Grange"


def test_two_people_joined_as_the_subject_keep_the_first(nlp) -> None:
    text = ("Mark Hollis and Peter Grange opened the new theatre in Leeds on Friday. \"It has taken us ten years "
            "to get here,\" he said.")
    assert speaker_of(nlp, text, "ten years") == "Mark Hollis"
