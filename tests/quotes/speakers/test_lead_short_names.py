"""A wire story's firm named in full in the lead and then by its first word: the short name goes on with the lead's
firm, not another firm whose name opens with the same word (real model). Sentences of our own in the wire's shape."""

from __future__ import annotations

from store.analysis import analyze


def test_the_short_name_goes_on_with_the_unit_that_spoke_in_the_lead(nlp):
    text = ("DETROIT, March 4 - Halden Corp's Halden Motors Corp said it will spend 200 mln dlrs at its Toledo "
            "plant. Halden said the plant will close for six months.")
    assert [q.speaker for q in analyze(nlp, text).quotes] == ["Halden Motors Corp", "Halden Motors Corp"]

