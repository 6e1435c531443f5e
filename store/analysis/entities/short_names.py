"""Short names of an organisation the article names in full: its opening words ("Commercial Union" after
"Commercial Union Assurance", "U.S. House" after "U.S. House of Representatives"), its own words with the
middle left out ("the Oversight Committee" after "the House Oversight and Reform Committee"), and a house of a
parliament by its word alone ("the House" after "the House of Representatives")."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from .gazetteer import country_code, is_place
from .kinds import placed_by_its_words
from .mentions import Mention
from .names import is_first_name
from .particles import FIRM_OPENERS, PARTICLES
from .referents import CORPORATE, fold, key
from .vocabulary import HEADS, NAME_JOINING, ORG_WORDS, PERSON_ORG_ENDS

# words companies are named with beside those of vocabulary.py: "Commercial Union Assurance"
_MORE = {"assurance", "insurance", "industries", "bancorp", "representatives"}

# the last word of a body within an organisation, named after it: "Senate Agriculture Subcommittee"
_SUB_BODIES = {"committee", "subcommittee", "board", "council", "commission", "fund", "panel", "caucus", "delegation",
               "division", "branch", "unit", "office", "bureau", "department", "ministry", "secretariat", "chapter"}

# a house of a parliament, named in full with 'of': "House of Representatives", "House of Commons"
_HOUSES = {"house", "chamber"}

# a body a reader calls by its kind alone once named in full: "the Association", "Association spokesman X"
_BODIES = {"association", "exchange", "institute", "federation", "commission", "council", "committee", "union",
           "agency", "bureau", "foundation", "society", "authority", "tribunal", "organisation", "organization"}


def short_names(mentions: list[Mention], canonical: dict[int, str]) -> None:
    longer: list[tuple[tuple[str, ...], str]] = []
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 2:
            longer.append((key(m.words), canonical.get(id(m), m.name)))
    if not longer:
        return
    for m in mentions:
        if m.label != "ORG" or canonical.get(id(m), m.name) != m.name:
            continue  # already linked
        words = key(m.words)
        if len(words) == 1 and words[0] in _HOUSES:
            owners = {name for k, name in longer if any(w == words[0] and nxt == "of" for w, nxt in pairwise(k))}
        elif len(words) == 1 and words[0] in _BODIES and m.name[:1].isupper():
            owners = _body_named_last(mentions, canonical, m)
        elif len(words) >= 2:
            owners = {name for k, name in longer if len(k) > len(words) and name != m.name
                      and (k[:len(words)] == words and _capitalised(name.split()[len(words):])
                               # "General Motors Corp." is a company's whole name, not "General Motors Acceptance
                               # Corp." with its middle left out
                               or words[-1] not in CORPORATE and _within(words, k))}
        else:
            continue
        if len(owners) == 1:
            canonical[id(m)] = next(iter(owners))


def opening_word(mentions: list[Mention], canonical: dict[int, str], places: frozenset[str],
                 headline: int = 0) -> None:
    """'Capel-Cure official' after 'agency broker Capel-Cure Myers', 'RKO agreed' after 'its RKO General
    subsidiary': an organisation named by the first word of the one longer organisation's name the article gave
    before it is that organisation. Only after the full name: 'OPEC' named first and 'OPEC Fund' later are two.
    A headline (its tokens before `headline`) names a firm by its short name before the story gives the full one
    ('Harlow shares slump', then 'Shares in Harlow Energy'): the word there came first only in print. Not a word
    in capitals: a headline's 'BBC' or 'OPEC' is the parent the story goes on to name a part of."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "ORG":
            continue
        word = fold(m.words[0])
        if _opened_by_its_word(m) or _outlet_described(m):
            owners.setdefault(word, set()).add(canonical.get(id(m), m.name))
        elif len(m.words) > 1 and fold(m.words[-1]) not in CORPORATE or \
                len(m.words) == 1 and word not in owners and (m.start >= headline or m.name.isupper()):
            # the word alone came first, a name of its own; or it opens a body within it ("Mayo Unit" beside
            # "Mayo Plant"): which one the word means is not clear
            owners.setdefault(word, set()).add("")
    placed = {m.name for m in mentions if m.label in ("GPE", "LOC", "FAC")}
    for m in mentions:
        if m.label != "ORG" or len(m.words) != 1 or canonical.get(id(m), m.name) != m.name:
            continue
        names = owners.get(fold(m.words[0]), set())
        if is_place(m.name, places) and not _firm_not_the_place(m, names, placed):
            continue
        if len(names) == 1 and "" not in names:
            canonical[id(m)] = next(iter(names))


