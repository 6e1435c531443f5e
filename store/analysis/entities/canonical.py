"""Mentions clustered into referents, each under its canonical name: surnames to the full name, short forms
and acronyms to the organisation the article names in full, every spelling of a country to one name; and the
referent table (name, label, role, affiliation) that entities and speakers both read."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from ..doctext import doc_slice, text_of
from ..paragraphs import DATELINE, OPENING_DATELINE
from . import gazetteer
from .mentions import Mention, mention_of
from .names import given_name
from .pairs import pairs_two_people
from .referents import CORPORATE, Referent, contains, fold, key
from .vocabulary import ACRONYM_SKIP, HEADS, LEGAL_FORMS, ORG_TAILS, OUTLET_ENDS

# titles a monarch or pontiff is known by with the given (regnal) name alone
_REGNAL = {"king", "queen", "prince", "princess", "emperor", "empress", "pope", "sultan", "emir", "tsar", "czar"}


# a founder's initials opening a firm's name: "H.F.", "C."
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def company_names(mentions: list[Mention]) -> dict[tuple[str, ...], str]:
    """Short forms of the article's companies: "Santos" and "Geodyne Resources" are "Santos Ltd" and
    "Geodyne Resources Inc" when the article gives that name. A short form that is a person's name
    in the article ("Ford" beside "Gerald Ford") or a bare word like "Group" is left alone."""
    persons = {key(m.words) for m in mentions if m.label == "PERSON"}
    full = {}
    first: dict[tuple[str, ...], int] = {}  # where each name, full or short, first comes
    for m in mentions:
        first.setdefault(key(m.words), m.start)
        if m.label != "ORG":
            continue
        k = key(m.words)
        if len(k) > 1 and k[-1] in CORPORATE:
            full.setdefault(k, m.name)
    candidates: dict[tuple[str, ...], list[str]] = {}
    for k, name in sorted(full.items(), key=lambda item: -len(item[0])):
        words = name.split()
        # a firm named after its founder's initials and surname is called by the surname: the initials alone
        # name no firm a reader would note
        opening = 1 if _INITIALS.match(words[0]) and len(k) > 2 and words[1][:1].isupper() else 0
        shorts = [(k[:n], n) for n in range(1, len(k))] + [(k[1:n], n) for n in range(2, len(k)) if opening]
        for short, n in shorts:
            # a "person" that opens the company's name is the model's reading of its short name: "Scott Paper"
            if short[-1] in CORPORATE or short[0] in CORPORATE or any(
                    len(p) > len(short) and contains(p, short) and k[:len(p)] != p for p in persons):
                continue
            country = " ".join(w for w in words[n:] if w.lower() not in CORPORATE)
            # "Facebook Ireland Limited" is Facebook's Irish company: "Facebook" alone is the parent, a company too
            parent = country and gazetteer.country_code(country)
            candidates.setdefault(short, []).append(" ".join(words[:n]) if parent else name)
    found: dict[tuple[str, ...], str] = {}
    starts = {name: first[k] for k, name in full.items()}
    for short, names in candidates.items():
        # "Baker" beside "Baker International Corp" and "Baker Hughes Inc" is neither; "Mobil" beside "Mobil Corp"
        # and "Mobil Exploration and Production U.S. Inc" is the parent, named by the word and a legal form
        parents = [n for n in names if len(n.split()) <= len(short) + 1]
        # "Deutsche said" after "Deutsche Bank AG", with "Deutsche Treuhand AG" named only later: the one a reader knew
        before = {n for n in names if starts.get(n, -1) < first.get(short, -1)}
        if len(set(names)) == 1 or parents:
            found[short] = (parents or names)[0]
        elif len(before) == 1:
            found[short] = next(iter(before))
    return {short: _with_legal_form(name, full) for short, name in found.items()}


def _with_legal_form(name: str, full: dict[tuple[str, ...], str]) -> str:
    """"Grover Holdings" is "Grover Holdings Inc" when the article gives that too: a name ending in "Group" or
    "Holdings" counts as a company's full name, so "Grover" found the shorter name and a reader saw one firm
    under two names."""
    k = key(tuple(name.split()))
    longer = {n for f, n in full.items() if len(f) > len(k) and f[:len(k)] == k and
              all(w in CORPORATE for w in f[len(k):])}
    return longer.pop() if len(longer) == 1 else name


def canonical_names(doc: Doc, mentions: list[Mention], companies: dict[tuple[str, ...], str],
                    places: frozenset[str]) -> dict[int, str]:
    names: dict[int, str] = {}
    persons = [m for m in mentions if m.label == "PERSON"]
    full_names = Counter(key(m.words) for m in persons)
    as_written: dict[tuple[str, ...], str] = {}
    for m in persons:
        as_written.setdefault(key(m.words), m.name)
    orgs = [m for m in mentions if m.label == "ORG"] + [m for m in mentions if m.label == "FAC"]  # ISS, JFK
    kinds = {m.name: m.label for m in reversed(orgs)}
    countries = country_names(mentions)
    # every mention of a company's short form votes: "the operations of Santos" read as the Brazilian port is
    # "Santos Ltd" when more of the article's bare "Santos" were read as the firm (or a person) than as a place
    votes = Counter((key(m.words), m.label in ("ORG", "PERSON")) for m in mentions if key(m.words) in companies)
    for m in mentions:
        if m.label in ("GPE", "LOC", "ORG"):
            code = gazetteer.country_code(m.name)
            if code:
                names[id(m)] = countries[code]
                continue
        k = key(m.words)
        # "Transco" after "Transco Energy Co", as a town; "Italfunding" after "Italfunding Ltd", as a work
        if (m.label in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
                or m.label in ("GPE", "NORP", "LOC", "FAC") and (m.name not in places or votes[k, True] > votes[k, False])
                and not _nationality_before_a_noun(doc, m)) \
                and (company := companies.get(k)):
            names[id(m)], m.label = company, "ORG"
            continue
        if m.label == "PERSON":
            words = key(m.words)
            pool = full_names
            if len(words) == 1 and m.role and fold(m.role.split()[-1]) in _REGNAL:
                # "King Hussein" is a given name, not the surname of "Saddam Hussein"; "Queen Elizabeth" is
                # still "Elizabeth II"
                pool = Counter({k: n for k, n in full_names.items() if k[0] == words[0]})
            names[id(m)] = as_written[longest_name(words, pool)]
        elif m.label in ("ORG", "NORP", "GPE", "LOC", "FAC"):
            expanded = expand_acronym(m, orgs)
            if expanded != m.name:  # "FCA" tagged NORP is the Farm Credit Administration
                names[id(m)], m.label = expanded, kinds[expanded]
    return names


def _nationality_before_a_noun(doc: Doc, m: Mention) -> bool:
    """"40 mln Canadian dlrs", "Canadian rail traffic", "the Canadian government" beside "Canadian Rail Services Ltd":
    a people's adjective the model read as one, written before a common noun, is the country's, not the firm whose
    name it opens ("Canadian said" still is; "Norcan steel", no people's word, is the firm)."""
    if m.label != "NORP" or len(m.words) != 1 or m.end >= len(doc) or not gazetteer.nationality_adjective(m.name):
        return False
    after = doc[m.end]
    return after.text[:1].islower() and after.is_alpha and after.pos_ in ("NOUN", "ADJ", "PROPN")


# a country's names that are also other words: "us" the pronoun, "America" the continents
_AMBIGUOUS_COUNTRY_NAMES = {"us", "america"}


def country_names(mentions: list[Mention]) -> dict[str, str]:
    """Code -> the name a reader notes a country by: the one the article first writes it with ("U.S." before
    "the United States", "West Germany" before "the Federal Republic of Germany"). Taken only when the article
    gives no other: a name in capitals (a dateline or headline, "BRAZIL"), a formal name with 'of' ("the Islamic
    Republic of Iran" before "Iran"), and one that is also a pronoun or a continent's ("US", "America"), which
    the speakers' rules would read as those."""
    countries: dict[str, str] = {}
    second: dict[str, str] = {}  # names taken only when the article gives no other
    for m in mentions:
        code = gazetteer.country_code(m.name) if m.label in ("GPE", "LOC", "ORG") else None
        if not code or code in countries:
            continue
        if m.name.isupper() and len(m.name.replace(".", "")) > 3 or m.name.casefold() in _AMBIGUOUS_COUNTRY_NAMES \
                or " of " in m.name:
            second.setdefault(code, m.name)
        else:
            countries[code] = m.name
    return {**second, **countries}


def longest_name(words: tuple[str, ...], full_names: Counter) -> tuple[str, ...]:
    """The fullest name in the article that contains these words: "Xi" -> "Xi Jinping". A name with a
    middle name and one without are one person, under the form the article gives first (DESIGN.md):
    "Robert Mugabe" ... "Robert Gabriel Mugabe"."""
    best = words
    # a surname two people share is the one the article brought in first ("Hillary Clinton", then "Bill Clinton",
    # then "Clinton"): a writer names the second in full each time to tell them apart, so counting full names
    # picks the wrong one; a headline's "Beneath Clinton", written once and with no first name, gives way
    for other in full_names:  # first mention first
        if len(other) > len(words) and contains(other, words) and not pairs_two_people(other, full_names) and \
                (len(other) > len(best) or len(other) == len(best) and full_names[best] == 1 and
                 not given_name(best[0]) and given_name(other[0])):
            best = other
    if len(best) > 2:
        order = list(full_names)  # first mention first
        short = [o for o in order if 2 <= len(o) < len(best) and o[0] == best[0] and o[-1] == best[-1]]
        if short and order.index(short[0]) < order.index(best):
            return short[0]
    return best


def birth_names(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'Ginger Baker was born Peter Edward Baker': the name after 'born' is the one the person no longer goes by;
    it and the surname alone are the person the article named first with that surname."""
    persons = [m for m in mentions if m.label == "PERSON"]
    for m in persons:
        if m.start < 1 or doc[m.start - 1].lower_ != "born" or len(m.words) < 2:
            continue
        surname = fold(m.words[-1])
        known = next((p for p in persons if p.start < m.start and len(p.words) > 1 and fold(p.words[-1]) == surname
                      and p.words != m.words), None)
        if known is None:
            continue
        birth, name = canonical.get(id(m), m.name), canonical.get(id(known), known.name)
        for other in persons:
            if canonical.get(id(other), other.name) == birth:
                canonical[id(other)] = name


# initials written with dots ("U.N.", "U.S.A."), of places and bodies alike
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def expand_acronym(m: Mention, orgs: list[Mention]) -> str:
    """An all-capitals name spelled by the starts of a longer one's words: SCO -> Shanghai
    Cooperation Organisation, SIMEX -> Singapore International Monetary Exchange."""
    letters = m.name.replace(".", "") if DOTTED_INITIALS.fullmatch(m.name) else m.name  # "U.N." is "UN"
    if letters != m.name and len(letters) == 2 and m.label == "GPE":
        return m.name  # "N.C.", "S.C.": a state, whatever "NCNB Corp." spells
    if len(m.words) != 1 or not (2 <= len(letters) <= 8) or not letters.isupper() or not letters.isalpha():
        return m.name
    acronym = letters.lower()
    for other in orgs:
        words = [w.lower() for w in other.words if any(c.isalnum() for c in w)]  # "Educational, Scientific"
        if len(words) > 1 and any(spells(acronym, core) for core in _without_legal_form(words)):
            return other.name
    for other in orgs:
        if len(other.words) > 1 and spells_a_department(acronym, other.words):
            return other.name
    return m.name


def spells_a_department(acronym: str, words: tuple[str, ...] | list[str]) -> bool:
    """'dod' of the Defense Department, 'usda' of the (U.S.) Agriculture Department: the acronym of a department's
    name turned round, with 'us' before it for a United States department (or one the article gives no country)."""
    first = next((w for w in words if any(c.isalnum() for c in w)), "")
    words = [w.lower() for w in words if any(c.isalnum() for c in w)]
    inverted = _department_of(words)
    if inverted is None:
        return False
    country = gazetteer.country_code(first) if first.isupper() or first.istitle() else None
    return spells(acronym, inverted) or acronym.startswith("us") and len(acronym) > 3 and country in (None, "US") \
        and spells(acronym[2:], inverted)


# a government department named by its field first ("the Defense Department"), whose acronym spells it the other
# way round: DOD, the Department Of Defense; USDA, the U.S. Department of Agriculture
_INVERTED_HEADS = {"department", "ministry"}


def _department_of(words: list[str]) -> list[str] | None:
    """'defense department' -> 'department of defense', less a country before it ('u.s. agriculture department');
    None for a name not made that way."""
    if words[-1] not in _INVERTED_HEADS or "of" in words:
        return None
    field = words[:-1]
    while field and gazetteer.country_code(field[0].upper() if len(field[0]) <= 4 else field[0].title()):
        field = field[1:]  # "u.s.", "japanese" is no country
    return [words[-1], "of", *field] if field else None


def _without_legal_form(words: list[str]) -> list[list[str]]:
    """The name, then the name less each legal form at its end: BHP is "Broken Hill Pty" of "Broken Hill Pty Co
    Ltd", IBM "International Business Machines" of "International Business Machines Corp"."""
    forms = [words]
    while len(forms[-1]) > 2 and forms[-1][-1] in CORPORATE:
        forms.append(forms[-1][:-1])
    return forms


def spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the starts of the words, in order: every word but 'of', 'the' … gives
    at least its first letter ('cbot': Chicago Board Of Trade; 'simex': SIngapore … EXchange)."""
    if words and words[0] not in ACRONYM_SKIP and words[0][:1] != acronym[:1]:
        return False  # the first word gives no first letter: most pairs tried, answered without a cached search

    @cache
    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acronym)
        word = words[j]
        if word in ACRONYM_SKIP and match(i, j + 1):
            return True
        k = 1
        while k <= len(word) and i + k <= len(acronym) and acronym[i + k - 1] == word[k - 1]:
            if match(i + k, j + 1):
                return True
            k += 1
        return False

    return match(0, 0)


# older agency copy: "BONN, Germany (AP)_ A phony …", "HAMILTON (AP) --" and "MIAMI _" on a line of their own.
# Only the place is read from it here; where the first sentence starts is left to the paragraphs' own dateline.
_AGENCY_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’}-]+(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?:, (?:the )?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:, [A-Za-z]{3,9}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]{2,30}\))?"
    r" ?(?:-|--|–|—|_)\s"
)


def dateline_place(doc: Doc, mentions: list[Mention], canonical: dict[int, str],
                   places: frozenset[str]) -> list[Mention]:
    """'TULSA, June 1 - ': a wire dateline opens with the place the story was filed from, in capitals.
    Whatever the model called it, it is a place, named as a reader writes it ("Tulsa"). A digest of short
    stories opens a paragraph with one too ("HAVANA - Cuban president ..."); there only in capitals, and only a
    place the model or the gazetteer knows, one of three words or more, or one followed by more of a dateline: a
    label of a word or two in capitals the model left untagged ("NOTE - sales are in millions", "MARKET TALK - ",
    "FEATURE - ") heads the paragraph and names no place."""
    spaces = doc.to_array("IS_SPACE")
    starts = [0] + [i + 1 for i in spaces.nonzero()[0].tolist() if i + 1 < len(doc) and "\n" in doc[i].text]
    return [m for at in starts for m in _dateline_at(doc, at, mentions, canonical, places)]


def _dateline_at(doc: Doc, at: int, mentions: list[Mention], canonical: dict[int, str],
                 places: frozenset[str]) -> list[Mention]:
    end = min(at + 40, len(doc))  # the text of doc[at : at + 40], without joining its tokens
    head = text_of(doc)[doc[at].idx : doc[end - 1].idx + len(doc[end - 1])] if at < end else ""
    found = DATELINE.match(head[:120]) or _AGENCY_DATELINE.match(head[:120]) or (
        not at and OPENING_DATELINE.match(head[:120]))
    if not found:
        return []
    place_end = min((i for i in (head.find(",", 0, found.end()), head.find(" (", 0, found.end()),
                                 head.find("/", 0, found.end())) if i > 0), default=found.end())
    lead = re.match(r"[\s*]*", head).end()  # "****PARIS": the asterisks are no part of it
    place_end = lead + len(head[lead:place_end].rstrip(" -–—_\n"))  # "HAVANA - ": the dash is no part of it
    if at and not head[lead:place_end].isupper():
        return []  # inside the article, a capitalised phrase before a dash is no dateline
    offset = doc[at].idx
    place = doc.char_span(offset + lead, offset + place_end, alignment_mode="contract")
    if place is None or not len(place):
        return []
    overlapping = [m for m in mentions if m.start < place.end and place.start < m.end]
    dropped: list[Mention] = []  # returned, kept alive: `canonical` is keyed by id()
    if at and not overlapping and len(place) <= 2 and not any(c in head[lead : found.end()] for c in ",(") \
            and not gazetteer.is_place(place.text.title(), places):
        # a town's dateline, unknown to both, says more ("HEMPSTEAD, N.Y. -"); longer labels are the subheads'
        return []
    if not any(m.start == place.start and m.end == place.end for m in overlapping) and all(
            m.start >= place.start for m in overlapping):
        # the model tagged nothing there ("CAMPINAS, Brazil, March 15 - "), a piece of it ("SAO" of "SAO PAULO")
        # or ran on across the dash ("NEW YORK - Copper"): the place is still a place, whole
        for m in overlapping:
            mentions.remove(m)
        dropped = overlapping
        mentions.append(mention_of(place, "GPE"))
        mentions.sort(key=lambda m: m.start)
    line = doc.char_span(offset + lead, offset + found.end(), alignment_mode="contract")
    for m in mentions:
        if place.start <= m.start and m.end <= place.end and m.label in ("GPE", "ORG", "PERSON", "NORP", "LOC"):
            was = (m.label, canonical.get(id(m), m.name))
            m.label = "GPE"
            name = canonical.get(id(m), m.name)
            if name.casefold().startswith((m.name.casefold() + " ", m.name.casefold() + "-")):
                name = m.name  # joined to a body named after it ("London Newsroom" of the sign-off): a place still
            canonical[id(m)] = written_elsewhere(mentions, canonical, name) if name.isupper() and len(name) > 3 else name
            if was[0] == "PERSON" and was[1].casefold() == m.name.casefold():
                # not a town's name joined to a firm named after it ("PUNTA GORDA" of "Punta Gorda Isles Inc"),
                # whose short name in the story is the firm's
                _the_place_elsewhere(m, was[1], mentions, canonical)
        elif line is not None and place.end <= m.start and m.end <= line.end and m.label == "GPE" and \
                (name := canonical.get(id(m), m.name)).isupper() and name.isalpha() and len(name) > 3:
            canonical[id(m)] = name.title()  # "SAN ANTONIO, TEXAS, March 30 - ": the state, in capitals too
    agency = [m for m in mentions if line is not None and place.end <= m.start and m.end <= line.end
              and m.words == ("Reuter",)]
    for m in agency:
        # "ROME, May 4, Reuter - ": the old wire's sign on its own copy, which the model leaves untagged unless the
        # story's first sentence starts after it; tagged, it named no one in the story and drew speakers to it
        mentions.remove(m)
    return dropped + agency


def _the_place_elsewhere(place: Mention, was: str, mentions: list[Mention], canonical: dict[int, str]) -> None:
    """"ROTTERDAM, May 4 - ... Rotterdam's harbour": the model took the dateline's town for a person and its
    name in the story was made a mention of that person. The dateline is a place; so is the same name written in the
    story under the person the dateline was."""
    words = key(place.words)
    for m in mentions:
        if m is not place and m.label in ("PERSON", "ORG", "NORP", "LOC") and key(m.words) == words \
                and canonical.get(id(m), m.name) == was:
            m.label, canonical[id(m)] = "GPE", canonical[id(place)]


def never_written_bare(name: str, text: str) -> bool:
    """The article writes `name` only with its possessive mark ("<Agency>'s" in every mention): the mark may be
    part of the name. Read by the letters' full names and the possessive firm names alike."""
    stem = re.escape(name)
    return len(re.findall(rf"\b{stem}\b", text)) == len(re.findall(rf"\b{stem}['’]s\b", text))


def written_elsewhere(mentions: list[Mention], canonical: dict[int, str], name: str) -> str:
    """A name in capitals (a dateline's place, a byline's writer) as the article spells it elsewhere ("Dar es Salaam"),
    else in title case."""
    folded = name.casefold()
    return next((written for m in mentions if (written := canonical.get(id(m), m.name)).casefold() == folded
                 and not written.isupper()), name.title())


def defined_aliases(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> dict[str, str]:
    """'the Chicago Board of Trade (CBOT)' defines CBOT: every CBOT in the article is that board. So does an
    acronym written as a word, 'the Department of Environment, Food and Rural Affairs (Defra)', when it starts as
    the name does. Returns the short forms defined, each with its full name."""
    aliases: dict[str, str] = {}
    for full, short in pairwise(mentions):
        if not (full.label == "ORG" and len(short.words) == 1 and short.name.isupper() and len(full.words) > 1):
            if _bracketed_short_name(doc, full, short):
                aliases[short.name] = canonical.get(id(full), full.name)
            continue  # the text between two mentions is read only for a pair that may define an acronym
        between = doc[full.end : short.start].text.strip()
        if between == "(" and doc[short.end : short.end + 1].text == ")":
            aliases[short.name] = canonical.get(id(full), full.name)
    for full in mentions:  # the model left the acronym in brackets untagged: "the Federal Security Service (FSB)"
        after = doc_slice(doc, full.end, full.end + 3)
        if (full.label == "ORG" and len(full.words) > 1 and len(after) == 3 and after[0].text == "("
                and after[2].text == ")" and after[1].text.isalpha() and _acronym_like(after[1].text, full.words)):
            aliases.setdefault(after[1].text, canonical.get(id(full), full.name))
    _set_off_by_commas(doc, mentions, canonical, aliases)
    if not aliases:
        return aliases
    for m in mentions:
        if m.name in aliases:
            canonical[id(m)] = aliases[m.name]
            m.label = "ORG"
    return aliases


def _bracketed_short_name(doc: Doc, full: Mention, short: Mention) -> bool:
    """'the Federation of Economic Organizations (Keidanren)', 'the Federal National Mortgage Association (Fannie
    Mae)': a name the model tags as an organisation, alone in brackets straight after a longer organisation's name,
    is that organisation's short name though its letters spell nothing. Not a place ('<Bank> (London)', the office),
    nor a bracket a name goes on after ('Industrial Equity (Pacific) Ltd', and so 'Industrial Equity (Pacific)'
    where the article writes that name), nor one before the noun the two names qualify ('the Xs (Ys) people')."""
    if not (full.label == short.label == "ORG" and 1 < len(full.words) and len(short.words) < len(full.words)):
        return False
    if short.start != full.end + 1 or doc[full.end].text != "(" or short.end >= len(doc) or doc[short.end].text != ")":
        return False
    after = doc[short.end + 1] if short.end + 1 < len(doc) else None
    if after is not None and after.is_alpha and (after.text[:1].isupper() or after.pos_ in ("NOUN", "PROPN", "ADJ")):
        return False
    return not re.search(re.escape(f"({short.name})") + r"\s+[A-Z][a-z]", text_of(doc)) \
        and not gazetteer.is_place(short.name, gazetteer.places())


def _set_off_by_commas(doc: Doc, mentions: list[Mention], canonical: dict[int, str], aliases: dict[str, str]) -> None:
    """'the German Employees Union, DAG, and …', 'the Defense Department, DOD, has …': an acronym set off by commas
    straight after an organisation's name is that name's, whatever language its letters come from. Not in a list
    ("Ford Motor Co, GM, Chrysler …": a name goes on after the second comma), nor an acronym another organisation
    of the article spells."""
    spelt = {m.name for m in mentions if len(m.words) == 1 and canonical.get(id(m), m.name) != m.name}
    for full in mentions:
        at = full.end
        if full.label != "ORG" or len(full.words) < 2 or at + 3 > len(doc) or doc[at].text != "," \
                or doc[at + 2].text not in (",", ".") or not (short := doc[at + 1].text).isupper() \
                or not short.isalpha() or not 2 <= len(short) <= 6 or short in aliases or short in spelt:
            continue
        if doc[at + 2].text == "," and at + 3 < len(doc) and doc[at + 3].text[:1].isupper():
            continue
        aliases[short] = canonical.get(id(full), full.name)


def _acronym_like(short: str, words: tuple[str, ...]) -> bool:
    """'FSB', 'ICMBio', or 'Defra' after 'Department of …', 'Unesco' after 'United Nations …'; not 'Ltd' or 'Moscow'."""
    if short.isupper():
        return True
    if short[:1].isupper() and 2 * sum(c.isupper() for c in short) >= len(short):
        return True  # written in the body's own language, in mixed case: "ICMBio", "MoD", "DfE"
    first = next((w for w in words if w.lower() != "the"), "")
    return short[:1].isupper() and short[1:].islower() and 3 <= len(short) <= 6 and fold(first)[:1] == fold(short)[:1] \
        and short.lower() not in CORPORATE


def short_forms(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'the Supreme Court' after 'the US Supreme Court', 'the Democratic Party' after 'the United States
    Democratic Party': an organisation of two words or more is the one whose fuller name ends with them,
    when the article gives only one such name."""
    full: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 2:
            for n in range(2, len(m.words)):
                full.setdefault(key(m.words[-n:]), set()).add(canonical.get(id(m), m.name))
    times = Counter(canonical.get(id(m), m.name) for m in mentions)
    for m in mentions:
        if m.label != "ORG" or len(m.words) < 2 or not (names := full.get(key(m.words), ())):
            continue
        # two such names ("the European Court of Justice", "the Supreme Court of Justice of Austria"): the one the
        # story is about, named (or by its acronym) at least twice as often as the other
        ranked = sorted(names, key=lambda n: -times[n])
        if len(ranked) == 1 or times[ranked[0]] >= 2 * times[ranked[1]]:
            canonical[id(m)] = ranked[0]


def clipped_names(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'the Fed' after 'the Federal Reserve Board': an organisation's one-word name clipped from the first word of
    one organisation's longer name is that organisation; the shortest such name when the article gives several
    ('Federal Reserve' beside 'Federal Reserve Bank of New York')."""
    fuller: dict[str, list[str]] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 1:
            fuller.setdefault(fold(m.words[0]), []).append(canonical.get(id(m), m.name))
    for m in mentions:
        if m.label != "ORG" or len(m.words) != 1 or not m.name.istitle() or not 3 <= len(m.name) < 6:
            continue
        word = fold(m.name)
        firsts = [f for f in fuller if f != word and f.startswith(word)]
        if len(firsts) == 1:
            canonical[id(m)] = min(fuller[firsts[0]], key=len)


# besides the bodies' own last words: 'the Exchange', 'the Bank', 'the Community', 'the Treasury'
_LONE_HEADS = frozenset(HEADS["lone_heads"])


def head_word_alone(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'The Exchange statement said' after 'the Hong Kong Stock Exchange', 'the Community' after 'the European
    Community': an organisation's own word, capitalised
    and alone, is the one organisation of the article named with it ("Exchange", "Commission", "Bank"), whatever
    the model called it ('the Treasury said' after 'the U.S. Treasury'); with two such organisations it is left as it
    is."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 1:
            head = m.words[m.words.index("of") - 1] if "of" in m.words[1:] else m.words[-1]
            owners.setdefault(fold(head), set()).add(canonical.get(id(m), m.name))
            if fold(head) == "department" and fold(m.words[-2]) in _LONE_HEADS:
                # "the Treasury said" after "the Treasury Department": the department is named by its field too
                owners.setdefault(fold(m.words[-2]), set()).add(canonical.get(id(m), m.name))
    for m in mentions:
        if len(m.words) != 1 or m.label not in ("ORG", "PERSON", "GPE", "NORP") or not m.name.istitle():
            continue
        word = fold(m.name)
        # not a house of parliament: "the Senate" of Puerto Rico is not the "U.S. Senate" named before it
        if (word in ORG_TAILS or word in _LONE_HEADS) \
                and len(names := owners.get(word, ())) == 1:
            canonical[id(m)] = next(iter(names))
            m.label = "ORG"


# the words newspapers and journals are named with, the "The" of whose name is theirs ("The Aviation Herald")
_TITLES_OF_PAPERS = {"times", "herald", "guardian", "post", "journal", "telegraph", "independent", "observer", "economist",
                     "star", "globe", "mail", "tribune", "chronicle", "gazette", "standard", "express", "mirror", "sun",
                     "record", "examiner", "inquirer", "courier", "sentinel", "register", "bulletin", "review",
                     "monitor", "dispatch", "advertiser", "age", "hindu", "atlantic", "spectator", "nation", "verge", "hill",
                     "intercept"}


def leading_the(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'according to The Guardian', 'The Aviation Herald reported': a capital "The" is part of a newspaper's
    name as the article writes it (DESIGN.md keeps it: "The Guardian"), at the start of a sentence too ("The New
    York Times reported"); unless the article also writes a small "the" before the name."""
    capital: set[str] = set()
    small: set[str] = set()
    for m in mentions:
        if m.label != "ORG" or m.start < 1:
            continue
        before = doc[m.start - 1]
        name = canonical.get(id(m), m.name)
        if fold(m.words[-1]) in _TITLES_OF_PAPERS and before.lower_ == "the" and before.whitespace_:
            (capital if before.text == "The" else small).add(name)
        # any organisation's: a capital "The" in the middle of a running sentence is its name's ("toured with
        # The Kinks", "a member of The Greens"); a small "the" before it anywhere in the article says otherwise
        if _the_of_a_title(doc, m.start) and not _KINDS_OF_BODY & {fold(w) for w in m.words}:
            capital.add(name)
        elif before.text == "the":
            small.add(name)
    for m in mentions:
        name = canonical.get(id(m), m.name)
        if name in capital and name not in small and not name.startswith("The "):
            canonical[id(m)] = "The " + name


# words that say a name is a firm's, a party's or an office's, whose formal "The" is no part of it as readers write
# it ("The Pillsbury Company", "The Trade and Industry Department"); a paper's or broadcaster's words are not among them
_KINDS_OF_BODY = frozenset(fold(w) for w in HEADS["org_words"] | HEADS["org_tails"] | HEADS["bodies"] | HEADS["firm_ends"]
                           | HEADS["lone_heads"] | HEADS["generic"] | HEADS["body_ends"] | HEADS["firm_nouns"]
                           | LEGAL_FORMS | {"centre", "center", "network", "pty"}) - OUTLET_ENDS


def _the_of_a_title(doc: Doc, start: int) -> bool:
    """A capital "The" just before the word at start, after a word written small or a comma, in a sentence that
    is not written in capitals throughout (a headline's "The" says nothing)."""
    if start < 2 or doc[start - 1].text != "The" or not doc[start - 1].whitespace_:
        return False
    after = doc[start - 2]
    if not ((after.is_alpha and after.text[0].islower()) or after.text in (",", "(")):
        return False
    sentence = doc[start - 1].sent
    small = [t for t in sentence if t.is_alpha and len(t) > 3 and t.text[0].islower()]
    return len(small) >= 2


def referent_table(mentions: list[Mention], canonical: dict[int, str]) -> dict[str, Referent]:
    """One entry per canonical name: its label and the first role and affiliation the article gives it. A form of
    address ("Sir Alan Pike", "Dr Ana Ruiz") says how the person is addressed, not what they do: no role, so that a
    post the article gives with another mention ("club manager Sir Alan Pike") can be."""
    table: dict[str, Referent] = {}
    # a side's name the model tags as a place anywhere is a place's, whatever else it is tagged
    sides = {m.name: m.label for m in mentions if m.label == "ORG"} | \
        {m.name: m.label for m in mentions if m.label == "GPE"}
    for m in mentions:
        name = canonical.get(id(m), m.name)
        known = table.get(name)
        role = None if m.role and m.role.lower() in _ADDRESS else m.role
        role, affiliation = _place_in_a_side(role, m.affiliation, sides)
        if known is None:
            table[name] = Referent(name, m.label, role, affiliation)
        elif (known.role is None and role) or (known.affiliation is None and affiliation):
            table[name] = Referent(name, known.label, known.role or role, known.affiliation or affiliation)
    return table


def _place_in_a_side(role: str | None, affiliation: str | None, sides: dict[str, str]) -> tuple[str | None, str | None]:
    """'Leicester wing X', 'Wales fly-half X': a club or a country named before a player's place is the side they
    play for, no part of the post; a club is the affiliation, a country never is (DESIGN.md)."""
    words = role.split() if role else []
    side = " ".join(words[:-1])
    if len(words) < 2 or words[-1].lower() not in _PITCH_PLACES:
        return role, affiliation
    if gazetteer.country_code(side) or sides.get(side) == "GPE":
        return words[-1], affiliation
    return (words[-1], affiliation or side) if side in sides else (role, affiliation)


_PITCH_PLACES = HEADS["pitch_places"]

# honours and forms of address written before a name: no post (a "Professor" is one, and stays)
_ADDRESS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord", "baroness", "baron"}


def initialled_persons(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'G Lee' in a squad's list after 'Gareth Lee': a person's initial before the surname is the one person the
    article names in full with a first name of that letter; 'J Lee' is someone else, and keeps its own name."""
    full: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1 and len(m.words[0]) > 2 and m.words[0][:1].isupper():
            full.setdefault(key(m.words[1:]), set()).add((m.words[0][:1], canonical.get(id(m), m.name)))
    if not full:
        return
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1 and len(m.words[0].rstrip(".")) == 1 and m.words[0][:1].isupper() \
                and canonical.get(id(m), m.name) == m.name:
            names = {name for letter, name in full.get(key(m.words[1:]), ()) if letter == m.words[0][:1]}
            if len(names) == 1:
                canonical[id(m)] = next(iter(names))


def inverted_names(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'the State Department' after 'the United States Department of State', 'the Finance Ministry' after 'the
    Ministry of Finance': an organisation's short name that puts what it has charge of before its own word is the
    one organisation the article names the other way round, "Department of State"."""
    fuller: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        words = key(m.words)
        if m.label == "ORG" and "of" in words[1:-1]:
            at = words.index("of")
            fuller.setdefault((*words[at + 1:], words[at - 1]), set()).add(canonical.get(id(m), m.name))
    if not fuller:
        return
    for m in mentions:
        words = key(m.words)
        if m.label == "ORG" and 2 <= len(words) <= 4 and "of" not in words and \
                len(names := fuller.get(words, ())) == 1 and canonical.get(id(m), m.name) == m.name:
            canonical[id(m)] = next(iter(names))


def peoples_written_small(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'the peruvian government', 'canadian dlrs': wire copy sent all in small letters writes a people's adjective so
    too; a reader notes the people as its name is spelt, with its capital."""
    for m in mentions:
        name = canonical.get(id(m), m.name)
        if m.label == "NORP" and name.isalpha() and name.islower() and gazetteer.nationality_adjective(name.title()):
            canonical[id(m)] = name.title()


def shouted_names(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'BLOCKBUSTER ENTERTAINMENT CORP. said …', later 'Blockbuster Entertainment common stock': wire copy opens
    with the company's name in capitals; a reader notes it as the article writes it otherwise, the opening words
    as written later ("NCNB" stays in capitals) and the legal form after them in title case."""
    shouted = [(m, name) for m in mentions if m.label == "ORG" and _in_capitals(name := canonical.get(id(m), m.name))]
    if not shouted:
        return
    written: dict[tuple[str, ...], tuple[str, ...]] = {}
    for m in mentions:  # each name as the article writes it, in small letters where it ever does ("NCNB" never)
        k = key(m.words)
        if k not in written or all(w.isupper() for w in written[k] if w.isalpha()):
            written[k] = m.words
    renamed: dict[str, str] = {}
    for m, name in shouted:
        if name in renamed:
            continue
        words = name.split()
        k = key(tuple(words))
        n = next((n for n in range(len(k) - 1, 0, -1) if k[:n] in written), 0)
        if n == 0 or any(w.rstrip(".").lower() not in CORPORATE for w in words[n:]):
            continue  # the article never writes the name otherwise, or only part of it and more than a legal form
        renamed[name] = " ".join((*written[k[:n]], *(w if not w.isupper() else w.title() for w in words[n:])))
    if renamed:
        for m in mentions:
            name = canonical.get(id(m), m.name)
            if name in renamed:
                canonical[id(m)] = renamed[name]


def _in_capitals(name: str) -> bool:
    """'BLOCKBUSTER ENTERTAINMENT CORP', 'GOODY PRODUCTS Inc.': two long words or more in capitals, and the rest a
    legal form; not an acronym alone ('NATO') or beside words in small letters ('IBM Japan')."""
    letters = [w for w in name.split() if any(c.isalpha() for c in w)]
    return len(letters) >= 2 and sum(w.isupper() and len(w) > 3 for w in letters) >= 2 and \
        all(w.isupper() or w.rstrip(".").lower() in CORPORATE for w in letters)


def country_spellings(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'the United States Embassy' ... 'the U.S. Embassy': one institution whose country the article spells two
    ways is one referent, under the name it gave first."""
    first: dict[tuple[str, tuple[str, ...]], str] = {}
    for m in mentions:
        if m.label != "ORG" or len(m.words) < 2 or not m.words[0][:1].isupper():
            continue
        name = canonical.get(id(m), m.name)
        if name != m.name:
            continue  # already another name's
        for n in (3, 2, 1):
            if len(m.words) > n and (code := gazetteer.country_code(" ".join(m.words[:n]))):
                seen = first.setdefault((code, key(m.words[n:])), name)
                if seen != name:
                    canonical[id(m)] = seen
                break
