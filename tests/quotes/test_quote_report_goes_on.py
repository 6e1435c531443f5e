"""A clause joined by "and" after a cue clause that interrupts a report, with a subject of its own, goes on with the
same report (quotes/report_goes_on.py): not when it is a report of its own, the source's next act, or a contrast
opened by "but"."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content", [
    (("The northern plants made 40 percent of the output, the Halvor agency said in a May report, and those in the "
      "south made 12 percent."),
     ("The northern plants made 40 percent of the output, the Halvor agency said in a May report, and those in the "
      "south made 12 percent")),
    ("Building the dam would take at least three years, Mr. Tolland said, and the cost could double by then.",
     "Building the dam would take at least three years, Mr. Tolland said, and the cost could double by then"),
])
def test_the_clause_after_the_interrupting_cue_is_the_same_report(nlp, text, content):
    q = find(quotes_of(nlp, text), text.split(",")[0])
    assert q.text == content, [x.text for x in quotes_of(nlp, text)]


@pytest.mark.parametrize("text, own", [
    # a second source named in the joined clause reports it
    ("Sales at Brenmar rose 4 percent, the company said, and analysts expect a stronger year.", "analysts expect"),
    # the source again: its next act
    ("The offer was too low, the union said on Monday, and the union walked out of the talks.", "walked out"),
    # "but" may set the writer's contrast against the report
    (("Output at the mill rose 3 percent last year, the Corvel group said in a statement, but its shares fell on "
      "Monday."), "shares fell"),
])
def test_a_clause_of_its_own_stays_out(nlp, text, own):
    q = find(quotes_of(nlp, text), text.split(",")[0])
    assert own not in q.text, q.text


def test_the_scene_after_a_quotation_stays_out(nlp):
    text = "\u201cWe will win this,\u201d Ms. Darrow said, and soon, the lights were going out across the hall."
    assert not any("lights" in q.text for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]


def test_the_sources_next_act_under_it_stays_out(nlp):
    # "it" for the firm that spoke: what the firm did next, told by the writer
    text = "Talks with the union would resume next week, Ardmore Holdings said, and it left the meeting early."
    q = find(quotes_of(nlp, text), "Talks with the union")
    assert "left the meeting" not in q.text, q.text


def test_the_pronoun_lists_are_one_list():
    # every rule that asks whether a subject is a pronoun reads the one table; "it" is left out only where a person
    # is meant, since an "it" may stand for figures or a thing as well as a firm
    from store.analysis.quotes import contrasted_clauses, displays, perceived, report_goes_on
    from store.analysis.quotes.speakers.words import NEUTER_PRONOUNS, PERSON_SUBJECTS, SUBJECT_PRONOUNS

    assert report_goes_on.SUBJECT_PRONOUNS is SUBJECT_PRONOUNS is contrasted_clauses.SUBJECT_PRONOUNS
    assert perceived.PERSON_SUBJECTS is PERSON_SUBJECTS is displays.PERSON_SUBJECTS
    assert "it" in SUBJECT_PRONOUNS and PERSON_SUBJECTS == SUBJECT_PRONOUNS - NEUTER_PRONOUNS
    assert {"he", "she", "they", "who"} <= PERSON_SUBJECTS
