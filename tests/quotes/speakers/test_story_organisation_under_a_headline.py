"""A headline set over the body ("Brekke profit slides as costs rise") is no sentence to find the story's
organisation in when the body's lead names it: the officers named with a bare post ("Its chief executive, <Name>,",
"Chief financial officer <Name> said") work for the firm the lead's subject names (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with

_TEXT = ("Brekke Maritime profit slides as detours lift costs\n\n"
         "Norwegian shipowner Brekke Maritime ASA reported a 30 percent fall in quarterly profit on Wednesday.\n\n"
         "Its chief executive, Kari Aasen, told reporters the company expected a hard winter.\n\n"
         "Chief financial officer Olav Lunde said the company had cut its debt by a tenth.")


def test_its_chief_executive_under_a_headline(nlp) -> None:
    q = quote_with(nlp, _TEXT, "the company expected a hard winter")
    assert q.speaker == "Kari Aasen"
    assert q.affiliation == "Brekke Maritime ASA"


def test_a_titled_officer_under_a_headline(nlp) -> None:
    q = quote_with(nlp, _TEXT, "had cut its debt by a tenth")
    assert q.speaker == "Olav Lunde"
    assert q.affiliation == "Brekke Maritime ASA"
