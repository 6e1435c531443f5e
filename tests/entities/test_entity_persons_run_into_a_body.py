"""A person named right after a body, which the model runs into one organisation ('Governor of the Bank of England
<First> <Surname>'), is the person, the words before the name the body or a post; a firm named after its founder,
whose surname the article never writes apart, stays one firm (real model, real pipeline; sentences of our own,
made-up people and firms, public bodies)."""

from __future__ import annotations

from entity_support import mentions


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(text_, label) for text_, label, _ in mentions(nlp, text)}


def test_a_governor_named_after_his_bank_is_a_person(nlp) -> None:
    found = _found(nlp, "The plan was backed by Chancellor of the Exchequer Alan Boyd and Governor of the Bank of "
                        "England Robin Ashcombe. Ashcombe said rates would stay.")
    assert ("Bank of England", "ORG") in found
    assert ("Robin Ashcombe", "PERSON") in found
    assert ("Ashcombe", "PERSON") in found


def test_a_secretary_general_named_after_his_organisation_is_a_person(nlp) -> None:
    found = _found(nlp, '"The recovery is fragile," the secretary general of the Organisation for Economic '
                        "Cooperation and Development Jean-Claude Pavie said. Pavie spoke in Paris.")
    assert ("Organisation for Economic Cooperation and Development", "ORG") in found
    assert ("Jean-Claude Pavie", "PERSON") in found


def test_a_post_before_the_name_is_no_body(nlp) -> None:
    found = _found(nlp, "The statement was released by National Security Adviser Brent Holloway on Monday. Holloway "
                        "declined to comment.")
    assert ("Brent Holloway", "PERSON") in found
    assert not any(label == "ORG" and "Adviser" in text for text, label in found)


def test_a_firm_named_after_its_founder_stays_whole(nlp) -> None:
    found = _found(nlp, "The analyst at Bank Julius Weber said shares would rise.")
    assert ("Bank Julius Weber", "ORG") in found
