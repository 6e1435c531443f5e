"""What happens in a change, a kick or a deal is nobody's words (real model): 'see' with such a thing as its subject
tells what happened in it, in any tense ("the only change sees X replacing Y", "a loose kick saw X penalised"),
while a person's or a body's forecast stays a report. A hyphenated word the tagger breaks apart ("co-operate") no
longer ends a report on its first half."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text", [
    "The only change to the side sees Tom Bell replacing Sam Hart at full-back.",
    "A loose kick from the visitors saw Jones penalised for offside.",
    "A series of attacks saw winger Max Dale bundled into touch near the line.",
    "The takeover sees Mr Clark receive £5m in cash and shares.",
    "The thrilling match sees Smith chasing every ball.",
])
def test_what_happened_in_a_change_or_a_match_is_no_forecast(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not any(q.cue in ("saw", "sees", "see") for q in quotes), [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("Dealers see prices rising next week.", "prices rising next week", "dealers"),
    ("Local builders see profits rising fast in the new towns.",
     "profits rising fast in the new towns", "builders"),
])
def test_people_still_look_ahead(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:20])
    assert q.text == content and q.kind == "indirect" and speaker in (q.speaker or "").lower(), (q.text, q.speaker)


def test_a_hyphenated_word_broken_apart_does_not_end_the_report(nlp):
    text = "The two unions vowed to co-operate wholeheartedly with a review that starts in May."
    q = only(quotes_of(nlp, text), "to co")
    assert q.text == "to co-operate wholeheartedly with a review that starts in May", q.text


def test_a_dash_between_spaces_joins_no_words(nlp):
    text = "The mayor said the plan - a costly one - was dead."
    q = only(quotes_of(nlp, text), "the plan")
    assert q.text == "the plan - a costly one - was dead", q.text
