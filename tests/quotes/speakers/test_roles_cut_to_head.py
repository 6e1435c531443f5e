"""A post is the role with the words that say which post it is: a modifier capitalised only because it opens a
paragraph ("Regional governor"), and a field written after the post in lower case ("professor of soil science").
The reader cut each to the post's head (real model).

Our own sentences and names; a body after 'of the' stays the affiliation's, not the role's."""

from __future__ import annotations

from store.analysis import analyze


def _roles(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes]


def test_a_modifier_opening_a_paragraph_stays_with_the_post(nlp) -> None:
    text = ("Two men were fined on Monday.\n\n"
            "Presiding judge Anna Maria Lind said the evidence showed a clear pattern.\n\n"
            "Regional governor Pedro Alves said the roads would stay closed.\n")
    assert _roles(nlp, text) == [("Anna Maria Lind", "Presiding judge"), ("Pedro Alves", "Regional governor")]


def test_a_nationality_opening_a_sentence_is_no_part_of_the_post(nlp) -> None:
    text = "Talks ended late.\n\nFrench president Jean Morel said the talks had failed.\n"
    assert _roles(nlp, text) == [("Jean Morel", "president")]


def test_a_field_after_the_post(nlp) -> None:
    text = ("The study was led by Lena Holm, associate professor of soil science at the University of Oslo, who said "
            "the soil was drying out.\n\n"
            "Dr. Paul Mbeki, national director of public health at the Ministry of Health, said the cases were "
            "rising.\n")
    assert _roles(nlp, text) == [("Lena Holm", "associate professor of soil science"),
                                 ("Paul Mbeki", "national director of public health")]


def test_a_hyphened_word_of_the_field_stays_whole(nlp) -> None:
    text = "Mia Sand, senior adviser for water-borne diseases at the agency, said the wells were being tested.\n"
    assert _roles(nlp, text) == [("Mia Sand", "senior adviser for water-borne diseases")]


def test_a_body_after_the_post_stays_the_affiliation(nlp) -> None:
    text = "Tom Reed, president of the Farmers Union, said the price was too low.\n"
    quote = analyze(nlp, text).quotes[0]
    assert (quote.speaker, quote.speaker_role, quote.affiliation) == ("Tom Reed", "president", "Farmers Union")
