"""Each name's kind (PERSON, ORG, GPE, LOC, FAC) read from the whole article over the model's guess: the
gazetteer, the name's own last word ("Hospital"), the words around its mentions ("in", "the towns of",
"wrote on"), and in the end one label per referent, the one most of its mentions carry. A name that is a place by
the words around it (a town before its state, a river before its noun) is place_kinds.py's; one only an
organisation has, organisation_kinds.py's; a people's word, peoples_kinds.py's."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token

from ..doctext import lowers
from . import gazetteer
from .mentions import Mention, surnames_alone
from .names import SPEAKING, a_persons_post, given_name, is_first_name, post_set_off_after, speaks_as_a_person
from .place_names import vouched_for
from .referents import CORPORATE, contains, fold, key
from .roles import title_before
from .vocabulary import (
    HEADS,
    LEGAL_FORMS,
    NAME_LABELS,
    ORG_TAILS,
    ORG_WORDS,
    PERSON_ORG_ENDS,
    PLACE_ADJECTIVES,
    PLACE_ORG_ENDS,
    PLACE_OWNED,
    PLACE_PREPOSITIONS,
    POSSESSIVE,
    POST_AT,
    SAID_TO_BE,
    STATE_ABBREVIATIONS,
    TITLE_ARTICLES,
)


def relabel(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """Places that the model called a person or an organisation ("weapons to Kyiv" as PERSON),
    and surnames it called something else ("Beesley" as ORG after "Brent Beesley")."""
    person_words = Counter(w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words)
    alone = {m.name for m in mentions if len(m.words) == 1}
    alone_persons = {m.name for m in mentions if len(m.words) == 1 and m.label == "PERSON"}
    # the opening words of a firm's name given in full with its legal form: the firm's short name, not the town
    firm_openings = {m.words[:k] for m in mentions if m.label == "ORG" and m.words[-1].rstrip(".") in LEGAL_FORMS
                     for k in range(1, len(m.words))}
    for m in mentions:
        if m.label != "PERSON" and looks_like_person(doc, m, alone, places, alone_persons):
            m.label = "PERSON"
            m.role = m.role or title_before(doc, m.start)
    surnames = {p.words[-k:] for p in mentions if p.label == "PERSON" for k in range(1, len(p.words))}
    # "Vázquez said" after "Wanda Vázquez Garced": a Spanish name is used by its first surname
    surnames |= {p.words[1:2] for p in mentions if p.label == "PERSON" and len(p.words) == 3
                 and is_first_name(p.words[0]) and not is_first_name(p.words[1])}
    # "Dharyono said" after "Dharyono Kertosastro": many Indonesian, Thai and Burmese names are used by
    # their first word; the model makes a town of it. Not when a town, state or country has that name
    given = {p.words[:1] for p in mentions if p.label == "PERSON" and len(p.words) == 2 and not p.role}
    # "Amman, who was described as ..." after "Sudesh Amman": a town's name, but the article shows the person
    vouched = {m.words for m in mentions if m.words in surnames and vouched_for(doc, [m])}
    # "worked for Imus" beside "Imus said", "Imus was dropped" and more: a surname the article mostly writes alone
    # as the person is the person's, though a town somewhere has that name (Imus, Cavite) and the model says so
    other = Counter(m.words for m in mentions if len(m.words) == 1 and m.words in surnames and m.label != "PERSON")
    vouched |= {words for words, n in other.items() if surnames_alone(doc)[fold(words[0])] > 2 * n}
    for m in mentions:
        if (m.label in ("ORG", "GPE", "LOC", "NORP", "FAC") and m.words in surnames
                and (m.name not in places or m.words in vouched) and not gazetteer.country_code(m.name)):
            m.label = "PERSON"
            continue
        # '," <Surname> told reporters' after '<Post> <First> <Surname>': the model takes a surname next to a quote
        # mark for a title; a work named by one surname of a person the article names in full is rarer
        if m.label in ("WORK_OF_ART", "PRODUCT") and " " not in m.name and m.words in surnames \
                and m.name not in places and not gazetteer.country_code(m.name):
            m.label = "PERSON"
            continue
        if m.label in ("GPE", "LOC") and m.words in given and m.name.istitle() and not is_first_name(m.name) \
                and not (m.name in places or m.name in gazetteer.towns() or m.name in gazetteer.states()
                         or gazetteer.country_code(m.name)):
            m.label = "PERSON"
            continue
        if m.label == "PERSON" and len(m.words) == 1 and camel_case(m.name):
            m.label = "ORG"  # "SpaceX successfully launched", "BlackRock said": a brand's spelling, not a person's
            continue
        if len(m.words) == 1 and fold(m.name) in HEADS["platforms"]:
            m.label = "ORG"  # "on Twitter", "Netflix": the model's guess is a person or a place
            continue
        if m.label == "LOC" and (m.name in places or m.name in gazetteer.states() or len(m.words) == 2
                                 and m.words[0] in ("North", "South", "East", "West")
                                 and gazetteer.country_code(m.words[1])):  # "South Yemen" was a country
            m.label = "GPE"  # "South Australia", "Hubei": a state or city is a political place, not a region
            continue
        if m.label == "ORG" and len(m.words) == 1 and m.name in places and said_of_a_place(doc, m):
            m.label = "GPE"  # "Chelyabinsk regional Deputy Governor", "Chelyabinsk's governor"
            continue
        if m.label not in ("PERSON", "ORG") or m.name not in places or m.role:
            continue
        if person_words[m.name]:  # "Jordan" in an article that also names Michael Jordan
            continue
        if m.label == "ORG" and m.words in firm_openings:  # "a stake in Burlington" after "Burlington Industries Inc"
            continue
        before = doc[m.start - 1].lower_ if m.start else ""
        # "the Chechen capital Grozny", "Buenos Aires Archbishop Antonio Quarracino": a town named by its kind, or a
        # city's name of two words or more, which no one in the article bears
        if gazetteer.country_code(m.name) or before in PLACE_PREPOSITIONS or before in _PLACE_KINDS \
                or m.label == "PERSON" and len(m.words) > 1:
            m.label = "GPE"
    # "to storm Grozny", "Grozny was quiet" beside "the Chechen capital of Grozny": a known town the article places
    # once is a place wherever the model took it for a person, unless there it speaks or bears a title
    placed = {m.name for m in mentions if m.label == "GPE" and m.name in places and not person_words[m.name]
              and m.words not in firm_openings}  # "Santos" beside "Santos Ltd": the firm's short name
    for m in mentions:
        if m.label == "PERSON" and m.name in placed and not m.role and title_before(doc, m.start) is None \
                and not (doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.lemma_.lower() in SPEAKING):
            m.label = "GPE"


_PLACE_KINDS = {"capital", "city", "town", "village", "port", "province", "state", "region", "district", "county"}


PERSON_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "O’", "St")


def camel_case(word: str) -> bool:
    """'SpaceX', 'BlackRock', 'AstraZeneca': a capital inside a word, not after a surname's prefix ('McArthur',
    'DeSantis', "O'Neill")."""
    if not word.isalpha() and "'" not in word or not word[:1].isupper() or word.isupper():
        return False
    inner = [i for i, c in enumerate(word) if i >= 2 and c.isupper()]
    return bool(inner) and not any(word[:i] in PERSON_PREFIXES for i in inner)


def looks_like_person(doc: Doc, m: Mention, alone: set[str], places: frozenset[str],
                      alone_persons: frozenset[str] | set[str] = frozenset()) -> bool:
    """A name the model took for an organisation or a place ("Finance Minister Kiichi Miyazawa" as ORG):
    two or three capitalised words, not a known place, opening with a first name, and either
    after a title or met again by its last word alone ("Miyazawa said", even untagged)."""
    words = tuple(m.name.split()) if "-" in m.words else m.words  # 'Nils-Erik' is three tokens, one word
    # a person the model took for a work or a product ("Ann Lee, chief economist with <Firm>" as WORK_OF_ART, then
    # "Lee said") needs the same cues as one it took for a firm; a title named after a person is met by neither
    if m.label not in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") or not 2 <= len(words) <= 3:
        return False
    if m.label in ("PRODUCT", "WORK_OF_ART") and _a_titles_shape(doc, m):
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) or m.name in places:
        return False
    if any(w.lower() in ORG_WORDS for w in words):
        return False
    if not given_name(words[0]):
        # "Vice-President Sennen Lazo told Reuters. Lazo said": a first name the dictionary lacks, but a title before
        # the name and its last word met alone say it twice
        # "Tashfeen Malik ... She had lived there ... Malik bought": a first name the dictionary lacks, but the
        # model takes the surname alone for a person and the article calls the name 'he' or 'she'
        return m.label == "ORG" and (m.words[-1] in alone and (
            title_before(doc, m.start) is not None
            or m.words[-1] in alone_persons and not camel_case(m.words[-1]) and _he_or_she_near(doc, m))
            or _aged(doc, m) or _set_off_by_a_persons_post(doc, m))
    if m.label == "FAC" and len(m.words) == 2 and not any(w.lower() in HEADS["FAC"] or w.lower() in HEADS["LOC"]
                                                         for w in m.words):
        # "the James Cagney film": a building is named by its kind ("Gleneagles Hospital"); but in "the Ana Ortiz
        # hospital" the kind in lower case right after the name is the building's (untagged.lower_case_heads), whoever
        # it is named after
        return not (m.end < len(doc) and doc[m.end].lower_ in HEADS["lower_buildings"] and doc[m.end].is_lower)
    return title_before(doc, m.start) is not None or m.words[-1] in alone or said_of_a_person(doc, m) \
        or any(surnames_alone(doc)[fold(w)] > 0 for w in m.words[1:]) or after_a_job(doc, m) or post_after(doc, m) \
        or not is_first_name(m.words[-1]) and speaks_as_a_person(doc, m.start, m.end)


# what one person is, in the singular, set off from a name by a comma: "the union's president, <Name>,", "<Name>, a
# geologist at". Not what a firm can be too ("its partner", "a rival", "a member", "the leader", "its adviser")
_ONE_PERSONS_POSTS = frozenset({
    "president", "chairman", "chairwoman", "chairperson", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "minister", "governor", "mayor", "official", "officer", "professor", "director", "treasurer", "commissioner",
    "coordinator", "economist", "analyst", "scientist", "engineer", "researcher", "journalist", "correspondent",
    "reporter", "editor", "lawyer", "judge", "senator", "coach", "actor", "actress", "singer", "author", "writer",
    "wife", "husband", "daughter", "son", "mother", "father", "brother", "sister", "widow", "founder", "activist",
    "campaigner", "doctor", "teacher", "farmer", "resident", "student", "secretary-general", "deputy", "vice-president",
})


def _set_off_by_a_persons_post(doc: Doc, m: Mention) -> bool:
    """'the federation's president, <Name>,' and '<Name>, a hydrologist at': a name whose first word the list of
    given names lacks, which the model read as an organisation, set off by a comma as the apposition of one person's
    post in the singular (or given one), or of a word for a scientist in -ologist."""
    head = doc[m.end - 1]

    def a_post(noun: Token) -> bool:
        word = noun.lower_
        return noun.tag_ == "NN" and noun.is_lower and (word in _ONE_PERSONS_POSTS or word.endswith("ologist"))

    if m.end + 1 < len(doc) and doc[m.end].text == "," and post_set_off_after(head, a_post):
        return True
    return m.start >= 2 and doc[m.start - 1].text == "," and head.dep_ == "appos" and head.head.i == m.start - 2 \
        and a_post(head.head)


_PERSONAL = {"he", "she", "his", "her", "him"}


def _a_titles_shape(doc: Doc, m: Mention) -> bool:
    """What only a title's name has: a possessive or an article first ('his autobiography My Life', where 'My' is in
    the first names list), a quote mark inside (an alias in quotes, 'the Americanised "Jimmy" Bond', is a character
    or a nickname), a work's kind as its last word ('the <First> <Surname> Show', a host's show) or written just
    before it ('the novel <Name> <Name>')."""
    span = doc[m.start : m.end]
    if span[0].tag_ in ("PRP$", "DT", "WP$") or any(t.is_quote or t.is_bracket for t in span) \
            or m.words[-1].lower() in HEADS["work_nouns"]:
        return True
    return bool(m.start) and doc[m.start - 1].lower_ in HEADS["work_nouns"] | HEADS["product_nouns"]


def _he_or_she_near(doc: Doc, m: Mention) -> bool:
    """A personal pronoun in the name's sentence after it, or in the next sentence: a firm is 'it'."""
    sent = doc[m.start].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.lower_ in _PERSONAL for t in doc[m.end : end])


