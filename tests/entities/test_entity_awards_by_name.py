"""Awards known by a name with no head word ("won an Oscar", "the Baftas") are awards, events as a prize is, whatever
the model reads them as, in an article that speaks of awards; a person the article names with the same word, or a
player known by it in an article about no award, stays a person (real model)."""

from __future__ import annotations

from entity_support import entities_of, mentions


def test_an_award_named_alone_is_no_person(nlp) -> None:
    text = ("The actress won an Oscar for her role as a war nurse. She had been nominated at the Baftas, where "
            "the Oscar favourite lost to a newcomer.")
    found = mentions(nlp, text)
    awards = {(text, label) for text, label, _ in found if text in ("Oscar", "Baftas")}
    assert awards and all(label == "EVENT" for _, label in awards)
    assert not any(label == "PERSON" for _, label in entities_of(nlp, text))


def test_a_player_known_by_one_name_stays_a_person(nlp) -> None:
    text = "The Oscar of the old days was back: Oscar scored 30 points as the visitors won by ten."
    assert ("Oscar", "EVENT") not in {(t, label) for t, label, _ in mentions(nlp, text)}


def test_a_person_named_with_the_word_stays_a_person(nlp) -> None:
    text = "Oscar Lindqvist scored twice in the second half. Oscar said afterwards that he was tired."
    found = mentions(nlp, text)
    assert ("Oscar", "PERSON", "Oscar Lindqvist") in found
