"""Round 21's speaker rules, with the real model and pipeline. Sentences of our own, in the shapes read on unseen
political copy.
"""

from __future__ import annotations

import pytest
from quote_support import quote_with, quotes_of

from store.analysis import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


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