def _firm_not_the_place(m: Mention, names: set[str], placed: set[str]) -> bool:
    """'Central said' after 'Central Bancorp', 'Radley' after 'Radley Trucks': a word the model read as an
    organisation, which is also the name of a town or a state somewhere, is the one organisation the article named
    with it first, where the article never writes the word as a place and it is no country."""
    return len(names) == 1 and "" not in names and m.name not in placed and country_code(m.name) is None


# what kind of outlet a news organisation is, written in lower case after its name: "Interfax news agency"
_OUTLET_KINDS = {"news", "agency", "newspaper", "daily", "weekly", "service", "television", "radio", "broadcaster"}


def _outlet_described(m: Mention) -> bool:
    """'Interfax news agency', 'Xinhua news agency': a one-word name and, in lower case, the kind of outlet it is;
    'Interfax said' later is that outlet."""
    return len(m.words) > 1 and m.words[0][:1].isupper() and all(w in _OUTLET_KINDS for w in m.words[1:])


def _opened_by_its_word(m: Mention) -> bool:
    """A name of two words or more a reader shortens to its first: not a company with its legal form (its short
    names are canonical.company_names'), nor a body within another, which names its parent first ("Senate
    Agriculture subcommittee", "OPEC Fund"): the parent is not the body."""
    return len(m.words) > 1 and m.words[0][:1].isupper() and m.words[-1][:1].isupper() \
        and fold(m.words[-1]) not in CORPORATE and fold(m.words[-1]) not in _SUB_BODIES


def spaced_names(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'Smith Kline said' after 'SmithKline Beckman Corp': an organisation's name written with its words split (or
    run together) otherwise than the one longer name of the article that opens with the same letters is that name."""
    openings: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 1:
            letters = ""
            for w in key(m.words)[:-1]:
                letters += w
                openings.setdefault(letters, set()).add(canonical.get(id(m), m.name))
    for m in mentions:
        if m.label != "ORG" or len(m.words) < 2 or canonical.get(id(m), m.name) != m.name or not m.name[:1].isupper():
            continue
        words = key(m.words)
        names = {n for n in openings.get("".join(words), ()) if key(tuple(n.split()))[:len(words)] != words}
        if len(names) == 1:
            canonical[id(m)] = next(iter(names))


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'oversight committee' in 'house oversight and reform committee': the same last word, and the others in order
    among the full name's words, none of them a joining word."""
    if short[-1] != full[-1] or any(w in ("of", "and", "the", "for") for w in short):
        return False
    at = 0
    for w in short[:-1]:
        while at < len(full) - 1 and full[at] != w:
            at += 1
        if at == len(full) - 1:
            return False
        at += 1
    return True


def _capitalised(words: list[str]) -> bool:
    """'Assurance', 'Savings Bank', 'of Representatives': the rest of an organisation's name, ending in a word
    organisations are named with; not 'Flight' after 'Lion Air'."""
    if not words:
        return False  # the name's words run together where its tokens do not: "U.S.-based"
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return all(w[:1].isupper() or w in NAME_JOINING for w in words) and (
        fold(head) in ORG_WORDS or fold(head) in PERSON_ORG_ENDS or fold(head) in CORPORATE or fold(head) in _MORE)