# where the post written after a name is held: "Lance Moir, corporate treasurer at Storehouse Plc"
_HELD_AT = {"at", "of", "for", "with", "in"}


def post_after(doc: Doc, m: Mention) -> bool:
    """'Lance Moir, corporate treasurer at Storehouse Plc told Reuters': a post in lower case set off by a comma
    straight after a name says it is a person's, where the parse misses the apposition."""
    if m.end + 1 >= len(doc) or doc[m.end].text != ",":
        return False
    start = end = m.end + 1 + (doc[m.end + 1].lower_ in ("a", "an", "the"))
    while end < len(doc) and end - start < 4 and doc[end].is_lower and doc[end].is_alpha \
            and doc[end].lower_ not in _HELD_AT:
        end += 1
    if end == start or end >= len(doc) or not (doc[end].lower_ in _HELD_AT or doc[end].is_punct):
        return False
    post = doc[end - 1]
    return post.lower_ in HEADS["jobs"] or post.lower_ in HEADS["person"] or a_persons_post(post)


def after_a_job(doc: Doc, m: Mention) -> bool:
    """'said selection committee member Ulf Danielsson', 'study co-author Karen Alley': a job or a person's noun
    written in lower case straight before a name says it is a person's."""
    if not m.start:
        return False
    before = doc[m.start - 1]
    return before.text.islower() and (before.lower_ in HEADS["person"] or before.lower_ in HEADS["jobs"]
                                      or before.lower_.rsplit("-", 1)[-1] in HEADS["person"])


def a_state_closing(doc: Doc, region: Mention) -> bool:
    """'…, Ariz.,' or '…, Texas,': a state, by its name or its abbreviation, closing the phrase it is written in."""
    name = region.name if region.name.endswith(".") or region.end == len(doc) or doc[region.end].text != "." \
        else region.name + "."
    return region.label == "GPE" and (name in STATE_ABBREVIATIONS or region.name in gazetteer.states()) and (
        region.end == len(doc) or doc[region.end].is_punct or doc[region.end].is_sent_start)


_LAND_HEADS = {"island", "islands", "coast", "cape", "region"}

# a league's own word in the languages its name is written in ("Primeira Liga", "Lega Basket"): the body that runs it
_LEAGUE_ENDS = {"league", "liga", "ligue", "lega"}


def by_head_word(mentions: list[Mention]) -> None:
    """A name's last word says what it names: "Gleneagles Hospital" a building, "Eromanga Basin" a place
    that is no town, "San Bernardino County" a political place, "Berwick Prize" an award, whatever the model guessed; a
    continent closing a name the model took for a person's makes it a firm's arm ("Quillsoft Europe")."""
    for m in mentions:
        if _names_a_pact(m):
            m.label = "LAW"
            continue
        if len(m.words) < 2 or m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            continue
        last = m.words[-1].lower()
        if m.label == "PERSON" and m.role and any(w.islower() for w in m.role.split()) \
                and opens_with_first_name(m.words):
            continue  # "former welfare minister Frank Field": a post and a first name make a person, whatever the end
        if m.words[0].lower() in HEADS["FAC_openers"] and m.words[0].istitle():
            m.label = "FAC"  # "Rue des Soubirous", "Piazza Navona"
            continue
        if m.label in ("GPE", "LOC") and (gazetteer.country_code(" ".join(m.words)) or last in _LAND_HEADS
                                           and " ".join(m.words) in gazetteer.states()):
            # "Ivory Coast", "Solomon Islands", "Rhode Island": a country or a state, whatever its last word names
            m.label = "GPE"  # elsewhere (not "Red Sea", a Sudanese state's name but first the sea's)
            continue
        if body_before_of(m.words):
            m.label = "ORG"
            continue
        if " ".join(m.words[-2:]).lower() in HEADS["LOC_tails"] and m.words[-1][:1].isupper():
            m.label = "LOC"  # "Korva National Park", "Mirel Nature Reserve": land, not built, no town
            continue
        for kind in ("FAC", "LOC", "GPE", "EVENT", "LAW"):
            if last in HEADS[kind]:
                m.label = kind
                break
        else:
            if any(w.lower() in HEADS["EVENT"] and nxt in ("in", "for") for w, nxt in zip(m.words, m.words[1:])):
                m.label = "EVENT"  # "the Nemmers Prize in Mathematics"
            elif _names_a_lake(m):
                m.label = "LOC"  # "Lake Ferrow", never a person nor a town
            elif m.label == "PERSON" and (last.rstrip(".") in PERSON_ORG_ENDS or last in HEADS["firm_ends"] or
                                          last in _LEAGUE_ENDS and m.words[-1].istitle() or
                                          last in _INSTITUTION_ENDS or last in CORPORATE or m.words[-1] in _FIRM_KIN):
                m.label = "ORG"  # "the Hong Kong Stock Exchange", "Vellmar Tessili SpA", never a person
            elif m.label == "PERSON" and m.words[-1] in gazetteer.continents() \
                    and not opens_with_first_name(m.words):
                m.label = "ORG"  # a firm's arm named for its market ("Quillsoft Europe"); no one's surname is one
            elif m.label in ("PERSON", "GPE", "LOC", "NORP", "FAC") and last in HEADS["newspapers"] \
                    and not (m.label == "PERSON" and opens_with_first_name(m.words)):  # Emily Post is a person
                m.label = "ORG"  # "a Miami Herald article", never a city
            elif m.label in ("PERSON", "GPE", "LOC", "NORP") and last in HEADS["broadcasters"] and m.words[-1][:1].isupper() \
                    and all(w[:1].isupper() for w in m.words) \
                    and not gazetteer.is_place(" ".join(m.words), gazetteer.places()):
                # "Harbour Sports", "Kestrel TV": a channel's medium or field closes no person's name, whatever first
                # name or town it opens with; a city's may ("Newport News")
                m.label = "ORG"


