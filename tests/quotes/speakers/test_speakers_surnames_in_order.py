"""A surname is the person last named with it before, not one the article names only later (real model).

Our own sentences, in the shape of an error read on fresh political news: "Jeb Bush told … "…," Bush said" went
to George W. Bush, whom the article names only after.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_surname_is_the_person_named_before_not_one_named_later(nlp) -> None:
    text = ('Last Monday, Jeb Bush told an Iowa audience that the group is taking hold in Libya. "This is the place '
            'she called a success. Really?" Bush said.\n\n'
            '"It\'s classic politics," said Heather Hurlburt, referring to President George W. Bush\'s former '
            "strategist. Grant Green, an official under President George W. Bush, agreed.")
    assert quote_with(nlp, text, "This is the place").speaker == "Jeb Bush"


def test_a_surname_is_the_person_last_named_with_it(nlp) -> None:
    text = ("Immigration officials will come for Elian Gonzalez next week.\n\n"
            "Lazaro Gonzalez, the boy's great-uncle, still had not signed the agreement.\n\n"
            '"I won\'t cooperate in anything," Gonzalez told a television station.\n\n'
            "The boy's father, Juan Miguel Gonzalez, flew to Washington on Monday.")
    assert quote_with(nlp, text, "cooperate in anything").speaker == "Lazaro Gonzalez"
