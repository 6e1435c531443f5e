"""Known towns, states and countries the model calls organisations where a sentence puts something in them ('talks
held in <Capital>', 'rains that flow through <State>', 'refuelled at <Town>, <Country>', 'rallies in <Town> and
<Town>'): a name of the gazetteer that is the object of a preposition of place, or joined by 'and' or 'or' to a
place that is, names the place, in every mention the article makes of it. A country's capital the model calls an
organisation or a person, in an article that names the country, is the capital too (_capitals_of_countries_named)."""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention
from .referents import key
from .sports_clubs import reports_a_sport
from .vocabulary import HEADS, POSSESSIVE

# where a thing is or passes; not 'for', 'to' or 'from', which a body takes as well ('sold to <Firm>')
_WHERE = {"in", "at", "near", "through", "across", "outside", "throughout"}


def _known(m: Mention) -> bool:
    return gazetteer.is_place(m.name, gazetteer.places()) or m.name in gazetteer.towns()


def _where_it_stands(doc: Doc, m: Mention) -> bool:
    """The name is the object of a preposition of place, which a verb or a noun of no holding governs ('held in',
    'a meeting in'; not 'a stake in', 'confidence in'), and is no word of a longer name ('at <Town> University') or
    an owner ('in <Town>'s stake')."""
    last = doc[m.end - 1]
    prep = last.head
    if last.dep_ != "pobj" or prep.i != m.start - 1 or prep.lower_ not in _WHERE:
        return False
    if m.end < len(doc) and (doc[m.end].text in POSSESSIVE or doc[m.end].is_alpha and doc[m.end].text[:1].isupper()):
        return False
    return prep.head.pos_ in ("VERB", "AUX") or prep.head.pos_ == "NOUN" and prep.head.lemma_ not in HEADS["held_in"]


def places_taken_for_bodies(doc: Doc, mentions: list[Mention]) -> None:
    if reports_a_sport(doc):
        return  # 'two years at <Town>': a club
    # the first word of a longer organisation's name ('<Town> Gold Corp', then '<Town>'): the body's short name
    firm_words = {m.words[0] for m in mentions if m.label == "ORG" and len(m.words) > 1}
    by_token = {i: m for m in mentions if m.label == "GPE" for i in range(m.start, m.end)}
    placed: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label != "ORG" or m.role or m.words[0] in firm_words or not _known(m):
            continue
        if _where_it_stands(doc, m):
            placed.add(key(m.words))
            continue
        last = doc[m.end - 1]
        other = by_token.get(last.head.i)
        if last.dep_ == "conj" and other is not None and doc[m.start - 1].lower_ in ("and", "or") \
                and (_where_it_stands(doc, other) or other.start and doc[other.start - 1].lower_ == "between"):
            placed.add(key(m.words))  # 'in <Town> and <Town>', 'between <Town> and <Town>'
    capitals = _capitals_of_countries_named(doc, mentions, firm_words)
    for m in mentions:
        if m.label == "ORG" and key(m.words) in placed or m.label in ("ORG", "PERSON") and key(m.words) in capitals:
            m.label = "GPE"


def _capitals_of_countries_named(doc: Doc, mentions: list[Mention], firm_words: set[str]) -> set[tuple[str, ...]]:
    """'the Chilean minister arrived ... as <Capital> seeks new buyers', '<Capital> said it would not back the plan'
    in an article about Norway: a country's capital the model calls an organisation or a person, in an article that
    names that country or writes its people's adjective, is the capital, the name the article gives the country's
    government (DESIGN.md: 'Beijing'), typed GPE. One word only, in title case, given no post, and no word of a
    longer organisation's name or of a person's full name the article gives ('<Capital> <Surname>')."""
    person_words = {w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words}
    capitals = gazetteer.capitals()
    found: set[tuple[str, ...]] = set()
    countries: set[str] | None = None
    for m in mentions:
        if m.label not in ("ORG", "PERSON") or len(m.words) != 1 or m.role or not m.name.istitle() \
                or m.name not in capitals or m.name in firm_words or m.name in person_words:
            continue
        if countries is None:
            countries = {code for x in mentions if x.label in ("GPE", "LOC", "ORG", "NORP")
                         and (code := gazetteer.country_code(x.name))}
            countries |= {code for t in doc if t.text[:1].isupper() and (code := gazetteer.country_of_adjective(t.text))}
        if capitals[m.name] in countries:
            found.add(key(m.words))
    return found
