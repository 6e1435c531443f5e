"""Reports the parse loses and the word order still gives (real model): a source after the clause it
reports, and a relative clause's reported verb phrase."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


# The source after a comma, at the end of the sentence, where the small model hangs it inside the clause
# ("interest in U.S. corn, industry and government officials said"), makes the cue a conjunct of the clause's
# verb, or the clause an adverbial of the cue.
@pytest.mark.parametrize("text, content, speaker", [
    (("Even if they do diversify they will head for the U.S. equity market before they come to Europe, one dealer "
     "predicted."),
     "Even if they do diversify they will head for the U.S. equity market before they come to Europe", "dealer"),
    (("Rice, cotton, tea, coffee, jute and electronic goods are all on offer in return for crude oil, petroleum "
     "products, chemicals, steel and machinery, trade sources told Reuters."),
     ("Rice, cotton, tea, coffee, jute and electronic goods are all on offer in return for crude oil, petroleum "
     "products, chemicals, steel and machinery"), "trade sources"),
    (("The carmaker will expand into U.S. and Japanese markets and expects a strong reception based on its success "
     "in the U.K., Chairman Sir John Wells told a news conference."),
     ("The carmaker will expand into U.S. and Japanese markets and expects a strong reception based on its success "
     "in the U.K."), "John Wells"),
])
def test_a_source_after_the_clause_it_reports_is_read_from_the_word_order(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:30])
    assert q.text == content and q.kind == "indirect" and q.speaker == speaker


def test_a_source_the_parse_hung_inside_the_clause_is_not_taken_with_clause_words(nlp):
    text = ("A larger than expected need and low prices could be sparking Egyptian interest in U.S. wheat, "
            "industry and government officials said.")
    q = only(quotes_of(nlp, text), "sparking Egyptian interest")
    assert q.text.startswith("A larger than expected need") and q.text.endswith("interest in U.S. wheat")
    assert q.speaker is None or "wheat" not in q.speaker


@pytest.mark.parametrize("text", [
    "But when Congress cut funding for the pilot program two years later, Mexico said enough.",
    "We also showed that nearly all females at the colony breed but that, over time, fewer males find mates.",
])
def test_a_time_clause_or_a_verb_with_its_own_object_is_no_source_after_a_report(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not any(q.speaker in ("Mexico", "fewer males") for q in quotes), [(q.text, q.speaker) for q in quotes]


# A source named last with its own description (an apposition, a prepositional phrase, a participle, a relative
# clause), which the small model loses and the plain word order does not take.
@pytest.mark.parametrize("text, content, speaker", [
    (("Sugar output in the region should fall by a fifth in the coming season because of the drought, Pedro Alves, "
      "head of the growers' cooperative of Pernambuco, said."),
     "Sugar output in the region should fall by a fifth in the coming season because of the drought", "Pedro Alves"),
    (("The mine could reopen within a month if the pumps are repaired, the manager, who declined to give his name, "
     "told reporters."), "The mine could reopen within a month if the pumps are repaired", "manager"),
    (("Farmers who switch to soybeans could lose up to 40 mln dlrs in subsidies by 1990, the National Farm Audit "
     "Office, NFAO, said."), "Farmers who switch to soybeans could lose up to 40 mln dlrs in subsidies by 1990",
     "National Farm Audit Office"),
])
def test_a_source_described_after_the_clause_it_reports_is_read_from_the_word_order(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content[:30])
    assert q.text == content and q.kind == "indirect" and q.speaker == speaker


def test_a_place_listed_before_a_described_source_is_not_taken_for_its_name(nlp):
    q = only(quotes_of(nlp, "Rents rose sharply in Lyon, Marseille, the housing ministry of France said."), "Rents")
    assert q.text == "Rents rose sharply in Lyon, Marseille" and q.speaker != "Marseille"


# "X, but Y, SOURCE said": the source named last reports the whole sentence, though the parse hangs one clause on it.
@pytest.mark.parametrize("text, content, speaker", [
    ("Copper stocks are still high in European warehouses, but demand from Asian smelters is picking up, dealers said.",
     "Copper stocks are still high in European warehouses, but demand from Asian smelters is picking up", "dealers"),
    (("The two airlines remain far apart on the price of the deal, but both boards still want a merger this year, "
      "people close to the talks said."),
     "The two airlines remain far apart on the price of the deal, but both boards still want a merger this year",
     "people close to the talks"),
])
def test_both_clauses_before_a_source_named_last_are_its_report(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), "far apart" if "far apart" in text else "Copper")
    assert q.text == content and q.speaker == speaker

@pytest.mark.parametrize("text, content, speaker", [
    ("The biggest fall is seen in soybean stocks, which Mielke expects to decline by five mln tonnes this year.",
     "to decline by five mln tonnes this year", "Mielke"),
    (("The surplus has raised reserves to 50 billion dlrs, which Governor Chen Ming said made the island a target "
     "for protectionism."), "made the island a target for protectionism", "Chen Ming"),
])
def test_a_relative_clause_cue_reports_its_verb_phrase(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content)
    assert q.text == content and q.speaker == speaker


def test_a_relative_clause_of_a_plan_is_no_report(nlp):
    text = ("He ended a two-week trade mission during which a team he led agreed to buy U.S. goods worth "
            "1.8 billion dlrs.")
    assert not any("to buy U.S. goods" in q.text for q in quotes_of(nlp, text))


# The rulings: reports with no source ("allegations that …") are quotes with no speaker.
@pytest.mark.parametrize("text, content", [
    ("The arrest came after an allegation he assaulted Anna Petrova, his former wife.", "he assaulted Anna Petrova"),
    ("The arrest followed an allegation he assaulted his former wife.", "he assaulted his former wife"),
    ("The allegations that the mayor took bribes were dropped on Monday.", "that the mayor took bribes"),
    ("Rumours that the bank would be sold sent its shares up 5 pct.", "that the bank would be sold"),
])
def test_an_allegation_or_a_rumour_with_nobody_named_is_a_report_with_no_speaker(nlp, text, content):
    q = only(quotes_of(nlp, text), content)
    assert q.text.startswith(content) and q.speaker is None


@pytest.mark.parametrize("text", [
    "There were no rumours that the bank would be sold.",
    "The decision to close the plant was taken in May.",
])
def test_no_rumour_and_nobody_s_decision_are_no_report(nlp, text):
    assert not quotes_of(nlp, text)
