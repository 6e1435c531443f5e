"""A passage an English article quotes in another script ('((hi))Hindi language:' and an interview's answer in
Devanagari, a name given again in Greek or Cyrillic letters): the English model reads none of it, yet tags runs of
its words, often with an English loanword inside them, as persons and organisations. A mention with a letter of a
script other than the Latin names no one the reader looks up by those words, nor does a mention of Latin letters in
a sentence written mostly in another script: there they are the loanwords the speaker uses ('Lockdown', 'kit',
'COVID'), and a name the translator writes in the speaker's script; but for a place the gazetteer knows, and a
figure's or a date's words, which keep their value. The English name, where the article gives one, is written in
an English sentence."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from .gazetteer import is_place
from .mentions import Mention
from .vocabulary import NAME_LABELS


@lru_cache(maxsize=4096)
def in_another_script(text: str) -> bool:
    return any(_another_scripts_letter(ch) for ch in text)


def _another_scripts_letter(ch: str) -> bool:
    """A letter of a script other than the Latin; not a modifier letter, which Latin names carry too (the 'okina of
    'Nukuʻalofa', Lm), nor a sign of the Latin-1 block ('µ', 'º')."""
    return ord(ch) >= 0x250 and unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lo") \
        and not unicodedata.name(ch, "").startswith("LATIN")


def mentions_in_other_scripts(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    foreign: dict[int, bool] = {}  # by the sentence's first token

    def foreign_sentence(i: int) -> bool:
        sent = doc[i].sent
        if sent.start not in foreign:
            # a word of Devanagari is seldom all letters to Python (its vowel signs are marks): any letter counts
            words = [t.text for t in sent if any(ch.isalpha() for ch in t.text)]
            others = sum(in_another_script(w) for w in words)
            foreign[sent.start] = others > len(words) - others
        return foreign[sent.start]

    # a figure or a date keeps its value there ('August' in a Hindi answer), and a place a reader knows is still
    # that place ('Italy, USA')
    return [m for m in mentions if not in_another_script(m.name) and not (
        m.label in NAME_LABELS and not is_place(m.name, places) and foreign_sentence(m.start))]
