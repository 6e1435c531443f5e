"""A party's members named by the words that open its name, the last made plural ('the Christian Democrats'),
are the party the article named in full ('the Christian Democratic Union'); a bare 'Democrats' is left
(real model). Our own sentences."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_the_members_speak_as_the_party(nlp) -> None:
    text = ("The bill was opposed by the Christian Democratic Union and the Green Party.\n\n"
            "The Christian Democrats said the bill was rushed.")
    assert find(quotes_of(nlp, text), "was rushed").speaker == "Christian Democratic Union"


def test_two_such_parties_leave_it(nlp) -> None:
    text = ("The bill was opposed by the Social Democratic Party and backed by the Social Democratic Union.\n\n"
            "The Social Democrats said the bill was rushed.")
    assert find(quotes_of(nlp, text), "was rushed").speaker == "Social Democrats"
