"""Two officer's posts joined by 'and' before a name are both the role: 'Chairman and Chief Executive Officer
<Name>' holds the two, as the article gives them (names README); the second alone was shown (real model).

Our own sentences and names; 'and' between a post and another's name, or before a post no officer holds, joins no
two posts."""

from __future__ import annotations

from store.analysis import analyze


def _people(nlp, text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}


def test_two_officers_posts_before_the_name(nlp) -> None:
    text = "NEW YORK, May 1 - Chairman and Chief Executive Officer Donald Fisherman said sales would rise.\n"
    assert _people(nlp, text) == {"Donald Fisherman": "Chairman and Chief Executive Officer"}


def test_a_name_before_and_is_no_post(nlp) -> None:
    text = "TOKYO, May 1 - President Ronald Regan and Prime Minister Yasuhiro Nakamura met on Tuesday.\n"
    assert _people(nlp, text) == {"Ronald Regan": "President", "Yasuhiro Nakamura": "Prime Minister"}


def test_a_post_no_officer_holds_stays_apart(nlp) -> None:
    text = "WASHINGTON - The President and First Lady Nancy Regan flew home on Sunday.\n"
    assert _people(nlp, text) == {"Nancy Regan": "First Lady"}
