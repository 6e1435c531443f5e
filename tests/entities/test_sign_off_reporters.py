"""The reporter who signs a wire story ("-- Ann Lee, Oslo Newsroom +47 ...") is a person, whatever the model made of
the name (real model; our own sentences)."""

from __future__ import annotations

from store.analysis import analyze

STORY = ("OSLO, May 3 - Ferry traffic across the fjord resumed on Friday after a two-day strike, the operator "
         "said.\n\nThe company said all routes would run to the normal timetable by Saturday.\n\n")


def labels_of(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label for e in analyze(nlp, text).entities}


def test_the_name_before_the_desk_and_its_number_is_a_person(nlp):
    found = labels_of(nlp, STORY + "-- Harald Nyborg, Oslo Commodities 47-22-935-100")
    assert found.get("Harald Nyborg") == "PERSON"


def test_the_desk_and_its_number_are_no_post_of_the_reporter(nlp):
    found = {e.text: e.role for e in analyze(nlp, STORY + "-- Ingrid Solberg, Oslo Power Desk +1 212 859 1622").entities}
    assert "Ingrid Solberg" in found and found["Ingrid Solberg"] is None


def test_a_desk_signing_alone_is_left_to_the_newsroom_rule(nlp):
    found = labels_of(nlp, STORY + "-- Oslo Newsroom, 47-22-935-100")
    assert found.get("Oslo Newsroom") == "ORG"
    assert "PERSON" not in {label for text, label in found.items() if "Oslo" in text}


def test_a_dash_line_inside_the_story_is_no_sign_off(nlp):
    found = labels_of(nlp, STORY + "-- Nordic Ferries, the operator, said fares would stay at 250 crowns.")
    assert found.get("Nordic Ferries") != "PERSON"
