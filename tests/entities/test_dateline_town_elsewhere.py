"""'ROTTERDAM, May 4 - ... through Rotterdam port's docks': the model takes a wire dateline's town for a person, and the
town's name in the story with it. The dateline is made a place; the same name in the story, which was joined to
the person the dateline was, is that place too (real model).

Our own sentences, with a town the model reads so in both shapes: before 'port's', and in the possessive.
"""

from __future__ import annotations

from store.analysis import analyze


def _in_the_story(nlp, text: str):
    at = text.index(" - ")
    return next(e for e in analyze(nlp, text).entities if e.start > at and e.text == "Rotterdam")


def test_the_town_before_port_is_the_datelines_place(nlp) -> None:
    text = ("ROTTERDAM, May 4 - Dutch officials said on Monday that grain shipments through Rotterdam port's western "
            "docks fell by a third in April.\n")
    found = _in_the_story(nlp, text)
    assert (found.label, found.canonical) == ("GPE", "Rotterdam")


def test_the_towns_possessive_is_the_datelines_place(nlp) -> None:
    text = "ROTTERDAM, May 4 - Dutch economists say Rotterdam's harbour lost business to Antwerp during the dispute.\n"
    found = _in_the_story(nlp, text)
    assert (found.label, found.canonical) == ("GPE", "Rotterdam")
