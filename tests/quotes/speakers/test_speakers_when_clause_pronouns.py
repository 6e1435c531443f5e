"""A 'he' is not the person named in a when-clause of a sentence a 'he' already leads (real model).

Our own sentences, in the shape of an error seen on fresh articles ("he acted only when Atty. Gen. Edwin Meese
told him …"; the next quotes of "he said" went to Meese).
"""

from __future__ import annotations

from quote_support import quote_with


def test_person_in_a_when_clause_under_he_is_not_the_next_he(nlp) -> None:
    text = ("Senator Tom Bradley defended the arms sale on Tuesday.\n\n"
            "He said he acted only when Attorney General Edwin Meese told him of the payments in November.\n\n"
            "The money went to the rebels, he said.")
    assert quote_with(nlp, text, "The money went to the rebels").speaker == "Tom Bradley"


def test_person_leading_a_when_clause_before_he_is_the_he(nlp) -> None:
    text = ("Senator Tom Bradley defended the arms sale on Tuesday.\n\n"
            "When Attorney General Edwin Meese arrived in Tokyo, he said the talks would be hard.\n\n"
            "The money went to the rebels, he said.")
    assert quote_with(nlp, text, "The money went to the rebels").speaker == "Edwin Meese"