def _names_a_lake(m: Mention) -> bool:
    """"Lake Ferrow": two words, the first a lake's own word as written, name a lake (the model takes the second for
    a surname or the whole for a town); not a firm's ("Lake Resources"), nor a town the gazetteer knows ("Lake
    Success", "Lake Charles"); a name closing with a head word ("Lake Street", "Lake County") is read by that word."""
    if len(m.words) != 2 or m.label not in ("PERSON", "GPE") or m.words[0].lower() not in HEADS["LOC_openers"] \
            or not m.words[0].istitle() or not m.words[1][:1].isupper():
        return False
    name = " ".join(m.words)
    return name not in gazetteer.towns() and name not in gazetteer.villages()


# the words that make a name before its 'of' a firm's or a body's: "Hale Savings Bank of Orr County"
_BODY_WORDS = PERSON_ORG_ENDS | CORPORATE | set(HEADS["firm_ends"])


def body_before_of(words: tuple[str, ...]) -> bool:
    """"Hale Savings Bank of Orr County", "Brill and Associates of Glen Park": the word before the first 'of' says
    what the name is, a firm or a body, and the place after 'of' is where it is, whatever the last word names. Not a
    building named after a firm ("Bank of Orr Tower"), nor a country ("Union of South Africa", caught before)."""
    if "of" not in words[1:-1] or words[-1].lower() in HEADS["FAC"]:
        return False
    body = words[words.index("of") - 1]
    return fold(body.rstrip(".")) in _BODY_WORDS or fold(body) in _BODY_WORDS


# what a signed text's name ends with; not 'convention' (a party's is a meeting) nor 'bill' (Buffalo Bill)
_PACTS = {"agreement", "accord", "accords", "treaty", "act", "constitution"}


def _names_a_pact(m: Mention) -> bool:
    """'the Plaza Accord' (a square's word first), 'the Paris Agreement' or 'the War Powers Act' read as an event, 'the
    Louvre Accord' as a product: an agreement or a law is named by its last word, whatever the model or a first word
    made of it. A work only with three words or more ('Sister Act' is a film's title)."""
    if len(m.words) < 2 or m.label == "LAW" or m.words[-1].lower() not in _PACTS or not m.words[-1][:1].isupper():
        return False
    if m.label == "WORK_OF_ART":
        return len(m.words) >= 3
    return m.label in ("ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT")


def named_schemes(doc: Doc, mentions: list[Mention]) -> None:
    """'the Cruzado Plan', 'the Export Enhancement Program': a named policy or scheme is no organisation (the names'
    gold holds none; CoNLL calls such names MISC). Not a United Nations or World programme, a body ('the World Food
    Program'), nor a unit of an institution ('director of the Democracy Program at the Brennan Center')."""
    for m in mentions:
        if len(m.words) > 1 and m.label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and m.words[-1].lower() in _SCHEMES \
                and not any(w in _BODY_PROGRAMMES for w in m.words) \
                and not (m.end < len(doc) and lowers(doc)[m.end] == "at"):  # one list per Doc, cached
            m.label = "LAW"


_SCHEMES = {"plan", "program"}
_BODY_PROGRAMMES = {"Nations", "UN", "U.N.", "World"}

# an institute, a school or a political action committee named after a person ("the Woodrow Wilson Center", "Sandy
# Hook Elementary School", "a Ted Cruz super PAC"): the model reads the person
_INSTITUTION_ENDS = {"center", "centre", "school", "college", "academy", "pac"}

# kin written with a capital at the end of a name are a firm's founders ("Harlow Brothers", "Tolland Bros"); the
# family itself is written in lower case ("the Harlow brothers")
_FIRM_KIN = {"Brothers", "Bros", "Bros."}


# a letter code and a number: a measure, a grade or a model ("M-1", "B-1", "F-16"), or a group of nations ("G-7")
_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,3}(-?[A-Z])?")  # "M3" too, and a sub-letter after a dash ("M-1-A")


def codes(mentions: list[Mention]) -> None:
    """'the U.S. M-1 money supply', 'preferred stock to B-1', 'G-6 ministers': a letter code with a number names a
    measure, a rating or a model (no entity here), except a group of nations, G and its number of members. A country
    written before the code says whose measure it is ('U.S. M-1'), which the model runs into one organisation."""
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            continue
        if _CODE.fullmatch(m.name):
            m.label = "ORG" if re.fullmatch(r"G-?\d+", m.name) else "PRODUCT"
        elif " " in m.name:
            country, code = m.name.rsplit(" ", 1)
            if _CODE.fullmatch(code) and gazetteer.country_code(country):
                m.label = "PRODUCT"


def regions(mentions: list[Mention]) -> None:
    """'South America', 'in the Gulf': a continent, or a sea the article names by its head word alone, is a
    place that is no country or town (LOC), though the model reads it as one (GPE). So is a mountain range by its
    own name ('the Pyrenees', 'the Apennines'), which the model reads as a people, a body or a person."""
    for m in mentions:
        continent_or_sea = m.label == "GPE" and (" ".join(m.words) in gazetteer.continents()
                                                 or len(m.words) == 1 and m.words[0] == "Gulf"
                                                 or _part_of_a_continent(m.words))
        mountain_range = m.label in ("GPE", "NORP", "ORG", "PERSON", "FAC") and not m.role \
            and " ".join(m.words) in HEADS["mountain_ranges"]
        if continent_or_sea or mountain_range:
            m.label = "LOC"


# the words that name a part of a continent before it: "North Africa", "Southeast Asia", "Eastern Europe"
_CONTINENTS_PARTS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                               "Northeast", "Northwest", "Southeast", "Southwest", "Latin"})


def _part_of_a_continent(words: tuple[str, ...]) -> bool:
    """'North Africa', 'Central Asia', 'Latin America': a part of a continent, no country ('South Africa' is one)."""
    return len(words) == 2 and words[0] in _CONTINENTS_PARTS \
        and (words[1] in gazetteer.continents() or words[1] == "America") \
        and not gazetteer.country_code(" ".join(words))


# prepositions before "the West" that make it a stretch of land: "wildfires across the West"
_INTO_A_REGION = {"in", "across", "throughout", "through", "into", "to", "toward", "towards", "out", "around", "over"}


def political_blocs(doc: Doc, mentions: list[Mention]) -> None:
    """'confrontation with the West', 'accused the West of …': 'the West' or 'the East' that acts or is acted on,
    not a place one is in or goes to, is the bloc of countries (NORP, like a nationality), not a place."""
    for m in mentions:
        if m.label not in ("LOC", "GPE") or m.words not in (("West",), ("East",)) or m.start == 0 \
                or doc[m.start - 1].lower_ != "the":
            continue
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and after.lower_ == "of":
            continue  # "the West of the country"
        head = doc[m.start].head
        if head.dep_ == "prep" and head.lower_ in _INTO_A_REGION or doc[m.start].dep_ == "compound":
            continue
        m.label = "NORP"


# nouns after a name that make it an event's: "the Lewinsky affair", "the Gukurahundi massacres"
_EVENT_AFTER = {"affair", "scandal", "massacre", "massacres", "killings", "crisis", "war", "uprising", "riots"}


def named_events(doc: Doc, mentions: list[Mention]) -> None:
    """'the Lewinsky affair', 'the Gukurahundi massacres': a name the model took for a person's, met only
    before a lower-case noun for an event, names the event, no one a reader looks up here."""
    before_event: dict[tuple[str, ...], bool] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        after = doc[m.end] if m.end < len(doc) else None
        event = after is not None and after.text.islower() and after.lower_ in _EVENT_AFTER \
            and doc[m.end - 1].head.i == after.i
        before_event[m.words] = before_event.get(m.words, True) and event
    for m in mentions:
        if m.label == "PERSON" and before_event.get(m.words):
            m.label = "EVENT"


