"""Business and wire copy (real model): forecasts with a figure as their object, a lead the model cuts in two
before its source, two reports joined by "and", judgements about saying, made clear, and questions put to a source."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of

from store.analysis.quotes.clauses import impersonal_infinitive


@pytest.mark.parametrize("text, content, speaker", [
    ("Analyst Maria Ortega of Hollis Securities expects a 12.5 billion dlr trade deficit for April.",
     "a 12.5 billion dlr trade deficit for April", "Maria Ortega"),
    ("The brokerage firm Kemble and Rowe sees 240 mln dlrs profit for 1988.",
     "240 mln dlrs profit for 1988", "Kemble and Rowe"),
    ("Economist Lena Marsh expects 3.5 pct second quarter growth but said exports could be weaker.",
     "3.5 pct second quarter growth", "Lena Marsh"),
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


def test_a_source_that_has_said_one_thing_and_rejected_another_gives_two_reports(nlp):
    text = ("Swiss insurers, in the latest round of a long dispute over their reserves, have said the reserves were "
            "shrinking and rejected calls for tighter rules on these holdings.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "the reserves were").text == "the reserves were shrinking"
    assert only(quotes, "tighter rules").text == "calls for tighter rules on these holdings"


def test_a_second_verb_in_the_tense_of_the_reported_clause_stays_in_it(nlp):
    q = only(quotes_of(nlp, "The company said sales were rising and reached a record in March."), "sales")
    assert q.text == "sales were rising and reached a record in March"


def test_a_question_put_to_a_source_is_no_quote(nlp):
    text = ("Asked about the strike, Transport Minister Alan Reid said, \"We will not negotiate under threat.\" "
            "Reporters asked about the merger, and the chairman said it was premature.")
    quotes = quotes_of(nlp, text)
    assert not any("the strike" == q.text or "the merger" == q.text for q in quotes), [q.text for q in quotes]
    assert only(quotes, "We will not negotiate").speaker == "Alan Reid"


@pytest.mark.parametrize("text, cue, impersonal", [
    ("Carla Diaz said it was reasonable to suggest the mine could reopen by June at full output.", "suggest", True),
    ("Grain traders said it was too early to predict how far prices would fall this season.", "predict", True),
    ("The minister wanted to say that the mine would reopen by June.", "say", False),
    ("Carla Diaz was quick to suggest the mine could reopen by June.", "suggest", False),
])
def test_a_judgement_about_saying_is_no_report_of_its_own(nlp, text, cue, impersonal):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    assert impersonal_infinitive(verb) is impersonal
    if impersonal:
        assert not any(q.cue == cue for q in doc._.quotes), [(q.text, q.cue) for q in doc._.quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("Finance Minister Ruth Okafor made clear, however, that the budget deficit would not be cut this year.",
     "the budget deficit would not be cut this year", "Ruth Okafor"),
    ("Union leaders made it clear before the start of the vote that they expected no quick deal.",
     "they expected no quick deal", "Union leaders"),
])
def test_making_something_clear_reports_it(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:20])
    assert q.text == content and q.cue == "made" and q.speaker.lower() == speaker.lower()


def test_making_sure_reports_nothing(nlp):
    assert not quotes_of(nlp, "The bank made sure that the loans were repaid before the end of the year.")


@pytest.mark.parametrize("text, content", [
    ("The brokerage Hale and Dorr is currently forecasting a higher sale price at between 2.1 billion and 2.4 billion.",
     "a higher sale price at between 2.1 billion and 2.4 billion"),
    ("The minister criticized the plan at a news conference on March 3.", "the plan"),
    ("The lenders will discuss the final report at a meeting in Paris on June 22 and 23.", "the final report"),
])
def test_a_figure_after_the_object_of_a_forecast_is_part_of_it(nlp, text, content):
    assert only(quotes_of(nlp, text), content[:8]).text == content


@pytest.mark.parametrize("text, content, speaker", [
    ("Marrow Savings Bank reported a rise in deposits in May. It expects a 12 pct rise in lending for 1988.",
     "a 12 pct rise in lending for 1988", "Marrow Savings Bank"),
    (("The Central Bank of Ostrava gave the money market 90 mln crowns of help on Monday. It estimated the gap at "
      "about 300 mln crowns."), "the gap at about 300 mln crowns", "Central Bank of Ostrava"),
])
def test_a_forecast_whose_source_is_it_goes_to_the_body_it_stands_for(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:15])
    assert q.text == content and q.speaker == speaker


@pytest.mark.parametrize("text", [
    "The new housing scheme is ambitious. It expects 500 new homes by 1990.",
    "The frost hit the orchards hard. It saw a 30 pct fall in the apple crop.",
])
def test_a_forecast_whose_it_stands_for_no_source_is_none(nlp, text):
    assert not any(q.cue in ("expects", "saw") for q in quotes_of(nlp, text)), \
        [(q.text, q.cue) for q in quotes_of(nlp, text)]
