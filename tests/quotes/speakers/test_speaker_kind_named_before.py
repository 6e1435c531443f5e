"""'the ministry' after the article named one ministry in lower case ("Peru's energy ministry") is that ministry,
as a short form maps to the name given before; with two ministries named it stays as written (real model). Our own
sentences."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_the_ministry_is_the_one_named(nlp) -> None:
    text = ("Peru's energy ministry said on Monday that fuel prices would rise in March. "
            "The ministry said it would review prices every month.")
    assert find(quotes_of(nlp, text), "review prices").speaker == "energy ministry"


def test_two_ministries_leave_it(nlp) -> None:
    text = ("Peru's energy ministry said on Monday that fuel prices would rise. The finance ministry said the budget "
            "could absorb the cost. The ministry said it would review prices every month.")
    assert find(quotes_of(nlp, text), "review prices").speaker == "ministry"