@cache
def _storm_openings() -> tuple[tuple[str, int], ...]:
    return tuple((opening, len(opening.split())) for opening in HEADS["storms"])


def storms(mentions: list[Mention]) -> None:
    """'Hurricane Humberto', 'Typhoon Hagibis': a storm is an event, and so is its name alone ('Humberto was
    upgraded'), whatever the model guessed (a person, a building)."""
    names = set()
    openings = _storm_openings()
    for m in mentions:
        k = key(m.words)
        for opening, n in openings:
            if len(k) > n and " ".join(k[:n]) == opening:
                m.label = "EVENT"
                names.add(k[n:])
    for m in mentions:
        if key(m.words) in names:
            m.label = "EVENT"


def operations(doc: Doc, mentions: list[Mention]) -> None:
    """'Operation Desert Shield', 'Operation Dawnbreak': a military or police operation is an event (no entity here), and
    so is its name without the word ('Desert Shield cost $2 billion') or the part of it the model tagged ('Shield' as a
    person after 'Operation Desert'), whatever the model guessed. The word capitalised, as a name's opening: not
    'a joint operation'."""
    names: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label not in NAME_LABELS:
            continue
        start = m.start
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].text.isalpha() \
                and doc[start - 1].text != "Operation" and start > m.start - 3:
            start -= 1  # "Operation Granite Shield" with "Shield" alone tagged
        opened = m.words[0] == "Operation" and len(m.words) > 1
        after = start > 0 and doc[start - 1].text == "Operation"
        if not (opened or after):
            continue
        rest = m.words[1:] if opened else tuple(t.text for t in doc[start : m.end])
        names.update(key(rest[i:]) for i in range(len(rest)))
        m.label = "EVENT"
    for m in mentions:
        if m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT") and key(m.words) in names:
            m.label = "EVENT"


