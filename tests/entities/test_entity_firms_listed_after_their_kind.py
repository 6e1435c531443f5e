"""The names listed right after a kind of organisation in the plural ('retailers <A>, <B> and <C>', 'investment banks
<A> and <B>') are firms, in every mention, whatever the model read them as; not countries after 'producers', a
person's full name, nor the subject of the kind's own clause ('the firms Jones advised'). Real model; the model
reads such names as persons or towns only in long copy, so the mentions are given to the rule as it would find
them.

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from store.analysis.entities.kinds import cued_kinds
from store.analysis.entities.mentions import mention_of


def _given(doc, names: list[str], label: str):
    found = []
    for name in names:
        words = name.split()
        at = next(t.i for t in doc if t.text == words[0])
        found.append(mention_of(doc[at : at + len(words)], label))
    return found


def test_names_listed_after_retailers_are_firms(nlp) -> None:
    doc = nlp("The sale drew bids from discount retailers Vorla, Renke and Lidda, the agency said.\n")
    found = _given(doc, ["Vorla", "Renke", "Lidda"], "PERSON")
    cued_kinds(doc, found)
    assert [m.label for m in found] == ["ORG", "ORG", "ORG"]


def test_a_bank_the_parse_makes_the_subject_is_a_firm(nlp) -> None:
    doc = nlp("Upgrades from investment banks Morgan Hale and UBC Warrick helped the sector on Tuesday.\n")
    found = _given(doc, ["UBC Warrick"], "GPE")
    cued_kinds(doc, found)
    assert found[0].label == "ORG"


def test_countries_persons_and_a_clause_of_the_kind_stay(nlp) -> None:
    doc = nlp("Oil producers Norway and Mexico agreed to cut output. The firms Jones advised were fined.\n")
    found = _given(doc, ["Norway", "Mexico"], "GPE") + _given(doc, ["Jones"], "PERSON")
    cued_kinds(doc, found)
    assert [m.label for m in found] == ["GPE", "GPE", "PERSON"]
    doc = nlp("Record producers Jim Kell and Ann Rowe signed the deal.\n")
    found = _given(doc, ["Jim Kell", "Ann Rowe"], "PERSON")
    cued_kinds(doc, found)
    assert [m.label for m in found] == ["PERSON", "PERSON"]
