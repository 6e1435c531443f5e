"""'The loudest objection came from a local shop owner. She said …': a sentence about something else that brings in
one unnamed person and names no one makes that person the "he" or "she" of the sentence right after it, not the
person the article named paragraphs before (a reader takes the pronoun for the one person just brought in)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .words import PEOPLE, PERSONAL

_NEW = {"a", "an", "one", "another"}
_PARTS = {"one", "some", "many", "most", "much", "part", "none"}


def source_brought_in(sentence: Span, subject: Token | None) -> Token | None:
    """The one indefinite person-word ("a professor", "an official") of a sentence whose subject is a thing ("the
    plan", "the loudest objection"), when the sentence names and points at no one else."""
    if subject is not None and subject.lower_ in _PARTS:  # "One of the proposals came from …": the proposals
        subject = next((p for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in PEOPLE:
        return None  # a person, a name or a pronoun is the sentence's own actor, and the "he" may be them
    found = None
    for t in sentence:
        if t.ent_type_ == "PERSON" or t.lower_ in PERSONAL:
            return None  # "a plan from a professor at Ana Ruiz's lab", "his plan": someone else is in the sentence
        if t.is_quote:
            return None  # '"… an impressive head of steam," X said': words someone said, not a source brought in
        if t.tag_ == "NN" and t.lemma_.lower() in PEOPLE and \
                any(c.dep_ == "det" and c.lower_ in _NEW for c in t.children):
            if found is not None:
                return None  # two people brought in: the pronoun is neither for sure
            found = t
    return found
