"""A company officer's title before the name written without a hyphen ("chairman elect <Name>", "Chairman
designate <Name>") is the story's firm's officer, as "Chairman <Name>" and "chairman-elect <Name>" already were
(real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_chairman_elect_without_a_hyphen(nlp) -> None:
    text = ("Brantley Chemicals Plc named a new board on Wednesday.\n\n"
            "\"The group will focus on its core businesses,\" said chairman elect Peter Holm.")
    q = quote_with(nlp, text, "focus on its core businesses")
    assert q.speaker == "Peter Holm"
    assert q.affiliation == "Brantley Chemicals Plc"


def test_capitalised_chairman_elect_opening_a_sentence(nlp) -> None:
    text = ("Marston Steel Corp said its chairman would retire.\n\n"
            "Chairman elect Anne Whitby told reporters: \"We will keep the plant open.\"")
    q = quote_with(nlp, text, "We will keep the plant open")
    assert q.speaker == "Anne Whitby"
    assert q.affiliation == "Marston Steel Corp"
