"""'Undersecretary of State <Name>': the whole post is the role, as 'Secretary of State' is (titles.json); the
reader saw no role at all, since the post's first word alone is no title before 'of State'. Real model and pipeline;
passages of our own."""

from __future__ import annotations

from store.analysis import analyze


def _roles(nlp, text: str) -> dict[str, str | None]:
    return {e.text: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}


def test_undersecretary_of_state_is_the_role(nlp) -> None:
    roles = _roles(nlp, "WASHINGTON, June 9 - Undersecretary of State Allen Brandt will visit Lima next week, the "
                        "department said.")
    assert roles.get("Allen Brandt") == "Undersecretary of State"


def test_under_secretary_of_state_in_two_words_is_the_role(nlp) -> None:
    roles = _roles(nlp, "The talks were led by Under Secretary of State Allen Brandt, the department said.")
    assert roles.get("Allen Brandt") == "Under Secretary of State"
