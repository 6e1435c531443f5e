"""A common word the model took for a person's name only because it opens a sentence with a capital ('Turnout was 58
percent', 'Morale is low', 'Kerosene and diesel were raised'): a word of the English dictionary the model carries
(its lemmatizer's word index), which the article never writes capitalised inside a sentence, used as a noun is
(the subject of 'be', listed with a common noun, or modifying the noun after it), is no name. tidy.common_words
drops such a word when the article also writes it in lower case; this one asks the dictionary where the article
does not."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import column
from .mentions import Mention
from .names import is_first_name
from .roles import title_before
from .vocabulary import HEADS, POSSESSIVE, TITLES

# a word that modifies the noun after it ('Upland cotton acres', 'Nominal output')
_NOUN_DEPS = {"compound", "amod"}


def common_words_opening_sentences(doc: Doc, mentions: list[Mention], dictionary: frozenset[str]) -> list[Mention]:
    """Drops each one-word 'person' of that kind, in every mention: all of its mentions open a sentence, none is
    given a title or a possessive, none speaks or acts as a person does (the subject of any verb but 'be', or of
    'be' with a person's noun after it: '<Surname> withdrew', '<Surname> said', '<Surname> was chairman'), none has
    'he' or 'she' after it; its word is no first name, no word of another name the article gives ('<First>
    <Word>'), and no other token of the article writes it capitalised."""
    if not dictionary:
        return mentions
    candidates: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) == 1 and not m.role:
            candidates.setdefault(m.name, []).append(m)
    if not candidates:
        return mentions
    other_words = {w for m in mentions if len(m.words) > 1 for w in m.words}
    dropped: set[str] = set()
    for name, group in candidates.items():
        if not (name.isalpha() and name.istitle() and len(name) > 2) or name.lower() not in dictionary \
                or is_first_name(name) or name in other_words:
            continue
        if any(m.label != "PERSON" or m.role for m in mentions if m.name == name):
            continue
        if not all(_opens_its_sentence(doc, doc[i]) for i, text in enumerate(column(doc, "ORTH")) if text == name):
            continue
        if all(_stands_as_a_noun(doc, m) and not _he_or_she_after(doc, m) for m in group):
            dropped.add(name)
    return [m for m in mentions if m.name not in dropped or len(m.words) != 1]


_PERSONAL = {"he", "she", "his", "her", "him"}


def _he_or_she_after(doc: Doc, m: Mention) -> bool:
    """A personal pronoun later in the word's sentence or in the next one: '<Surname> was unavailable. He had ...'."""
    sent = doc[m.start].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.lower_ in _PERSONAL for t in doc[m.end : end])


def _opens_its_sentence(doc: Doc, tok: Token) -> bool:
    """The sentence's first word, or first after an opening quote mark or bracket."""
    if tok.is_sent_start or tok.i == 0:
        return True
    before = doc[tok.i - 1]
    return (before.is_quote or before.is_left_punct) and (before.is_sent_start or before.i == 0)


def _stands_as_a_noun(doc: Doc, m: Mention) -> bool:
    """'Turnout was 58 percent', 'Morale is low' (the subject of 'be', its complement no person's noun: not
    '<Surname> was chairman'), 'Kerosene and diesel were raised' (listed with a common noun, whatever the verb),
    'Upland cotton acres' (modifying the lower-case noun after it). Not the subject of a passive alone ('<Surname>
    could not be reached'), nor of any other verb."""
    word = doc[m.start]
    if m.end < len(doc) and doc[m.end].text in POSSESSIVE or title_before(doc, m.start) is not None:
        return False
    if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.is_lower for c in word.children):
        return True
    if word.dep_ in _NOUN_DEPS:
        return word.head.i > word.i and word.head.is_lower
    if word.dep_ != "nsubj" or word.head.lemma_ != "be":
        return False
    return not any(c.dep_ == "attr" and (c.lemma_.lower() in HEADS["person"] or c.lemma_.lower() in HEADS["jobs"]
                                         or c.lower_ in TITLES) for c in word.head.children)
