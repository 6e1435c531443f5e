"""A contraction or possessive written with a curly apostrophe reads as the straight one does, and every span
still shows the article's own characters (real model).

Our own sentences."""

from __future__ import annotations

from store.analysis.pipeline import analyze

STRAIGHT = (
    "The senator told reporters the bill would pass. But it's clear that the votes are not there yet.\n\n"
    "Ann Reyes, the senator, said she would vote no. She's sure that the bill won't pass, and it's possible that "
    "the vote is delayed.\n"
)


def _quotes(analysis):
    return [(q.start, q.end, q.kind, q.speaker) for q in analysis.quotes]


def test_a_curly_contraction_reads_as_the_straight_one(nlp) -> None:
    curly = STRAIGHT.replace("'", "\u2019")
    straight, as_curly = analyze(nlp, STRAIGHT), analyze(nlp, curly)
    # "It’s" was a verb with lemma '’': the judgement after it was a report of the last source named
    assert _quotes(as_curly) == _quotes(straight)
    def spans(analysis):
        return [(e.start, e.end, e.label) for e in analysis.entities]

    assert spans(as_curly) == spans(straight)


def test_spans_keep_the_curly_apostrophe_as_written(nlp) -> None:
    text = "Shares of Acme Widget Co rose after the firm\u2019s chief, Tom O\u2019Brien, said it\u2019s on track.\n"
    analysis = analyze(nlp, text)
    for item in (*analysis.entities, *analysis.quotes):
        assert item.text == text[item.start:item.end]
    assert any(e.text == "Tom O\u2019Brien" for e in analysis.entities)


def test_names_keep_the_curly_apostrophe_as_written(nlp) -> None:
    # the model reads the possessive straight; the name it gives stays as the article wrote it
    text = "Workers at McDonald\u2019s and Target walked out on Friday, the union said.\n"
    assert {e.canonical for e in analyze(nlp, text).entities if e.label == "ORG"} == {"McDonald\u2019s", "Target"}
