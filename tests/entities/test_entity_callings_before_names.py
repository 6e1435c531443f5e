"""A calling that opens a sentence before a person's name ('Comic Dan Varley has …', 'Model Lisa Varnley was …',
'Singers Ann Lee and …') has a capital only because it comes first: it is the person's role, no part of the name,
so the surname alone later takes the full name (real model and pipeline). Passages of our own, made-up persons; a
charity whose name opens with such a word stays whole."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze


def test_a_calling_opening_a_sentence_is_the_persons_role(nlp) -> None:
    text = "Comic Dan Varley has been voted off the show. Varley said he was sad to leave."
    found = [m for m in mentions(nlp, text) if "Varley" in m[0]]
    assert found == [("Dan Varley", "PERSON", "Dan Varley"), ("Varley", "PERSON", "Dan Varley")]
    roles = {e.text: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}
    assert roles["Dan Varley"] == "comic"
    text = "The show lost another contestant. Model Lisa Varnley was voted off by viewers on Friday night."
    assert ("Lisa Varnley", "PERSON", "Lisa Varnley") in mentions(nlp, text)


def test_a_charity_opening_with_a_calling_stays_whole(nlp) -> None:
    text = "Comic Relief raised five million pounds on Friday night, the charity said."
    assert "Comic Relief" in {m[0] for m in mentions(nlp, text)}
