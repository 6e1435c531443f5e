"""'call on' and 'call for' are an appeal only right after the verb ('called on the allies to help', 'calls for a
recount'): after the verb's own object the 'for' or 'on' phrase says where, when or for what something was named or
issued ('calls buying tenders for March delivery', 'a seminar called “Ethics” on her blog'), and an 'on' with a day
is the day ('called on Tuesday for a strike': the appeal is the 'for' after it). A name given after the object
('called the scheme a scandal for the taxpayer') is read as before."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, absent", [
    ("The state buyer regularly calls white rice buying tenders for forward shipment.", "forward shipment"),
    ("The agency calls sugar tenders for March delivery.", "March delivery"),
    ("The lecturer shared notes for a seminar called \u201cEthics\u201d on her blog, inviting comment.", "her blog"),
])
def test_no_appeal_after_the_verb_s_own_object(nlp, text, absent):
    assert not any(absent in q.text for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]


@pytest.mark.parametrize("text, content", [
    ("The dockers' union called on Tuesday for a general strike.", "a general strike"),
    ("The farmers' union called for an end to the import quotas.", "an end to the import quotas"),
    ("Critics called the scheme a scandal for the taxpayer.", "the scheme a scandal for the taxpayer"),
])
def test_the_appeal_or_the_name_is_read(nlp, text, content):
    assert any(q.text == content for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]


def test_an_appeal_to_someone_to_act_is_still_read(nlp):
    text = "The mayor called on the regional government to release emergency funds."
    assert any("release emergency funds" in q.text for q in quotes_of(nlp, text))


def test_a_bare_day_before_the_appeal_is_no_object(nlp):
    text = "Ms. Lane, the mayor's rival in next year's race, called Friday for publishing the tapes too, saying " \
           "openness builds trust."
    assert any(q.text.startswith("publishing the tapes") for q in quotes_of(nlp, text)), \
        [q.text for q in quotes_of(nlp, text)]


def test_an_appeal_runs_on_over_an_infinitive_hung_on_the_verb(nlp):
    # 'call for <noun> | to <verb>': the parse hangs the infinitive on the verb, and the appeal stopped at the noun
    text = "Regional planners call for the Osterby mine to double its output by 1999."
    assert any(q.text == "the Osterby mine to double its output by 1999" for q in quotes_of(nlp, text)), \
        [q.text for q in quotes_of(nlp, text)]


_DASH = ("Mr Vance's speech called for a far bigger push in every county to teach swimming - with an attached "
         "poll showing that few adults could swim.")
_OWN_REPORT = ("Regional planners call for the Osterby mine to double its output by 1999, when exports are expected to "
               "reach 40 mln dlrs.")
_NEXT_ACT = ("The envoy called for the government of Porlia to reduce waste but at the same time blocked an audit of "
             "its ministries.")


@pytest.mark.parametrize("text, content", [
    (_DASH, "a far bigger push in every county to teach swimming"),
    (_OWN_REPORT, "the Osterby mine to double its output by 1999"),
    (_NEXT_ACT, "the government of Porlia to reduce waste"),
])
def test_the_appeal_stops_where_the_writer_goes_on(nlp, text, content):
    # a set-apart dash opens the writer's addition, a finite verb joined on is what the source did, and a clause after a
    # comma that reports on its own ('when exports are expected to …') is another report
    assert any(q.text == content for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]
