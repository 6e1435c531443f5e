"""'X is thought to Y', 'are believed to', 'is understood to': a report passed on with no source named, like
'is expected to' (real model); 'It is thought X', a clause of its own, still reports it beside the sourced words
inside it, and an active 'believes that' keeps its believer."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_thought_to_have_is_a_report_with_no_source(nlp):
    quote = only(quotes_of(nlp, "The old mill is thought to have burned down twice before the war."), "mill")
    assert quote.speaker is None and quote.cue == "thought", (quote.speaker, quote.cue)
    assert quote.text.startswith("The old mill is thought to have burned"), quote.text


def test_believed_and_understood_to_are_reports_with_no_source(nlp):
    quotes = quotes_of(nlp, "The two firms are believed to want a quick sale. "
                            "The striker is understood to be unhappy with his new terms.")
    assert only(quotes, "quick sale").cue == "believed"
    assert only(quotes, "unhappy").cue == "understood"
    assert all(q.speaker is None for q in quotes), [(q.text, q.speaker) for q in quotes]


def test_an_active_believer_keeps_the_report(nlp):
    quote = only(quotes_of(nlp, "Maria Lopez believes the bridge will open in the spring."), "bridge")
    assert quote.speaker == "Maria Lopez" and quote.cue == "believes", (quote.speaker, quote.cue)
