"""A person whose surname is a town's ("<Title> <First> <Town> told reporters", "<Country>'s <First> <Town>"):
the model types the name a place, and may leave the first name out of it. After a title or a possessive, a first
name and then the place's words name one person: the first name is part of the name, and the whole a person's.
Not where the first name and the place make a known place together ("Victoria Falls")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers, tokens
from .gazetteer import is_place
from .mentions import Mention, covered, in_place_of
from .names import is_first_name
from .vocabulary import MAX_TITLE_WORDS, TITLES


def persons_named_like_places(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    taken = None
    toks, words = tokens(doc), lowers(doc)
    for m in list(mentions):
        if m.label not in ("GPE", "LOC") or len(m.words) > 2:
            continue
        if not is_place(m.words[-1], places):
            continue  # the model typed the name a place for a place's word in it
        if len(m.words) == 2 and is_first_name(m.words[0]) and toks[m.start].text[:1].isupper():
            first = m.start  # the model ran the first name into the place: "<First> <Town>", typed a place
        elif (
            len(m.words) == 1
            and m.start
            and toks[m.start - 1].is_alpha
            and toks[m.start - 1].is_title
            and is_first_name(toks[m.start - 1].text)
        ):
            first = m.start - 1  # the first name left out: "<First>" "<Town>"
            taken = covered(mentions) if taken is None else taken
            if first in taken:
                continue
        else:
            continue
        if is_place(doc[first : m.end].text, places) or not _after_a_title(toks, words, first):
            continue
        mentions = in_place_of(mentions, doc[first : m.end], "PERSON")
        taken = None
    return mentions


def _after_a_title(toks, words, at: int) -> bool:
    """A title ('President', 'Foreign Minister') or a possessive ("Chile's") just before the first name."""
    if at and toks[at - 1].text in ("'s", "’s"):
        return True
    return any(at - n >= 0 and " ".join(words[at - n : at]) in TITLES for n in range(1, MAX_TITLE_WORDS + 1))
