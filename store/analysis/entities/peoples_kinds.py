"""A people's word the model read as a person, a place or a body: the people's adjective ('Iraqi jets', 'the
Ugandan government', 'South African'), one known by heart before the noun it qualifies ('the Welsh backs', 'Houthi
rebels') and a people's plural ('Iraqis', 'the Houthis'); each is that people's (NORP, no entity here). Not the
surname of a person the article names in full, nor a party's word, which names the party as well. The reverse, a
word the model took for a people's that no people goes by, is peoples_words.py's."""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention
from .names import is_first_name
from .vocabulary import HEADS, HEADS_DATA


def _surnames(mentions: list[Mention]) -> set[str]:
    """The last words of the persons the article names in full ('Ann Welsh', then 'Welsh said' is hers)."""
    return {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1}


def peoples_adjectives(doc: Doc, mentions: list[Mention]) -> None:
    """'the Welsh backs', 'the Irish forwards', 'Dutch growers': a people's adjective known by heart (no -an or -i
    built from a country's name: 'Welsh', 'Irish', 'French', 'Dutch') before the noun in lower case it qualifies is
    that people's (NORP, no entity here), though the model reads it as a person or a team; not the surname of a person
    the article names in full ('Ann Welsh', then 'Welsh said'), nor a firm's name going on in capitals ('Swedish
    Orchard Foods'). A people's or a movement's word of heads.json 'peoples' is one too ('Houthi rebels', 'a Houthi
    spokesman'), but a party's word, which names the party as well ('Labour MPs'), is left as the model read it."""
    surnames = _surnames(mentions)
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or len(m.words) != 1 or m.role or m.name in surnames \
                or m.end >= len(doc) or not (gazetteer.nationality_adjective(m.name) or _a_peoples_word(m.name)):
            continue
        noun, word = doc[m.end], doc[m.end - 1]
        if noun.text.islower() and noun.pos_ == "NOUN" and word.head.i == noun.i \
                and word.dep_ in ("amod", "compound", "nmod"):
            m.label = "NORP"


# the peoples' words a party or its members go by too ('Labour', 'Tory', 'GOP', 'Dem'), lower case as 'peoples' holds
# them: the labels and a party's short names (party_ends), not the words that only open a party's name
# ('Liberal', 'Christian'), which stay a people's or a faith's word here (roles and parties keep their own sets)
_PARTY_NAMES = {w.lower() for w in HEADS["party_labels"]} \
    | {w.lower() for words in HEADS_DATA["party_ends"].values() for w in words}


def _a_peoples_word(name: str) -> bool:
    return name.istitle() and name.lower() in HEADS["peoples"] and name.lower() not in _PARTY_NAMES


def peoples_plurals(mentions: list[Mention]) -> None:
    """'the Houthis said', 'a group of <Word>s': the plural of a people's word of heads.json 'peoples' names the
    people (NORP), though the model reads it as a person or a place; not as an organisation, which a movement's or a
    party's members are read as too ('the Liberals'), nor a party's word or one a name of the article ends with."""
    surnames = _surnames(mentions)
    for m in mentions:
        if m.label in ("PERSON", "GPE", "LOC", "FAC") and len(m.words) == 1 and m.name not in surnames \
                and m.name.endswith("s") and m.name.lower() not in HEADS["peoples"] and _a_peoples_word(m.name[:-1]) \
                and not gazetteer.country_code(m.name):  # 'Laos' is the country of the Lao
            m.label = "NORP"


def nationalities(mentions: list[Mention]) -> None:
    """'in Kuwaiti waters', 'Iraqi jets', 'the Ugandan government': a country's name with -i added, or -n after its
    final a, is its people's adjective (NORP, no entity here), which the model sometimes reads as the country or
    an organisation. Its plural ('Iraqis', 'Rwandans', 'Sri Lankans', 'Iranians') names a people, which the model also
    reads as a person; a surname of someone the article names in full stays theirs ("Mark Cuban", then "Cuban")."""
    surnames = {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) > 1 and
                not _people_of_a_country(m.name)}
    # "the Kashmiri summer capital", "a Kashmiri group" beside "Kashmir": a region's adjective is built the same way
    # from a place the article names, or from a state's name ("Punjabi", "Tasmanian"), though no country's
    regions = {m.name for m in mentions if m.label in ("GPE", "LOC")} | gazetteer.states()
    for m in mentions:
        if len(m.name) <= 4 or not m.name[:-1].istitle() or m.label not in ("GPE", "ORG", "LOC", "PERSON"):
            continue
        adjective = len(m.words) == 1 and (m.label != "PERSON" and m.name.endswith("i") or m.name.endswith("an")) \
            and gazetteer.country_code(m.name[:-1]) and not gazetteer.country_code(m.name)
        adjective = adjective or 1 < len(m.words) <= 3 and country_adjective(m.name)  # "South African"
        if not adjective and len(m.words) == 1 and m.name[-1:] in ("i", "n") and m.name[:-1] in regions \
                and m.name not in gazetteer.states() and not gazetteer.country_code(m.name) and not is_first_name(m.name):
            adjective = m.name.endswith("i") or m.name.endswith("an")
        if adjective or m.label == "PERSON" and m.words[-1] not in surnames and _people_of_a_country(m.name):
            m.label = "NORP"


def country_adjective(name: str) -> bool:
    """'Kenyan', 'South African', 'Sri Lankan', 'Iraqi': a country's name with -n after its final a, or (one word)
    with -i."""
    if len(name) <= 4 or not name[:-1].istitle():
        return False
    if " " not in name and gazetteer.adjective_in_i(name):
        return True
    return name.endswith("an") and bool(gazetteer.country_code(name[:-1])) and not gazetteer.country_code(name)


def _people_of_a_country(name: str) -> bool:
    """'Iraqis', 'Rwandans', 'Iranians', 'Sri Lankans', 'Nepali': a country's people, in the plural or as its
    adjective in -i."""
    if name.endswith("i"):
        return gazetteer.adjective_in_i(name)
    # the plural is looked up by its stem only: the lookup forgives an ending, and takes "Sri Lankans" for the country
    stems = [name[:-2] for end in ("is", "ns") if name.endswith(end)] + [name[:-4] for end in ("ians",) if name.endswith(end)]
    return any(len(stem) > 2 and gazetteer.country_code(stem) for stem in stems)
