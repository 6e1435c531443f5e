"""'X is thought to Y', 'are believed to', 'is understood to': a report passed on with no source named, like
'is expected to' (real model); 'It is thought X', a clause of its own, still reports it beside the sourced words
inside it, and an active 'believes that' keeps its believer. 'X is said to Y', 'were reported to', 'is alleged to'
(quotes/hearsay_passive.py): hearsay in the passive of a verb of saying reports its verb phrase, for the agent after
'by' or for no one; a passive with no verb phrase ('was reported to police', 'were reported missing') reports nothing."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_thought_to_have_is_a_report_with_no_source(nlp):
    quote = only(quotes_of(nlp, "The old mill is thought to have burned down twice before the war."), "mill")
    assert quote.speaker is None and quote.cue == "thought", (quote.speaker, quote.cue)
    assert quote.text.startswith("The old mill is thought to have burned"), quote.text


def test_believed_and_understood_to_are_reports_with_no_source(nlp):
    quotes = quotes_of(
        nlp,
        "The two firms are believed to want a quick sale. The striker is understood to be unhappy with his new terms.",
    )
    assert only(quotes, "quick sale").cue == "believed"
    assert only(quotes, "unhappy").cue == "understood"
    assert all(q.speaker is None for q in quotes), [(q.text, q.speaker) for q in quotes]


def test_an_active_believer_keeps_the_report(nlp):
    quote = only(quotes_of(nlp, "Maria Lopez believes the bridge will open in the spring."), "bridge")
    assert quote.speaker == "Maria Lopez" and quote.cue == "believes", (quote.speaker, quote.cue)


def test_said_and_reported_to_are_hearsay_over_the_verb_phrase(nlp):
    quotes = quotes_of(
        nlp,
        "Dorn Mills is said to have paid the brokers twice. "
        "Two of its trucks were reported to be leaving the depot at night.",
    )
    said = only(quotes, "paid the brokers")
    assert said.text == "to have paid the brokers twice" and said.cue == "said", (said.text, said.cue)
    reported = only(quotes, "leaving the depot")
    assert reported.text == "to be leaving the depot at night" and reported.cue == "reported", reported.text
    assert all(q.speaker is None for q in quotes), [(q.text, q.speaker) for q in quotes]


def test_alleged_to_in_a_relative_clause_and_an_agent_as_source(nlp):
    quotes = quotes_of(
        nlp,
        "Ivo Brandt, who is alleged to have hidden the ledgers, left the firm in May. "
        "The two partners are said by prosecutors to have met in Zurich.",
    )
    alleged = only(quotes, "hidden the ledgers")
    assert alleged.text == "to have hidden the ledgers" and alleged.speaker is None, (alleged.text, alleged.speaker)
    met = only(quotes, "met in Zurich")
    assert met.speaker == "prosecutors", (met.text, met.speaker)


def test_a_passive_report_with_no_verb_phrase_reports_nothing(nlp):
    quotes = quotes_of(
        nlp,
        "The theft was reported to police on Monday. Two guards were reported missing. "
        "The Varo 3, a model which could be said to lag behind its rivals, sold well in May.",
    )
    assert not quotes, [(q.text, q.speaker) for q in quotes]
