"""A wire story's first line in a dateline shape the pattern missed ('AMSTERDAM, 2 March - ', '****PARIS, ...'):
read as no dateline, it stayed in the first sentence, so the first quote began with it and a speaker was sought
in it (the place itself, once). The story's first sentence begins after the dash (real model and pipeline). Lines
of our own."""

from __future__ import annotations

from store.analysis import analyze

_DAY_FIRST = ("AMSTERDAM, 2 March - The Dutch Dairy Board said it had approved a merger of two cooperatives in the "
              "north.")
_ASTERISKS = "****OSLO, June 9 - A ferry strike may delay salmon exports by a week, the shipowners' union said."


def test_the_quote_begins_after_the_dateline(nlp) -> None:
    found = analyze(nlp, _ASTERISKS).quotes
    assert found and all(not _ASTERISKS[q.start : q.end].startswith(("****", "OSLO")) for q in found), found


def test_the_speaker_is_no_dateline_place(nlp) -> None:
    found = [q.speaker for q in analyze(nlp, _DAY_FIRST).quotes]
    assert found == ["Dutch Dairy Board"], found
