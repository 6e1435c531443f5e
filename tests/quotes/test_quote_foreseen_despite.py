"""A ', despite <noun>' phrase after a reported forecast or intention ('said costs will rise, despite new steps to
cut them') is the source weighing its own claim and goes on with the report; a gerund, evidence shown or another
account after 'despite', and a 'despite' after a plain past, stay the writer's (real model)."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content", [
    ("Brenn Corp said its profit for the year will be lower, despite an expected rise in sales.",
     "its profit for the year will be lower, despite an expected rise in sales"),
    ("The minister said growers would carry a heavier tax burden, despite new steps to cut rates.",
     "growers would carry a heavier tax burden, despite new steps to cut rates"),
])
def test_a_despite_phrase_after_a_forecast_goes_on_with_it(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:15])
    assert q.text == content, q.text


@pytest.mark.parametrize("text, content", [
    # a gerund: what the source itself did, set beside its words by the writer
    ("The Harbour Party said the late licences should be put on hold, despite backing them a year ago.",
     "the late licences should be put on hold"),
    # evidence the writer sets against the claim
    ("The mayor said the bridge would stay open, despite photos showing deep cracks in its deck.",
     "the bridge would stay open"),
    # a plain past: the writer's narrative
    ("Brenn Corp said sales rose last year, despite a weak market.", "sales rose last year"),
])
def test_other_despite_phrases_stay_the_writers(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:10])
    assert q.text == content, q.text
