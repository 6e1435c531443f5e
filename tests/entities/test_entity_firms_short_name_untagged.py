"""A firm's short name written again after its full name, where the model tagged nothing ('Summit had sales' after
'Summit Fasteners Corp'), is that firm (real model and pipeline). Passages of our own; a short name written in lower
case, a common word opening a sentence as a modifier, or one run into another name, is no mention of it."""

from __future__ import annotations

from entity_support import mentions

_FULL = "Summit Fasteners Corp"
_OPENING = "DENVER, June 2 - Summit Fasteners Corp said it bought a small maker of bolts for stock.\n\n"


def test_a_short_name_written_again_is_the_firm(nlp) -> None:
    text = _OPENING + ("The seller will get 200,000 Summit common shares. Summit had sales of about 40 mln dlrs "
                       "last year.")
    found = [m for m in mentions(nlp, text) if m[0] == "Summit"]
    assert found == [("Summit", "ORG", _FULL), ("Summit", "ORG", _FULL)]


def test_a_short_name_before_a_possessive_and_as_a_subject(nlp) -> None:
    text = ("BOSTON, June 2 - Harbor Ledger Inc said its chairman resigned.\n\n"
            "Harbor's board named a successor, it said. Harbor makes accounting software.")
    found = [m for m in mentions(nlp, text) if m[0] == "Harbor"]
    assert found == [("Harbor", "ORG", "Harbor Ledger Inc"), ("Harbor", "ORG", "Harbor Ledger Inc")]


def test_the_word_in_lower_case_or_as_a_modifier_is_left(nlp) -> None:
    text = _OPENING + ("Summit prices of the bolts were not given. The deal came after a summit of the two firms' "
                       "owners in May.")
    assert not any(t.lower() == "summit" for t, _, _ in mentions(nlp, text))


def test_a_short_name_run_into_another_name_is_left(nlp) -> None:
    text = _OPENING + "The price was not given. Trading in Summit Ridge Bank shares was halted."
    assert not any(t == "Summit" for t, _, _ in mentions(nlp, text))
