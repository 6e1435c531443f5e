"""A short quote that opens its sentence is what the attribution after it reports, however long the speaker's
description (real model); a quoted term inside a sentence stays no quote."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, fragment, speaker", [
    (("The probe landed on Friday.\n\n“It worked,” Northwind Labs founder Maria Oduya told reporters after "
     "the landing."), "It worked", "Maria Oduya"),
    ("The storm reached the coast at dawn.\n\n\"We are ready,\" Coastal Watch senior researcher Tom Vary said.",
     "We are ready", "Tom Vary"),
    ("The vote was close.\n\n“Why now?” asked opposition transport spokeswoman Lena Brandt.", "Why now", "Lena Brandt"),
])
def test_a_short_quote_opening_its_sentence_is_kept(nlp, text, fragment, speaker):
    q = find(quotes_of(nlp, text), fragment)
    assert q.kind == "direct"
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    "The “smart” meters were late, the regulator's chief executive Jo Dane said on Monday.",
    "“Smart” meters, the regulator's chief executive Jo Dane said, were late.",
])
def test_a_quoted_term_stays_no_quote_of_its_own(nlp, text):
    assert not [q for q in quotes_of(nlp, text) if q.kind == "direct"]


# the parse may hang the person on the organisation that opens their description, as its appositive
def test_the_person_after_an_organisation_and_a_post_speaks(nlp):
    text = "The dam held overnight.\n\n“It is over,” said Coastal Watch senior researcher Tom Vary."
    q = find(quotes_of(nlp, text), "It is over")
    assert (q.speaker, q.speaker_role, q.affiliation) == ("Tom Vary", "senior researcher", "Coastal Watch")


def test_a_press_secretary_is_one_post(nlp):
    text = ("“We will not wait for the report,” White House Press Secretary Dana Hollis told reporters on "
            "Friday.")
    q = find(quotes_of(nlp, text), "wait for the report")
    assert (q.speaker, q.speaker_role, q.affiliation) == ("Dana Hollis", "Press Secretary", "White House")
