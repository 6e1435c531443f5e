"""A title written right after its kind in lower case ('the comedy <Title>', 'charity single <Title>') is a work
in every mention, though the parse hangs the title's words on neither (real model, real pipeline); a title named
for its hero ('the film <First> <Surname>') too, where the article never writes the surname alone. Passages of our
own, made-up titles. A side after 'will play', a person who made the film, and a side's fan stay what they were."""

from __future__ import annotations

from entity_support import labels_of


def test_a_title_after_its_kind_is_a_work(nlp) -> None:
    text = "The comedy Sideways has dominated this year's awards, winning five prizes. The film was made for little."
    assert labels_of(nlp, text, "Sideways") == {"WORK_OF_ART"}
    text = "The charity single Grief Never Grows Old is set to top the chart on Sunday. Sales of the record are high."
    assert labels_of(nlp, text, "Grief Never Grows Old") == {"WORK_OF_ART"}


def test_a_title_named_for_its_hero_is_a_work(nlp) -> None:
    text = "The musical is an adaptation of the children's film Harriet Coldwell, which starred Ann Lee."
    assert labels_of(nlp, text, "Harriet Coldwell") == {"WORK_OF_ART"}
    assert labels_of(nlp, text, "Ann Lee") == {"PERSON"}


def test_a_side_after_a_verb_stays_a_side(nlp) -> None:
    text = "Hearts were knocked out on Saturday, which means they will play Dundee United in the final."
    assert "WORK_OF_ART" not in labels_of(nlp, text, "Dundee United")


def test_a_maker_after_the_kind_stays_a_person(nlp) -> None:
    text = "In the documentary Ann Lee made last year, Lee spoke to the miners of Kent."
    assert labels_of(nlp, text, "Ann Lee") == {"PERSON"}


def test_a_title_after_a_possessive_and_its_kind_is_a_work(nlp) -> None:
    text = "Tom Hale is suing the network over its programme Dread Quest, which he said raised his blood pressure."
    assert labels_of(nlp, text, "Dread Quest") == {"WORK_OF_ART"}
