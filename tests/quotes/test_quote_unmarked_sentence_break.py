"""A sentence break the parse makes where the text has no mark is no end of a report (real model): in 'Moreno
mentioned disparaging jokes Trump had told about nurses' the model may end a sentence after 'jokes', and the object
of 'mentioned' then stopped there."""

from __future__ import annotations

import pytest
from quote_support import quote_with


@pytest.mark.parametrize("text, tail, speaker", [
    ("At the rally, Moreno mentioned disparaging jokes Trump had told about nurses.", "about nurses", "Moreno"),
    ("At the rally, Moreno mentioned disparaging jokes Trump had told about Ortega last year.", "last year", "Moreno"),
    # wire copy: the model may end a sentence inside a firm's name written without full stops ('Harlow Gas | Cos Inc')
    ("DALLAS, May 2 - Tarrant Oil Corp said it sold its pipeline unit to Harlow Gas Cos Inc for 40 mln dlrs in cash.",
     "in cash", "Tarrant Oil Corp"),
])
def test_the_report_runs_on_over_an_unmarked_break(nlp, text, tail, speaker):
    q = quote_with(nlp, text, tail)
    assert q.text.endswith(tail) and q.speaker == speaker


def test_a_marked_break_still_ends_the_report(nlp):
    text = "The company said profits rose. Sales fell in March, analysts said."
    q = quote_with(nlp, text, "profits rose")
    assert q.text == "profits rose"


def test_a_lone_abbreviation_is_no_sentence_to_run_on_to(nlp):
    # the parse may isolate 'No.' as a sentence of its own; its full stop is no end of the writer's sentence, so
    # running on to it would end the report on a stray 'No'
    text = "Acme Corp said it would buy castings No. Nine from Baxter."
    q = quote_with(nlp, text, "would buy")
    assert not q.text.endswith(" No")
