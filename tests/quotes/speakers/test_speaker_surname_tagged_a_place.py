"""A speaking name whose last word the model tagged alone as a place, or which it tagged whole as a body, with a
person's post set off after it ('<First> <Surname>, a geologist at <University>, said'), is that person: the full
name speaks, and a later 'she' goes to her, not to someone named before (real model). Our own sentences."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_the_full_name_speaks_and_keeps_her_quotes(nlp) -> None:
    text = ("Floods hit the valley on Monday. Rita Gurung, 50, lost her house.\n\n"
            "Experts say the roads are to blame. Anjali Shrestha, a geologist at Kathmandu University, said that the "
            "river banks had been weakened by sand mining.\n\n"
            "\"Each year the water comes higher,\" she said.")
    quotes = quotes_of(nlp, text)
    first = find(quotes, "river banks")
    assert (first.speaker, first.speaker_role) == ("Anjali Shrestha", "geologist")
    assert find(quotes, "Each year").speaker == "Anjali Shrestha"


def test_a_name_tagged_as_a_body_with_a_calling_after_it(nlp) -> None:
    text = ("Floods hit the valley on Monday. Rita Magar, 50, lost her house.\n\n"
            "Experts say the roads are to blame. Elena Milan, a geologist at Pokhara University, said that the "
            "river banks had been weakened by sand mining.\n\n"
            "\"Each year the water comes higher,\" she said.")
    assert find(quotes_of(nlp, text), "Each year").speaker == "Elena Milan"


def test_a_firm_set_off_by_a_kind_of_firm_is_left(nlp) -> None:
    text = "Maria Holdings, a mining firm, said output rose 4 percent in May."
    assert find(quotes_of(nlp, text), "output rose").speaker != "Maria"
