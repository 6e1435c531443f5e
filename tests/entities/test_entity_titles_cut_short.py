"""A work named right after its kind keeps the small words of its title ('<Word> Full of <Word>', '<Word> and
<Word>', "<Word> You Can't ..."), which the model cuts it at, in every mention (real model, real pipeline).
Passages of our own, made-up titles. A place or a person after the title ('in the UK', 'and <First> <Surname>')
stays out of it."""

from __future__ import annotations

from entity_support import label_by_text


def test_a_title_with_of_is_whole(nlp) -> None:
    text = "Ann Lee won best actress for her role in the drama Rosa Full of Sorrow. Rosa Full of Sorrow opens in May."
    labels = label_by_text(nlp, text)
    assert labels.get("Rosa Full of Sorrow") == "WORK_OF_ART"
    assert "Rosa Full" not in labels


def test_a_title_with_and_is_whole(nlp) -> None:
    text = "The band's award-winning album Hopes and Sorrows went back to the top of the chart."
    assert label_by_text(nlp, text).get("Hopes and Sorrows") == "WORK_OF_ART"


def test_a_place_or_a_person_after_a_title_stays_apart(nlp) -> None:
    text = "The comedy Sideways in the UK took more than the drama Highlands and Ann Lee said she was pleased."
    labels = label_by_text(nlp, text)
    assert labels.get("Sideways") == "WORK_OF_ART"
    assert labels.get("UK") == "GPE"
    assert labels.get("Ann Lee") == "PERSON"
