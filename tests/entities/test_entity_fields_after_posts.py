"""The portfolio a post names after its 'of' or 'for' ('Secretary of Justice', 'Under-Secretary of State for Economic
Affairs') is part of the post, no organisation, when the article writes it only there (real model).

Our own sentences; a department the article names as a body stays."""

from __future__ import annotations

from entity_support import entities_of


def test_the_portfolio_after_the_post_is_no_body(nlp) -> None:
    text = ("TOKYO, April 1 - Visiting Under-Secretary of State for Economic Affairs John Hale told reporters the "
            "talks went well. Ann Cole, the Secretary of Justice for the island, said the bill would pass.\n")
    found = entities_of(nlp, text)
    names = {name for name, _ in found}
    assert "State for Economic Affairs" not in names and "Justice" not in names
    assert ("John Hale", "PERSON") in found and ("Ann Cole", "PERSON") in found


def test_a_department_named_as_a_body_stays(nlp) -> None:
    text = "The Justice Department said on Tuesday it would appeal the ruling.\n"
    found = entities_of(nlp, text)
    assert ("Justice Department", "ORG") in found