def one_word_of_a_name(doc: Doc, mentions: list[Mention], canonical: dict[int, str], places: frozenset[str]) -> None:
    """"Nabil's murder", 'Al-Quaety, who contributed to …' after 'Nabil Hasan al-Quaety'; 'land at Payam' after
    'Payam International Airport': one word the model called an organisation or a place, which opens or ends the
    full name of exactly one person the article names (opens the name of one airport, station or bridge), is that
    person (that building). Not a known place, nor a word of an organisation's longer name ('Ford Motor'), nor a
    town before a road's name ('Streatham' beside 'Streatham High Road'), nor a word the article places by its own words
    once ('its <Town>, Wales, factory' beside a '<Town> <Firm>' the model took for a person)."""
    placed: set[str] | None = None  # read only once a word is about to be taken for a person's or a building's
    persons: dict[str, set[str]] = {}
    buildings: dict[str, set[str]] = {}
    in_orgs: set[str] = set()
    for m in mentions:
        words = m.name.split()
        if len(words) < 2:
            continue
        name = canonical.get(id(m), m.name)
        if m.label == "PERSON":
            for w in (words[0], words[-1]):
                persons.setdefault(fold(w), set()).add(name)
        elif m.label == "FAC":
            buildings.setdefault(fold(words[0]), set()).add(name)
        if m.label in ("ORG", "FAC"):
            in_orgs.update(fold(w) for w in words)
    for m in mentions:
        if " " in m.name or m.label not in ("ORG", "GPE", "NORP", "LOC") or m.name.isupper() \
                or canonical.get(id(m), m.name) != m.name or is_place(m.name, places):
            continue
        word = fold(m.name)
        if placed is None and (word in persons or word in buildings):
            by_start = {o.start: o for o in mentions}
            placed = {fold(o.name) for o in mentions if placed_by_its_words(doc, o, by_start)}
        if placed and word in placed:
            continue
        if len(names := persons.get(word, ())) == 1 and word not in in_orgs:
            canonical[id(m)], m.label = next(iter(names)), "PERSON"
        elif len(names := buildings.get(word, ())) == 1 and word not in persons and m.label != "GPE":
            canonical[id(m)], m.label = next(iter(names)), "FAC"


def closing_word(doc: Doc, mentions: list[Mention], canonical: dict[int, str], places: frozenset[str]) -> None:
    """'Kodak said' after 'Eastman Kodak Co': one word the model called an organisation, the last word before the
    legal form of exactly one company the article names with two words or more before that form, is that company.
    Not a word companies are named with ("Airlines", "Trust"), a place ("Continental Illinois Corp" is no "Illinois"),
    a word of a person's name, nor one that opens another organisation's name."""
    owners: dict[str, set[str]] = {}
    openers: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "ORG":
            continue
        words = key(m.words)
        n = len(words)
        while n and words[n - 1] in CORPORATE:
            n -= 1
        if len(words) > 1:
            openers.setdefault(words[0], set()).add(canonical.get(id(m), m.name))
        if 2 <= n < len(words):
            owners.setdefault(words[n - 1], set()).add(canonical.get(id(m), m.name))
    if not owners:
        return
    in_persons = {fold(w) for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words}
    for m in mentions:
        if not _read_as_a_firm(doc, m) or len(m.words) != 1 or canonical.get(id(m), m.name) != m.name or \
                is_place(m.name, places):
            continue
        word = fold(m.words[0])
        names = owners.get(word, set())
        if len(names) != 1 or word in ORG_WORDS or word in PERSON_ORG_ENDS or word in CORPORATE or word in _MORE or \
                word in in_persons or openers.get(word, names) != names:
            continue
        canonical[id(m)] = next(iter(names))
        m.label = "ORG"


def _read_as_a_firm(doc: Doc, m: Mention) -> bool:
    """'control of Systemhouse' after 'SHL Systemhouse Inc', which the model read as a place or a surname: the firm's
    word alone, where no person the article names in full bears it and it is no first name, is the firm too; not
    after a compass word, which only a place takes ('northern Sumatra' beside a '... North Sumatra Ltd')."""
    if m.start and doc[m.start - 1].lower_ in _COMPASS:
        return False
    return m.label == "ORG" or m.label in ("PERSON", "GPE") and m.words[0].istitle() and not is_first_name(m.words[0])


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}


