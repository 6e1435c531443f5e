"""Organisations' names the model cut at a preposition or a hyphen inside them, or ran on past their end.

'the Iraq Veterans Against the War', 'the Puerto Rico Center for Investigative Journalism': the model stops at
'the' or before 'for', leaving 'Iraq Veterans Against' or 'Puerto Rico Center', which no reader would note. The
rest of the name is capitalised words it left untagged; the name runs on over them. 'Dominion Textiles Inc of
Canada': a legal form closes a company's name; the place after it is where the company is from.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from ..abbreviations import SHORT_FORMS
from ..doctext import column
from . import gazetteer
from .gazetteer import is_place
from .mentions import Mention, covered, mention_by_token, mention_of
from .names import is_first_name
from .paired_words import AND_WORDS, written_only_paired
from .referents import CORPORATE, fold, key
from .vocabulary import (
    APOSTROPHE_S,
    HEADS,
    HONORIFICS,
    NAME_HYPHENS,
    NAME_JOINING,
    NAME_LABELS,
    ORG_TAILS,
    TITLES,
    glued_hyphen,
)

# a preposition a name goes on after, never ends with: "Reporters Without Borders", "Veterans Against the War"
_INNER = {"against", "for", "without", "of", "on", "to"}

# an organisation's own word a field follows with 'for': "Center for …", "Committee for the Protection of …"
_BODIES_FOR_A_FIELD = ORG_TAILS | {"center", "centre", "institute", "alliance", "coalition", "campaign", "fund",
                                   "league", "society", "network", "project", "forum", "union", "trust", "council"}

_MOST_WORDS = 5


def _rest(doc: Doc, at: int) -> int:
    """Where the rest of a name that starts at `at` ends: capitalised words the model left untagged, with joining
    words between them, in one sentence; `at` when there are none."""
    end = j = at
    while j < len(doc) and j - at < _MOST_WORDS + 2:
        tok = doc[j]
        if j > at and tok.is_sent_start or tok.ent_type_ not in ("", "ORG"):
            break
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper:
            end = j + 1
        elif tok.lower_ not in NAME_JOINING or not tok.is_lower:
            break
        j += 1
    return end


def names_cut_at_a_preposition(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    swallowed: set[int] = set()
    for n, m in enumerate(mentions):
        if id(m) in swallowed:
            continue
        end = m.end
        if m.label == "ORG" and len(m.words) > 1 and end < len(doc):
            last = m.words[-1]
            at = None
            if last.lower() in _INNER and last[:1].isupper():
                at = end + (doc[end].lower_ == "the")  # "Against [the] War"
            elif last.lower() in _BODIES_FOR_A_FIELD and doc[end].text == "for":
                at = end + 1
            if at is not None and at < len(doc) and (rest := _rest(doc, at)) > at:
                end = rest
        inside = [o for o in mentions[n + 1:] if o.start < end]
        if end == m.end or any(o.end > end or o.label != "ORG" for o in inside):
            out.append(m)  # nothing capitalised after it, or another name the model tagged there
            continue
        swallowed.update(id(o) for o in inside)  # "Journalism", which the model may tag an organisation alone
        out.append(mention_of(doc[m.start:end], "ORG", m.role, m.affiliation))
    return out


# a saint's title opening the name of what is named after the saint ("St Mary's Cathedral"), and the last words of
# the buildings and the institutions named so: a building (FAC), or, for the schools, an organisation
_SAINTS = {"st", "st.", "saint"}
_SAINTS_BUILDINGS = {"cathedral", "church", "basilica", "chapel", "abbey", "priory", "minster", "hospital"}
_SAINTS_SCHOOLS = {"school", "college", "university", "academy"}


def buildings_named_for_a_saint(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'St Mary's Cathedral', 'Saint Luke's Hospital', 'St Anne's Catholic School': the model ends the name at the
    saint's possessive and tags the saint alone, as a person or a town, or the words after the mark alone, or nothing;
    the name runs from the saint's title over the mark and the capitalised words after it, up to the building's or
    the school's word (two words between at most). Any name the model tagged there lies inside it."""
    found: list[Mention] = []
    for i in range(len(doc) - 3):
        end = _saints_building_end(doc, i)
        if not end:
            continue
        inside = [m for m in mentions if m.start < end and m.end > i]
        if any(m.start < i or m.end > end for m in inside):
            continue  # a name the model ran past it, or into it from before
        head = doc[end - 1].lower_
        found.append(mention_of(doc[i:end], "FAC" if head in _SAINTS_BUILDINGS else "ORG"))
        gone = {id(m) for m in inside}
        mentions = [m for m in mentions if id(m) not in gone]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _saints_building_end(doc: Doc, i: int) -> int:
    """Where the building's or the school's name opened by a saint's title at `i` ends; 0 where none opens there."""
    title, saint, mark = doc[i], doc[i + 1], doc[i + 2]
    if title.lower_ not in _SAINTS or not title.text[:1].isupper() or not saint.is_alpha \
            or not saint.text[:1].isupper() or mark.text not in APOSTROPHE_S or saint.whitespace_:
        return 0
    for at in range(i + 3, min(i + 6, len(doc))):
        word = doc[at]
        if not word.is_alpha or not word.text[:1].isupper():
            return 0
        if word.lower_ in _SAINTS_BUILDINGS or word.lower_ in _SAINTS_SCHOOLS:
            return at + 1
    return 0


# the hyphens a firm's name is joined with: an en dash or a minus in wire copy
_GLUES = {"/", "&"}
_HYPHENS_AND_SLASH = NAME_HYPHENS | {"/"}
# prefixes written with a capital at a sentence's start: "Ex-<Body> chief", "Pan-<People> market"
_PREFIXES = {"ex", "pan", "anti", "pro", "non", "post", "neo", "vice", "semi", "pseudo", "quasi", "former"}


