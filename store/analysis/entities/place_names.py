"""Small places the model calls people ("Maarat al-Numan", "Guayanilla", "fled from Chamarajanagar"): a name
nothing in the article shows to be a person's, whose own words or whose place in the gazetteer of villages
say it is a place."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import gazetteer
from .mentions import Mention
from .names import is_first_name
from .referents import key
from .vocabulary import HEADS, POSSESSIVE

# the words of heads.json that open Arabic, Hebrew and Persian place names ("Kafr Nabl", "Deir ez-Zor") and,
# after an Arabic article, end them ("Tuna el-Gebel", "Sidi el-Barrani")
PLACE_OPENINGS = HEADS["place_openings"]
PLACE_WORDS = HEADS["place_words"]

ARTICLE_AND_PLACE_WORD = re.compile(r"\b(?:al|el|an|ad|ash|as|ar|ez|az)-(?:" + "|".join(sorted(PLACE_WORDS)) + r")\b",
                                    re.IGNORECASE)

# the endings of one-word town names in South and Central Asia and Eastern Europe: "Jalalabad", "Kanpur"
PLACE_ENDINGS = tuple(sorted(HEADS["place_endings"]))

# what only people do, as the subject of a verb: "Ras said", "Tuna told reporters"
PERSON_VERBS = HEADS["person_verbs"]

# a lower-case noun after a name that makes it a place's: "Afghanistan's Maidan Wardak province", "the Sulu region"
PLACE_NOUNS = HEADS["place_nouns_after"]

PREPOSITIONS = {"in", "at", "near", "from", "outside", "around"}


def vouched_for(doc: Doc, group: list[Mention]) -> bool:
    """Something in the article shows the name is a person's: a title, a verb only people do, a person's noun
    beside it ('X, a student,') or a relative 'who' after it."""
    for m in group:
        if m.role:
            return True
        head = doc[m.end - 1]
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in PERSON_VERBS:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in HEADS["person"] for c in head.children):
            return True
        after = doc[m.end : m.end + 2]
        if len(after) and after[0].lower_ in ("said", "says", "told") or len(after) == 2 \
                and after[0].text == "," and after[1].lower_ == "who":
            return True
    return False


def looks_like_a_place(doc: Doc, group: list[Mention], surnames: set[tuple[str, ...]],
                       mentions: list[Mention]) -> bool:
    words = group[0].words
    folded = [w.lower() for w in words]
    if len(words) > 1 and folded[0] in PLACE_OPENINGS:
        return True
    if len(words) > 1 and ARTICLE_AND_PLACE_WORD.search(group[0].name):
        return True  # "el-Gebel", not a surname "Gebel"
    if len(words) == 1 and words[0].isalpha() and words[0].istitle() and folded[0].endswith(PLACE_ENDINGS) \
            and not is_first_name(words[0]):
        return True
    if any(m.end < len(doc) and doc[m.end].text in PLACE_NOUNS for m in group):
        return True
    if known_place_alone(doc, group, surnames, mentions):
        return True
    if is_first_name(words[0]) or key(words) in surnames or not any(
            _where_places_stand(doc, m) and not (m.end < len(doc) and doc[m.end].text in POSSESSIVE) for m in group):
        return False
    if len(words) == 1 and words[0].isalpha() and words[0].istitle() and any(_where_it_happens(doc, m) for m in group):
        return True
    return group[0].name in gazetteer.villages()  # loaded only for a name that already stands where places do


def _where_places_stand(doc: Doc, m: Mention) -> bool:
    """Right after a preposition of place ('in <Village>'), or listed after a name that is, by 'and', 'or' or a comma
    ('from <Village>, <Village> and <Village>'), which the parse hangs on the one before it."""
    if not m.start:
        return False
    before = doc[m.start - 1]
    if before.lower_ in PREPOSITIONS:
        return True
    last = doc[m.end - 1]
    if before.lower_ not in ("and", "or", ",") or last.dep_ != "conj":
        return False
    first = last.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return 0 < first.i < m.start and first.head.i == first.i - 1 and doc[first.i - 1].lower_ in PREPOSITIONS


def _where_it_happens(doc: Doc, m: Mention) -> bool:
    """'a loss in <Name> could', 'drilling continues at <Name>': the one word after 'in', 'at' or 'near' that says
    where something is done, as a person's name never does; not what a noun is held in ('confidence in <Name>')."""
    if not m.start or m.end - m.start != 1:
        return False
    prep, name = doc[m.start - 1], doc[m.start]
    if prep.lower_ not in _LOCATIVE or name.dep_ != "pobj" or name.head.i != prep.i:
        return False
    if m.end < len(doc) and (doc[m.end].text in POSSESSIVE or doc[m.end].text[:1].isupper()):
        return False
    return prep.head.pos_ in ("VERB", "AUX") or prep.head.pos_ == "NOUN" and prep.head.lemma_ not in HEADS["held_in"]


