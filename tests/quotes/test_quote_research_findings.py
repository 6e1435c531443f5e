"""What a study, a poll or an audit finds, given as a noun ('a 2019 study by the Harlow Institute found 40 cases of
misfiled claims'), is a finding the work reports, as 'polls show a close race' is (real model); the same verb with
a person, a firm or the police as its subject comes upon a thing and reports nothing."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, source", [
    ("A 2019 study by the Harlow Institute found 40 cases of misfiled claims in the county.",
     "40 cases of misfiled claims in the county", "harlow institute"),  # the study's maker speaks for it
    ("Two earlier surveys by the Kelso Trust had found wide support for a longer school day.",
     "wide support for a longer school day", "kelso trust"),
    ("The audit found serious failings in the way the Brenmoor fund was run.",
     "serious failings in the way the Brenmoor fund was run", "audit"),
])
def test_a_study_reports_what_it_found(nlp, text, content, source):
    q = find(quotes_of(nlp, text), content[:15])
    assert (q.text, q.cue, q.kind) == (content, "found", "indirect")
    assert q.speaker is not None and source in q.speaker.lower()


def test_a_finding_the_parse_split_runs_on_over_its_verb(nlp):
    # the parse takes the share for the object and its verb for a second act of the survey's
    text = ("The survey, which claims to be the widest yet carried out, found 55% of nurses in the care sector hold "
            "second jobs, compared with 20% of doctors.")
    q = find(quotes_of(nlp, text), "55% of nurses")
    assert q.text.startswith("55% of nurses in the care sector hold second jobs") and q.cue == "found"


@pytest.mark.parametrize("text", [
    "Police found the stolen van near the border on Sunday.",
    "Corvane Holdings found a buyer for its shipping unit.",
    "The missing study was found in a drawer at the town hall.",
])
def test_a_thing_come_upon_is_no_finding(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]
