"""Business and wire copy (real model): forecasts with a figure as their object, a lead the model cuts in two
before its source and questions put to a source."""

from __future__ import annotations

import pytest
from quote_support import quotes_of

from store.analysis import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def only(quotes, fragment):
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, f"{fragment!r} in {[(q.text, q.speaker) for q in quotes]}"
    return hits[0]


@pytest.mark.parametrize("text, content, speaker", [
    ("Analyst Maria Ortega of Hollis Securities expects a 12.5 billion dlr trade deficit for April.",
     "a 12.5 billion dlr trade deficit for April", "Maria Ortega"),
    ("The brokerage firm Kemble and Rowe sees 240 mln dlrs profit for 1988.",
     "240 mln dlrs profit for 1988", "Kemble and Rowe"),
])
def test_a_forecast_of_a_figure_is_reported_content(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:20])
    assert q.text == content and q.kind == "indirect" and q.speaker == speaker


@pytest.mark.parametrize("text", [
    "Last week saw 5,000 protesters in the streets of the capital.",
    "Officials expected no dramatic developments at the talks.",
    "The mayor saw the new bridge from her office.",
    "The reality series, which is filmed in Spain, sees four women and four men briefly share a villa.",
])
def test_what_a_verb_of_seeing_or_expecting_has_without_a_figure_or_a_source_is_no_forecast(nlp, text):
    assert not any(q.cue in ("saw", "expected") for q in quotes_of(nlp, text)), \
        [(q.text, q.cue) for q in quotes_of(nlp, text)]


def test_a_second_forecast_joined_by_and_goes_on_with_the_first(nlp):
    text = "He forecast a March budget deficit of 18 billion dlrs, and a fiscal 1988 deficit of 150 billion dlrs."
    q = only(quotes_of(nlp, text), "March budget deficit")
    assert q.text == "a March budget deficit of 18 billion dlrs, and a fiscal 1988 deficit of 150 billion dlrs"


@pytest.mark.parametrize("text, content, speaker", [
    (("OSLO, May 4 - Norway is trying to keep its fishing dispute with the U.S. From turning into a wider "
      "trade row, government officials said."),
     "Norway is trying to keep its fishing dispute with the U.S. From turning into a wider trade row",
     "government officials"),
    (("LIMA, June 2 - Peru's largest copper miner <Cerro Verde> has begun to carry out a supply contract signed "
      "in March with the Belgian smelter <Union Miniere>, the official Andina news agency said."),
     ("Peru's largest copper miner <Cerro Verde> has begun to carry out a supply contract signed in March with "
      "the Belgian smelter <Union Miniere>"), "Andina"),
])
def test_a_lead_the_model_cuts_in_two_before_its_source_is_reported_whole(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:25])
    assert q.text == content and q.speaker is not None and speaker in q.speaker


def test_a_question_put_to_a_source_is_no_quote(nlp):
    text = ("Asked about the strike, Transport Minister Alan Reid said, \"We will not negotiate under threat.\" "
            "Reporters asked about the merger, and the chairman said it was premature.")
    quotes = quotes_of(nlp, text)
    assert not any("the strike" == q.text or "the merger" == q.text for q in quotes), [q.text for q in quotes]
    assert only(quotes, "We will not negotiate").speaker == "Alan Reid"