def persons_after_the(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'nominated for the Oscar', 'recaptured from the Houthis', 'the Amadeus': a one-word 'person' the article
    only ever writes as the head of a noun phrase with 'the' is no person ('the Trump administration' is a
    compound, not this); what it is the model does not say, so it is no entity."""
    the: dict[str, bool] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) == 1:
            word = doc[m.start]
            after_the = bool(m.start) and doc[m.start - 1].lower_ == "the" and word.dep_ not in ("compound", "amod",
                                                                                                 "nmod", "poss")
            the[m.name] = the.get(m.name, True) and after_the
    return [m for m in mentions if not (m.label == "PERSON" and len(m.words) == 1 and the.get(m.name))]


def persons_only_ever_in(doc: Doc, mentions: list[Mention]) -> None:
    """'Rebels in Jisr al-Shughur', 'fighting near Jisr al-Shughur': a 'person' the article only ever puts
    after 'in' or 'near', never with a first name, a title or an 's, is a town; a one-word one only when
    it is a known town."""
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON":
            groups.setdefault(key(m.words), []).append(m)
    for group in groups.values():
        if any(m.role or not m.start or doc[m.start - 1].lower_ not in ("in", "near", "outside", "around")
               or m.end < len(doc) and doc[m.end].text in POSSESSIVE for m in group):
            continue
        words = group[0].words
        if len(words) > 1 and is_first_name(words[0]) or len(words) == 1 and group[0].name not in gazetteer.towns():
            continue  # "confidence in John Powell", "faith in Erdogan"
        for m in group:
            m.label = "GPE"


def listed_with_places(doc: Doc, mentions: list[Mention]) -> None:
    """'Residents fled from Saraqib and Jisr al-Shughur', 'started at the park, Causeway Bay, and Tin Hau': a 'person'
    listed with places, by commas and 'and' alone, is a place too, in every mention, at least as many places
    listed as such persons, the list joined by 'and' or 'or'. Not when the article gives it a title, uses it as
    part of a longer name ('Russia, Turkey and Assad' after 'Bashar al-Assad'), or a first name opens it."""
    lists: list[tuple[list[Mention], set[str]]] = []
    low = lowers(doc)  # the words between mentions make up most of the article
    for m in mentions:
        if m.label not in NAME_LABELS:
            continue
        prev = lists[-1][0][-1] if lists else None
        between = set(low[prev.end : m.start]) if prev is not None and prev.end <= m.start else None
        if between and between <= {",", "and", "or"}:
            lists[-1][0].append(m)
            lists[-1][1].update(between)
        else:
            lists.append(([m], set()))
    # the longer names a listed 'person' may be part of, asked per person rather than every slice of every name
    # listed: a run of a thousand capitalised words made millions of slices
    longer = [key(p.words) for p in mentions if p.label in ("PERSON", "ORG") and len(p.words) > 1]
    titled = {key(m.words) for m in mentions if m.role}
    decided: dict[tuple[str, ...], str] = {}
    for group, joints in lists:
        places = [m for m in group if m.label in ("GPE", "LOC")]
        persons = [m for m in group if m.label == "PERSON"]
        if not places or not persons or len(persons) > len(places) or not joints & {"and", "or"}:
            continue  # commas alone are as often an apposition: "The mayor of London, Sadiq Khan, said"
        label = "GPE" if any(m.label == "GPE" for m in places) else "LOC"
        for m in persons:
            k = key(m.words)
            if k in titled or is_first_name(m.words[0]) or any(len(w) > len(k) and contains(w, k) for w in longer):
                continue
            decided[k] = label
    for m in mentions:
        if m.label == "PERSON" and key(m.words) in decided:
            m.label = decided[key(m.words)]
    _bodies_listed_with_places(doc, mentions, lists, longer)


# the prepositions a list of places follows ('flights to <Island>, <Island> and <Country>'), less 'of', which a
# list of a body's members follows too
_LIST_OF_PLACES_AFTER = (PLACE_PREPOSITIONS - {"of"}) | {"off", "around", "throughout", "across"}


def _bodies_listed_with_places(doc: Doc, mentions: list[Mention], lists: list[tuple[list[Mention], set[str]]],
                               longer: list[tuple[str, ...]]) -> None:
    """'ferries to <Island>, <Island> and <Country>': a one-word 'organisation' listed with places after a
    preposition of place, by commas and 'and' or 'or' alone, at least two places listed and more than such bodies,
    is a place too, in every mention the article types an organisation. Not a word in capitals (an acronym: 'Japan,
    Canada and the EEC'), an organisation's own word, a name given a post, or part of a longer name the article
    writes."""
    decided: dict[tuple[str, ...], str] = {}
    for group, joints in lists:
        places = [m for m in group if m.label in ("GPE", "LOC")]
        bodies = [m for m in group if m.label == "ORG"]
        first = group[0]
        if len(places) < 2 or not bodies or len(bodies) >= len(places) or not joints & {"and", "or"} \
                or first.start == 0 or doc[first.start - 1].lower_ not in _LIST_OF_PLACES_AFTER:
            continue
        label = "GPE" if any(m.label == "GPE" for m in places) else "LOC"
        for m in bodies:
            k = key(m.words)
            if m.role or len(m.words) != 1 or not m.name.istitle() or not m.name.isalpha() or fold(m.name) in ORG_WORDS \
                    or any(len(w) > len(k) and contains(w, k) for w in longer):
                continue
            decided[k] = label
    for m in mentions:
        if m.label == "ORG" and key(m.words) in decided:
            m.label = decided[key(m.words)]


def listed_with_organisations(doc: Doc, mentions: list[Mention]) -> None:
    """'Newsweek, Politico, The Hill, Time Magazine, Mediaite and TMZ published stories': a one-word 'person' listed
    with organisations, by commas and 'and' or 'or' alone (or four names in a row), at least two of them and more
    than such persons, is an organisation too, in every mention. Not a first name, a titled name or a part of a longer name ('Apple, Google
    and Cook' after 'Tim Cook')."""
    lists: list[tuple[list[Mention], set[str]]] = []
    low = lowers(doc)
    for m in mentions:
        if m.label not in NAME_LABELS:
            continue
        prev = lists[-1][0][-1] if lists else None
        between = {w for w in low[prev.end : m.start] if w.strip()} if prev is not None and prev.end <= m.start \
            else None
        if between and between <= {",", "and", "or", "the"} and between & {",", "and", "or"}:
            lists[-1][0].append(m)
            lists[-1][1].update(between)
        else:
            lists.append(([m], set()))
    parts = {w.lower() for p in mentions if p.label in ("PERSON", "ORG") and len(p.words) > 1 for w in p.words}
    titled = {key(m.words) for m in mentions if m.role}
    decided: set[tuple[str, ...]] = set()
    for group, joints in lists:
        firms = sum(m.label == "ORG" for m in group)
        persons = [m for m in group if m.label == "PERSON"]
        if firms < 2 or not persons or len(persons) >= firms or not (joints & {"and", "or"} or len(group) >= 4):
            continue  # two commas alone may set off an apposition; four names in a row are a list
        for m in persons:
            k = key(m.words)
            if len(m.words) == 1 and k not in titled and m.words[0].lower() not in parts and not is_first_name(m.words[0]):
                decided.add(k)
    for m in mentions:
        if m.label == "PERSON" and key(m.words) in decided:
            m.label = "ORG"


def cued_kinds(doc: Doc, mentions: list[Mention]) -> None:
    """The noun the article puts before a name says what it names, for every mention of that name:
    'the state-owned petroleum company Petrobras' (an organisation, however often the model says person;
    'record producer Terry Melcher' opens with a first name and stays a person; 'wrote on VKontakte'),
    'the towns of Beni, Butembo, Mangina, and Katwa' (towns); a program's kind may follow its name too ('the
    Quillworm virus')."""
    decided: dict[tuple[str, ...], str] = {}
    person_surnames = {p.words[-1:] for p in mentions if p.label == "PERSON" and len(p.words) > 1}

    def named_by(m: Mention, kind: str) -> None:
        # a founder's surname the article gives with a first name too ("the Ramsey firm" beside "Joan Ramsey") is
        # changed in this mention alone, never in the person's own
        if m.words in person_surnames:
            m.label = kind
        else:
            decided[key(m.words)] = kind

    for i, m in enumerate(mentions):
        if not m.start or m.role:
            continue
        before, head = doc[m.start - 1], doc[m.end - 1]
        if m.label in ("PERSON", "ORG", "GPE", "LOC", "NORP") and _set_off_after_a_firms_kind(doc, m) \
                and not (m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)) \
                and not gazetteer.country_code(m.name) and m.name not in gazetteer.places():
            # "its own budget airline, Flyvo, which": the firm in every mention, though the model, with no cue right
            # before them, reads the others ("rival Flyvo") as a person's
            named_by(m, "ORG")
        elif m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and before.lower_ in HEADS["org_nouns"] \
                and before.text.islower() and (head.head.i == before.i or before.head.i == head.i
                                               or _subject_of_the_clause(head, before)) \
                and not (m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)
                         and not (before.lower_ in _PAPER_NOUNS and m.words[0] in TITLE_ARTICLES)) \
                and not gazetteer.country_code(m.name) \
                and not (before.lower_ == "unit" and m.label == "GPE" and m.name in gazetteer.towns()):
            # not "the much smaller producer Ecuador", nor a town the model saw as one after "unit" ("companion unit
            # <Town> 8", a power station's unit named for its town)
            decided[key(m.words)] = "ORG"
        elif m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and _listed_after_firms_kind(doc, m) \
                and not (m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)) \
                and not gazetteer.is_place(m.name, gazetteer.places()):
            # "German retailers <A>, <B> and <C>", "investment banks <A> and <B>": every name the kinds list is a firm;
            # not "oil producers <Country> and <Country>"
            decided[key(m.words)] = "ORG"
        elif m.label in ("PRODUCT", "WORK_OF_ART", "EVENT") and before.lower_ in HEADS["acts"] and before.text.islower() \
                and _names_the_noun(doc, m, before):
            decided[key(m.words)] = "ORG"  # "Irish band <Name>", "pop act <Name>": a band, whatever its name looks like
        elif m.label in ("PERSON", "ORG", "GPE", "FAC", "NORP") and (
                before.lower_ in HEADS["lower_islands"] and (head.head.i == before.i or before.head.i == head.i)
                or before.lower_ == "of" and m.start >= 2 and doc[m.start - 2].lower_ in HEADS["lower_islands"]):
            decided[key(m.words)] = "LOC"  # "our biggest island Crete", "the Greek island of Samos": no town, no firm
        elif m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and before.lower_ in HEADS["work_nouns"] \
                and before.text.islower() and _the_kind_a_noun(before) \
                and (head.head.i == before.i or before.head.i == head.i or _titled_after_its_kind(doc, m)) \
                and not (m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)
                         and not _a_title_named_for_a_person(doc, m)):
            decided[key(m.words)] = "WORK_OF_ART"  # "the 1959 romantic comedy Pillow Talk", "reality show Terrace House"
        elif m.label == "PERSON" and not opens_with_first_name(m.words) and (
                before.lower_ in HEADS["product_nouns"] and before.text.islower()
                and (head.head.i == before.i or before.head.i == head.i)
                or m.end < len(doc) and doc[m.end].lower_ in HEADS["product_nouns"] and doc[m.end].text.islower()
                and head.head.i == m.end):
            # "the web browser Foxglove", "the Quillworm virus": a program or a device, which the model reads as a
            # person for want of any other cue; a person's full name stays one ("rival Ann Lee's software")
            decided[key(m.words)] = "PRODUCT"
        elif _no_persons_name(m) and _a_pollsters_poll(doc, m) and not gazetteer.country_code(m.name):
            # "the Harwell poll out on Sunday", "a Morley poll for the paper": the polling firm's, its name a surname
            named_by(m, "ORG")
        elif _no_persons_name(m) and _firm_noun_after(doc, m) is not None and not gazetteer.country_code(m.name):
            # "the Harbourside bank", "the Ledger daily newspaper": the name is the firm's or the paper's, which the
            # model reads as a person for want of a cue before it; a place's ("a Tokyo bank") names no firm
            named_by(m, "ORG")
        elif _no_persons_name(m) and (works := _works_noun_after(doc, m)) is not None \
                and not any(o.words[:len(m.words)] == m.words and (o.label == "ORG" or len(o.words) > len(m.words))
                            for o in mentions):
            # "the Hollin mine", "its Carra One well", "the disputed Tarbel strip": a works or a piece of land named
            # for its owner's or finder's choice of word, which the model reads as a person for want of a cue before it;
            # not a firm the article names elsewhere, which owns the works ("<Firm> Coal" ... "the <Firm> mine")
            named_by(m, "LOC" if works.lower_ in HEADS["lower_LOC"] or works.lower_ == "strip" else "FAC")
        elif m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and before.lower_ == "on" and head.head.i == before.i \
                and before.head.lemma_ in HEADS["posting_verbs"] and before.head.pos_ == "VERB":
            # "he wrote on VKontakte": a service, not a person or a place; not "commented on Luk's death"
            decided[key(m.words)] = "ORG"
        elif m.label in ("PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART") and before.lower_ == "at" \
                and m.start >= 2 and doc[m.start - 2].lower_ in HEADS["sites"] and doc[m.start - 2].text.islower():
            # "the refinery at Mellili", "the refineries at Augusta and Siracusa": a works stands in a town; the
            # model reads the towns of a story about companies as firms, people or products
            _towns_listed_from(doc, mentions, i, decided, ("PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART"))
        elif m.label in ("PERSON", "ORG", "LOC", "NORP", "GPE") and before.lower_ == "of" and m.start >= 2 \
                and doc[m.start - 2].lower_ in HEADS["town_of"] and doc[m.start - 2].text.islower():
            _towns_listed_from(doc, mentions, i, decided, ("PERSON", "ORG", "LOC", "NORP", "GPE"))
        elif m.label in ("PERSON", "ORG") and before.lower_ == "of" and m.start >= 2 \
                and doc[m.start - 2].lower_ in HEADS["place_of"] \
                and (doc[m.start - 2].text.islower() or doc[m.start - 2].is_sent_start):
            # "residents of Ras al-Ain", "75 miles north of Bermuda": a place, but no stronger cue than "the island of"
            decided.setdefault(key(m.words), "GPE")
        elif m.label in ("PERSON", "ORG") and before.text == "," and m.start >= 3 and doc[m.start - 2].text.islower() \
                and SAID_TO_BE.get(doc[m.start - 2].lower_) == "GPE" and doc[m.start - 3].lower_ in ("the", "its", "their") \
                and m.end < len(doc) and doc[m.end].text in (",", ".") \
                and (m.name in gazetteer.places() or m.name in gazetteer.towns()):
            # "a rally in the capital, Abuja, to urge him": the apposition the parse often misses; a known town only
            decided.setdefault(key(m.words), "GPE")
        if key(m.words) not in decided and m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (
                kind := said_to_be(head)) and kind != m.label:
            if kind == "PERSON" and (m.name in gazetteer.places() or gazetteer.country_code(m.name)):
                continue  # "visitors in Wuhan, China — a man from the United States": the man is no apposition of the city
            if m.label == "GPE" and gazetteer.country_code(m.name):
                continue  # "Brazil, with 108 billion dlrs in debt, shocked banks": a country is a country, whatever the parse
            if m.label == "GPE" and i + 1 < len(mentions) and mentions[i + 1].start == m.end + 1 \
                    and doc[m.end].text == "," and a_state_closing(doc, mentions[i + 1]):
                continue  # "buys Acme Inc of Smallville, Ohio, a maker of valves": the maker is the firm, not its town
            if not (m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words)):
                decided[key(m.words)] = kind
    # "Skandaraj Navaratnam, a former boyfriend": the surname alone ("a bracelet of Navaratnam's") is the person too,
    # unless it is a place's name ("Jordan")
    surnames = {k[-1:] for k, kind in decided.items() if kind == "PERSON" and len(k) > 1}
    for m in mentions:
        if key(m.words) in decided:
            m.label = decided[key(m.words)]
        elif key(m.words) in surnames and m.name not in gazetteer.places() and not gazetteer.country_code(m.name):
            m.label = "PERSON"