def closing_name_word(doc: Doc, mentions: list[Mention], canonical: dict[int, str], places: frozenset[str]) -> None:
    """'Paribas will also seek' after 'Cie Financiere de Paribas', 'Licht said' after 'F.O. Licht': one word the model
    called an organisation, the last word of exactly one longer organisation's name the article gave before it (no
    legal form after it, which closing_word reads), is that organisation, where the longer name's other words open
    it as a firm's or a founder's name would (_proper_words_before). Only a proper name's word, which the article
    never writes after 'the' ('the Treasury', 'the Senate' may be another body's head than the named one's), in
    title case (not an acronym), not a place, a word organisations are named with, nor a word of a person's name."""
    ends: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for m in mentions:
        words = key(m.words)
        if m.label == "ORG" and len(words) > 1 and words[-1] not in CORPORATE and _proper_words_before(doc, m):
            ends.setdefault(words[-1], set()).add(canonical.get(id(m), m.name))
            first_end.setdefault(words[-1], m.start)
    if not ends:
        return
    in_persons = {fold(w) for m in mentions if m.label == "PERSON" for w in m.words}
    after_the = {fold(doc[m.start].text) for m in mentions if len(m.words) == 1 and m.start
                 and doc[m.start - 1].lower_ == "the"}
    for m in mentions:
        if m.label != "ORG" or len(m.words) != 1 or canonical.get(id(m), m.name) != m.name \
                or not (m.words[0].istitle() and m.words[0].isalpha()) or is_place(m.name, places):
            continue
        word = fold(m.words[0])
        names = ends.get(word, set())
        if len(names) != 1 or first_end[word] > m.start or word in after_the or word in ORG_WORDS \
                or word in PERSON_ORG_ENDS or word in _MORE or word in in_persons:
            continue
        canonical[id(m)] = next(iter(names))


def _proper_words_before(doc: Doc, m: Mention) -> bool:
    """Whether the words before the name's last are a proper name's opening: proper nouns or a name's particles
    ('Cie Financiere de'), opened by a word that makes the last one the distinctive name (a firm's opening word in
    the languages that write it first, 'Banque'; initials, 'F.O.'; a founder's first name). Not a place: after
    one the last word is most often a body's head ('U.S. Treasury', read in 'index-linked Treasury stock'), which
    head_word_alone links with its own guards. Not two names joined ('Gazprom-Rosneft'), nor a word the model ran
    into a name ('Interactive <Name> awards')."""
    before = doc[m.start : m.end - 1]
    if not all(t.pos_ == "PROPN" and t.text not in ("-", "&") or t.text in PARTICLES for t in before):
        return False
    first = before[0].text
    return fold(first) in FIRM_OPENERS or is_first_name(first) \
        or _INITIALS.fullmatch(first) is not None and not country_code(first)  # 'F.O.', not 'U.K.'


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _body_named_last(mentions: list[Mention], canonical: dict[int, str], m: Mention) -> set[str]:
    """'Association spokesman Fred Carvalho said' after 'the National Association of Automotive Vehicle
    Manufacturers said': the organisation of that kind ('X Association', 'Association of X') named last before the
    word, as a reader takes 'the association'; none named before, the one the article names, if only one."""
    word = key(m.words)[0]
    kinds = [(o.start, canonical.get(id(o), o.name)) for o in mentions if o.label == "ORG" and len(o.words) > 2 and
             (key(o.words)[-1] == word or any(w == word and nxt == "of" for w, nxt in pairwise(key(o.words))))]
    before = [name for start, name in kinds if start < m.start]
    if before:
        return {before[-1]}
    return {name for _, name in kinds}


# words that make the longer name another thing than the firm the short one names: a flight, a building, a body
_NOT_THE_FIRM = _SUB_BODIES | HEADS["FAC"] | HEADS["bodies"] | HEADS["craft_before"] | HEADS["craft_after"] | {"flight"}


