"""A view held through 'see', 'view' or 'regard' with an 'as' phrase ('the minister sees the tariff as a threat')
reports the thing and what it is seen as, as the subject's (real model); not the passive, whose holder is unnamed,
nor an 'as' that opens a clause of its own, nor the verb with a bare object, nor a gerund after a preposition
('used to seeing X as Y': a habit the writer describes), nor a view someone may hold ('some may see X as Y')."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, cue", [
    ("The farm minister sees the new grain tariff as a threat to rural jobs.",
     "the new grain tariff as a threat to rural jobs", "sees"),
    ("Many voters in the county still view the senator as the stronger choice for the post.",
     "the senator as the stronger choice for the post", "view"),
    ("Ms. Okafor regards the harbour deal as unfair to the small fishing firms.",
     "the harbour deal as unfair to the small fishing firms", "regards"),
])
def test_what_a_thing_is_seen_as_is_the_subject_s_view(nlp, text, content, cue):
    q = find(quotes_of(nlp, text), content[:20])
    assert (q.text, q.cue, q.kind) == (content, cue, "indirect")


def test_the_view_ends_before_a_dash(nlp):
    text = "Shoppers view the new mall as a waste of money - with six in ten saying they never go there."
    assert find(quotes_of(nlp, text), "the new mall").text == "the new mall as a waste of money"


@pytest.mark.parametrize("text", [
    "The harbour deal was seen as a blow to the small fishing firms.",
    "Ms. Okafor saw the parade as she left the town hall.",
    "Ms. Okafor saw the new film twice last week.",
    "The new service gets drivers used to seeing their cars as a place to work.",
    "Some shoppers may see the new card as a needless bother.",
])
def test_no_view_without_a_holder_an_as_phrase_or_with_a_clause(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]


# 'portray', 'depict', 'paint' and 'cast' make a thing out as something: the subject's view of it, as PolNeAR
# reports 'cast himself as an outsider' and 'portrayed her as unqualified'.
@pytest.mark.parametrize("text, content, cue", [
    ("The challenger has cast the mayor as a friend of the big builders.",
     "the mayor as a friend of the big builders", "cast"),
    ("The governor cast himself as an outsider in the race for the party's nomination.",
     "himself as an outsider in the race for the party's nomination", "cast"),
    ("Mr. Abara portrayed the new levy as a burden on the poorest farmers.",
     "the new levy as a burden on the poorest farmers", "portrayed"),
    ("Union leaders painted the wage offer as an insult to the dock workers.",
     "the wage offer as an insult to the dock workers", "painted"),
    ("The opposition depicts the central bank as slow to react to rising prices.",
     "the central bank as slow to react to rising prices", "depicts"),
])
def test_what_a_thing_is_made_out_as_is_the_subject_s_view(nlp, text, content, cue):
    q = find(quotes_of(nlp, text), content[:20])
    assert (q.text, q.cue, q.kind) == (content, cue, "indirect")


@pytest.mark.parametrize("text", [
    "The director cast the young actor as the king in his new film.",
    "The young actor was cast as the king.",
])
def test_a_part_given_in_a_work_is_no_view(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]