def names_cut_at_a_hyphen(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Wexler-Quinn Holdings Corp', of which the model tagged only what follows the hyphen: a capitalised word
    joined by a hyphen (or a slash: 'Hollis/Crane Bankers Inc'), no space either side, to the start of a company's
    name that ends in its legal form is the name's first word; the firm is no 'Quinn Holdings Corp'. Not a place or
    a name of its own the model tagged there ('Texas-Mexico', 'Iran-Contra'), nor a prefix ('Ex-'); a one-word
    organisation it tagged there is the same name's first word."""
    taken = mention_by_token(mentions)
    out: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        start = m.start
        if m.label in ("ORG", "PERSON") and fold(m.words[-1]) in CORPORATE and _opens_on_a_hyphen(doc, start):
            # "-Utrecht Bank NV": the model took the hyphen into the firm and left the word before it out, whatever
            # it read that word as (a town's name, as firms are named after towns); the word is the name's
            other = taken.get(start - 1)
            if other is not None and (other.start != start - 1 or other.end != start):
                out.append(m)
                continue
            if other is not None:
                dropped.add(id(other))
            start -= 1
            m = mention_of(doc[start:m.end], "ORG", m.role, m.affiliation)
        while m.label == "ORG" and fold(m.words[-1]) in CORPORATE and _joined_before(doc, start, taken, places):
            other = taken.get(start - 2)
            if other is not None and (other.label != "ORG" or other.start != start - 2 or other.end != start - 1):
                break
            if other is not None:
                dropped.add(id(other))
            start -= 2
        if start < m.start:
            # "K/B-Tel Inc": a word glued to the hyphenated one by a slash or an ampersand is the name's too
            while start >= 2 and not doc[start - 1].whitespace_ and doc[start - 1].text in _GLUES \
                    and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and (start - 2) not in taken:
                start -= 2
            # "Nord Kessel-Aune Plc": the name's words before the hyphenated one, untagged proper nouns
            while start >= 1 and (start - 1) not in taken and _opening_word(doc[start - 1]) \
                    and doc[start - 1].whitespace_ == " ":
                start -= 1
        out.append(m if start == m.start else mention_of(doc[start:m.end], "ORG", m.role, m.affiliation))
    out = [m for m in out if id(m) not in dropped]
    return _short_names_after_a_slash(doc, out)


def _short_names_after_a_slash(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Hollis/Crane Bankers Inc' ... 'Hollis/Crane said': the firm's short name, cut after the slash as its full
    name was, opens on the same word before the slash; the model's 'Crane' is no firm of its own."""
    firms = {m.words for m in mentions if m.label == "ORG" and "/" in m.words[1:-1]}
    if not firms:
        return mentions
    taken = mention_by_token(mentions)
    out: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        s = m.start
        # not one letter after the slash, nor a front straight after another name: '<Name> A/S' is that firm's form
        if m.label in ("ORG", "PERSON") and s >= 2 and doc[s - 1].text == "/" and not doc[s - 1].whitespace_ \
                and not doc[s - 2].whitespace_ and (s - 1) not in taken and len(m.name) > 1 \
                and not (s >= 3 and (s - 3) in taken and taken[s - 3].end == s - 2) \
                and any(f[: len(m.words) + 2] == (doc[s - 2].text, "/", *m.words) for f in firms):
            # the word before the slash the model may have tagged alone ('CBS'), as it did in the full name
            other = taken.get(s - 2)
            if other is not None and (other.label != "ORG" or other.start != s - 2 or other.end != s - 1):
                out.append(m)
                continue
            if other is not None:
                dropped.add(id(other))
            m = mention_of(doc[s - 2 : m.end], "ORG", m.role, m.affiliation)
        out.append(m)
    return [m for m in out if id(m) not in dropped]


def _opens_on_a_hyphen(doc: Doc, start: int) -> bool:
    """A hyphen glued to the capitalised word before it and to the word after it, at `start`."""
    if not glued_hyphen(doc, start):
        return False
    word = doc[start - 1]
    return word.is_alpha and word.text[:1].isupper() and word.lower_ not in _PREFIXES


def _joined_before(doc: Doc, start: int, taken: dict[int, Mention], places: frozenset[str]) -> bool:
    """A capitalised word, no place nor prefix, then a hyphen or a slash, no space either side, straight before
    `start` ('Wexler-Quinn Holdings Corp', 'Hollis/Crane Bankers Inc': the model opens the firm after either)."""
    if not glued_hyphen(doc, start - 1, _HYPHENS_AND_SLASH) or (start - 1) in taken:
        return False
    word = doc[start - 2]
    return word.is_alpha and word.text[:1].isupper() and word.lower_ not in _PREFIXES \
        and not is_place(word.text, places)


def _opening_word(tok) -> bool:
    """A proper noun a firm's name may open with, left untagged (a town's name too, as firms are named after
    towns): not a common word written with a capital at a sentence's start, nor a title ('Chairman')."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop \
        and tok.lower_ not in TITLES and tok.lower_ not in HONORIFICS


# a firm's legal form or the word its kind of firm is named with, which the model may tag alone
_FORMS_ALONE = CORPORATE | {"bancorp", "bancorporation", "partners"}


def firms_cut_to_their_legal_form(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Halvern Bancorp said', of which the model tagged only the legal form: untagged proper nouns written straight
    before an organisation that is a legal form alone are the firm's name, which runs over them. Not a 'Group' before
    'of' (a club of nations), nor a word after a title or a stop word ('The Group')."""
    taken = covered(mentions)
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        if m.label == "ORG" and len(m.words) == 1 and fold(m.words[0]) in _FORMS_ALONE \
                and not (m.end < len(doc) and doc[m.end].lower_ == "of"):
            while start >= 1 and (start - 1) not in taken and doc[start - 1].whitespace_ == " " \
                    and _opening_word(doc[start - 1]):
                start -= 1
        out.append(m if start == m.start else mention_of(doc[start:m.end], "ORG", m.role, m.affiliation))
    return out


# the words that close a partnership's name as a legal form closes a company's; the model takes them for no part of it
PARTNERSHIP_WORDS = {"Partnership", "LP", "L.P."}


def name_goes_on(doc: Doc, i: int) -> bool:
    """'<Firm> LP Gas International': a capitalised word after a partnership's word says it is no legal form but
    part of a longer name (a liquefied gas)."""
    return i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start


def firms_cut_before_their_partnership(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Halvern Master Limited Partnership said', of which the model tagged 'Halvern Master Limited': a partnership's
    name runs on over the word that says it is one, which the model left untagged straight after it."""
    taken = covered(mentions)
    out: list[Mention] = []
    for m in mentions:
        end = m.end
        if m.label == "ORG" and end < len(doc) and end not in taken and doc[end].text in PARTNERSHIP_WORDS \
                and doc[end - 1].whitespace_ == " " and not doc[end].is_sent_start and not doc[end].ent_type_ \
                and not name_goes_on(doc, end):
            end += 1
        out.append(m if end == m.end else mention_of(doc[m.start:end], "ORG", m.role, m.affiliation))
    return out


# the joining words inside a firm's name before its last part: "Smith and Jones", "Smith & Jones"
_AND = AND_WORDS
_MOST_BEFORE = 3


def firms_cut_before_a_surname(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Holloway and Pike said', 'Ashby Kell said' where the article names 'Holloway and Pike Inc' or 'Ashby Kell
    SA' in full elsewhere: the model tags only the last word, as a person, and leaves the words before it untagged
    or tags them apart. With the person's word they open the firm's name the article writes in full: the run is
    the firm's, as written, and the canonical step joins it to the full name."""
    firms = {key(m.words) for m in mentions if m.label == "ORG" and len(m.words) > 1}
    if not firms:
        return mentions
    openings = {firm[:n] for firm in firms for n in range(2, len(firm) + 1)}
    out: list[Mention] = []
    for m in mentions:
        if m.label != "PERSON" or m.role or m.start == 0:
            out.append(m)
            continue
        start, found = m.start, None
        while start > 0 and m.start - start < _MOST_BEFORE:
            tok = doc[start - 1]
            if tok.whitespace_ != " " or doc[start].is_sent_start \
                    or not (tok.text[:1].isupper() or tok.lower_ in _AND) \
                    or tok.lower_.rstrip(".") in HONORIFICS or tok.lower_ in TITLES:
                break  # 'Mr <Surname>', whom the model ran into a firm's name elsewhere, stays a person
            start -= 1
            if tok.lower_ not in _AND and key(tuple(t.text for t in doc[start : m.end])) in openings:
                found = start
        if found is None:
            out.append(m)
            continue
        while out and out[-1].end > found:  # the firm's first word, tagged apart ('Holloway' an ORG, 'Pike' a PERSON)
            if out[-1].start < found:
                break
            out.pop()
        else:
            out.append(mention_of(doc[found : m.end], "ORG", None, m.affiliation))
            continue
        out.append(m)
    return out


# legal forms that close a company's name ("Co" and "Corp" may go on: "Aluminum Co of America")
_CLOSING_FORMS = {"inc", "ltd", "plc", "llc", "ag", "sa", "nv", "n.v", "s.a", "gmbh", "bv", "spa", "s.p.a"}


def firms_of_a_place(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Dominion Textiles Inc of Canada': the company, then the place it is from."""
    out: list[Mention] = []
    for m in mentions:
        of = next((m.start + i for i, w in enumerate(m.words[1:-1], 1) if w == "of"
                   and m.words[i - 1].lower().rstrip(".") in _CLOSING_FORMS), 0) if m.label == "ORG" else 0
        if of and len(m.words) == m.end - m.start and is_place(doc[of + 1 : m.end].text, places):
            out += [mention_of(doc[m.start:of], "ORG", m.role, m.affiliation), mention_of(doc[of + 1 : m.end], "GPE")]
        else:
            out.append(m)
    return out



# what may close a firm's name after the place it is named for: 'Bank of the West NT and SA'
_AFTER_THE_PLACE = CORPORATE | {"nt", "and", "&"}
_MOST_BEFORE_OF = 3
# a bank is named for what it serves, a region or a trade, not only a place: 'Bank of the Plains Corp'
_BANKS = {"bank", "banks"}


def firms_cut_at_of(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Trust of Ohio Inc' where the text has 'Farmers Trust of Ohio Inc': a firm's name that is a place and its
    legal form, straight after 'of' and proper nouns, ends a longer name, which runs back over them; a firm
    is no 'Ohio Inc'. So is any firm's name after 'Bank of'. Not over a title ('Chairman of'), a common word opening
    a sentence ('Shareholders of') or a person's full name the model tagged."""
    taken = mention_by_token(mentions)
    out: list[Mention] = []
    for m in mentions:
        of = m.start - 1
        if m.label != "ORG" or of < 1 or doc[of].lower_ != "of" or fold(m.words[-1].rstrip(".")) not in CORPORATE:
            out.append(m)
            continue
        n = len(m.words)
        while n > 1 and fold(m.words[n - 1].rstrip(".")) in _AFTER_THE_PLACE:
            n -= 1
        start = of
        while n < len(m.words) and (is_place(" ".join(m.words[:n]), places) or fold(doc[of - 1].text) in _BANKS) \
                and start > 0 \
                and of - start < _MOST_BEFORE_OF and not (start < of and doc[start].is_sent_start):
            tok, other = doc[start - 1], taken.get(start - 1)
            if not tok.text[:1].isupper() or tok.lower_ in TITLES or tok.lower_ in HONORIFICS \
                    or not (_opening_word(tok) or fold(tok.text) in _OPENS_WITH_OF):
                break
            # a person's full name opens with a first name; 'Gold Fields', 'Range Rover' the model took for one
            if other is not None and (other.label == "PERSON" and len(other.words) > 1
                                      and (is_first_name(other.words[0]) or other.role) or other.end != start
                                      or of - other.start > _MOST_BEFORE_OF):
                break
            start = other.start if other is not None else start - 1
        if start >= of:
            out.append(m)
            continue
        out = [o for o in out if o.end <= start]  # the words before 'of' the model tagged apart
        out.append(mention_of(doc[start:m.end], "ORG", m.role, m.affiliation))
    return out


# the words an institution's name opens with before 'of': "House of Representatives", "Court of Appeals"
_OPENS_WITH_OF = ORG_TAILS | HEADS["bodies"] | {"house", "court", "department", "ministry", "bank", "office"}


def institutions_after_a_country(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the United States House of Representatives', of which the model tags only the country: an institution's
    name with 'of' it left untagged straight after a country's name is one organisation's name, the country first."""
    taken = covered(mentions)
    out: list[Mention] = []
    for m in mentions:
        at = m.end
        if m.label in ("GPE", "ORG") and at + 2 < len(doc) and at not in taken and doc[at - 1].whitespace_ == " " \
                and doc[at].is_title and doc[at].lower_ in _OPENS_WITH_OF and doc[at + 1].text == "of" \
                and gazetteer.country_code(m.name):
            end = _rest(doc, at + 2)
            if end > at + 2 and not any(i in taken for i in range(at, end)):
                out.append(mention_of(doc[m.start:end], "ORG", m.role, m.affiliation))
                continue
        out.append(m)
    return out


def _base_ends(doc: Doc, m: Mention) -> int | None:
    """Where '<Place>-based' ends when it opens a mention: one token ('U.S.-based'), or the place, a hyphen and
    'based' ('Ohio - based'); None when the mention does not open so."""
    first = doc[m.start]
    if first.text.endswith("-based") and first.text[:1].isupper():
        return m.start + 1
    for i in range(m.start + 2, min(m.end - 1, m.start + 4)):
        if doc[i].lower_ == "based" and glued_hyphen(doc, i - 1):
            return i + 1
    return None


def firms_after_their_base(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the U.S.-based Corvale Corp', 'Calif.-based Dunmore Glass Inc': where a firm is based says where it is, and
    is no part of its name, which the model ran the two into. The firm opens after 'based'; a place before the hyphen
    that is a token of its own stays a place."""
    out: list[Mention] = []
    for m in mentions:
        at = _base_ends(doc, m) if m.label == "ORG" and len(m.words) > 1 else None
        if at is None or at >= m.end or not doc[at].text[:1].isupper():
            out.append(m)
            continue
        if at - m.start > 1:  # "Ohio - based": the place, a token of its own
            out.append(mention_of(doc[m.start:at - 2], "GPE"))
        out.append(mention_of(doc[at:m.end], "ORG", m.role, m.affiliation))
    return out


def firms_cut_at_a_founders_mark(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Hallam and Pryce's Corp', of which the model tagged only "Pryce's Corp": a firm named for two founders joined
    by 'and', the second written with his possessive straight before the legal form. The model reads the mark as the
    end of an owner's name and opens the firm there; the first founder's word and 'and' open the name. Not a place
    ('Greece and Turkey's'), nor a word the model tagged inside a longer name of its own."""
    taken = mention_by_token(mentions)
    out: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        s = m.start
        if m.label in ("ORG", "PERSON") and m.end - s == 3 and s >= 2 and doc[s + 1].text in APOSTROPHE_S \
                and fold(doc[s + 2].text) in CORPORATE and doc[s - 1].lower_ in _AND \
                and doc[s - 1].whitespace_ == " " and _founders_word(doc[s - 2], places) \
                and _founders_word(doc[s], places):
            other = taken.get(s - 2)
            if other is None or (other.start == s - 2 and other.end == s - 1 and other.label in ("ORG", "PERSON")):
                if other is not None:
                    dropped.add(id(other))
                out.append(mention_of(doc[s - 2:m.end], "ORG", m.role, m.affiliation))
                continue
        out.append(m)
    return _written_again_without_the_form(doc, [m for m in out if id(m) not in dropped])


def _written_again_without_the_form(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Hallam and Pryce's said' after 'Hallam and Pryce's Corp': the founders' names again without the legal form,
    of which the model tags the first word at most, are the firm's short name, whole."""
    names = {tuple(t.lower_ for t in doc[m.start:m.end - 1]) for m in mentions if m.label == "ORG"
             and m.end - m.start >= 4 and doc[m.start + 1].lower_ in _AND and doc[m.end - 2].text in APOSTROPHE_S
             and fold(doc[m.end - 1].text) in CORPORATE}
    return _written_whole(doc, mentions, names, as_written=False, tagged_only=False) if names else mentions


def _written_whole(doc: Doc, mentions: list[Mention], names: set[tuple[str, ...]], as_written: bool,
                   tagged_only: bool) -> list[Mention]:
    """Each place the article writes one of a firm's `names` (its words in lower case, or as written) becomes that
    firm, in place of the mentions inside it. Not before a number ('<A> and <B> 500': an index named after the
    firm), nor where a mention runs past the words (the full name, or another name they belong to); with
    `tagged_only`, not where the model tagged none of the words or tagged them whole already."""
    taken = mention_by_token(mentions)
    added: list[Mention] = []
    dropped: set[int] = set()
    for name in names:
        n = len(name)
        for i in range(len(doc) - n + 1):
            first = doc[i].text if as_written else doc[i].lower_
            if first != name[0] or tuple(t.text if as_written else t.lower_ for t in doc[i:i + n]) != name:
                continue
            if i + n < len(doc) and doc[i + n].like_num:
                continue
            inside = {id(o): o for o in (taken.get(j) for j in range(i, i + n)) if o is not None}
            if any(o.start < i or o.end > i + n for o in inside.values()):
                continue
            if tagged_only and (not inside or any(o.end - o.start == n for o in inside.values())):
                continue
            dropped.update(inside)
            added.append(mention_of(doc[i:i + n], "ORG"))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + added, key=lambda m: m.start)


def _capitalised_name_word(tok) -> bool:
    """A capitalised word of a firm's name: no title, honorific, stop word or legal form."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and tok.lower_ not in TITLES \
        and tok.lower_ not in HONORIFICS and fold(tok.text) not in CORPORATE


def _founders_word(tok, places: frozenset[str]) -> bool:
    """A capitalised word that may name a firm's founder: no place, title, stop word or legal form."""
    return _capitalised_name_word(tok) and not tok.is_upper and not is_place(tok.text, places) \
        and not gazetteer.country_code(tok.text)


# words a firm's name goes on with after a legal form's stop ('<Name> Co. International', '<Name> and Co. L.P.')
_AFTER_A_FORM = {"international", "internationale", "partners", "partnership", "l.p.", "lp", "holdings", "group",
                 "america", "usa", "u.s.a.", "canada", "ltd", "inc", "limited", "trust"}


def firms_run_past_their_stop(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'... rated A by Harwick Ratings Corp. Pellman Securities managed the sale': wire copy writes a legal form
    without its stop, so a stop after one ends the sentence, but the parser reads on and the model runs the firm
    into the next sentence's subject. The firm ends at its legal form where a verb follows the run ('managed',
    'will') or the run ends on a possessive mark; the words after the stop are a name of their own when they are
    two words or more, or a word the article tags elsewhere."""
    out: list[Mention] = []
    for m in mentions:
        at = (_stop_inside(doc, m) or _letters_stop_inside(doc, m)) if m.label == "ORG" else None
        if at is None:
            out.append(m)
            continue
        out.append(mention_of(doc[m.start:at + 1], "ORG", m.role, m.affiliation))
        end = m.end - 1 if doc[m.end - 1].text in APOSTROPHE_S else m.end
        words = doc[at + 1:end]
        if len(words) > 1 or fold(words.text) not in CORPORATE and any(
                o is not m and words.text in o.words for o in mentions):  # "S and P. Co-managers are": no name
            out.append(mention_of(words, "ORG"))
    return out


def _letters_stop_inside(doc: Doc, m: Mention) -> int | None:
    """A name of two letters joined by 'and' with a stop on the second ('rated A by S and P. Harwick Securities
    co-managed'): no firm's name goes on past such a stop, so a capitalised word after it opens a sentence."""
    for j in range(m.start + 2, m.end - 1):
        first, tok, nxt = doc[j - 2], doc[j], doc[j + 1]
        if len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and doc[j - 1].lower_ == "and" \
                and len(first.text) == 1 and first.text.isupper() and tok.whitespace_ and nxt.text[:1].isupper() \
                and nxt.is_alpha:
            return j
    return None


def _stop_inside(doc: Doc, m: Mention) -> int | None:
    """The legal form with a stop inside the mention after which a sentence opens, or None."""
    after = doc[m.end] if m.end < len(doc) else None
    marked = doc[m.end - 1].text in APOSTROPHE_S or (after is not None and after.text in APOSTROPHE_S)
    verb = after is not None and after.is_alpha and after.is_lower and (after.pos_ in ("VERB", "AUX") or (
        m.end + 2 < len(doc) and doc[m.end + 1].text in NAME_HYPHENS and doc[m.end + 2].pos_ == "VERB"))  # 'co-led'
    if not (marked or verb):
        return None
    for j in range(m.start + 2, m.end - 1):  # two words before the form at least: not '<Given name> Co. <Surname>'
        tok, nxt = doc[j], doc[j + 1]
        if tok.text.endswith(".") and fold(tok.text) in CORPORATE and tok.whitespace_ == " " and nxt.is_alpha \
                and nxt.text[:1].isupper() and fold(nxt.text) not in CORPORATE and nxt.lower_ not in _AFTER_A_FORM:
            return j
    return None


# the last words that say a name is a firm's or a body's, whatever the model took it for
_FIRM_ENDS = CORPORATE | ORG_TAILS | {"bank", "trust", "union", "exchange", "engineers", "associates", "partners",
                                      "properties"} | set(HEADS["thrift_forms"])
# 'First Federal Savings and Loan Association': a stop word, yet the opening of many a bank's name
_BANK_ORDINALS = set(HEADS["bank_ordinals"])
_MOST_FRONT = 3


def firms_cut_after_and(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Harrow Oil and Gas Partners Ltd', 'Brill Savings and Loan Association': the model reads 'and' as a list's
    and opens the firm after it, leaving the words before it untagged. A name that ends on a legal form or a body's
    word opens on the proper nouns straight before 'and' that no mention holds, unless the article tags those words
    as a name of their own or the opening of one ('Alder Securities' ... 'Alder and Pike Ltd': two firms), or a
    capitalised word or a list's comma comes before them (the front is then a name's middle), or the front
    ends on a body's word of its own ('Alder Bank and Pike Corp': two firms). The firm's short
    name written again after the same front ('Harrow Oil and Gas said') opens there too."""
    mentions = _fronts_tagged_apart(doc, mentions)
    taken = covered(mentions)
    alone = {m.words for m in mentions}
    out: list[Mention] = []
    names: set[tuple[str, ...]] = set()
    for m in mentions:
        start = _front_before_and(doc, m, taken, alone) if m.label in ("ORG", "PERSON") else None
        if start is not None:
            m = mention_of(doc[start:m.end], "ORG", m.role, m.affiliation)
            names.add(m.words)
        out.append(m)
    if not names:
        return out
    return [_short_name_after_front(doc, m, taken, names) for m in out]


_MOST_FRONT_TAGGED = 2


def _fronts_tagged_apart(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Cable and Wireless Plc', 'the Post and Telecommunications Ministry', of which the model tagged the front
    apart ('Cable', 'Post'): a front of one or two capitalised words that the article never writes but before 'and'
    and the same next word is the opening of the name, not a name of its own, when the name after 'and' is one word
    and a legal form or a body's word (then maybe 'of' and a place). Once such a name is found, the front and 'and' open every mention after them that
    starts with that word ('Cable and Wireless said'). A front that ends on a firm's or a body's own word, or that
    the article writes alone, is a name of its own ('Alder Corp and Pike Inc', 'Alder ... Alder and Pike Ltd')."""
    names: set[tuple[str, str]] = set()
    pairs = [(n, p, m) for n, (p, m) in enumerate(pairwise(mentions))
             if _joined_by_and(doc, p, m) and _front_only_before(doc, p, m)]
    for _, p, m in pairs:
        # one word before the form or the body's word: 'Citibank and Chase Manhattan Bank' are two banks
        if m.label in ("ORG", "PERSON") and _ends_as_a_firm(doc, m) and len(m.words) >= 2 \
                and fold(m.words[1].rstrip(".")) in _FIRM_ENDS:
            names.add((p.words, m.words[0]))
    if not names:
        return mentions
    out = list(mentions)
    joined = len(mentions)
    for n, p, m in reversed(pairs):
        if (p.words, m.words[0]) in names and m.label in ("ORG", "PERSON", "GPE") and n + 1 < joined:
            out[n : n + 2] = [mention_of(doc[p.start : m.end], "ORG", m.role, m.affiliation)]
            joined = n  # 'A and B and C': the mention after 'and' was joined to the one after it already
    return out


def _joined_by_and(doc: Doc, p: Mention, m: Mention) -> bool:
    """Two mentions with only 'and' or '&' between, the front a short name of capitalised name words. Not a
    person's name in full ('<First> <Surname> and <Firm> Inc'), nor a front with a word in capitals: initials or a
    legal form the firms' lists lack ('<Firm> AB and <Firm> Inc' are two firms). Not the last but one of a list
    ('the Energy Department, Treasury and Commerce Department': three bodies), as _front_before_and reads it."""
    return p.end + 1 == m.start and doc[p.end].lower_ in _AND and doc[p.end].whitespace_ == " " \
        and not (p.start >= 1 and doc[p.start - 1].text == ",") \
        and p.end - p.start == len(p.words) <= _MOST_FRONT_TAGGED and not p.role \
        and (p.label == "ORG" or p.label == "PERSON" and len(p.words) == 1 and not is_first_name(p.words[0])) \
        and all(_capitalised_name_word(doc[i]) and not doc[i].is_upper for i in range(p.start, p.end)) \
        and fold(p.words[-1]) not in _FIRM_ENDS and doc[m.start].text[:1].isupper() \
        and fold(doc[m.start].text) not in CORPORATE


def _front_only_before(doc: Doc, p: Mention, m: Mention) -> bool:
    """The front's words, wherever the article writes them, come before 'and' and the name's first word."""
    return written_only_paired(doc, p.words, (doc[m.start].text,), "front")


def _front_before_and(doc: Doc, m: Mention, taken, alone) -> int | None:
    s = m.start
    if s < 2 or doc[s - 1].lower_ not in _AND or doc[s - 1].whitespace_ != " " or not _ends_as_a_firm(doc, m) \
            or not doc[s].text[:1].isupper() or fold(doc[s].text) in CORPORATE:
        return None
    start = s - 1
    while start >= 1 and s - 1 - start < _MOST_FRONT and (start - 1) not in taken \
            and doc[start - 1].whitespace_ == " " and _front_word(doc[start - 1]):
        start -= 1
    front = tuple(t.text for t in doc[start:s - 1])
    if start == s - 1 or fold(front[-1]) in _FIRM_ENDS or _a_bank_of_its_own(front) or any(
            words[:len(front)] == front and not _short_name_of(words, front, m.words) for words in alone):
        return None
    if start >= 1 and (doc[start - 1].whitespace_ != " " or doc[start - 1].text[:1].isupper()
                       and not (doc[start - 1].text == "The" and doc[start - 1].is_sent_start)
                       or doc[start - 1].text == ","):
        return None  # (a sentence's 'The' before the front is no name's middle: 'The Peace and Freedom Party')
    return start


def _a_bank_of_its_own(front: tuple[str, ...]) -> bool:
    """'First Bank Alderton and First Bank Pikeville': a front opening on the ordinal with a bank's word inside is
    a bank's whole name, its town after the word; the name after 'and' is another bank."""
    return fold(front[0]) in _BANK_ORDINALS and any(fold(w) in _FIRM_ENDS for w in front[1:])


def _short_name_of(words: tuple[str, ...], front: tuple[str, ...], rest: tuple[str, ...]) -> bool:
    """'Alder and Pike' of 'Alder and Pike Group Inc': the front and the opening of the words after its 'and', the
    firm's own short name, written elsewhere; no name of its own."""
    tail = words[len(front) + 1:]
    return len(words) > len(front) + 1 and words[len(front)] == "and" and 0 < len(tail) < len(rest) \
        and rest[:len(tail)] == tail


def _ends_as_a_firm(doc: Doc, m: Mention) -> bool:
    """The name ends on a legal form or a body's word, or a party's ('Peace and Freedom Party'), or has one before
    its 'of' ('<Words> Association of <Place>')."""
    return fold(doc[m.end - 1].text) in _FIRM_ENDS or fold(doc[m.end - 1].text) == "party" or any(
        doc[k + 1].lower_ == "of" and fold(doc[k].text) in _FIRM_ENDS for k in range(m.start, m.end - 1))


def _short_name_after_front(doc: Doc, m: Mention, taken, names: set[tuple[str, ...]]) -> Mention:
    if m.label not in ("ORG", "PERSON") or m.start < 2 or doc[m.start - 1].lower_ not in _AND:
        return m
    for start in range(m.start - 2, max(m.start - 2 - _MOST_FRONT, -1), -1):
        if start in taken:
            break
        words = tuple(t.text for t in doc[start:m.end])
        if any(len(words) < len(name) and name[:len(words)] == words for name in names):
            return mention_of(doc[start:m.end], "ORG", m.role, m.affiliation)
    return m


def _front_word(tok) -> bool:
    """A capitalised word a firm's name may open with: no title, no stop word, no common word that opens a
    sentence ('Replacing')."""
    return (_capitalised_name_word(tok) or tok.lower_ in _BANK_ORDINALS and tok.text[:1].isupper()) \
        and (tok.pos_ == "PROPN" or not tok.is_sent_start)


def founders_firms_written_apart(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'<A> and <B>' tagged apart ('<A>' ORG, '<B>' a place) where the article tags '<A> and <B> Co Plc' or
    '<A> and <B>' as one firm elsewhere: the same two words joined by 'and' are that firm's name again, whole. Only
    when neither word is written outside that pair, since two persons or places named together ('<A> and <B>
    said') are written apart too."""
    pairs = {_founders_pair(doc, m) for m in mentions if m.label == "ORG"} - {None}
    names = {name for name in pairs if _written_only_as(doc, name)}
    return _written_whole(doc, mentions, names, as_written=True, tagged_only=True) if names else mentions


def _founders_pair(doc: Doc, m: Mention) -> tuple[str, str, str] | None:
    """'<A> and <B>' of a firm's mention that is those three words, maybe then legal forms ('Co Plc', 'Holdings')."""
    if m.end - m.start < 3 or m.end - m.start != len(m.words) or doc[m.start + 1].lower_ not in _AND:
        return None
    if not (_capitalised_name_word(doc[m.start]) and _capitalised_name_word(doc[m.start + 2])):
        return None
    if any(fold(t.text) not in CORPORATE and t.lower_ not in _AFTER_A_FORM for t in doc[m.start + 3 : m.end]):
        return None
    return doc[m.start].text, doc[m.start + 1].text, doc[m.start + 2].text


def _written_only_as(doc: Doc, name: tuple[str, str, str]) -> bool:
    """Each of the pair's words, wherever the article writes it, is in the pair, joined as the firm's name writes
    it ('&' or 'and', in its case); either side's place will do, so that '<A> & <A>' is a pair too. The words are
    capitalised name words, never the joining word, so a word in the pair is one of its sides."""
    return written_only_paired(doc, (name[0],), (name[2],), "either", joins=lambda tok: tok.text == name[1])


# a government body named for the fields it serves: 'Department for <Field> and <Field>'
_BODIES_OF_FIELDS = {"department", "ministry", "office", "commission", "council", "agency", "bureau", "institute",
                     "chamber", "federation", "confederation", "association"}
_MOST_AFTER = 2


def bodies_cut_before_their_last_field(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'the Department for <Field> and <Field>', of which the model tagged the body up to 'and' and the last field
    apart or not at all: capitalised words after 'and' that end the body's name are its last field when the
    article writes them nowhere else but after the same field and 'and' (a body of its own, '<Department> and
    Treasury', is written alone too). Not a place, a body's own word or initials, nor a run a capitalised word
    goes on after."""
    taken = mention_by_token(mentions)
    out: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        end = _last_field_end(doc, m, taken, places) if m.label == "ORG" else None
        if end is None:
            out.append(m)
            continue
        dropped.update(id(o) for o in (taken.get(i) for i in range(m.end + 1, end)) if o is not None)
        out.append(mention_of(doc[m.start : end], "ORG", m.role, m.affiliation))
    return [m for m in out if id(m) not in dropped]


def _last_field_end(doc: Doc, m: Mention, taken, places: frozenset[str]) -> int | None:
    words = [t.lower_ for t in doc[m.start : m.end]]
    if not any(fold(w) in _BODIES_OF_FIELDS and words[k + 1] in ("for", "of") for k, w in enumerate(words[:-2])) \
            or m.end + 1 >= len(doc) or doc[m.end].lower_ not in _AND or not doc[m.end - 1].is_title:
        return None
    at = m.end + 1
    end = at
    while end < len(doc) and end - at < _MOST_AFTER and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].is_sent_start and fold(doc[end].text) not in _FIRM_ENDS:
        end += 1
    if end == at or end < len(doc) and doc[end].text[:1].isupper() or is_place(doc[at:end].text, places):
        return None
    for i in range(at, end):  # only the field's words, or one mention of them alone, after 'and'
        other = taken.get(i)
        if other is not None and (other.start < at or other.end > end or other.label not in ("ORG", "PERSON")):
            return None
    # the field's first word, wherever the article writes it, comes after the same field and 'and'
    if not written_only_paired(doc, (doc[m.end - 1].text,), (doc[at].text,), "back"):
        return None
    return end


def names_cut_at_a_sentences_first_word(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'West Ham' at a sentence's opening (after a quote's close, say), of which the model tagged 'Ham': it reads
    the opening capital as the sentence's, not the name's. When the article names the same words with that first
    word elsewhere as one name, the mention opens on it, and takes that name's label."""
    taken = covered(mentions)
    full = {m.words: m.label for m in mentions if m.end - m.start >= 2}
    out: list[Mention] = []
    for m in mentions:
        at = m.start - 1
        if m.label in _NAME_LABELS and at >= 0 and at not in taken and doc[at].whitespace_ == " " \
                and _opens_a_sentence(doc, at) and doc[at].is_title and doc[at].is_alpha and not doc[at].is_stop \
                and doc[at].lower_ not in TITLES and doc[at].lower_ not in HONORIFICS:
            label = full.get((doc[at].text, *m.words))
            if label in _NAME_LABELS:
                m = mention_of(doc[at : m.end], label, m.role, m.affiliation)
        out.append(m)
    return out


_NAME_LABELS = NAME_LABELS - {"LAW"}  # every kind of name but a law's, on which the rule was not measured


def _opens_a_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_quote or "\n" in doc[i - 1].text \
        or doc[i - 1].text in (".", "!", "?")


def firms_cut_after_a_founders_given_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Alex. Brown and Sons Inc', of which the model tagged 'Brown and Sons Inc' (and 'Alex' as a person): a firm
    named for its founder with his given name shortened and stopped. The model takes the full stop for a sentence's
    end; a given name straight before it, after no capitalised word, opens the firm's name. So it does where the
    article writes the name again without the legal form ('<Given>. <Initial>. <Surname> said')."""
    out = list(mentions)
    firms: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label == "ORG" and fold(m.words[-1].rstrip(".")) in CORPORATE and _join_given_name(doc, out, m):
            firms.add(tuple(t.text for t in doc[m.start - 2:m.end]))
    if firms:
        openings = {firm[:n] for firm in firms for n in range(3, len(firm))}
        for m in [o for o in out if o.label in ("ORG", "PERSON") and o.start >= 2]:
            if tuple(t.text for t in doc[m.start - 2:m.end]) in openings and m in out:
                _join_given_name(doc, out, m)
    return out


def _join_given_name(doc: Doc, out: list[Mention], m: Mention) -> bool:
    s = m.start
    if s < 2:
        return False
    stop, given = doc[s - 1], doc[s - 2]
    if not (stop.text == "." and stop.whitespace_ == " " and not given.whitespace_ and given.is_alpha
            and given.is_title and is_first_name(given.text) and given.text not in SHORT_FORMS
            and given.lower_ not in TITLES and given.lower_ not in HONORIFICS):
        return False
    if s >= 3 and doc[s - 3].text[:1].isupper() and not given.is_sent_start:
        return False  # "<Name> Alex. <Firm>": the stop ends a sentence after a full name
    inside = [o for o in out if o is not m and o.start < s and o.end > s - 2]
    if any(o.start < s - 2 or o.label not in ("PERSON", "ORG") for o in inside):
        return False
    for o in inside:
        out.remove(o)
    out[out.index(m)] = mention_of(doc[s - 2:m.end], "ORG", m.role, m.affiliation)
    return True


@lru_cache(maxsize=1)
def _places_with_a_small_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Countries and towns whose names hold a word in lower case ('Trinidad and Tobago', 'Port of Spain', 'Rio de
    Janeiro'), by their first word: the model reads the small word as a list's 'and' or a preposition and cuts the
    name there. Names with other punctuation than a hyphen are left out (the tokens would not match)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for name in gazetteer.towns() | {n for n in gazetteer.places() if gazetteer.country_code(n)}:
        words = tuple(name.split())
        if len(words) > 2 and any(w.islower() for w in words[1:-1]) and all(
                w.replace("-", "").replace("'", "").isalpha() for w in words) and words[0][:1].isupper():
            found.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in found.items()}


def places_cut_at_a_small_word(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'ships bound for [Port] of [Spain]', '[Trinidad] and [Tobago]'s main port', 'the [Trinidad] and [Tobago
    Chamber of Commerce]': a country or a town whose name holds 'and', 'of' or a particle, which the model cut
    at that word, is one place; a mention that runs on past the place ('<Place> Chamber of Commerce', 'the Port of
    <Place>') takes the whole place into its name. The model must have tagged two pieces of a town's name (a town's
    words alone may be a phrase: 'King of Prussia'); a country's name written out in full is the country even
    where the model tagged one piece of it ('[Bosnia] and Herzegovina')."""
    table = _places_with_a_small_word()
    if not mentions:
        return mentions
    texts = column(doc, "ORTH")
    joined: list[tuple[int, int, int, Mention | None]] = []
    i, n = 0, len(texts)
    while i < n:
        names = table.get(texts[i])
        match = next((w for w in names if tuple(texts[i : i + len(w)]) == w), None) if names else None
        if match is None:
            i += 1
            continue
        a, b = i, i + len(match)
        i = b
        pieces = [m for m in mentions if m.start < b and a < m.end]
        if not pieces or any(m.start <= a and m.end >= b for m in pieces):
            continue
        if len(pieces) < 2 and not gazetteer.country_code(" ".join(match)):
            continue
        longer = [m for m in pieces if m.start < a or m.end > b]
        if len(longer) > 1 or any(m.label not in NAME_LABELS for m in pieces):
            continue
        joined.append((min(a, *(m.start for m in pieces)), max(b, *(m.end for m in pieces)), a,
                       longer[0] if longer else None))
    if not joined:
        return mentions
    out = [m for m in mentions if not any(m.start < b and a < m.end for a, b, _, _ in joined)]
    for a, b, place, longer in joined:
        if longer is None:
            out.append(mention_of(doc[a:b], "GPE"))
            continue
        # 'the [Port of Port] of [Spain]': a facility's word and 'of' before the place name a facility, as the model
        # tags '<Port> of <City>' where it reads the city whole
        front = [t.lower_ for t in doc[a:place]]
        label = "FAC" if len(front) == 2 and front[0] in HEADS["FAC"] and front[1] == "of" else longer.label
        out.append(mention_of(doc[a:b], label, longer.role, longer.affiliation))
    return sorted(out, key=lambda m: m.start)
