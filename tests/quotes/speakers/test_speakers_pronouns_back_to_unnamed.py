"""A 'he' after a paragraph of background goes back to the unnamed source who spoke last (real model).

Our own sentences, in the shape of a speaker error read on unseen newswire: an unnamed spokesman speaks, then a
paragraph of the writer's own background or a report the firm gives in its name, then "…, he said": the pronoun
finds no person nearby and was shown as no one's, though the spokesman is still talking. A person named in the
meantime, or a 'she' after a spokesman, is left as it was.
"""

from __future__ import annotations

from quote_support import quote_with


def test_he_after_background_is_the_spokesman(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc will sell four of its older bakeries to a Texas buyer this "
            "summer, a Kestrel spokesman said.\n\n"
            "The bakeries were built in the early seventies and last ran at full capacity a decade ago.\n\n"
            "The buyer will pay in two instalments, the second due by October, he said.")
    q = quote_with(nlp, text, "pay in two instalments")
    assert (q.speaker, q.affiliation) == ("Kestrel spokesman", "Kestrel Foods Inc")


def test_he_after_a_person_named_since_is_not_the_spokesman(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc will sell four of its older bakeries to a Texas buyer this "
            "summer, a Kestrel spokesman said.\n\n"
            "Chief executive Paul Marlow joined the company from a rival in Omaha two years ago.\n\n"
            "The buyer will pay in two instalments, the second due by October, he said.")
    q = quote_with(nlp, text, "pay in two instalments")
    assert q.speaker != "Kestrel spokesman"


def test_she_is_not_the_spokesman(nlp) -> None:
    text = ("DENVER, May 4 - Kestrel Foods Inc will sell four of its older bakeries to a Texas buyer this "
            "summer, a Kestrel spokesman said.\n\n"
            "The bakeries were built in the early seventies and last ran at full capacity a decade ago.\n\n"
            "The buyer will pay in two instalments, the second due by October, she said.")
    q = quote_with(nlp, text, "pay in two instalments")
    assert q.speaker != "Kestrel spokesman"


def test_the_aide_goes_on_under_he(nlp) -> None:
    text = ("ROME, May 4 - Prime Minister Marco Dellara plans to call a confidence vote on the budget next week, "
            "one of his aides said.\n\n"
            "\"We have the numbers in the lower house and we will win there,\" the aide said.\n\n"
            "He said the senate would take up the bill only after the Easter recess.")
    q = quote_with(nlp, text, "take up the bill")
    assert q.speaker == "aide"

