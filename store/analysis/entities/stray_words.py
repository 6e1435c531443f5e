"""A person's name with a stray capitalised word run onto its front ('Crooked Hillary Clinton' in a chant, 'Rip
Donald Trump' in a headline): when the rest is a full name the article has already given, the extra word is
no part of it; kept, it would become the person's name in every later mention.

A speech verb that opens a sentence before the speaker ('Said Lee, "We won."', 'Added Lee: …'): the model runs
the capitalised verb into the name ("Said Lee"); the speaker is the name after it."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import given_name
from .particles import PARTICLES


def stray_word_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, ...]] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.label == "PERSON" and len(m.words) >= 3 and m.words[1:] in seen and m.end - m.start == len(m.words) \
                and m.words[0].isalpha() and m.words[0][:1].isupper() and not given_name(m.words[0]) \
                and m.words[0].lower() not in PARTICLES:
            m = mention_of(doc[m.start + 1 : m.end], "PERSON", m.role, m.affiliation)
        if m.label == "PERSON" and len(m.words) >= 2:
            seen.add(m.words)
        out.append(m)
    return out


_SPEECH_VERBS = {"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted", "recalled",
                 "replied", "quipped", "tweeted", "countered", "continued"}


def speech_verb_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        first = doc[m.start]
        if m.label == "PERSON" and m.end - m.start >= 2 and first.lower_ in _SPEECH_VERBS and first.is_title \
                and (first.is_sent_start or m.start == 0 or doc[m.start - 1].is_quote or "\n" in doc[m.start - 1].text) \
                and m.end < len(doc) and doc[m.end].text in (",", ":"):
            m = mention_of(doc[m.start + 1 : m.end], "PERSON", m.role, m.affiliation)
        out.append(m)
    return out
