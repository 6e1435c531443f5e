"""A verb of knowing, negated, with a question after it ("don't know if X", "it was not known whether X") says the
answer is missing: nothing is reported; knowing that something is so is still a report (real model).

Our own sentences.
"""

from __future__ import annotations

from quote_support import quotes_of


def _texts(nlp, text: str) -> list[str]:
    return [q.text for q in quotes_of(nlp, text)]


def test_do_not_know_whether(nlp) -> None:
    text = "The mayor said the bridge would reopen in May. Engineers do not know whether the old pillars will hold."
    assert not any("old pillars" in t for t in _texts(nlp, text))


def test_dont_know_if(nlp) -> None:
    text = "The subsidy is renewed every spring, and every spring farmers don't know if they can afford seed."
    assert not any("afford seed" in t for t in _texts(nlp, text))


def test_not_known_whether(nlp) -> None:
    text = "It was not known whether the ferry operator would resume service on Monday."
    assert not any("resume service" in t for t in _texts(nlp, text))


def test_knowing_that_is_still_reported(nlp) -> None:
    text = "Residents know that the river will rise again."
    assert any("river will rise" in t for t in _texts(nlp, text))
