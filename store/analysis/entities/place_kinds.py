"""Names that are places, told by the words around them where the model read a person, a firm or a building:
a town before its state or country or a lower-case noun for a part of one ("Carmel Valley, California", "the Karol
Bagh area"), a town set off by a distance from another place, a river's, a valley's or an island's name before its
lower-case noun, and a known town, state or country by name after a word that places it; a clock's zone ('Tongan
time') dropped. The rest of each name's kind is kinds.py's, which runs with these."""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .kinds import a_state_closing, body_before_of, opens_with_first_name
from .mentions import Mention
from .referents import key
from .vocabulary import HEADS, ORG_WORDS, PLACE_PREPOSITIONS, STATE_ABBREVIATIONS


def towns_before_their_region(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """A town the model took for a person or a region, shown by what follows it: its state or country
    ("at her home in Carmel Valley, California.") or a noun for part of a country ("the Karol Bagh area"); a city
    the model took for a building by its last word ("College Station, Texas")."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        nxt = doc[m.end] if m.end < len(doc) else None
        if m.label == "FAC" and m.name in places and nxt is not None and nxt.text == ",":
            region = by_start.get(m.end + 1)  # "College Station, Texas": a city, whatever its last word says
            if region is not None and region.label == "GPE" and (region.name in gazetteer.states()
                                                                 or gazetteer.country_code(region.name)):
                m.label = "GPE"
            continue
        if m.label == "FAC" and nxt is not None and nxt.text == "," and m.words[-1].lower() not in _BUILT_ENDS:
            region = by_start.get(m.end + 1)  # "OAKDALE PARK, N.J., May 4 -": the dateline's town, its state after it
            if region is not None and a_state_closing(doc, region) \
                    and region.name.rstrip(".") + "." in STATE_ABBREVIATIONS:
                m.label = "GPE"
            continue
        # "Corp." as well as "Corp": "Heritage Media Corp., New York, said" is the firm, not a town before its state
        # "Brill and Associates of Glendale, Calif.": the firm and its town
        if m.label not in ("PERSON", "LOC", "ORG") or m.role or body_before_of(m.words) \
                or any(w.lower().rstrip(".") in ORG_WORDS for w in m.words):
            continue
        if m.name in gazetteer.continents():
            continue  # "offices in Europe, Japan and Brazil": a list of places, a continent being no town
        if nxt is not None and nxt.lower_ in HEADS["town_nouns"] and nxt.text.islower():
            m.label = "GPE"
            continue
        region = by_start.get(m.end + 1) if nxt is not None and nxt.text == "," else None
        if m.label in ("ORG", "LOC") and region is not None and a_state_closing(doc, region):
            m.label = "GPE"  # "Phelps Dodge's own expanded Morenci, Ariz., mine": a town, whatever comes before it
            continue
        if not m.start or doc[m.start - 1].lower_ not in ("in", "at", "near", "outside", "from"):
            continue  # "interests in Britain's North Sea, Ecuador and the U.S.": a list of places
        if region is None or region.label != "GPE" or (region.end < len(doc) and not doc[region.end].is_punct):
            continue
        if region.name in places or region.name in gazetteer.states() or gazetteer.country_code(region.name):
            m.label = "GPE"


_HEDGES = {"some", "about", "around", "nearly", "roughly", "approximately", "just", "only", "over", "almost", "more",
           "less", "than", "barely", "under"}
_DISTANCES = {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"}
_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "-"}


def towns_by_their_distance(doc: Doc, mentions: list[Mention]) -> None:
    """'the road to <Town>, some 50 miles (80 km) north of <City>', 'at <Village>, 225 km east of the capital': a
    name set off by a distance from another place is a place itself, in every mention, whatever the model guessed
    (a person, a firm, a product); no firm or person is placed by miles from a city. Not a name given a title, nor a
    region, lake or building the model already read as one."""
    placed = {key(m.words) for m in mentions
              if m.label in _DISTANCE_FIXED and not m.role and _set_off_by_a_distance(doc, m.end)}
    _label_every(mentions, placed, _DISTANCE_FIXED, "GPE")


def _label_every(mentions: list[Mention], names: set[tuple[str, ...]], fixed: tuple[str, ...], label: str) -> None:
    """Every mention of the names found, whatever of `fixed` the model guessed, given `label`; not one the article
    gives a title."""
    for m in mentions:
        if key(m.words) in names and m.label in fixed and not m.role:
            m.label = label


_DISTANCE_FIXED = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")


def _set_off_by_a_distance(doc: Doc, i: int) -> bool:
    """', some 50 miles (80 km) north of', ', 225 km east of', ', about 75 miles from' right at token i."""
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    while i < len(doc) and doc[i].lower_ in _HEDGES:
        i += 1
    if i + 1 >= len(doc) or not doc[i].like_num or doc[i + 1].lower_ not in _DISTANCES:
        return False
    i += 2
    if i < len(doc) and doc[i].text == "(":  # the distance again in the other unit
        close = next((j for j in range(i, min(i + 6, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    while i < len(doc) and doc[i].lower_ in _BEARINGS:
        i += 1
    return i < len(doc) and doc[i].lower_ in ("of", "from")


def rivers_by_their_noun(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'the <Name> river', 'the <Name> and <Name> rivers': wire copy writes 'river' in lower case after the name,
    which the model reads as a person, a firm or a town; the name is the river's (LOC), in every mention. So are a
    valley's, a glacier's, a volcano's or an island's ('the Jadar valley', 'the Hollin glacier', 'Kharg island'),
    though not a people's word ('the Greek island'). Not a name a known place has ('the Mississippi river' beside the
    state: the article's one label per name would make the state a river), nor a person's full name or a name given
    a title."""
    rivers: set[tuple[str, ...]] = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.label not in _RIVER_FIXED or m.role or m.end >= len(doc):
            continue
        nxt = doc[m.end]
        if nxt.lower_ == "and" and (other := by_start.get(m.end + 1)) is not None and other.end < len(doc) \
                and doc[other.end].text in _PLURAL_FEATURES:
            nxt = doc[other.end]  # "the <Name> and <Name> rivers"
        if nxt.text not in _FEATURE_NOUNS or nxt.pos_ != "NOUN" or len(m.words) > 1 and opens_with_first_name(m.words):
            continue  # not "<First> <Last> river-rafted", a verb's first half after a person's name
        if m.label == "NORP" and nxt.text not in ("river", "rivers"):
            continue  # "the Greek island", "a Swiss valley": a country's word, not the island's own name
        if not (gazetteer.is_place(m.name, places) or gazetteer.country_code(m.name) or m.name in gazetteer.states()
                or m.name in gazetteer.towns()):
            rivers.add(key(m.words))
    _label_every(mentions, rivers, _RIVER_FIXED, "LOC")


_RIVER_FIXED = ("PERSON", "ORG", "NORP", "FAC", "GPE", "PRODUCT", "WORK_OF_ART", "EVENT")

# the lower-case nouns of a river's, a valley's, a glacier's or an island's kind, which a name is written before
# ("the Jadar valley", "the Marapi volcano", "Kharg island"), with their plurals
_FEATURE_NOUNS = {"river", "rivers"} | set(HEADS["lower_features"])
_PLURAL_FEATURES = {"rivers"} | {w for w in HEADS["lower_features"] if w.endswith("s")}


# last words of a building's own name, which a state after it places and does not make a town ("Kennedy Airport, N.Y.")
_BUILT_ENDS = HEADS["lower_buildings"] | HEADS["lower_FAC"] | {
    "bridge", "hotel", "tower", "building", "base", "terminal", "mall", "museum", "arena", "theatre", "theater",
    "center", "centre", "cemetery", "monument", "complex", "facility"}


def time_zones(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'10:00 a.m. Tongan time', 'Central European Time': a clock's zone names no one and nothing a reader looks up.
    A place before 'time' stays ('Beijing time'): it is still the city."""
    def zone(m: Mention) -> bool:
        if len(m.words) > 1 and m.words[-1] == "Time":
            return True
        return m.end < len(doc) and doc[m.end].text == "time" and not gazetteer.is_place(m.name, places)
    return [m for m in mentions if not zone(m)]


def known_places(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """A known city, state or country by name that the model read as something else: 'BOGOTA, March 4 -' (a work
    of art), 'the drive from Stavanger to the capital' (a building, the word alone without 'Airport'), 'born in
    Martinique' (a nationality), after a word that places it ('in', 'from', 'of'), or 'a Rotterdam dealer' (a
    person), before a noun it qualifies. Not 'Thai and Malaysian stores', where the word is a nationality
    adjective."""
    # words of a person's full name, and the first word of a body's ('the Santos bid' after 'Santos Ltd'): a short
    # name, not the town
    name_words = {w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words} | \
        {m.words[0] for m in mentions if m.label == "ORG" and len(m.words) > 1}
    for m in mentions:
        if m.label == "PERSON" and _place_before_its_noun(doc, m, name_words, places):
            m.label = "GPE"
            continue
        if m.label not in ("FAC", "NORP", "WORK_OF_ART", "PRODUCT"):
            continue
        name = m.name.title() if m.name.isupper() and len(m.name) > 3 else m.name
        if m.label == "FAC" and _town_read_as_a_building(doc, m, name, places):
            m.label = "GPE"
            continue
        if not gazetteer.is_place(name, places):
            continue
        at_paragraph_start = not m.start or "\n" in doc[m.start - 1].text_with_ws
        if m.name.isupper() and at_paragraph_start and m.end < len(doc) and doc[m.end].text in (",", "-"):
            m.label = "GPE"  # a wire dateline
        elif m.start and doc[m.start - 1].lower_ in PLACE_PREPOSITIONS and (
                m.label == "FAC" and len(m.words) == 1 or m.label == "NORP" and doc[m.end - 1].pos_ == "PROPN"
                or m.label == "WORK_OF_ART"):
            m.label = "GPE"
        elif m.label == "PRODUCT":
            m.label = "GPE"  # "hijacked to Cyprus", "her first Calcutta slum school": no product has a town's name alone


def _town_read_as_a_building(doc: Doc, m: Mention, name: str, places: frozenset[str]) -> bool:
    """'met in Port Moresby', 'lorries between Baracoa and Guantanamo', 'schools in Tarragona and Reus': a known town
    of any size the model typed a building, that a word placing it governs, straight before it or through the places
    it is listed with, is the town; not a name ending in a building's word ('in North Port', 'at Hyde Park')."""
    if m.words[-1].lower() in HEADS["FAC"] or not (gazetteer.is_place(name, places) or name in gazetteer.towns()):
        return False
    if m.start and doc[m.start - 1].lower_ in _PLACING_A_TOWN:
        return True
    tok = doc[m.end - 1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.i != m.end - 1 and tok.dep_ == "pobj" and tok.head.lower_ in _PLACING_A_TOWN


# wider than kinds._PLACING, kept apart from it: a town the model typed a building may follow any placing word, while a
# name before a state may be a firm's after "to" or "of" (the two once shared the name, and the wider set won)
_PLACING_A_TOWN = PLACE_PREPOSITIONS | {"between"}


def _place_before_its_noun(doc: Doc, m: Mention, name_words: set[str], places: frozenset[str]) -> bool:
    """'a Rotterdam dealer said', '<Town> port': a known town's one word, read as a person's name, set before a
    lower-case noun it qualifies, names the town, as wire copy names a market's dealers or a town's port or court
    by the town. Not a word of a person's full name in the article ('a Jackson aide' after 'Jesse Jackson') or the
    first word of a body's ('the Santos bid' after 'Santos Ltd'), nor a name with a title or a role. Only a 'person': a name the model typed an organisation before such a noun is most
    often the body's ('Ajax defender', 'Oxford scientists', 'Hamas guerrillas')."""
    if len(m.words) != 1 or m.role or m.end >= len(doc) or m.words[0] in name_words:
        return False
    word, after = doc[m.start], doc[m.end]
    if not (after.pos_ == "NOUN" and after.text.islower() and word.head.i == after.i
            and word.dep_ in ("compound", "nmod")):
        return False
    return gazetteer.is_place(m.name, places)


# seas known by their adjective alone ("the Adriatic", "the Aegean"), which the model reads as a people's
_SEAS_BY_THEIR_ADJECTIVE = frozenset({
    "Adriatic", "Aegean", "Baltic", "Caribbean", "Mediterranean", "Caspian", "Ionian", "Tyrrhenian", "Ligurian",
    "Atlantic", "Pacific", "Arctic", "Antarctic",
})


def seas_taken_for_peoples(doc: Doc, mentions: list[Mention]) -> None:
    """'boats crossing the Adriatic', 'islands in the Aegean': a sea's adjective after 'the', standing as the noun, is
    the sea (LOC), where the model read a people (NORP); not where it qualifies the noun after it ('the Aegean
    dispute', 'Baltic states'), as a people's adjective does."""
    for m in mentions:
        if m.label != "NORP" or len(m.words) != 1 or m.name not in _SEAS_BY_THEIR_ADJECTIVE or not m.start \
                or doc[m.start - 1].lower_ != "the":
            continue
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue
        m.label = "LOC"
