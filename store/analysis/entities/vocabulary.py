"""The word lists the entity rules read: titles, the head nouns that say what a name names, and the
small closed classes (possessives, legal forms, place prepositions) that trim and join names.

The lists themselves live in `titles.json` and `heads.json` (the organisations' words, the place words and endings,
the states' abbreviations among them); this module loads them once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

from spacy.strings import StringStore
from spacy.tokens import Doc, Token

TITLES = frozenset(
    json.loads(resources.files(__package__).joinpath("titles.json").read_text(encoding="utf-8"))["titles"]
)

MAX_TITLE_WORDS = max(len(t.split()) for t in TITLES)

HEADS_DATA = json.loads(resources.files(__package__).joinpath("heads.json").read_text(encoding="utf-8"))

HEADS = {kind: frozenset(words) for kind, words in HEADS_DATA.items() if not kind.startswith("_")
         and isinstance(words, list)}

LOWER_HEADS = {StringStore().add(w) for kind in ("lower_LOC", "lower_FAC", "lower_ORG", "lower_buildings") for w in HEADS[kind]}

# the noun an article puts beside a name -> the kind of thing it names
SAID_TO_BE = {noun: kind for kind, nouns in HEADS_DATA["said_to_be"].items() for noun in nouns}

# the possessive ending written as its own token, straight or curly
APOSTROPHE_S = frozenset({"'s", "’s"})
# the mark alone, as an s-ending name or plural takes it ("the workers' union")
APOSTROPHES = frozenset({"'", "’"})
# either possessive ending
POSSESSIVE = APOSTROPHE_S | APOSTROPHES

PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "into", "across", "toward", "towards", "outside", "via", "of"}

ACRONYM_SKIP = {"of", "the", "and", "for", "&", "on", "in", "de"}

# the prepositions that tie a post to the body where it is held: "head of …", "a spokesman for …", "a vice president
# at PG&E", "an analyst with Merrill Lynch"
POST_AT = frozenset({"of", "for", "at", "with"})

# the small words inside a name, between its capitalised words: "Committee for the Protection of Journalists"
NAME_JOINING = frozenset({"of", "the", "and", "for", "&"})

# the Romance languages' "of" and "and" between the words of a firm's name: "Banco Royal do Canada", "Minas de <A> y
# <B> S.A."; each walk over a firm's untagged words adds the words only it reads
ROMANCE_JOINING = frozenset({"de", "del", "do", "da", "dos", "das", "du", "des", "y"})

# words that make a name an organisation's, whatever first name it opens with ("Morgan Stanley Bank")
ORG_WORDS = HEADS["org_words"]

ORG_TAILS = HEADS["org_tails"]

# the last word of a newspaper's or a broadcaster's name: "Herald", "Radio"
OUTLET_ENDS = HEADS["newspapers"] | HEADS["broadcasters"]
# the articles of other languages a paper's title opens with, which the model takes for first names ("Le Monde",
# "Il Giornale", "Die Welt", "Al Ahram"); the rules that read them add the forms of their own cases
TITLE_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il", "Al", "Die", "Der", "Het", "De"})

# the last words of a name the model left untagged that make it an organisation's: "The Federal Reserve Board voted"
UNTAGGED_ORG_ENDS = ORG_TAILS | {"police", "exchange"}

# the last words of a name the model took for a person's that make it an organisation's: "Hong Kong Stock Exchange"
PERSON_ORG_ENDS = ORG_TAILS | {"exchange", "bank", "party", "union", "university", "parliament", "senate",
                               "assembly", "company", "inc", "ltd", "corp", "plc", "institution", "co", "brokerage",
                               "securities", "holdings"} | HEADS["body_ends"]

# the last words that make a name the model took for a place, an event or a work an organisation's: "United States
# Coast Guard"; not "bank" or "union", which end places too ("West Bank", "Soviet Union")
PLACE_ORG_ENDS = ORG_TAILS | {"exchange", "party", "university", "parliament", "senate", "assembly", "company", "inc",
                              "ltd", "corp", "plc", "guard", "police", "army", "navy"}

# a capitalised word before a name that is a job, not a first name: "Immunologist Kristian Andersen"
ROLE_ENDINGS = ("ologist", "ist", "er", "or", "ian", "ive")

TICKER = {"<", ">"}

# the dashes a dateline, a run-in subhead or a name's stray end is written with, as tokens
DASHES = frozenset({"-", "--", "–", "—"})

# what joins two names into one with no space either side: a hyphen, the non-breaking hyphen, the en dash
# ("Wexler-Quinn Holdings", "the Harvard–Smithsonian Center"); not the double hyphen or the em dash of DASHES
NAME_HYPHENS = frozenset({"-", "‑", "–"})
PLAIN_HYPHEN = frozenset({"-"})  # the ASCII hyphen alone, where a check takes no other mark


def glued_hyphen(toks: Doc | Sequence[Token], i: int, marks: frozenset[str] = NAME_HYPHENS) -> bool:
    """A hyphen (one of `marks`) at token i with a token either side of it and no space either side: the hyphen
    inside 'Wexler-Quinn', not the dash of 'Wexler - Quinn' nor one that opens or ends the text."""
    return 0 < i < len(toks) - 1 and toks[i].text in marks and not toks[i - 1].whitespace_ \
        and not toks[i].whitespace_


STRINGS = StringStore()  # hashes are the same in every vocabulary

AND = STRINGS.add("and")

OPEN_BRACKET = STRINGS.add("<")

# nouns for a nation's people, which wire copy writes before a name ("Spaniard Carlos Sainz", "Briton Colin McRae")
# and the model runs into the person's name; the adjectives ("Italian Romano Prodi") it tags apart already
DEMONYM_NOUNS = {"briton", "britons", "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman",
                 "dutchwoman", "dane", "swede", "finn", "turk", "scot", "scotsman", "scotswoman", "welshman",
                 "welshwoman", "irishman", "irishwoman", "icelander", "luxembourger", "kiwi", "aussie"}

HONORIFICS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "mme.", "mlle", "prof", "prof.", "professor"}  # "Dr Martisius"

MONEY = {"dlr", "dlrs", "dollar", "dollars", "cents"}

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}

LEGAL_FORMS = {"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "Pty", "LLC", "AG", "AB", "NV", "SA", "S.A.", "N.V.", "Corporation",
               "Limited"}
# the forms as a name's words hold them, less the last stop: "S.A" of "S.A."
BARE_LEGAL_FORMS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)

PLACE_ADJECTIVES = {"regional", "provincial", "municipal", "city", "local"}

PLACE_OWNED = {"governor", "mayor", "residents", "authorities", "government", "administration", "people", "streets",
               "outskirts", "centre", "center", "region", "province", "airport", "hospitals", "schools"}

# the abbreviations news copy writes a U.S. state or a Canadian province in after a town: "Morenci, Ariz.", "Kenosha,
# Wisc.", "Rimouski, Que."
STATE_ABBREVIATIONS = HEADS["state_abbreviations"]
