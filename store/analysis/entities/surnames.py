"""A surname the model took for a work, a product, a building, a law or an organisation: 'smaller than Rhodes’
plan', 'a Rhodes volunteer', 'voters who chose Rhodes' after "Senator Anna Rhodes". The model reads a bare surname by the
words around it, and a politician's name stands where works, bills and campaigns stand; a reader knows it is the
person the article named in full. It becomes a person's, and so is shown under the full name. A known place keeps
its label ("Warren, Michigan" beside "Elizabeth Warren"), as does a word the article also writes as the first word
of a longer name that is no person's ("Lee Enterprises") and a thing after "the" ("the Bible" beside a James
Bible)."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import is_place
from .kinds import opens_with_first_name
from .mentions import Mention
from .vocabulary import HONORIFICS

_THINGS = ("WORK_OF_ART", "PRODUCT", "FAC", "LAW", "EVENT", "ORG", "GPE", "LOC", "NORP")


def surnames_taken_for_things(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    surnames = {m.words[-1] for m in mentions
                if m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)}
    openers = {m.words[0] for m in mentions if m.label != "PERSON" and len(m.words) > 1}
    for m in mentions:
        if m.label in _THINGS and len(m.words) == 1 and (word := m.words[0]) in surnames and word not in openers \
                and word.isalpha() and word.istitle() and not is_place(word, places) and not _named_thing(doc, m):
            m.label = "PERSON"


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
