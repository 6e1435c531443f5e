"""Round 21's speaker rules, with the real model and pipeline. Sentences of our own, in the shapes read on unseen
political copy.
"""

from __future__ import annotations

import pytest
from quote_support import quote_with, quotes_of

_ADDED = ("Hollis Quimby chairs the panel on roads.\n\n\u201cIf anyone asks why the bridge is late, the delays in "
          "this audit are the answer,\u201d\u00a0added Quimby.\n\nThe audit runs to 90 pages.")
_SAID = ("But Wendell Skarpe, a longtime county planner, backed both engineers.\n\n\u201cHaving both of them on the "
         "job is valuable,\u201d said Skarpe, explaining he worked with them for years.")


@pytest.mark.parametrize("text, fragment, speaker", [
    # the model reads a surname after the cue as its object ("added Quimby": dobj) or as an adverb
    (_ADDED, "bridge is late", "Hollis Quimby"),
    (_SAID, "valuable", "Wendell Skarpe"),
])
def test_the_name_right_after_a_quotations_cue_speaks(nlp, text, fragment, speaker) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_the_name_after_the_cue_reports_nothing_itself(nlp) -> None:
    text = ("Turnout was high.\n\n\"What we see is a contest for the ages,\" said Dorian Vell, a party veteran who "
            "heads the reform caucus.")
    assert all("party veteran" not in q.text for q in quotes_of(nlp, text))


_DIGEST = ("FARM STATES LEAN RIGHT - Maria Delgado: \u201cOur survey of 40 states finds more of them leaning one way "
           "than ever before.\u201d\n\nBut polls did predict the county races - Tomas Brenner: \u201cMost pollsters "
           "fared better with the county results.\u201d\n\nMore from Delgado: \u201cThe size of a state matters as "
           "much as its lean.\u201d")


@pytest.mark.parametrize("fragment, speaker", [
    ("Our survey of 40 states", "Maria Delgado"),
    ("fared better with the county", "Tomas Brenner"),  # the heading's "predict" does not take it
    ("The size of a state", "Maria Delgado"),
])
def test_a_name_and_a_colon_sign_the_quotation_after_them(nlp, fragment, speaker) -> None:
    assert quote_with(nlp, _DIGEST, fragment).speaker == speaker


def test_a_name_a_phrase_ends_with_signs_nothing(nlp) -> None:
    text = "The envoy spoke on Monday. He had a clear message for Iran: \u201cStop the enrichment now.\u201d"
    assert quote_with(nlp, text, "Stop the enrichment").speaker != "Iran"