def firms_by_their_first_words(doc: Doc, mentions: list[Mention], canonical: dict[int, str],
                               places: frozenset[str]) -> None:
    """'said McCarthy of Merrill Lynch' after 'Ward McCarthy of Merrill Lynch Capital Markets', 'Dean Witter' after
    'Dean Witter Reynolds': an organisation of two or three words that open the one longer organisation's name the
    article gave before it, the rest capitalised words, is that organisation. Not a place ('Toronto' of 'Toronto
    Police'), nor when the rest names a flight, a building or a body within it ('Lion Air Flight 610')."""
    first: dict[tuple[str, ...], int] = {}
    for m in mentions:
        first.setdefault(key(m.words), m.start)
    longer = [(key(o.words), canonical.get(id(o), o.name), o) for o in mentions if o.label == "ORG" and len(o.words) > 2]
    if not longer:
        return
    for m in mentions:
        words = key(m.words)
        if m.label != "ORG" or not 2 <= len(words) <= 3 or canonical.get(id(m), m.name) != m.name \
                or not all(w[:1].isupper() for w in m.words) or is_place(m.name, places):
            continue
        owners = {name for k, name, o in longer if len(k) > len(words) and k[:len(words)] == words
                  and o.start < first[words] and _rest_of_a_firm(doc, o, len(words), places)}
        if len(owners) == 1:
            canonical[id(m)] = next(iter(owners))


def _rest_of_a_firm(doc: Doc, o: Mention, n: int, places: frozenset[str]) -> bool:
    rest = o.words[n:]
    return all(w[:1].isupper() and w.isalpha() for w in rest) and not any(fold(w) in _NOT_THE_FIRM for w in rest) \
        and not is_place(" ".join(rest), places) and not (o.end < len(doc) and doc[o.end].like_num)


# the last words of a firm's name beside its legal forms: a carrier's, a bank's, a maker's
_FIRM_ENDS = {"airlines", "airways", "lines", "bank", "bancorp", "industries"}

# what a firm's short name stands as in its clause, a noun of its own: '<Name> said', "<Name>'s", 'on <Name>'
_AS_A_NOUN = {"nsubj", "nsubjpass", "poss", "pobj", "dobj"}


def opening_word_read_as_a_place(doc: Doc, mentions: list[Mention], canonical: dict[int, str],
                                 places: frozenset[str]) -> None:
    """'American said', "American's terminals" after 'American Airlines': one word the model read as a people or a
    place, which opens the name of exactly one firm the article gave before it, is that firm where it stands as a
    noun of its own, with no article before it (not 'American officials', 'the British'); a known town or state
    only as the subject of 'say' ('Delta said' after 'Delta Air Lines'), never a country. Not a word of a person's
    name."""
    firms: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        words = key(m.words)
        if m.label == "ORG" and len(words) > 1 and m.words[0].istitle() and all(w[:1].isupper() for w in m.words) \
                and (words[-1] in CORPORATE or words[-1] in _FIRM_ENDS):
            firms.setdefault(words[0], set()).add(canonical.get(id(m), m.name))
            first.setdefault(words[0], m.start)
    if not firms:
        return
    in_persons = {fold(w) for m in mentions if m.label == "PERSON" for w in m.words}
    for m in mentions:
        if m.label not in ("GPE", "NORP", "LOC") or len(m.words) != 1 or not m.words[0].istitle():
            continue
        tok = doc[m.start]
        # a town's or a state's name ('Phoenix', 'Delta') is the firm only as the one who says: a town is where
        # things are; a country speaks for itself
        if is_place(m.name, places) and (country_code(m.name) is not None or tok.dep_ != "nsubj"
                                         or tok.head.lemma_ != "say"):
            continue
        word = fold(m.words[0])
        names = firms.get(word, set())
        nxt = doc[m.end] if m.end < len(doc) else None
        if len(names) != 1 or first[word] > m.start or word in in_persons or tok.dep_ not in _AS_A_NOUN \
                or m.start and doc[m.start - 1].lower_ in ("the", "a", "an") \
                or nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.text != "'s":
            continue
        canonical[id(m)], m.label = next(iter(names)), "ORG"