# an organisation's kind in the plural, before the names it lists; 'concerns' are as often worries
_KINDS_OF_MANY = {k[:-1] + "ies" if k.endswith("y") else k + "s" for k in HEADS["org_nouns"]} - {"concerns"}


def _listed_after_firms_kind(doc: Doc, m: Mention) -> bool:
    """'unlisted retailers <A>, <B> and <C> were in talks', 'from investment banks <A> and <B>': the names listed
    right after a kind of organisation in the plural, its apposition (or the subject the parse makes of them), joined
    by commas and 'and' alone; not 'the firms Jones advised', the subject of the kind's own clause."""
    first = doc[m.start : m.end].root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.i
    while start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if not start:
        return False
    kind = doc[start - 1]
    if kind.lower_ not in _KINDS_OF_MANY or not kind.text.islower() or kind.pos_ != "NOUN" \
            or not (first.head.i == kind.i or kind.head.i == first.i
                    or first.dep_ == "nsubj" and first.head.i > first.i and first.head.dep_ != "relcl"):
        return False
    return all(t.text[:1].isupper() or t.text in (",", "&") or t.lower_ == "and" for t in doc[start : m.end])


def _the_kind_a_noun(kind: Token) -> bool:
    """'they will play <Side>', 'polls show <Party> ahead': the work's noun is a verb there, and what follows no
    title."""
    if not kind.i:
        return False
    prev = kind.doc[kind.i - 1]
    if prev.tag_ in ("DT", "PRP$", "POS"):
        return True  # "its programme <Title>": a noun, though the tagger may read it as a verb
    # "to play <Side>", "they play <Side>", "will show <Name>": a verb, though the tagger may read it as a noun
    return not kind.tag_.startswith("VB") and kind.pos_ != "AUX" and prev.tag_ not in ("TO", "MD", "PRP") \
        and prev.pos_ != "AUX"


def _titled_after_its_kind(doc: Doc, m: Mention) -> bool:
    """'the comedy <Title> has dominated', 'charity single <Title> is set to': a title's words are no phrase the
    parse knows ('<Word> Never Grows Old' a clause), so it hangs neither on the noun before it nor the noun on it;
    written right after its kind, the title is one all the same. Not the subject of a clause on the noun ('the
    game <Side> won'), not a modifier of a noun after it ('a single <Side> fan'), not a known place."""
    span = doc[m.start : m.end]
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("relcl", "acl") and root.head.i >= m.end:
        return False
    if m.end < len(doc) and doc[m.end].pos_ == "NOUN" and doc[m.end].text.islower():
        return False
    return m.name not in gazetteer.places() and not gazetteer.country_code(m.name)


def _a_title_named_for_a_person(doc: Doc, m: Mention) -> bool:
    """"children's film <First> <Surname>": a title named for its hero, not a person, when the article never writes
    the surname alone (a person is 'Lee said' after 'Ann Lee') and no verb follows the name ('the film Ann Lee
    made')."""
    return surnames_alone(doc)[fold(m.words[-1])] == 0 and m.end < len(doc) \
        and doc[m.end].pos_ not in ("VERB", "AUX") and _titled_after_its_kind(doc, m)


def _no_persons_name(m: Mention) -> bool:
    """A name the model calls a person's that neither opens on a first name ('Ann Lee') nor names a known place."""
    return m.label == "PERSON" and not (len(m.words) > 1 and opens_with_first_name(m.words)) \
        and m.name not in gazetteer.places()


def _firm_noun_after(doc: Doc, m: Mention) -> Token | None:
    """The firm's or paper's noun in lower case right after a name that modifies it ("the Harbourside bank", "the
    Ledger daily newspaper"); not after a possessive ("Lee's firm" is Lee's), nor a team's or a party's noun, which
    a leader's name is put before ("the Lee team"). A single name counts whatever first name it spells ("Amber
    bank")."""
    for j in range(m.end, min(m.end + 2, len(doc))):
        t = doc[j]
        if not (t.text.islower() and t.is_alpha) or t.lower_ in HEADS["kin"]:
            return None  # "the Harlan brothers network": the family's name, its members persons
        if t.lower_ in _NAMED_FIRM_NOUNS and t.pos_ == "NOUN" and doc[m.end - 1].head.i == j:  # "leave Ely daily"
            # "a new Nordic company": a kind of firm, not one firm's name
            return None if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) else t
    return None


def _a_pollsters_poll(doc: Doc, m: Mention) -> bool:
    """'The <Name> poll gave Labour a lead', 'A <Name> poll published on Sunday': the name right before 'poll' and
    modifying it; not a politician's standing ('the <Name> poll numbers', where 'poll' modifies another noun)."""
    if m.end >= len(doc):
        return False
    poll = doc[m.end]
    return poll.lower_ in ("poll", "polls") and poll.pos_ == "NOUN" and doc[m.end - 1].head.i == poll.i \
        and poll.dep_ != "compound" and any(c.dep_ == "det" for c in poll.children)


def _set_off_after_a_firms_kind(doc: Doc, m: Mention) -> bool:
    """'its own budget airline, Flyvo, which', 'the state pumps group, Kestrana.': a name set off by commas right
    after a lower-case kind of firm that the article qualifies, as the noun's apposition; the model, with no cue
    right before the name, reads it as a person's. A bare noun ('the company, Lee, said') may be a speaker's."""
    if m.start < 3 or doc[m.start - 1].text != "," or m.end >= len(doc) or doc[m.end].text not in (",", ".", ";"):
        return False
    noun, head = doc[m.start - 2], doc[m.end - 1]
    return noun.lower_ in HEADS["org_nouns"] and noun.text.islower() and noun.pos_ == "NOUN" \
        and head.dep_ == "appos" and head.head.i == noun.i \
        and any(c.dep_ in ("amod", "compound") and c.i < noun.i and c.text.islower() for c in noun.children)


def _works_noun_after(doc: Doc, m: Mention) -> Token | None:
    """A works' or a piece of land's noun in lower case right after a name that modifies it, with its own article or
    possessive ("the Hollin mine", "its Carra One well"); not a verb or an adverb that spells like one ("Lee claims
    the title", "wished Lee well")."""
    if m.end >= len(doc):
        return None
    t = doc[m.end]
    if not (t.text.islower() and t.pos_ == "NOUN" and doc[m.end - 1].head.i == t.i):
        return None
    if t.lower_ not in _WORKS_NOUNS or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                for c in t.children):
        return None  # "a former <Firm> mine": one of the firm's mines, the name its owner's
    return t


_WORKS_NOUNS = HEADS["works_after"] | HEADS["lower_LOC"]


# the kinds of firm or paper a name is put before; no person's calling ('broker') and no group a leader's name is
# put before ('team', 'party', 'band', 'club', 'union') nor a building's noun ('house')
_NAMED_FIRM_NOUNS = (HEADS["org_nouns"] | HEADS["firm_nouns"]) - HEADS["person"] - HEADS["jobs"] \
    - HEADS["market_jobs"] - {"team", "party", "band", "club", "union", "house", "app", "website", "platform",
                              "outlet", "channel"}


def _towns_listed_from(doc: Doc, mentions: list[Mention], i: int, decided: dict, labels: tuple[str, ...]) -> None:
    """The i-th mention and the names listed right after it (", Butembo, Mangina, and Katwa") are towns."""
    decided[key(mentions[i].words)] = "GPE"
    end = mentions[i].end
    for later in mentions[i + 1:]:
        between = {t.lower_ for t in doc[end:later.start]}
        if not between or not between <= {",", "and"} or later.label not in labels:
            break
        decided[key(later.words)] = "GPE"
        end = later.end


def opens_with_first_name(words: tuple[str, ...]) -> bool:
    """'record producer Terry Melcher'; not 'the local daily al-Qabas', where 'al' is an article, not Al."""
    return words[0][:1].isupper() and is_first_name(words[0])


