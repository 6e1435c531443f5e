"""What an article says a name is, when that is a firm (real model, real pipeline): "food giant Bertolli" names a firm as
"food company" does, in every mention, though the model reads the name as a person's; so does a description the
model made a person's role ("car maker", "brokerage"). A person who is a giant or a maker of something opens with a
first name and stays a person."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze


def test_a_name_after_giant_is_a_firm_in_every_mention(nlp) -> None:
    text = "Shares in Italian food giant Bertolli fell on Monday. Bertolli said sales had slowed."
    found = mentions(nlp, text)
    assert {label for text_, label, _ in found if text_ == "Bertolli"} == {"ORG"}


def test_a_person_called_a_giant_stays_a_person(nlp) -> None:
    text = "Football giant Paul Hartley said on Sunday he would retire. Hartley, 34, won three titles."
    found = mentions(nlp, text)
    assert ("Paul Hartley", "PERSON", "Paul Hartley") in found
    assert ("Hartley", "PERSON", "Paul Hartley") in found


def test_a_name_the_article_calls_a_maker_is_a_firm_with_no_role(nlp) -> None:
    text = ("Luxury car maker Ashby Morton is to build a cheaper sports car, its chief executive Karl Dorn said. "
            "Ashby Morton sold 1,500 cars last year.")
    found = analyze(nlp, text).entities
    firm = [e for e in found if e.text == "Ashby Morton"]
    assert len(firm) == 2 and {e.label for e in firm} == {"ORG"} and {e.role for e in firm} == {None}


def test_a_maker_with_a_first_name_stays_a_person(nlp) -> None:
    text = "Documentary maker Michael Ross said the film took three years. Ross said he was proud of it."
    found = mentions(nlp, text)
    assert ("Michael Ross", "PERSON", "Michael Ross") in found
    assert ("Ross", "PERSON", "Michael Ross") in found