_LOCATIVE = {"in", "at", "near"}


def known_place_alone(doc: Doc, group: list[Mention], surnames: set[tuple[str, ...]],
                      mentions: list[Mention]) -> bool:
    """'cif Rotterdam', 'the coast of Kauai': a city, state or country of the gazetteer the model took for a person,
    wherever it stands, when the article writes no one of that name in full, no first name is the word, and it stands
    apart from other capitalised words (not 'Alejandro Martinez Cuenca', a full name cut in two)."""
    words = group[0].words
    if len(words) != 1 or not (words[0].isalpha() and words[0].istitle()) or is_first_name(words[0]) \
            or key(words) in surnames:
        return False
    if words[0] not in gazetteer.places() and words[0] not in gazetteer.states():
        return False
    if any(m.words[0] == words[0] for m in mentions if len(m.words) > 1):
        return False  # 'Motown' after 'Motown Industries': the longer name's short form, whatever else it names
    return not any(_beside_a_name(doc, m) for m in group)


def _beside_a_name(doc: Doc, m: Mention) -> bool:
    before = doc[m.start - 1] if m.start else None
    after = doc[m.end] if m.end < len(doc) else None
    return before is not None and _capitalised(before) and not before.is_sent_start \
        or after is not None and _capitalised(after)


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper()


def small_places(doc: Doc, mentions: list[Mention]) -> None:
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON":
            groups.setdefault(key(m.words), []).append(m)
    # "interest in Snyder" after "James D. Snyder": a surname the article gives in full is the person's
    surnames = {k[-n:] for k in groups for n in range(1, len(k))}
    for group in groups.values():
        if vouched_for(doc, group) or not looks_like_a_place(doc, group, surnames, mentions):
            continue
        # "markets in Europe": a continent is a place, though no country or town (as kinds.regions types it)
        label = "LOC" if group[0].name in gazetteer.continents() else "GPE"
        for m in group:
            m.label = label


# the lower-case kinds of a country's parts a name is written before: "<Name> province", "<Name> county"
_PARTS = HEADS["GPE"]


def places_before_their_kind(doc: Doc, mentions: list[Mention]) -> None:
    """'a trip to <Name> province', 'the <Name> county council': a proper name the model read as a people or a body,
    written before the lower-case kind of a country's part that it names, is that part. Not a people's adjective
    ('the Albanian province', 'a Kurdish province'), nor a name in capitals (an agency's initials before 'county
    officials')."""
    for m in mentions:
        if m.label not in ("NORP", "ORG") or m.end >= len(doc):
            continue
        noun, last = doc[m.end], doc[m.end - 1]
        if noun.lower_ not in _PARTS or not noun.text.islower() or last.head.i != noun.i or last.pos_ != "PROPN":
            continue
        if any(not w[:1].isupper() or w.isupper() or gazetteer.nationality_adjective(w) for w in m.words):
            continue
        m.label = "GPE"
