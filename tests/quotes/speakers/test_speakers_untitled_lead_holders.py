"""A post alone ("the Tory leader") opening the paragraph after a lead that named the person without it stands for
that person, when no one in the article is given the post (issue 12), with the real model and pipeline. Sentences
of our own, in the shape read on British political copy."""

from __future__ import annotations

from quote_support import speaker_of


def test_the_post_after_the_lead_is_the_one_the_lead_named(nlp) -> None:
    text = ("Helen Marsh has attacked the cost of the new rail line in a speech to her party's conference in Leeds "
            "on Sunday.\n\n"
            "The Green leader said the project had run billions over budget. She added that the money should go to "
            "buses instead.")
    assert speaker_of(nlp, text, "run billions over budget") == "Helen Marsh"


def test_of_two_people_in_the_lead_the_one_without_a_post(nlp) -> None:
    text = ("Transport Secretary Paul Grant has vowed to press on with the new line despite a call for a pause from "
            "Helen Marsh.\n\n"
            "The Green leader said the line would cost twice what ministers had promised. Mr Grant said the line was "
            "vital to the north.")
    assert speaker_of(nlp, text, "cost twice what ministers") == "Helen Marsh"


def test_of_two_people_without_a_post_the_one_the_lead_has_speak(nlp) -> None:
    text = ("Tom Reeve has had five years to fix the railways and has failed, Helen Marsh has said in a speech in "
            "Leeds on Sunday.\n\n"
            "The Green leader said the trains were slower than ever before and fares had doubled since the last "
            "election.")
    assert speaker_of(nlp, text, "slower than ever") == "Helen Marsh"


def test_a_person_given_another_post_is_not_the_holder(nlp) -> None:
    text = ("Ken Vale should not apologise for his comments about the newspaper, his friend Joan Pike has insisted "
            "in a radio interview.\n\n"
            "London mayor Mr Vale says he is standing by his remarks. But the prime minister says it is time for "
            "Mr Vale to say sorry.")
    assert speaker_of(nlp, text, "time for Mr Vale") != "Ken Vale"


def test_a_post_of_a_named_body_further_on_is_someone_else(nlp) -> None:
    text = ("Helen Marsh has attacked the cost of the new rail line in a speech to her party's conference in Leeds "
            "on Sunday.\n\n"
            "She spoke for an hour. Later in the day the chairman of the rail board said the project was on budget.")
    assert speaker_of(nlp, text, "was on budget") != "Helen Marsh"
