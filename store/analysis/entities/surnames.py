"""A surname the model took for a work, a product, a building, a law or an organisation: 'smaller than Rhodes’
plan', 'a Rhodes volunteer', 'voters who chose Rhodes' after "Senator Anna Rhodes". The model reads a bare surname by the
words around it, and a politician's name stands where works, bills and campaigns stand; a reader knows it is the
person the article named in full. It becomes a person's, and so is shown under the full name. A known town is the
person's too where it is not written as a place is ('lost against Houston' beside "Florence Houston", in a report of a
game): after 'in' or 'from', or before a comma and its state, it keeps its label ("Warren, Michigan" beside
"Elizabeth Warren"), as does a country or a state, a word the article also writes as the first word of a longer
name that is no person's ("Lee Enterprises"; after its initials, "H.J. Lee Co") and a thing after "the" ("the
Bible" beside a James Bible)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .firm_words import INITIALS
from .gazetteer import continents, country_code, is_place, states
from .kinds import opens_with_first_name
from .mentions import Mention
from .names import GENERATION_MARKS
from .referents import fold
from .vocabulary import HONORIFICS

_THINGS = ("WORK_OF_ART", "PRODUCT", "FAC", "LAW", "EVENT", "ORG", "GPE", "LOC", "NORP")


def surnames_taken_for_things(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    _initialled_persons(mentions, places)
    # "EA Mobile", a firm the model read as a person, opens with no first name ("HIllary Clinton", a slip, does)
    named = [m for m in mentions if m.label == "PERSON" and len(m.words) > 1 and (
        opens_with_first_name(m.words) and not m.words[0].isupper() or _initial(m.words[0]))]
    surnames = {_surname(m.words) for m in named}
    # "H.J. Larkin Co": a firm named after its founder opens on his surname after the initials
    openers = {_opener(m.words) for m in mentions if m.label != "PERSON" and len(m.words) > 1}
    for m in mentions:
        if m.label in _THINGS and len(m.words) == 1 and (word := m.words[0]) not in openers \
                and word.replace("'", "").isalpha() and word.istitle() and not _named_thing(doc, m) \
                and (word in surnames and (not is_place(word, places) or _not_a_place_here(doc, m))
                     or m.label in _PLACES and _IRISH_SURNAME.fullmatch(word) and not is_place(word, places)):
            m.label = "PERSON"  # "O'Brien" too


# "O'Dowd", "D'Alton": an Irish surname alone, which the model reads as a place; no town or land is named so
# (an airport is, "O'Hare", which the model reads as a facility, left alone), nor a firm's name taken from it
_IRISH_SURNAME = re.compile(r"[OD]'[A-Z][a-z]+")
_PLACES = ("GPE", "LOC", "NORP")


# a known place is a place after these, and so stays one beside a person who bears its name
_AT_A_PLACE = {"in", "at", "from", "near", "to", "into", "of", "outside", "across", "around", "toward", "towards"}


def _opener(words: tuple[str, ...]) -> str:
    at = 0
    while at < len(words) - 1 and INITIALS.fullmatch(words[at]):
        at += 1
    return words[at]


def _surname(words: tuple[str, ...]) -> str:
    """'Hewitt' of "Frank L. Hewitt Jr.": a generation's mark follows the surname, which the article then writes
    alone."""
    while len(words) > 2 and fold(words[-1]) in GENERATION_MARKS:
        words = words[:-1]
    return words[-1]


def _not_a_place_here(doc: Doc, m: Mention) -> bool:
    """'Tallis kicked the conversion' beside "Andrew Tallis" where a town is named Tallis too: the bare surname
    is the person's unless it is written where a place goes, after 'in', 'from' or 'at', or before a comma and
    its state ("Warren, Michigan")."""
    if country_code(m.words[0]) or m.words[0] in states() or m.start and doc[m.start - 1].lower_ in _AT_A_PLACE:
        return False
    return not (m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].text[:1].isupper())


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _initialled_persons(mentions: list[Mention], places: frozenset[str]) -> None:
    """'D Lee' in a squad's list, which the model reads as a place: a capital letter before a surname is a person's
    initial; not an abbreviated compass point before a place ("S Africa", "N Korea"), nor a firm named by its
    founder's initial ("J Sainsbury"), which the model reads as an organisation, left alone. In an article that
    names three or more people so ('A Lee, B Cole; C Dunn'), a team sheet, an initialled name the model read as a
    firm or a product is one more player."""
    squad = sum(m.label == "PERSON" and len(m.words) == 2 and _initial(m.words[0]) for m in mentions) >= 3
    kinds = ("GPE", "LOC", "FAC", "NORP", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT") if squad \
        else ("GPE", "LOC", "FAC", "NORP")
    for m in mentions:
        if m.label in kinds and len(m.words) == 2 and _initial(m.words[0]) \
                and m.words[1].replace("'", "").isalpha() and m.words[1].istitle() \
                and not is_place(m.words[1], places) and not is_place(" ".join(m.words), places) \
                and not country_code(m.words[1]) and m.words[1] not in continents() \
                and not _compass_place(m.words, places):
            m.label = "PERSON"


_COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def _compass_place(words: tuple[str, ...], places: frozenset[str]) -> bool:
    """'N Korea', 'W Germany': a headline's compass point before a place."""
    name = f"{_COMPASS.get(words[0], words[0])} {words[1]}"
    return words[0] in _COMPASS and (bool(country_code(name)) or is_place(name, places))


# "Mr", "Mrs", "Ms", "Mme", "Mlle": forms of address only a person is given; a doctor's ("Dr Reddy's") and a
# professor's title also name firms and chairs
_ADDRESSED = frozenset(h for h in HONORIFICS if h.startswith("m"))


def addressed_persons(doc: Doc, mentions: list[Mention]) -> None:
    """'Mr Denver is said to have written', 'Mr Breton said in a letter': a name written after Mr, Mrs or Ms is a
    person's, though the model reads it as the town, the nationality or the firm it also is; a known place included,
    as the form of address says which it is here."""
    for m in mentions:
        if m.label != "PERSON" and m.start and doc[m.start - 1].lower_ in _ADDRESSED and m.words[0][:1].isupper():
            m.label = "PERSON"


def _named_thing(doc: Doc, m: Mention) -> bool:
    """'quoted the Bible' beside a "James Bible": a name after 'the' is a thing's, unless it qualifies a noun, as
    a person's does ('the Lee campaign')."""
    return m.start > 0 and doc[m.start - 1].lower_ == "the" and doc[m.end - 1].dep_ != "compound"


def families_taken_for_things(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'the Trellmans' beside "Amy Trellman" and "Hugo Trellman": a family named by the plural of a surname the
    article gives a person in full, which the model reads as a people or a place. A family is a person's entity (a
    family is, in the names set); it keeps its own name, as it is not any one of them. Only after 'the', the way a
    family is written; not a known place ('the Carolinas' beside a "Jo Carolina")."""
    surnames = {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1
                and opens_with_first_name(m.words)}
    for m in mentions:
        if m.label in _THINGS and len(m.words) == 1 and m.start and doc[m.start - 1].lower_ == "the" \
                and (word := m.words[0]).isalpha() and word.istitle() and word.endswith("s") \
                and (word[:-1] in surnames or word.endswith("es") and word[:-2] in surnames) \
                and not is_place(word, places):
            m.label = "PERSON"
