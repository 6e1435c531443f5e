"""The ones told, run by the parse into the subject of the clause told ('told reporters coffee reserves dropped',
read as one noun phrase 'reporters coffee reserves'), are not part of what was told (real model)."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, content", [
    ("Minister Alan Reid told reporters coffee reserves dropped to 9,000 bags in May.",
     "coffee reserves dropped to 9,000 bags in May"),
    ("Governor Ana Ruiz meanwhile told reporters rivalry among the port cities hurt every shipper on the coast.",
     "rivalry among the port cities hurt every shipper on the coast"),
])
def test_the_ones_told_are_not_part_of_the_clause_told(nlp, text, content):
    q = only(quotes_of(nlp, text), content[-20:])
    assert (q.text, q.cue) == (content, "told")


@pytest.mark.parametrize("text, content", [
    ("Minister Alan Reid told reporters the coffee reserves had dropped to 9,000 bags.",
     "the coffee reserves had dropped to 9,000 bags"),
    ("Minister Alan Reid told reporters that prices would rise.", "that prices would rise"),
    # no one told: after 'said' the word is the subject's own
    ("The union said journalists salaries had fallen behind those of printers.",
     "journalists salaries had fallen behind those of printers"),
])
def test_a_clause_told_with_its_own_subject_is_left_whole(nlp, text, content):
    q = only(quotes_of(nlp, text), content[-20:])
    assert q.text == content
