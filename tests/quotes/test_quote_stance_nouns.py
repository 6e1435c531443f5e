"""A stance held through a noun ('expressed concern that X', 'voiced doubts that X') reports its that-clause as its
holder's, as 'his claim that X' does; a noun that is both a speech noun and a topic noun ('his warning that X')
reports its clause when it names no topic; and a name written before the noun ('an EU complaint that X') owns
the claim rather than the subject of the verb the noun hangs on (real model). A stance noun's to-infinitive
('gave them the confidence to buy'), a doubt nobody holds ('there is little doubt that') and a concern about a thing
are no reports; nor is a stance the verb's subject only stirs or bears out ('a survey bolstered the view
that X'): only a verb of holding or voicing it ('expressed', 'voiced', 'shared', 'left no doubt') makes its subject the
holder."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_expressed_concern_reports_its_clause(nlp):
    text = "Several sheep farmers expressed concern that the new levy could drive small flocks out of business."
    quote = only(quotes_of(nlp, text), "levy")
    assert quote.text == "that the new levy could drive small flocks out of business", quote.text
    assert quote.speaker == "sheep farmers", quote.speaker


def test_voiced_doubts_and_confidence_report_their_clauses(nlp):
    text = ("Senator Ruth Calloway voiced doubts that the treaty would clear the chamber before the recess. "
            "Her aides expressed confidence that a compromise on fishing rights was close.")
    quotes = quotes_of(nlp, text)
    first = only(quotes, "treaty")
    assert first.text == "that the treaty would clear the chamber before the recess", first.text
    assert first.speaker == "Ruth Calloway", first.speaker
    second = only(quotes, "compromise")
    assert second.text == "that a compromise on fishing rights was close", second.text


def test_a_warning_with_no_topic_reports_its_clause(nlp):
    text = ("Treasury Minister Anton Varga spoke to bankers in Vienna on Tuesday. He repeated his warning that the "
            "budget would need deeper cuts next year.")
    quote = only(quotes_of(nlp, text), "budget")
    assert quote.text == "that the budget would need deeper cuts next year", quote.text
    assert quote.speaker == "Anton Varga", quote.speaker


def test_a_name_before_the_noun_owns_the_complaint(nlp):
    text = "The trade body will weigh an EU complaint that the new steel duties were unfair."
    quote = only(quotes_of(nlp, text), "steel")
    assert quote.text == "that the new steel duties were unfair", quote.text
    assert quote.speaker == "EU", quote.speaker


def test_a_stance_named_by_another_verb_is_not_its_subjects(nlp):
    text = ("Farm ministers from six states aired their concern that fishing quotas were being ignored. The new "
            "export survey bolstered the view that the harvest had peaked.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "quotas").speaker == "farm ministers", [(q.text, q.speaker) for q in quotes]
    assert [q.speaker for q in quotes if "harvest" in q.text and q.speaker] == []


def test_no_report_without_a_held_clause(nlp):
    text = ("The rebate gave small investors the confidence to buy more shares. There is little doubt that the "
            "harbour will reopen. The union expressed deep concern about the closure of two mills.")
    assert [q.text for q in quotes_of(nlp, text)] == []