# a paper's name opens with its language's article (TITLE_ARTICLES), which the first names list holds: after "the
# daily" or "the newspaper" it is a title ("the afternoon daily Le Monde"), not a person
_PAPER_NOUNS = {"daily", "weekly", "newspaper", "magazine", "newsletter", "tabloid"}


def _names_the_noun(doc: Doc, m: Mention, noun: Token) -> bool:
    """The name is the noun's apposition or the noun its modifier, read from the name's root: 'band <Name> 5' ends
    with a number that hangs on the name's first word."""
    root = doc[m.start : m.end].root
    return root.head.i == noun.i or noun.head.i == root.i


def _subject_of_the_clause(head: Token, noun: Token) -> bool:
    """'an official of export bank Bancomext said': the parse makes the name the subject of 'said' and leaves the
    noun before it alone; not 'the company Jobs founded', where the name is the subject of the noun's own clause."""
    return head.i == noun.i + 1 and head.dep_ == "nsubj" and head.head.i > head.i and head.head.dep_ != "relcl" \
        and noun.pos_ == "NOUN"


def said_to_be(head: Token) -> str | None:
    """The kind of thing the article says a name is: 'Saraqib, a town in Idlib' (apposition), 'Hagia Sophia
    was a museum' (after 'be')."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and child.pos_ == "NOUN":
            return SAID_TO_BE.get(child.lemma_.lower())
    if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
        kind = SAID_TO_BE.get(head.head.lemma_.lower())  # "the capital, Sanaa,", "his wife, Amanda,"
        # "banks, Harbor and Crestline" lists the banks; "devices, Vellmar, Ostrid" lists their makers, not the devices
        return None if kind == "PRODUCT" and head.head.tag_ == "NNS" else kind
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        for attr in head.head.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.i > head.i:
                return SAID_TO_BE.get(attr.lemma_.lower())
    verb = head.head
    if head.dep_ == "oprd" and verb.lemma_ in _NAMING and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
            and verb.head.i < verb.i < head.i:
        # "a tanker named Sea Lark", "a village called Dolnik": the name is given to a thing of that kind; the
        # model, with no other cue, reads a name after "named" as a person's
        return SAID_TO_BE.get(verb.head.lemma_.lower())
    return None


_NAMING = {"call", "name", "dub"}


def said_of_a_person(doc: Doc, m: Mention) -> bool:
    """What the article says of a name shows a person: "Sviatlana Tsikhanouskaya, an opposition candidate,",
    "wife of Valery Tsapkala", "the campaign of Viktar Babaryka"."""
    head = doc[m.end - 1]
    if any(c.dep_ == "appos" and c.lemma_.lower() in HEADS["person"] for c in head.children):
        return True
    if head.dep_ == "appos" and head.head.i < m.start and doc[m.start - 1].text == "," and head.head.is_lower and \
            _calling(head.head):
        return True  # "One Republican hopeful, Carly Fiorina,", "the director of the film, Michael Bay,"
    if any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
           for c in head.children):
        return True  # "Winfield Scott, who lost": an organisation is 'which' or 'that'
    if _aged(doc, m):
        return True
    if m.start >= 2 and doc[m.start - 1].lower_ == "of":
        noun = doc[m.start - 2].lemma_.lower()
        return noun in HEADS["person"] or noun in ("campaign", "family", "supporter", "lawyer", "government") \
            or noun in _DEATHS
    return False


def _aged(doc: Doc, m: Mention) -> bool:
    """"Tremell Okafo, 26, a marcher": an age between commas after the name; a firm's stock code has four digits."""
    return m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 2].text == "," \
        and doc[m.end + 1].text.isascii() and doc[m.end + 1].text.isdigit() and 0 < int(doc[m.end + 1].text) < 120


# what only a person suffers: "the deaths of Alton Sterling and Philando Castile"
_DEATHS = {"death", "killing", "murder", "funeral", "assassination"}


def _calling(noun: Token) -> bool:
    """A noun in lower case that says what a person is: a job or a tie ("hopeful" is an adjective the parse reads as
    the noun). Not any noun in -er: "the dreaded 'drunksucker' ..., El Nuevo Diario reported" is a paper."""
    word = noun.lemma_.lower()
    return word in HEADS["person"] or word in HEADS["jobs"] or word == "hopeful"


def said_of_a_place(doc: Doc, m: Mention) -> bool:
    """What follows a town's name shows it is the town: 'Chelyabinsk regional Deputy Governor',
    "Chelyabinsk's governor"."""
    after = doc[m.end : m.end + 2]
    if not len(after):
        return False
    if after[0].lower_ in PLACE_ADJECTIVES and after[0].text.islower():
        return True
    return len(after) == 2 and after[0].text in POSSESSIVE and after[1].lower_ in PLACE_OWNED


