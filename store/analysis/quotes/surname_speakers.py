"""A surname speaking after the full name it ends: 'Tadahiro Sekimoto told Reuters …. Sekimoto said' is one person,
though the model tagged the full name a work of art and the surname an organisation, so no entity joined them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..doctext import column, tokens
from ..entities.names import given_name
from ..entities.referents import fold
from ..entities.vocabulary import ORG_TAILS, ORG_WORDS
from ..types import Quote
from .index import text_of
from .speakers.words import TITLE_WORDS

_PLACES = {"GPE", "LOC", "FAC"}
_NO_GIVEN_NAME = {"DATE", "TIME", "GPE", "LOC"}


def surnames_of_full_names(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A one-word named speaker that is the last word of exactly one person's full name in the article (a PERSON
    entity, or a speaker of two or three capitalised words that is no organisation or place) is that person. A
    word the article also uses as a place or as another name's first word ('Jordan', 'Ford'), or a common noun,
    keeps its own."""
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    names = {n for n, kinds in labels.items() if "PERSON" in kinds}
    names |= {q.speaker for q in quotes if q.speaker and 2 <= len(q.speaker.split()) <= 3
              and all(w[:1].isupper() for w in q.speaker.split())
              and not labels.get(q.speaker, set()) & (_PLACES | {"ORG", "NORP"})}
    by_surname: dict[str, set[str]] = {}
    openers: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_surname.setdefault(fold(words[-1]), set()).add(name)
            openers.add(fold(words[0]))
    places = {fold(n) for n, kinds in labels.items() if kinds & _PLACES}
    out = []
    for q in quotes:
        word = q.speaker
        owned = _after_its_firm(word)
        if owned is not None and owned not in names:  # "Greenwell's Brown noted": Keith Brown of Greenwell Montagu
            word = owned
        if word and " " not in word and word[:1].isupper() and not word.isupper() and (word not in names or owned) \
                and _a_name(doc, q.speaker_start):
            folded = fold(word)
            owners = by_surname.get(folded, set())
            if len(owners) == 1 and folded not in openers and folded not in places:
                q = replace(q, speaker=next(iter(owners)))
        out.append(q)
    return out


def _after_its_firm(name: str | None) -> str | None:
    """'Greenwell's Brown', 'Salomon's di Clemente': wire copy names a person by their firm's name and surname."""
    if not name or "'s " not in name:
        return None
    owner, surname = name.split("'s ", 1)
    return surname if owner[:1].isupper() and " " not in owner and surname[:1].isupper() and \
        " " not in surname else None


def _a_name(doc: Doc, start: int | None) -> bool:
    """'Sekimoto said' is a name the parse or the model knows; 'Dealers noted' opening a sentence is a common noun,
    even beside an organisation the model took for a person ('International Bond Dealers')."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
    return span is not None and (span[0].pos_ == "PROPN" or span[0].ent_type_ != "")


def surnames_the_text_names_in_full(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'… said Tom Ardley, chairman of …. Ardley said': a one-word speaker the article first wrote after given names
    is the person so named, even where the model left the given names out of the entity ("Ardley" alone), fused
    them into an organisation's name ("Hale Trust Tom Ardley") or took a misspelt title for part of the name.
    Only given names (a known first name, or words the model tagged a person with the surname) join it; a title,
    a place or a second person of that surname ('Tom Ardley', 'Ann Ardley') leaves the word as it is."""
    words = {q.speaker for q in quotes if q.speaker and " " not in q.speaker and q.speaker[:1].isupper()
             and not q.speaker.isupper() and len(q.speaker) > 2}
    if not words:
        return quotes
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    # a lone surname the model took for a region ("Ardley" as LOC) is still the person; a country is not
    # "the Post" of "the New York Post": a word that ends organisations' names is no surname
    firsts = {re.split(r"[-'’]", w)[0]: w for w in words if not labels.get(w, set()) & {"GPE", "FAC", "NORP"}
              and fold(w) not in ORG_WORDS | ORG_TAILS}
    text = text_of(doc)
    found: dict[str, set[str]] = {}
    words_of_doc, toks = column(doc, "ORTH"), tokens(doc)
    for i in range(1, len(words_of_doc)):
        word = firsts.get(words_of_doc[i])
        t = toks[i] if word is not None else None
        if t is not None and t.tag_ == "NNP" and text.startswith(word, t.idx):
            given = _given_names_before(doc, t)
            if given:
                found.setdefault(word, set()).add(" ".join(given + [word]))
    people = {n for n, kinds in labels.items() if "PERSON" in kinds and " " in n}
    table = doc._.referents or {}
    full: dict[str, str] = {}
    places = {n for n, kinds in labels.items() if kinds & {"GPE", "LOC", "NORP"}}
    for word, names in found.items():
        if any(w in places for n in names for w in n.split()[:-1]):
            continue  # "Romania Comelf" of a headline: a country before a company's name is no given name
        role = table[word].role if word in table and table[word].role else ""
        if any(fold(w) in fold(role).split() for n in names for w in n.split()[:-1]):
            continue  # "Hacker Guccifer": the word the entities took for the person's title is no given name
        longer = {n for n in people if n.split()[-1] == word}  # the entities' full name, when they have one
        if len(names) == 1 and len(longer) <= 1 and (not longer or longer == names):
            full[word] = names.pop()
    if not full:
        return quotes
    out = []
    for q in quotes:
        name = full.get(q.speaker) if q.speaker else None
        if name is not None:
            known = table.get(q.speaker)
            q = replace(q, speaker=name, speaker_role=q.speaker_role or (known.role if known else None),
                        affiliation=q.affiliation or (known.affiliation if known else None))
        out.append(q)
    return out


def _given_names_before(doc: Doc, token) -> list[str]:
    """The given names written right before a surname token: 'Hanns Christian' of 'Hanns Christian Lemke', 'Tom' of
    'Deputy Tom Ardley'; words the model tagged one person with it ('Tedros Adhanom'); none after a title."""
    names: list[str] = []
    i = token.i - 1
    while i >= 0 and len(names) < 3:
        t = doc[i]
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or fold(t.text) in TITLE_WORDS or "\n" in t.whitespace_ \
                or t.ent_type_ in _NO_GIVEN_NAME:  # "in June Comelf said", "Romania Comelf": no given names
            break
        names.insert(0, t.text)
        i -= 1
    while names and not given_name(names[0]):  # "Committee Representative Adam": from the first given name on
        names.pop(0)
    if names and all(given_name(n) or len(n) == 2 and n.endswith(".") for n in names):
        return names
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "I":
        return []
    names, i = [], token.i - 1  # "Tedros Adhanom Ghebreyesus": one person to the model, given names it does not know
    while i >= 0 and len(names) < 2 and doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN" and \
            doc[i].text[:1].isupper() and fold(doc[i].text) not in TITLE_WORDS:
        names.insert(0, doc[i].text)
        if doc[i].ent_iob_ == "B":
            return names
        i -= 1
    return []
