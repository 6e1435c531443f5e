"""'Hollings will stay chairman' after "Walter P. Hollings Jr.": the surname stands before the generation's mark,
and the bare surname the model took for a firm is the person's; not where a firm opens on it after initials
('H.J. <Surname> Co'), whose word it then is (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_surname_before_jr_is_the_persons(nlp) -> None:
    text = ("DOVER, Del., May 4 - Kestrel Savings Bank said president Walter P. Hollings Jr. is retiring and is "
            "succeeded by Anne Brill. The bank said Hollings will stay chairman of its Kestrel Corp unit.")
    found = {(name, label, canonical) for name, label, canonical in mentions(nlp, text)}
    assert ("Hollings", "PERSON", "Walter P. Hollings Jr.") in found


def test_a_firm_named_after_its_founder_keeps_the_surname(nlp) -> None:
    # the firm's name opens on the family's surname after its initials: the bare word is the firm speaking
    text = ("DAYTON, May 2 - H.J. Heinz Co said it named Mary Dunmore treasurer, replacing Walter Heinz Jr., who "
            "retired.  Heinz said Dunmore will also keep her post as controller.")
    assert {label for name, label, _ in mentions(nlp, text) if name == "Heinz"} == {"ORG"}