def one_label_per_referent(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    """Mentions of one referent share its label: the one most of them carry, else the one a mention placed by its
    own words carries (placed_by_its_words), else the fullest mention's. A mention so placed stays a place: the
    town of '<TOWN>, N.H., June 1 -' is no plant for the plant named after it later."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            groups.setdefault(canonical.get(id(m), m.name), []).append(m)
    by_start: dict[int, Mention] | None = None
    for group in groups.values():
        if len(group) < 2:
            continue  # (most referents are named once: no Counter made for them)
        labels = Counter(m.label for m in group)
        if len(labels) < 2:
            continue
        if by_start is None:
            by_start = {m.start: m for m in mentions}
        placed = {id(m) for m in group if placed_by_its_words(doc, m, by_start)}
        placed_labels = {m.label for m in group if id(m) in placed}
        fullest = max(group, key=lambda m: len(m.words)).label
        label = max(labels, key=lambda lab: (labels[lab], lab in placed_labels, lab == fullest))
        for m in group:
            # a placed mention stays a place, of the kind the others agree on if they agree on one ('Eastern Europe
            # area' read GPE among LOC mentions is the region still)
            if id(m) not in placed or label in ("GPE", "LOC"):
                m.label = label


def placed_by_its_words(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> bool:
    """'the Pensacola area', 'near <Town>, Fla.,', 'off the coast of Papua New Guinea': a place its own words show, by
    a town's noun after it, its state closing the phrase after a comma where the town opens a dateline or follows a
    word that places it (a firm is written before its state too: 'contracts to <Firm>, N.Y.,'), or a country's name
    of more than one word (one word may be a surname: 'Jordan'), whatever the model made of its other mentions."""
    if m.label not in ("GPE", "LOC"):
        return False
    if m.label == "GPE" and len(m.words) > 1 and gazetteer.country_code(m.name):
        return True
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in HEADS["town_nouns"] and nxt.text.islower():
        return nxt.dep_ != "compound"  # "<Firm> area executive" is a firm's post for a region
    region = by_start.get(m.end + 1) if nxt.text == "," else None
    if region is None or not a_state_closing(doc, region):
        return False
    return not m.start or "\n" in doc[m.start - 1].text_with_ws or doc[m.start - 1].lower_ in _PLACING


# not PLACE_PREPOSITIONS: a firm follows "to" and "of" before its state too ("contracts to <Firm>, N.Y.,")
_PLACING = {"in", "at", "near", "outside"}


# the organisations' own last words that end a firm's name, never one given in a person's memory
_FIRMS_TAILS = {"service", "services", "corporation"}


def opening_an_organisations_name(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'Mahan has been the subject of sanctions' after 'Iranian airline Mahan Air', "Marine Midland's O'Neill"
    after 'Marine Midland Bank': a 'person' whose words open the one organisation's name the article gives
    with them, and no fuller person's name, is that organisation."""
    orgs: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 1:
            orgs.setdefault(key(m.words), canonical.get(id(m), m.name))
    if not orgs:
        return
    persons = [key(m.words) for m in mentions if m.label == "PERSON"]
    for m in mentions:
        k = key(m.words)
        if m.label != "PERSON" or m.role or any(len(p) > len(k) and p[: len(k)] == k or p[-len(k):] == k and p != k
                                                for p in persons):
            continue
        if len(k) > 1 and opens_with_first_name(m.words):
            continue  # "Doris Day" beside the "Doris Day Animal Foundation" is the woman
        longer = {orgs[o] for o in orgs if len(o) > len(k) and o[: len(k)] == k}
        # a foundation or an institute named for a person; a firm's services are no one's memorial ("Macquarie Hill
        # Samuel Corporate Services")
        if len(longer) == 1 and fold(next(iter(longer)).split()[-1]) not in ORG_TAILS - _FIRMS_TAILS:
            canonical[id(m)], m.label = next(iter(longer)), "ORG"


def listed_with_persons(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian': a full name the model took for an organisation
    or a place, listed by commas and 'and' alone among at least two people's full names, is a person's too."""
    group: list[Mention] = []
    for m in [*mentions, None]:
        prev = group[-1] if group else None
        if m is not None and prev is not None and prev.end <= m.start \
                and set(lowers(doc)[prev.end : m.start]) <= {",", "and"} and m.start > prev.end:
            group.append(m)
            continue
        if sum(p.label == "PERSON" and len(p.words) > 1 for p in group) >= 2:
            for p in group:
                if p.label in ("ORG", "GPE", "LOC", "NORP", "FAC") and 2 <= len(p.words) <= 3 \
                        and all(w[:1].isupper() for w in p.words) and opens_with_first_name(p.words) \
                        and not any(w.lower() in ORG_WORDS for w in p.words) and p.name not in places \
                        and not gazetteer.country_code(p.name):
                    p.label = "PERSON"
        group = [m] if m is not None else []


def _craft_noun(doc: Doc, i: int) -> bool:
    """'frigate', 'tanker', and 'carrier' when the word before says it carries a cargo or planes ('a bulk carrier',
    'the aircraft carrier'), not an airline ('the national carrier')."""
    word = doc[i]
    if not word.text.islower() or i and doc[i - 1].text == "-":
        return False
    if word.lower_ in HEADS["craft_before"]:
        return True
    return word.lower_ == "carrier" and i >= 1 and doc[i - 1].lower_ in HEADS["carrier_cargoes"]


def crafts(doc: Doc, mentions: list[Mention]) -> None:
    """'the U.S. frigate Stark', 'the aircraft carrier Kitty Hawk', 'the Kepler space telescope': a name the lower-case
    noun before or after it says is a ship's or a spacecraft's names a craft (no entity here), in every mention
    ('Kepler found'), as does one set beside that noun between commas ('a bulk carrier, Sea Harrow,'), whatever the
    model guessed (a person), unless the article gives it a title or it is a country's."""
    crafted: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or m.role:
            continue
        head = doc[m.end - 1]
        before = doc[m.start - 1] if m.start else None
        after = doc[m.end] if m.end < len(doc) else None
        if after is not None and after.lower_ == "space" and m.end + 1 < len(doc):
            after = doc[m.end + 1]  # "the James Webb space telescope"
        # the parse often leaves the name apart from the noun ("the frigate Stark was hit": two subjects)
        named_after = before is not None and _craft_noun(doc, before.i)
        # "the stricken ferry, the Nordwind,", "a bulk carrier, Sea Harrow,": the name in apposition to the craft,
        # closed by a comma or the sentence's end; not a person speaking after the clause ("the ship, Ruiz said") nor
        # the next thing of a list ("an aircraft carrier, the Leclerc tank")
        if before is not None and not named_after and m.start >= 2:
            comma = m.start - 2 if before.lower_ == "the" else m.start - 1
            named_after = comma >= 1 and doc[comma].text == "," and _craft_noun(doc, comma - 1) \
                and (after is None or after.text in (",", ".", ";"))
        named_before = after is not None and after.text.islower() and after.lower_ in HEADS["craft_after"] \
            and head.head.i == after.i
        if named_after or named_before:
            crafted.add(key(m.words))
    # "a United States spacecraft": a country's name before the craft is its owner
    titled = {key(m.words) for m in mentions if m.role or gazetteer.country_code(m.name)}
    for m in mentions:
        if key(m.words) in crafted - titled and m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            m.label = "PRODUCT"


def beliefs_and_bodies_of_the_sky(doc: Doc, mentions: list[Mention]) -> None:
    """'the spread of Islam', 'Zionism': a religion or a creed is no organisation or place (a nationality, NORP, no
    entity here). 'the Sun', 'Mars': in an article about planets and orbits, a body of the sky is a place that is no
    town (LOC), not a newspaper or a company, as the model reads 'Earth' already."""
    astronomy: bool | None = None
    for m in mentions:
        if len(m.words) != 1 or m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            continue
        word = m.words[0]
        if word.lower() in HEADS["religions"] or len(word) > 5 and word.istitle() and word.endswith("ism"):
            m.label = "NORP"
        elif word.lower() in HEADS["celestial"] and word.istitle() and m.label != "LOC":
            if astronomy is None:
                astronomy = not HEADS["astronomy"].isdisjoint(lowers(doc))
            if astronomy:
                m.label = "LOC"


def firms_named_after_people(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'Lawrence Ross, forest products analyst for Paine Webber', 'Mike Carter of Smith Barney': a firm named after
    people, which the model reads as a person, is shown to be one by a market job before it or by a person's full
    name before 'of', or by a market job between it and a person's full name ('Paine Webber analyst Stephen
    Smith'); in every mention. Not a place ('Patrick Crusius of Allen')."""
    firms: set[tuple[str, ...]] = set()
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    officers = {id(m) for m in mentions if m.label == "PERSON" and _officer_named_after(doc, m, by_start)}
    persons = _persons_of(doc, mentions, officers)
    for m in mentions:
        if m.label == "PERSON" and m.end + 1 < len(doc) and doc[m.end].lower_ in HEADS["market_jobs"] \
                and doc[m.end].text.islower() and (named := by_start.get(m.end + 1)) is not None \
                and named.label == "PERSON" and len(named.words) > 1 and m.name not in places \
                and not gazetteer.country_code(m.name):
            # "said Paine Webber analyst Stephen Smith": a person has no analysts, a firm does
            firms.add(key(m.words))
            continue
        if id(m) in officers and key(m.words) not in persons \
                and not gazetteer.is_place(m.name, places) and not gazetteer.country_code(m.name):
            # "<Name> chairman <First> <Surname>": a firm has a chairman, a person has aides and spokesmen
            firms.add(key(m.words))
            continue
        if m.label != "PERSON" or m.role or m.start < 2 or doc[m.start - 1].lower_ not in POST_AT:
            continue
        if m.name in places or m.name in gazetteer.towns() or gazetteer.country_code(m.name):
            continue
        job = doc[m.start - 2]
        person = by_end.get(m.start - 1)
        if job.text.islower() and job.lower_ in HEADS["market_jobs"] or doc[m.start - 1].lower_ == "of" \
                and person is not None and person.label == "PERSON" and len(person.words) > 1:
            firms.add(key(m.words))
    for m in mentions:
        if m.label == "PERSON" and key(m.words) in firms:
            m.label = "ORG"


# a firm's officers, named after the firm and before themselves ('<Firm> chairman <Name>'); no post a person's
# staff hold for him ('spokesman', 'adviser', 'aide': '<Leader> spokesman <Name>')
_OFFICERS = set(HEADS["officer_posts"])
_QUALIFIED_OFFICERS = set(HEADS["qualified_officer_posts"])


def _officer_named_after(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> bool:
    """'<Name> chairman <First> <Surname>', '<Name> senior vice president <First> <Surname>', '<Name> managing
    director <First> <Surname>': a post of a firm's officers, in lower case, between the name and a person's full
    name; the words before the post qualify it (nouns and adjectives: not '<Coach> and chief executive <Name>')."""
    j = m.end
    while j < len(doc) and j - m.end < 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    named = by_start.get(j)
    if j == m.end or named is None or named.label != "PERSON" or len(named.words) < 2 \
            or not opens_with_first_name(named.words):
        return False
    post = doc[j - 1].lower_
    return post in _OFFICERS or post in _QUALIFIED_OFFICERS and j - m.end > 1


def _persons_of(doc: Doc, mentions: list[Mention], officers: set[int]) -> set[tuple[str, ...]]:
    """The names the article gives a person, and each of their words: a titled or posted name ('President
    <Surname>'), a full name ('<First> <Surname>') written other than before an officer's post (the mentions whose
    ids `officers` holds)."""
    found: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label != "PERSON":
            continue
        if m.role or title_before(doc, m.start) or opens_with_first_name(m.words) and id(m) not in officers:
            found.add(key(m.words))
            found.update(key(m.words[i:]) for i in range(1, len(m.words)))
            found.update(key((w,)) for w in m.words)
    return found


def organisations_by_head_word(mentions: list[Mention], places: frozenset[str]) -> None:
    """'The United States Coast Guard (USCG) called off its search': a name ending in a word for a body ('Guard',
    'Board', 'Party', or a league's, 'Primeira Liga') is an organisation, though the model read it as a place, an
    event or a work."""
    for m in mentions:
        if m.label in ("GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW") and len(m.words) > 1 \
                and (m.words[-1].lower().rstrip(".") in PLACE_ORG_ENDS or m.words[-1].lower() in _LEAGUE_ENDS
                     and m.words[-1].istitle()) and not gazetteer.is_place(m.name, places):
            m.label = "ORG"
