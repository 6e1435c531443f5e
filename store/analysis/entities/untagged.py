"""Names the model missed or cut short, found from the article's own evidence: legal forms ("Geodyne
Resources Inc"), Reuters' angle brackets, partners joined by "and", lower-case kind words ("the Ekofisk field"),
full names and surnames the model left untagged. A name spelt out beside its initials is spelt_out_initials.py's."""

from __future__ import annotations

import re

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..doctext import column, doc_slice, lowers, text_between, text_of, tokens
from ..paragraphs import dateline_end
from . import gazetteer
from .cut_names import PARTNERSHIP_WORDS, name_goes_on
from .gazetteer import country_code, is_place
from .mentions import Mention, covered, mention_of, surnames_alone
from .names import is_first_name
from .paired_words import written_only_paired
from .particles import PARTICLES
from .ratings import is_grade
from .referents import CORPORATE, fold, key
from .roles import is_job_word
from .tidy import THE_IN_THE_NAME, names_money, opens_a_sentence_unnamed
from .vocabulary import (
    ACRONYM_SKIP,
    AND,
    APOSTROPHE_S,
    HEADS,
    LEGAL_FORMS,
    LOWER_HEADS,
    OPEN_BRACKET,
    ORG_TAILS,
    ORG_WORDS,
    PERSON_ORG_ENDS,
    POSSESSIVE,
    ROMANCE_JOINING,
    TITLES,
    UNTAGGED_ORG_ENDS,
)


def joined_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place or nationality run into an organisation's own words is one organisation:
    "Toronto Police", "Japanese Transport Ministry", "Belarusian KGB" when the model read
    "Toronto" and "Police" apart. The words after it must end in an organisation's word
    (Police, Ministry, Board) or be a name the model called an organisation."""
    out: list[Mention] = []
    skip: set[int] = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if id(m) in skip:
            continue
        if m.label in ("GPE", "NORP") and not m.role:
            end = m.end
            nxt = by_start.get(end)
            if nxt is not None and nxt.label == "ORG" and not _lawmakers_chamber(doc, nxt):
                end = nxt.end
                skip.add(id(nxt))
            else:
                while end < len(doc) and end - m.end < 3 and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" \
                        and not doc[end].ent_type_:
                    end += 1
                if end == m.end or doc[end - 1].lower_ not in ORG_WORDS:
                    end = m.end
            if end > m.end:
                m = mention_of(doc[m.start : end], "ORG")
        out.append(m)
    return out


# what a lawmaker is called after the chamber they sit in: "a Texas House Republican"
_PARTY_MEMBERS = {"democrat", "democrats", "republican", "republicans"}


def _lawmakers_chamber(doc: Doc, m: Mention) -> bool:
    """'a New York House Democrat': the state a lawmaker is from, then the chamber they sit in; no one name."""
    return m.words in (("House",), ("Senate",)) and m.end < len(doc) and doc[m.end].lower_ in _PARTY_MEMBERS


# words that join the words of a company's name: the Romance ones and English 'and' ("Shell Transport and Trading
# Plc"), which the walk back from a legal form takes only when no other firm's form stands before it
_JOINING = ROMANCE_JOINING | {"and"}


def _thrift_forms(doc: Doc) -> set[int]:
    """A savings bank's form closes its name as a legal form does ('Kestrel Savings Bank FSB said'), which the
    model leaves untagged when it opens the item's first sentence."""
    return {doc.vocab.strings.add(f.upper()) for f in HEADS["thrift_forms"]}


def with_companies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Company names the model missed or cut short: capitalised words ending in a legal form
    ("Geodyne Resources Inc", "PaineWebber Group Inc"). Wire copy names every company this way once,
    and every later "Geodyne" or "the company" leans on that name."""
    spans = []
    # a Token object per word costs more than the whole search: look the legal forms up by their hashes
    # a partnership closes its name with its word as a company with its legal form ("Halvern Oil and Gas Partnership")
    wanted = {doc.vocab.strings.add(f) for form in LEGAL_FORMS | PARTNERSHIP_WORDS for f in (form, form + ".")} | \
        _thrift_forms(doc)
    orths = doc.to_array("ORTH").tolist()  # Python ints: a NumPy scalar per word is slow to make and to look up
    tagged = covered(mentions)
    closing = {m.end - 1 for m in mentions if m.end - m.start > 1}
    for i in (i for i, orth in enumerate(orths) if orth in wanted and i):
        tok = doc[i]
        if tok.text in PARTNERSHIP_WORDS and (i in closing or name_goes_on(doc, i)):
            continue  # a partnership the model tagged is whole; reading back would run into the firms listed before
        start = words = tok.i
        while start > 0 and tok.i - words < 6:
            prev = doc[start - 1]
            opening = next((k for k in range(start - 3, max(start - 6, 0), -1) if doc[k].text == "("), 0)
            if prev.text == ")" and opening and doc[opening - 1].text[:1].isupper() \
                    and all(t.text[:1].isupper() for t in doc[opening + 1:start - 1]):
                start = opening  # "Banco Royal do Canada (Brasil) S.A.", "J.H. Rayner (Mincing Lane) Ltd": in brackets,
                continue  # the country of a branch or the street of a firm
            # "Shell Transport and Trading Plc", "Banco Royal do Canada": a joining word between capitalised words
            # not after another company's legal form: "Electrolux AB and Pepsico Inc" are two
            joined = prev.lower_ in _JOINING and start - 2 >= 0 and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].text.rstrip(".") not in LEGAL_FORMS and not _country_and_a_firm(doc, start)
            if not (prev.text[:1].isupper() or prev.text == "&" or joined) or _ends_a_sentence(prev) or prev.lower_ == "the":
                break
            if prev.is_sent_start and (not prev.text[:1].isupper() or opens_a_sentence_unnamed(prev)):
                break  # "But Asarco Inc, with …": the conjunction opens the sentence, not the name
            start -= 1
            words -= 1
            if prev.is_sent_start and (not prev.i or _ends_a_sentence(doc[prev.i - 1])):
                break
        if _owner_in_the_name(doc, start, tagged) and not _owned(doc, start - 2, tok.i):
            start -= 2  # 'McDonald's Corp' has no word between the mark and its legal form
        if start < tok.i and doc[start].text[:1].isupper():
            spans.append((start, tok.i + 1))
    if not spans:
        return mentions
    spans = [_after_another_company(doc, span, spans) for span in spans]
    # "Kell, Ames and Co Inc": the model's organisation the name read back from its legal form starts inside
    # ("Kell, Ames") opens it, the comma a partner's name stopped at included
    opening = {i: m.start for m in mentions if m.label == "ORG" for i in range(m.start + 2, m.end)
               if doc[i - 1].text == ","}
    spans = [(_partner_opening(doc, mentions, opening, a, b), b) for a, b in spans]
    # "Yamaichi Securities Co Ltd" holds "Yamaichi Securities Co": the longest name is the company's
    spans = [(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)]
    inside = {i for a, b in spans for i in range(a, b)}
    # a mention the model ran across two companies ("International Ltd and S.G. Warburg and Co") gives way too
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)
            and not (m.label == "ORG" and all(i in inside for i in range(m.start, m.end)))]
    taken = covered(kept)
    for a, b in spans:
        if not any(i in taken for i in range(a, b)):
            kept.append(mention_of(doc[a:b], "ORG"))
    kept.sort(key=lambda m: m.start)
    return kept


def _partner_opening(doc: Doc, mentions: list[Mention], opening: dict[int, int], a: int, b: int) -> int:
    """Where the name read back to token a (and ending before b) opens: at the model's organisation that holds a
    partner's comma before a, when no sentence starts between and that organisation ends inside the name."""
    start = opening.get(a, a)
    if start < a and not any(doc[i].is_sent_start for i in range(start + 1, a + 1)) \
            and all(m.end <= b for m in mentions if m.label == "ORG" and m.start == start):
        return start
    return a


def _country_and_a_firm(doc: Doc, start: int) -> bool:
    """'..., <Country> and <Firm> Plc said in a joint statement', '<Firm> SA of <Country> and <Firm> Corp': a country
    before 'and' is a party of its own, not the first words of the firm; a firm named for two places ('<Country> and
    <Country> Banking Group Ltd') opens with the second place after 'and'."""
    if doc[start - 1].lower_ != "and" or not gazetteer.country_code(doc[start - 2].text):
        return False
    return not any(gazetteer.country_code(doc[start:start + k].text) for k in (1, 2, 3) if start + k <= len(doc))


def _owner_in_the_name(doc: Doc, start: int, tagged: set[int]) -> bool:
    """'Harold's Kitchen Inc', 'Marta's International Inc': a firm named for its founder writes the founder's
    possessive inside its name, and the name read back from the legal form stopped at the mark. One capitalised word
    the model left untagged is part of the name; a place, a parent firm or a person it tagged is the owner ('Japan's
    Hoshi Kogyo Co', 'Harbor Air Corp's Coastal Air Lines Inc'), as are capitals ('ABX's') and a parent that names
    its unit after itself ('Marlow's Marlow Capital Corp')."""
    if start < 2 or doc[start - 1].text not in APOSTROPHE_S:
        return False
    owner = doc[start - 2]
    before = doc[start - 3] if start >= 3 else None
    return (owner.text[:1].isupper() and not owner.is_upper and owner.is_alpha and owner.pos == PROPN
            and owner.i not in tagged and not owner.is_stop
            and owner.text not in LEGAL_FORMS and owner.lower_ != doc[start].lower_
            and (before is None or not before.text[:1].isupper())
            and not opens_a_sentence_unnamed(owner))


# the words that name a part of a firm after its name ("<Firm> Inc unit"), read by the unit speakers too
UNIT_NOUNS = frozenset({"unit", "units", "subsidiary", "subsidiaries", "division", "affiliate"})


def _owned(doc: Doc, owner: int, form: int) -> bool:
    """'... Development Corp said' and later '... to Fenwick's Seabright Development Inc unit': a firm the article
    names in full with the owner's word opening it, or a unit word after the legal form, makes the word its owner."""
    toks = tokens(doc)
    if form + 1 < len(toks) and toks[form + 1].lower_ in UNIT_NOUNS:
        return True
    word = toks[owner].text
    return any(t.text == word and t.i != owner and t.i + 1 < len(toks) and toks[t.i + 1].is_title
               and toks[t.i + 1].is_alpha for t in toks)


def _ends_a_sentence(tok: Token) -> bool:
    """Whether a sentence really ends after the word: the parser sometimes ends one inside a name, after a word
    that opens a story ("LONDON, March 3 - Harbour | Oil Ltd said"), where no stop and no line break stands."""
    if not tok.is_sent_end:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or not tok.is_alpha or "\n" in tok.whitespace_ or nxt.is_space or not nxt.text[:1].isupper()


def _after_another_company(doc: Doc, span: tuple[int, int], spans: list[tuple[int, int]]) -> tuple[int, int]:
    """'at Snyder and PaineWebber Group Inc' where the article names 'Snyder Exploration Co': the words before
    'and' are another company's short name, and the name starts after them."""
    a, b = span
    for j in range(a + 1, b - 1):
        if doc[j].lower_ == "and" and b - j > 2:  # "John Morrell and Co" is one name
            before = [t.lower_ for t in doc[a:j]]
            n = len(before)
            if any(c != a and d - c > n and [t.lower_ for t in doc[c : c + n]] == before
                   and doc[c + n].lower_ != "and" for c, d in spans):  # not the same name again
                return j + 1, b
    return span


# Reuters copy writes a company it has no ticker for in angle brackets: "<Airbus Industrie>",
# "<Moonie Pipeline Co Pty Ltd>"; a ticker is capitals alone ("<GM>", "<GE.N>")
BRACKETED = re.compile(r"<([A-Z][^<>\n]{1,80}?)>")

# "<Cie Generale de Constructions Telephoniques (CGCT)>": the initials the company goes by, written inside the
# brackets after its name, are a second name for it (the aliases take them from the text), not part of the first
_INITIALS_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&.-]{1,9}\)$")


def bracketed_companies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A company's name in angle brackets is the whole name, whatever the model cut or ran on."""
    if "<" not in text_of(doc) or OPEN_BRACKET not in doc.to_array("ORTH"):
        return mentions  # most articles have no bracket: the text answers before the token array is built
    text = text_of(doc)
    spans = []
    for found in BRACKETED.finditer(text):
        inner = found.group(1)
        if inner.isupper() and (" " not in inner or is_ticker(*inner.split(" ", 1))):
            continue  # a ticker, alone ("<GM>") or with its exchange ("<SMBS ST>")
        if (initials := _INITIALS_AFTER.search(inner)) and initials.start():
            inner = inner[: initials.start()]
        span = doc.char_span(found.start(1), found.start(1) + len(inner), alignment_mode="contract")
        if span is not None and span.text == inner:
            while len(span) > 1 and span[-1].text in POSSESSIVE:
                span = span[:-1]  # "<MTS Acquisition Corp's> offer": the company's offer
            spans.append(span)
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in spans)]
    kept += [mention_of(s, "ORG") for s in spans]
    kept.sort(key=lambda m: m.start)
    return kept


def untagged_full_names(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Recep Tayyip Erdoğan spoke …', 'Elijah Cummings held the seat': at the start of a sentence the model
    may tag no name at all. Two to four capitalised words opening with a first name, whose last word the
    article uses alone elsewhere ('Erdogan said', 'Cummings died'), are a person; ending in an organisation's
    own word ('The Federal Reserve Board voted'), an organisation."""
    taken = covered(mentions)
    alone = surnames_alone(doc)
    added = []
    pos = doc.to_array("POS").tolist()  # ints: a numpy array read an item at a time makes an object per item
    toks = tokens(doc)  # a list index, not a new Token per doc[i]: two or more per proper noun
    i, n = 0, len(doc)
    while i < n:
        if pos[i] != PROPN:
            i += 1
            continue
        j = i
        while j < n and j - i < 5 and pos[j] == PROPN and toks[j].text[:1].isupper() \
                and toks[j].text.replace("-", "").isalpha():
            j += 1
        if j == i:
            i += 1
            continue
        run = doc_slice(doc, i, j)
        if 2 <= len(run) <= 4 and not any(k in taken for k in range(i, j)) and is_first_name(run[0].text) \
                and alone[fold(run[-1].text)] and run.text not in places \
                and not any(t.lower_ in ORG_WORDS or t.lower_ in TITLES for t in run) \
                and not (i and toks[i - 1].text[:1].isupper() and toks[i - 1].pos_ == "PROPN"):
            added.append(mention_of(run, "PERSON"))
        elif 2 <= len(run) <= 5 and not any(k in taken for k in range(i, j)) and run[-1].lower_ in UNTAGGED_ORG_ENDS \
                and not (i and toks[i - 1].text[:1].isupper() and toks[i - 1].pos_ == "PROPN"):
            added.append(mention_of(run, "ORG"))  # "The Federal Reserve Board voted": an organisation's own word
        i = j
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def firms_joined_by_and(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'trade house E.D. and F. Man', 'the law firm of Kronish, Lieb, Weiner and Hellman', 'its Pratt and
    Whitney unit', 'Analyst Tim Harris of Phillips and Drew': partners' names joined by 'and' are one firm
    when the article says it is a firm, or calls someone with a job 'of' it; the model makes a person or a
    town of each part."""
    roles = {m.end for m in mentions if m.label == "PERSON" and (
        m.role or m.start and (is_job_word(doc[m.start - 1].text) or doc[m.start - 1].lower_ in TITLES))}

    def capital(i: int) -> bool:
        return doc[i].text[:1].isupper() and not doc[i].is_punct

    spans = []
    acting: dict[tuple[str, str], bool] = {}  # each pair's walk over the article, once: a run of 'and's repeats it
    lowers = doc.to_array("LOWER").tolist()
    for i in (i for i, low in enumerate(lowers) if low == AND):  # a Token per word costs more than the search
        tok = doc[i]
        if not tok.i or tok.i + 1 >= len(doc) or not capital(tok.i - 1) or not capital(tok.i + 1):
            continue
        if doc[tok.i + 1].lower_ in TITLES:
            continue  # "Sen. Marco Rubio of Florida and Sen. Ted Cruz": a title opens a person's name, no partner's
        a = tok.i - 1
        # not back over a comma after a legal form: "Kell Inc, Ames and Co Inc" lists the firm that form closes
        while a > 0 and tok.i - a < 8 and (capital(a - 1) or doc[a - 1].text == "," and a > 1 and capital(a - 2)
                                           and fold(doc[a - 2].text) not in CORPORATE):
            a -= 1
        b = tok.i + 2
        while b < len(doc) and b - tok.i < 4 and capital(b):
            b += 1
        before = doc[a - 1] if a else None
        named_firm = before is not None and before.text.islower() and (
            before.lower_ in HEADS["firm_nouns"]
            or before.lower_ == "of" and a >= 2 and doc[a - 2].lower_ in HEADS["firm_nouns"] and doc[a - 2].text.islower()
            or before.lower_ in ("of", "at") and a - 1 in roles)
        if not (named_firm or b < len(doc) and doc[b].lower_ in HEADS["firm_after"] or _partners_firm(doc, a, tok.i, b)
                and (doc[b - 1].lower_ in _PARTNERSHIP_FORMS
                     or not any(m.label != "PERSON" and a <= m.start and m.end <= tok.i
                                and not (m.start == a and _partner_set_apart_at_a_comma(doc, m, places))
                                for m in mentions))
                or _partners_who_act_as_one(doc, mentions, a, tok.i, b, acting)):
            continue
        parts = [p.strip() for p in doc[a:b].text.replace(" and ", ",").split(",")]
        if all(p in places or p in gazetteer.states() or gazetteer.country_code(p) for p in parts):
            continue  # "Governor Smith of Texas and Ohio": places, not partners ("Gulf and Western" is a firm)
        spans.append((a, b))
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < y and x < m.end for x, y in spans)]
    kept += [mention_of(doc[x:y], "ORG") for x, y in spans]
    # "Kell, Ames and Co and Tovey Fleming Inc", which the model ran together: the firm after 'and' is one too
    kept += [mention_of(doc[y + 1:m.end], "ORG") for m in mentions for x, y in spans
             if m.start < y < m.end - 2 and doc[y].lower_ in ("and", ",") and fold(doc[m.end - 1].text) in CORPORATE
             and not any(c < m.end and y < d for c, d in spans)]
    kept.sort(key=lambda m: m.start)
    return kept


def _partner_set_apart_at_a_comma(doc: Doc, m: Mention, places: frozenset[str]) -> bool:
    """'Tolland, Marsh and Co Inc', 'Kell, Ames, Tovey and Co Inc': the model tags a partner's name before a
    comma apart and the rest from the next partner on; that name is no firm of its own when the article writes it
    nowhere but before that comma and the next partner. A name with a legal form or a firm's word of its own, in
    capitals (initials), or a known place ('in Boston, Ames and Co Inc said') lists a name of its own; so does one
    the article writes elsewhere ('Time, Gulf and Western Inc' beside 'Time Inc'). Only the run's first name, and
    one word: 'Morgan Grenfell, Blunt Ellis and Loewi Inc' are two firms; a partner after a longer name set apart
    ('<First> <Surname>, Pierce, ...') is left as the model tagged it, as the quotes read such a name as a speaker
    and the rest as the speaker's firm."""
    if m.end + 1 >= len(doc) or doc[m.end].text != "," or m.end - m.start != len(m.words) or len(m.words) > 1:
        return False
    if any(doc[i].is_upper or fold(doc[i].text.rstrip(".")) in CORPORATE for i in range(m.start, m.end)) \
            or is_place(m.name, places):
        return False
    return written_only_paired(doc, m.words, (doc[m.end + 1].text,), "front", joins=lambda t: t.text == ",")


# legal forms of partnerships that wire copy writes after partners' names: "Berger and Montague P.C."
_PARTNERSHIP_FORMS = {"p.c.", "l.p.", "lp", "llp", "p.a."}


# words wire copy sets between a firm's name and its verb: "Alder and Pike today lowered"
_ADVERBS_BEFORE_A_VERB = {"today", "yesterday", "also", "recently"}


def _partners_who_act_as_one(
    doc: Doc, mentions: list[Mention], a: int, at: int, b: int, acting: dict[tuple[str, str], bool]
) -> bool:
    """'Alder and Pike said it lowered ...': two one-word names joined by 'and' that act as one somewhere in the
    article, a verb in the singular after them, and that the article never writes apart, are a partners' firm with
    no form to close it (the model makes a person of the second name), wherever they are written. Two people
    ('Alder and Pike have') take a plural verb, or are met again each alone; two months ('June and July closed')
    or places the model tags as such are no partners, nor the end of a longer name ('Department of Trade and
    Industry'). A verb in the past is singular when it reports ('said') or 'it' follows it ('put it'), not in a
    market's list ('<A> and <B> bought while ...')."""
    if at - a != 1 or b - at != 2 or any(m.start < b and a < m.end and (
            m.label not in ("PERSON", "ORG") or m.start < a or b < m.end) for m in mentions):
        return False
    pair = (doc[a].text, doc[b - 1].text)
    if pair not in acting:
        acting[pair] = _act_as_one(doc, *pair)
    return acting[pair]


def _act_as_one(doc: Doc, first: str, second: str) -> bool:
    # each name at its own side of '<first> and <second>' wherever written; 'and' only, as the rule's pairs are
    # found at the article's 'and's
    if not written_only_paired(doc, (first,), (second,), "each", joins=lambda tok: tok.lower_ == "and"):
        return False
    # "the <A> and <B> oilfields", the noun read as a verb; "the member for <A> and <B> said", the verb the
    # member's: partners who act take no article or preposition before them
    return any(
        _singular_verb_at(doc, t.i + 3) and not (t.i and doc[t.i - 1].pos_ in ("DET", "ADP"))
        for t in doc
        if t.text == first
    )


def _singular_verb_at(doc: Doc, i: int) -> bool:
    if i < len(doc) and doc[i].lower_ in _ADVERBS_BEFORE_A_VERB:
        i += 1
    if i >= len(doc):
        return False
    verb = doc[i]
    return verb.tag_ == "VBZ" or verb.tag_ == "VBD" and (
        verb.lemma_ in _REPORTING or i + 1 < len(doc) and doc[i + 1].lower_ in ("it", "its"))


# verbs a firm reports with, singular or not in the past: "<A> and <B> said"
_REPORTING = {"say", "add", "tell", "report", "announce", "state", "note"}


def _partners_firm(doc: Doc, a: int, at: int, b: int) -> bool:
    """'Berger and Montague P.C.', 'Ivan Boesky and Co L.P.', 'Carroll McEntee and McGinley Futures analyst Brian
    Singer': partners' names joined by 'and' that end in a legal form, after one name or straight after 'and'; or
    that one person with a job is 'of' (the job word after the firm, in lower case). Two companies ('Texaco and
    Pennzoil Co') have a name of their own before 'and', which the caller leaves out unless the form is a
    partnership's, which no company takes."""
    last = doc[b - 1].lower_
    if last in CORPORATE or last in _PARTNERSHIP_FORMS:
        # "Dunmore, Lasko and Pratt Securities Corp": three one-word partners, the firm's kind after the last
        return b - at <= 3 or doc[at + 1].lower_ in ("co", "co.", "company") \
            or b - at == 4 and at - a == 3 and doc[a + 1].text == ","
    return b < len(doc) and doc[b].is_lower and doc[b].lower_ in TITLES and at - a <= 3


def lower_case_heads(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'the Ekofisk field', 'the Mereenie oil and gas field', 'Osaka airport': wire copy writes the kind of
    place in lower case after its name, and the model tags the name alone (as a company, a person, a town)
    or nothing. The word belongs to the name, and says what it names. A known town or country before a
    field or a hospital is where it lies, not its name ('a Texas oil field', 'a Kabul hospital'). Before
    'hospital', 'mosque' and such the name is the building's without the word ('Notre Dame cathedral')."""
    added: list[tuple[int, int, str]] = []
    buildings: set[tuple[str, ...]] = set()
    lowers = doc.to_array("LOWER").tolist()
    for tok in (doc[i] for i, low in enumerate(lowers) if low in LOWER_HEADS):
        label = next((kind for kind in ("LOC", "FAC", "ORG") if tok.lower_ in HEADS["lower_" + kind]), None)
        if tok.lower_ in HEADS["lower_buildings"] and tok.text.islower():
            words = name_before(doc, tok.i)
            if words is not None and words.text not in places and not gazetteer.country_code(words.text):
                buildings.add(key(tuple(t.text for t in words)))
            continue
        if label is None or not tok.text.islower():
            continue
        end = tok.i
        while end > 0 and doc[end - 1].lower_ in HEADS["lower_modifiers"] and doc[end - 1].text.islower():
            end -= 1
        if end < tok.i and doc[end].lower_ == "and":
            continue  # "Amadeus and gas field": no modifier opens with 'and'
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].text.isalpha():
            start -= 1
        if start == end:
            continue
        name = doc[start:end].text
        if doc[end - 1].lower_ in HEADS["LOC"] or doc[end - 1].lower_ in HEADS["FAC"]:
            continue  # "the Cooper Basin region": the name has its own kind already
        if tok.lower_ != "airport" and (name in places or gazetteer.country_code(name) or name in gazetteer.states()):
            continue  # "a Texas oil field", "a Kabul hospital"; but "Osaka airport" is the airport's name
        if any(m.start < start < m.end or m.start < tok.i + 1 < m.end or (m.start < start and m.end > tok.i)
               for m in mentions):
            continue  # part of a longer name: "<Moonie Pipeline Co Pty Ltd>"
        added.append((start, tok.i + 1, label))
    for m in mentions:
        if key(m.words) in buildings:
            m.label = "FAC"  # every mention: "Doctors at Bab al-Hawa said" is the hospital too
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b, _ in added)]
    kept += [mention_of(doc[a:b], label) for a, b, label in added]
    kept.sort(key=lambda m: m.start)
    return kept


def name_before(doc: Doc, i: int) -> Span | None:
    """The capitalised words just before token i ('Bab al-Hawa' before 'hospital'), or None."""
    start = i
    while start > 0 and i - start < 4 and (doc[start - 1].text[:1].isupper() or
                                           doc[start - 1].text in ("al", "-", "el", "bin", "de")):
        start -= 1
    while start < i and not doc[start].text[:1].isupper():
        start += 1
    return doc[start:i] if start < i else None


_SURNAME_POS = ("PROPN", "NOUN", "VERB")
_SURNAME_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "dative", "appos")


def untagged_surnames(doc: Doc, mentions: list[Mention], canonical: dict[int, str],
                      places: frozenset[str]) -> list[Mention]:
    """'Radmall conceded that …' where the model tagged nothing: a subject that is the surname of one person
    the article named in full is that person, so pronouns and quotes after it find them. So is an object or a
    possessor ('police found Okonkwo', "Okonkwo's boat"), a second object ('handed Okonkwo a blanket'), a name in a
    list ('<Surname> and Okonkwo') or an apposition, where the model, with no first name beside it, tags nothing;
    and a subject the model reads as a verb, as it reads surnames in -ing opening a sentence ('Gowling threw a
    stone')."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1 and is_first_name(m.words[0]) and m.words[-1].istitle() \
                and all(w[:1].isupper() for w in m.words if w[:1].isalpha()):  # not "Travis Kalanick of Uber"
            owners.setdefault(m.words[-1], set()).add(canonical.get(id(m), m.name))
    taken = covered(mentions)
    added = []
    for i, text in enumerate(column(doc, "ORTH")):
        names = owners.get(text)
        if names is None:
            continue
        tok = doc[i]
        if len(names) != 1 or tok.i in taken or tok.pos_ not in _SURNAME_POS or \
                tok.dep_ not in _SURNAME_DEPS or tok.pos_ == "VERB" and not tok.dep_.startswith("nsubj") or \
                tok.text in places or tok.i and doc[tok.i - 1].lower_ == "the" or \
                tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" or tok.i and doc[tok.i - 1].pos_ == "PROPN":
            continue  # part of some other name: "Tronc Street", "Ben Radmall" is already tagged
        m = mention_of(doc[tok.i:tok.i + 1], "PERSON")
        canonical[id(m)] = next(iter(names))
        added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# small words a firm's name runs on over: '<A> & <B> Co', '<A> of <B>', "<A> 'N <B>"
_RUN_ON = {"&", "of", "'"}


def untagged_firm_names(doc: Doc, mentions: list[Mention], canonical: dict[int, str],
                        companies: dict[tuple[str, ...], str], places: frozenset[str]) -> list[Mention]:
    """'<A> said', "<A>'s board", 'six <A> stores' after '<A> Holdings Inc', where the model tagged nothing: the
    short name the article gave a firm by naming it in full (its words before the legal form, or its first words)
    is that firm wherever it is written again alone, as a surname is its person (untagged_surnames). Not when a
    capitalised word runs on either side ('<A> North America', 'Energy <A>', "<A> 'N <B>": some other name), or
    comes after 'and', 'of' or a number ('<A> and <B> Savings Bank', 'the <A> 1987 Drilling Program'), or the short
    name closes a partners' firm ('<B> and <A>', the model having cut it to '<A> Securities Corp'); nor a short name
    written in lower case ('<A> futures' after '<A> Futures Group Inc'), nor a common word opening a sentence but
    for its subject or before its post or holding ('Energy prices fell' after 'Energy Futures Group Inc'), nor one
    that is a place, a rating's grade the model ran into a firm's name ('BBB-plus <A> Co'), holds no letters of a
    name ('4-D'), or ends on a small word ('<A> and')."""
    firms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for short, full in companies.items():
        if short and all(w[:1].isalpha() for w in (short[0], short[-1])) and (len(short[-1]) > 1 or len(short) > 2) \
                and not any(w in ACRONYM_SKIP for w in short):
            firms.setdefault(short[0], []).append((short, full))
    if not firms:
        return mentions
    taken = covered(mentions)
    toks = tokens(doc)
    added = []
    n = len(doc)
    i = 0
    while i < n:
        found = None
        for short, full in sorted(firms.get(fold(toks[i].text), ()), key=lambda f: -len(f[0])):
            j = i + len(short)
            if j <= n and key(tuple(t.text for t in toks[i:j])) == short:
                found = (j, full)
                break
        if found is None:
            i += 1
            continue
        j, full = found
        run = toks[i:j]
        written = text_between(doc, i, j)
        if any(k in taken for k in range(i, j)) or not all(t.text[:1].isupper() for t in run if t.text[:1].isalpha()) \
                or not all(t.text == "-" or t.text.replace("-", "").replace("'", "").isalpha() for t in run) \
                or is_place(written, places) or is_grade(written.removesuffix("-plus").removesuffix("-minus")) \
                or j - i == 1 and run[0].is_sent_start and run[0].pos_ != "PROPN" and not _firms_word(run[0]) \
                or i and toks[i - 1].text[:1].isupper() and not toks[i].is_sent_start \
                or i and toks[i - 1].text == "<" \
                or i > 1 and (toks[i - 1].lower_ in _JOINING or toks[i - 1].lower_ in ("&", "en")) \
                and toks[i - 2].text[:1].isupper() \
                or j < n and (toks[j].text.lstrip("'")[:1].isupper() or toks[j].text in (">", "-", "/")) \
                or j + 1 < n and (toks[j].lower_ in _JOINING or toks[j].lower_ in _RUN_ON or toks[j].like_num) \
                and toks[j + 1].text[:1].isupper():
            i = j
            continue
        m = mention_of(doc[i:j], "ORG")
        canonical[id(m)] = full
        added.append(m)
        i = j
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _firms_word(tok: Token) -> bool:
    """A word read as a common one that still names the firm: capital letters, a subject or one a verb follows
    ('Capital has sold', '<A> added'), or the firm's post or holding ('<A> president', '<A> directors')."""
    return tok.text.isupper() or tok.dep_.startswith("nsubj") \
        or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("VERB", "AUX") \
        or tok.dep_ in ("compound", "amod") and (tok.head.lower_ in HEADS["firm_owned"] or tok.head.lower_ in TITLES)


def names_with_of(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Group of Eight', 'the Court of Justice': the model often tags the organisation's word alone and the
    rest as a number or nothing. An organisation ending in its own word runs on over 'of' and the capitalised
    words after it that name nothing else, or over the words of the longer name the article gives elsewhere."""
    known = [key(m.words) for m in mentions if m.label == "ORG" and "of" in m.words[1:-1]]
    heads = ORG_WORDS | PERSON_ORG_ENDS
    places_at = {m.start: m for m in mentions if m.label == "GPE"}
    out: list[Mention] = []
    end_of_last = 0
    for m in mentions:
        if m.start < end_of_last:
            continue  # a number or name the longer one took in
        end = m.end
        # "the [Royal Swedish Academy] of [Sciences]": the model may take the first half for a person's name
        if (m.label == "ORG" or m.label == "PERSON" and m.words[-1].lower() in heads) and end + 1 < len(doc) \
                and doc[end].lower_ == "of":
            n = len(m.words)
            longer = [k for k in known if len(k) > n and k[:n] == key(m.words) and k[n] == "of"
                      and m.start + len(k) <= len(doc)
                      and all(fold(doc[m.start + i].text) == w for i, w in enumerate(k))]
            if longer:
                end = m.start + max(len(k) for k in longer)
            elif m.words[-1].lower() in heads:
                j = end + 1
                while j < len(doc) and j - end <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha \
                        and doc[j].ent_type_ in ("", "CARDINAL", "ORG"):
                    j += 1
                place = places_at.get(end + 1 + (doc[end + 1].lower_ == "the"))
                if j == end + 1 and place is not None and fold(m.words[-1]) not in CORPORATE:
                    j = place.end  # "the Federal Reserve Bank of New York", not "Transco Energy Co of Houston"
                end = j if j > end + 1 else end
            elif "of" in m.words[1:-1] and m.words[m.words.index("of") - 1].lower() in heads \
                    and doc[end + 1].text[:1].isupper() and (place := places_at.get(end + 1)) is not None \
                    and country_code(place.name) and fold(m.words[-1]) not in CORPORATE \
                    and not is_place(" ".join(m.words[m.words.index("of") + 1:]), gazetteer.towns()):
                # "the National Institute of Statistics of <Country>", "the Ministry of Health of <Country>": a
                # body named by its field is named for the country it serves too, and the model stops at the field
                end = place.end
        if end > m.end:
            m = mention_of(doc[m.start:end], "ORG", m.role, m.affiliation)
            out = [o for o in out if o.end <= m.start]
        end_of_last = m.end
        out.append(m)
    return out


def untagged_platforms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'social media site Facebook', 'a Facebook user': the model often tags no online service at all, even
    named ten times. A capitalised name of a known one ("platforms" in heads.json) is an organisation."""
    taken = covered(mentions)
    added = [mention_of(doc[i : i + 1], "ORG") for i, text in enumerate(column(doc, "ORTH"))
             if i not in taken and text[:1].isupper() and fold(text) in HEADS["platforms"]]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


INSTITUTION_ENDS = {"center", "centre", "hospital", "clinic", "university", "college", "institute", "museum"}


def institutions_joined_by_and(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Baylor Scott and White Medical Center': founders' names joined by 'and' open the institution's name; the
    model makes a person of the first part. Not when the first part names a place or is a person's full name
    ('Dr Smith and Mayo Clinic'), or is an institution of its own ('Harvard University and MIT Museum')."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.label in ("ORG", "FAC") and m.words[-1].lower() in INSTITUTION_ENDS \
                and prev.end + 1 == m.start and doc[prev.end].lower_ == "and" and prev.label in ("PERSON", "FAC", "ORG") \
                and not prev.role and prev.words[-1].lower() not in INSTITUTION_ENDS and prev.name not in places \
                and not gazetteer.country_code(prev.name) and not is_first_name(prev.words[0]):
            out[-1] = mention_of(doc[prev.start : m.end], m.label)
            continue
        out.append(m)
    return out


_STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){2})$")  # "Tenn.", "Kan.", "N.Y.", "Iowa"


_PARTY_LETTERS = ("R", "D", "I")


def party_letter(doc: Doc, i: int) -> bool:
    """'D' in 'Rep. Ed Jones (D-Tenn.)': a lawmaker's party letter, joined by its hyphen to what follows."""
    return doc[i].text in _PARTY_LETTERS and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-"


def party_and_state(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Sen. James McClure, R-Idaho,', 'Rep. Ed Jones (D-Tenn.)': the party and state after a US lawmaker's name,
    which the model leaves untagged. The state is a place the article names, as written."""
    taken = covered(mentions)
    texts = column(doc, "ORTH")
    added = []
    for i in range(1, len(texts) - 3):
        if texts[i] not in _PARTY_LETTERS or texts[i - 1] not in ("(", ",") or not party_letter(doc, i) \
                or doc[i + 1].whitespace_:
            continue
        closing = next((j for j in (i + 3, i + 4) if j < len(texts) and texts[j] in (")", ",")), None)
        if closing is None:
            continue
        state = doc[i + 2 : closing]  # "Idaho", "Tenn.", "West Virginia", "Vt" and its full stop, "CA"
        if not _names_a_state(state):
            continue
        if any(t.i in taken for t in state):
            # '(R-LA)': a postal code the model read as a firm's initials, where the party and the bracket say state
            for m in mentions:
                if m.start == state.start and m.end == state.end and m.label in ("ORG", "PRODUCT", "NORP"):
                    m.label = "GPE"
            continue
        added.append(mention_of(state, "GPE"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _names_a_state(state: Span) -> bool:
    """'Idaho', 'Tenn.', 'Vt.' (the tokenizer splits its full stop off), or a state's two-letter postal code
    ('D-CA', 'R-LA'), which some papers write after a lawmaker's name."""
    if state.text in gazetteer.states():
        return True
    if len(state) == 2 and state[1].text == ".":
        return bool(_STATE_ABBREVIATION.match(state[0].text + "."))
    return len(state) == 1 and bool(_STATE_ABBREVIATION.match(state.text) or state.text in gazetteer.us_postal_codes())


# a house of Congress, and the words the wire writes in lower case after it: "the House budget committee"
_CHAMBERS = {"house", "senate"}
_LOWER_BODIES = {"committee", "subcommittee"}


def lower_case_committees(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'a Senate Agriculture subcommittee hearing', 'the House budget committee', 'the House agriculture subcommittee
    on wheat, soybeans and feedgrains': wire copy writes a committee's own word in lower case after its name, and
    the model tags the name alone ('House'). The committee's word, and what it is 'on', belong to the name."""
    taken = covered(mentions)
    out = []
    for m in mentions:
        j = m.end
        if m.label == "ORG" and fold(m.words[-1]) in _CHAMBERS:
            while j < len(doc) and j - m.end < 2 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") \
                    and doc[j].lower_ not in _LOWER_BODIES:
                j += 1  # its field: "budget", "agriculture"
        if m.label != "ORG" or j >= len(doc) or doc[j].text not in _LOWER_BODIES or len(m.words) == 1 and j == m.end \
                or any(k in taken for k in range(m.end, j + 1)):  # "the House subcommittee responsible for …"
            out.append(m)
            continue
        end = j + 1
        if end + 1 < len(doc) and doc[end].lower_ == "on" and doc[end].head.i == j:
            remit = list(doc[end].subtree)  # "on wheat, soybeans and feedgrains"
            if remit[-1].i - end < 8 and remit[-1].i - remit[0].i + 1 == len(remit) and not remit[-1].is_punct and \
                    all(t.i == end or t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") or t.text == "," for t in remit) \
                    and not any(k in taken for k in range(end, remit[-1].i + 1)):
                end = remit[-1].i + 1
        out.append(mention_of(doc[m.start:end], "ORG", m.role, m.affiliation))
    return out


def bodies_joined_by_and(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'the House Oversight and Reform Committee', of which the model tagged 'Reform Committee': capitalised words
    the model left untagged, then 'and', open a committee's or a commission's name."""
    taken = covered(mentions)
    out = []
    for m in mentions:
        if m.label == "ORG" and len(m.words) >= 2 and fold(m.words[-1]) in ORG_TAILS and m.start >= 2 \
                and doc[m.start - 1].lower_ == "and":
            a = m.start - 1
            while a > 0 and m.start - 1 - a < 4 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].is_title \
                    and doc[a - 1].is_alpha and a - 1 not in taken:
                a -= 1
            if a < m.start - 1 and not is_place(doc[a:m.start - 1].text, places) and not is_first_name(doc[a].text) \
                    and fold(doc[m.start - 2].text) not in ORG_TAILS:
                m = mention_of(doc[a:m.end], "ORG", m.role, m.affiliation)
        out.append(m)
    return out


def places_named_by_kind(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'a Wall Street source': a street, a basin or a bridge named by capitalised words and its kind, which the model
    left untagged. (Run onto a name the model tagged, 'the Surat Basin' after 'Surat' as a person, the kind word
    gained one name and lost two on the held-apart articles: left out.)"""
    kinds = {**{w: "LOC" for w in HEADS["LOC"]}, **{w: "FAC" for w in HEADS["FAC"]}}
    taken = covered(mentions)
    texts = column(doc, "ORTH")
    added: list[Mention] = []
    for j, text in enumerate(texts):
        label = kinds.get(text.lower())
        if label is None or not text.istitle() or j == 0 or j in taken or j - 1 in taken or doc[j].pos_ != "PROPN":
            continue
        start = j
        while start > 0 and j - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and start - 1 not in taken and not doc[start - 1].is_stop:
            start -= 1
        if start == j or start and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" or \
                is_first_name(doc[start].text) and j - start == 1:
            continue  # one word alone is no name; a person's ('Michael Bay') or part of a longer name is not this
        added.append(mention_of(doc[start:j + 1], label))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# a ticker: "CUAC.L", "GE.N", "TX"
_TICKER = re.compile(r"^[A-Z][A-Z0-9]*(?:\.[A-Z]{1,2})?$")
# legal forms of two letters that an all-capitals name in brackets ends with ("<ASEA AB>"), unlike an exchange's code
_SHORT_LEGAL_FORMS = {"AB", "AG", "AS", "BV", "NV", "OY", "SA"}


def is_ticker(symbol: str, exchange: str = "") -> bool:
    """'CHV', 'GE.N', or 'SMBS' with the exchange it trades on after a space ('ST', Stockholm)."""
    return bool(_TICKER.match(symbol)) and (not exchange or len(exchange) <= 2 and exchange.isalpha()
                                            and exchange.isupper() and exchange not in _SHORT_LEGAL_FORMS)


def ticker_end(doc: Doc, i: int) -> int:
    """Where the ticker in brackets opening at doc[i] ends (the index after its '>'), or 0 when none opens there."""
    if doc[i].text != "<" or i + 2 >= len(doc) or not _TICKER.match(doc[i + 1].text):
        return 0
    if doc[i + 2].text == ">":
        return i + 3
    if i + 3 < len(doc) and doc[i + 3].text == ">" and is_ticker(doc[i + 1].text, doc[i + 2].text):
        return i + 4
    return 0


# not 'and', which joins two companies as often as two partners' names ('at Snyder and PaineWebber Group Inc <PWJ>')
_JOINS_A_NAME = {"&", "of", "de", "du", "des", "la", "y"}


def names_before_tickers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Commercial Union Assurance <CUAC.L>, a composite insurance company': Reuters writes a listed company's
    ticker in angle brackets straight after its full name, which the model often cuts ('Commercial Union') or runs
    on. The capitalised words before the ticker are the company's name, whole; the ticker itself is no name."""
    if "<" not in text_of(doc) or OPEN_BRACKET not in doc.to_array("ORTH"):
        return mentions
    spans = []
    tickers = []
    for i in range(1, len(doc) - 2):
        if not (closed := ticker_end(doc, i)):
            continue
        tickers.append((i, closed))
        start = i
        while start > 0 and i - start < 7:
            prev = doc[start - 1]
            joins = prev.lower_ in _JOINS_A_NAME and start >= 2 and doc[start - 2].text[:1].isupper() \
                and not doc[start - 2].is_punct
            if not (prev.text[:1].isupper() and not prev.is_punct and prev.lower_ != "the" or joins):
                break
            start -= 1
            if prev.is_sent_start:
                break
        # "Shares of Texaco <TX>": a common word opening the sentence, and the joining words after it, are not the name
        while start < i and (doc[start].is_sent_start and doc[start].pos_ != "PROPN"
                             or doc[start].lower_ in _JOINS_A_NAME):
            start += 1
        if start < i and not all(fold(t.text) in CORPORATE for t in doc[start:i]):  # not 'NV' alone
            spans.append((start, i))
    # the ticker itself names nothing the article does not name in full: "Chevron Corp <CHV>", "<SMBS ST>"
    mentions = [m for m in mentions if not any(a < m.start and m.end < b for a, b in tickers)]
    if not spans:
        return mentions
    spans = [(a, b) for a, b in spans if not any(m.start < a < m.end or m.start < b < m.end for m in mentions)]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    kept += [mention_of(doc[a:b], "ORG") for a, b in spans]
    kept.sort(key=lambda m: m.start)
    return kept


def persons_joined_by_and(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'after Ongpin and Central Bank Governor Jose Fernandez', 'had invited both Lechin and Victor Lopez': the model
    read a person the article named before, a word 'and', and the next name as one organisation. A first part that
    is a person's surname or full name elsewhere in the article is that person, and the rest a name of its own."""
    joined = {id(m) for m in mentions if m.label == "ORG" and m.end - m.start >= 3
              and sum(t.lower == AND for t in doc[m.start : m.end]) == 1}
    if not joined:
        return mentions
    # people by a full name that opens with a first name: not a firm the model called a person ("Rogaland Fire")
    people = [p for p in mentions if p.label == "PERSON" and len(p.words) > 1 and is_first_name(p.words[0])]
    out = []
    for m in mentions:
        at = next((i for i in range(m.start + 1, m.end - 1) if doc[i].lower == AND), None) if id(m) in joined else None
        rest = doc[at + 1 : m.end] if at is not None else None
        # "Lechin" of Juan Lechin Oquendo; not "Jefferies and Co", a firm's legal name
        if rest is None or all(fold(t.text) in CORPORATE for t in rest) or not any(
                doc[m.start : at].text in (p.name, *p.words[1:]) for p in people if p.end <= m.start or p.start >= m.end):
            out.append(m)
            continue
        person = is_first_name(rest[0].text) and len(rest) > 1 and rest[-1].lower_ not in ORG_WORDS
        out += [mention_of(doc[m.start : at], "PERSON"), mention_of(rest, "PERSON" if person else "ORG")]
    return out


def _story_start(doc: Doc) -> int | None:
    """The token the story opens with after a wire dateline, past a leading "the"; None with no dateline."""
    first = story_start(doc)
    return None if first is None else first + (first < len(doc) and doc[first].lower_ == "the")


def after_the_dateline(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'MIAMI, March 25 - Guyana hopes …', 'SOUTH PLAINFIELD, N.J., March 5 - Enzon Inc said …': the small model
    often tags nothing in the words straight after a wire dateline. Capitalised words opening the story there are
    a country or a state when the gazetteer knows them whole, and a company when they end in its legal form; not a
    body by its last word ("Swiss National Bank"): on unseen copy that guess was as often wrong as right."""
    start = _story_start(doc)
    if start is None:
        return mentions
    end = start
    while end < len(doc) and end - start < 8 and doc[end].text[:1].isupper() and not doc[end].ent_type_ \
            and (doc[end].is_alpha or doc[end].text.replace(".", "").replace("-", "").isalpha()):
        end += 1
    if end == start or any(m.start < end and start < m.end for m in mentions) or end - start == 8 \
            or end < len(doc) and (doc[end].lower_ in ACRONYM_SKIP or doc[end].is_upper):
        # "Bank of Japan Governor …", "Merrill Lynch and Co": the name goes on past these words; a story in capitals
        # gives no name's bounds
        return mentions
    name = doc[start:end].text
    last = doc[end - 1].lower_
    if last in CORPORATE:
        label = "ORG"
    elif gazetteer.country_code(name) or name in gazetteer.states():  # not a town's name: "Thai stock prices"
        label = "GPE"
    else:
        return mentions
    return sorted([*mentions, mention_of(doc[start:end], label)], key=lambda m: m.start)


def banks_of_a_place_untagged(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'LONDON, June 9 - Bank of England officials said …', 'OTTAWA, May 2 - Bank of Canada figures show …': the
    small model often leaves a bank named for a country, a state or a city untagged, straight after a wire dateline
    most of all, while it tags the bank's later 'the Bank', which then names nothing. 'Bank of' and a place the
    gazetteer knows is the bank. Not where the name goes on before or after ('Sumitomo Bank of California', 'Bank of
    Japan Governor', 'Bank of New York Co'): its bounds are not known."""
    texts = column(doc, "ORTH")
    at = [i for i, w in enumerate(texts[:-2]) if w == "Bank" and texts[i + 1] == "of"]
    if not at:
        return mentions
    taken = covered(mentions)
    added: list[Mention] = []
    for i in at:
        if i in taken or i + 1 in taken or i and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() \
                and not (doc[i - 1].lower_ == "the" and doc[i - 1].is_sent_start):
            continue
        end = i + 2
        while end < len(doc) and end - i < 5 and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        # the place whole, and nothing of the name after it
        if end == i + 2 or any(j in taken for j in range(i + 2, end)) \
                or not is_place(text_between(doc, i + 2, end), places):
            continue
        added.append(mention_of(doc[i:end], "ORG"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# the head words a body's name puts before 'of' and its field or place ('Ministry of Mines', 'Federation of ...')
_BODY_HEADS = frozenset(HEADS["bodies"]) | ORG_TAILS


def bodies_of_a_field_after_the_dateline(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'PARIS, May 4 - The Ministry of Mines said …', 'DALLAS, May 4 - The Association of <Trade> Workers said …':
    the small model often tags nothing straight after a wire dateline, and after_the_dateline stops at 'of'. Capitalised
    words there whose last is a body's head word, then 'of' and capitalised words up to a word in lower case, are
    the body. Not where the name goes on ('Office of Management and Budget Director', 'of the Bar of the City'):
    its bounds are not known."""
    start = _story_start(doc)
    if start is None:
        return mentions
    head = start
    while head < len(doc) and head - start < 4 and doc[head].is_alpha and doc[head].text[:1].isupper() \
            and doc[head].lower_ not in _BODY_HEADS:
        head += 1
    if head + 2 >= len(doc) or doc[head].lower_ not in _BODY_HEADS or not doc[head].text[:1].isupper() \
            or doc[head + 1].lower_ != "of":
        return mentions
    field = head + 2 + (doc[head + 2].lower_ == "the")
    end = field
    while end < len(doc) and end - field < 5 and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    if end == field or end == len(doc) or not doc[end].text[:1].islower() or doc[end].lower_ in ("and", "of") \
            or any(m.start < end and start < m.end for m in mentions):
        return mentions
    return sorted([*mentions, mention_of(doc[start:end], "ORG")], key=lambda m: m.start)


def body_before_its_head(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'ROME, May 4 - Central Bank Governor <Name> said …': the body a wire story opens with, written before its
    head's post and name, is often left untagged or run into the dateline's date, so the head's quotes had no
    affiliation. Capitalised words there before a president's, governor's or chairman's post (a 'Vice' or 'Deputy'
    allowed) and a person's name are the body; not a place ("Texas Governor"), a people ("Brazilian President": the
    country's head, and the adjective's later mentions went with the false body) nor a title ("Former President")."""
    start = _story_start(doc)
    if start is None:
        return mentions
    end = start
    while end < len(doc) and end - start < 6 and (doc[end].text[:1].isupper() or end > start and doc[end].lower_
                                                  in ACRONYM_SKIP) and doc[end].lower_ not in HEADS["head_posts"]:
        end += 1
    post = end - (end > start and doc[end - 1].lower_ in ("vice", "deputy"))
    holder = next((m for m in mentions if m.start == end + 1), None)
    if post == start or end >= len(doc) or doc[end].lower_ not in HEADS["head_posts"] or holder is None \
            or holder.label != "PERSON" or doc[post - 1].lower_ in ACRONYM_SKIP:
        return mentions
    words = doc[start:post]
    name = words.text
    if any(t.lower_ in TITLES or not (t.is_alpha or t.text.replace(".", "").isalpha())
           or gazetteer.nationality_adjective(t.text) for t in words) or is_place(name, places):
        return mentions
    if any(m.start < post and start < m.end for m in mentions):
        return mentions  # the model named something there already ("West German President")
    return sorted([*mentions, mention_of(words, "ORG")], key=lambda m: m.start)


def known_places_untagged(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'the Chechen capital Grozny', 'Nigeria was suspended': a country, state or city of 100,000 people or more by
    its whole name, which the model left untagged. Not a first name ('Victoria', 'Florence'), nor a word of a longer
    capitalised run ('Hong Kong Telecom', 'Paris School District'), nor a word the article gives a person."""
    person_words = {w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words}
    taken = covered(mentions)
    added: list[Mention] = []
    texts, pos = column(doc, "ORTH"), column(doc, "POS")

    def title_propn(k: int) -> bool:
        word = texts[k]
        return pos[k] == "PROPN" and word.istitle() and word.isalpha()

    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    i, n = 0, len(doc)
    while i < n:
        if i in taken or not title_propn(i):
            i += 1
            continue
        if (place := _place_before_a_post(doc, i, taken, person_starts, places)) is not None:
            added.append(mention_of(doc[i:place], "GPE"))
            i = place
            continue
        end = i + 1
        while end < n and end - i < 3 and end not in taken and title_propn(end):
            end += 1
        run = doc[i:end]
        # a country is the country though a first name spells it too ('France', 'Kenya', 'Israel'): the words of the
        # article's people's names are left out all the same
        if not inside_a_longer_name(doc, i, end) and is_place(run.text, places) \
                and (not run[0].is_sent_start or country_code(run.text)) \
                and not (len(run) == 1 and is_first_name(run.text) and not country_code(run.text)) \
                and not any(t.text in person_words for t in run):
            added.append(mention_of(run, "GPE"))
        i = end
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){2,}")


def dotted_countries_untagged(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'U.K. Retailers expect', 'under the U.S. Bankruptcy code', 'non-U.S. citizens': a country's dotted
    abbreviation the model left untagged, most often where wire copy capitalised the word after it, is the country
    all the same. Not before a currency ('U.S. Dlrs' names money, which tidy() leaves out too). Where it opens
    capitalised words that end in an organisation's word ('The U.S. <Farm> Department said'), the body is named
    whole, an organisation, here where its acronym can still be linked to it (the speakers' rules, later, tag it only
    when it speaks); two words alone ('U.K. Court') are left: the country and a common noun as often."""
    taken = covered(mentions)
    texts, n = column(doc, "ORTH"), len(doc)
    added: list[Mention] = []
    for i, word in enumerate(texts):
        if i in taken or word[-1:] != "." or not _DOTTED_CAPITALS.fullmatch(word) or not country_code(word):
            continue
        if i + 1 < n and names_money(texts[i + 1]):
            continue
        end = i + 1
        while end < n and end not in taken and texts[end][:1].isupper() and texts[end].isalpha():
            end += 1
        if end > i + 1 and texts[end - 1].lower() in ORG_WORDS:
            if end - i > 2:  # 'The U.K. High Court dismissed': the body by its whole name; 'U.K. Court' may be none
                added.append(mention_of(doc[i:end], "ORG"))
            continue
        added.append(mention_of(doc[i : i + 1], "GPE"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# a group of nations by its letter and its number of members ("G-7", "G20", "G-77"); only the numbers such groups
# have, as a letter and a number alone also name a jet, a grade or a network
_GROUP_OF_NATIONS = re.compile(r"G-?(?:5|7|8|10|15|20|24|77)")


def groups_of_nations_untagged(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the G-7 summit', 'G7 finance ministers', 'each G-7 member nation': the model leaves a group of nations written
    as its letter and number untagged (one token, no word it knows), where it tags 'the Group of Seven'; it is an
    organisation, as kinds.codes reads it where the model does tag it; where the model read it as a product ('the G8
    countries'), it is the group all the same."""
    for m in mentions:
        if m.label == "PRODUCT" and len(m.words) == 1 and _GROUP_OF_NATIONS.fullmatch(m.words[0]):
            m.label = "ORG"
    taken, low = covered(mentions), lowers(doc)
    # not after 'a' or 'an': one of many, a model of jet ('a G-5 jet'), no group
    added = [mention_of(doc[i : i + 1], "ORG") for i, word in enumerate(column(doc, "ORTH"))
             if i not in taken and _GROUP_OF_NATIONS.fullmatch(word) and not (i and low[i - 1] in ("a", "an"))]
    mentions = sorted(mentions + added, key=lambda m: m.start) if added else mentions
    return _groups_of_a_number(doc, mentions)


def _groups_of_a_number(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Group of 10', 'the Group of 24 developing countries', 'the Group of Seven': the model keeps 'Group' alone
    as an organisation or the number alone as a cardinal, where the name is the three words. Not where a mention
    runs past them ('Cairns Group of 14', 'Group of Seven Finance Ministers'): another name, or one already whole."""
    texts = column(doc, "ORTH")
    spans = [(i, i + 3) for i, w in enumerate(texts[:-2]) if w == "Group" and texts[i + 1] == "of"
             and doc[i + 2].like_num and (texts[i + 2][0].isupper() or texts[i + 2][0].isdigit())]
    if not spans:
        return mentions
    for start, end in spans:
        inside = [m for m in mentions if m.start < end and m.end > start]
        if any(m.start < start or m.end > end for m in inside) or any(
                m.start == start and m.end == end and m.label == "ORG" for m in inside):
            continue
        mentions = sorted([m for m in mentions if m not in inside] + [mention_of(doc[start:end], "ORG")],
                          key=lambda m: m.start)
    return mentions


# the titles of a reigning house, written before the one name a king or a prince goes by
_REGNAL_TITLES = {"King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir"}
# the last words of what a regnal title opens that is no person ('King Street', 'Prince Edward Island')
_NO_PERSON_ENDS = HEADS["FAC"] | HEADS["LOC"] | HEADS["GPE"] | HEADS["EVENT"] | HEADS["LAW"] | ORG_WORDS | ORG_TAILS


def regnal_names_untagged(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'<CITY>, May 2 - King <Name> arrived', 'Queen <Name> of <Country> will visit': the model leaves a
    sovereign's one name after the title untagged where the title opens the story or a paragraph (later in a
    sentence it tags 'King Birendra', whose title tidy() makes the role), or reads the name alone as a place. The name
    is the person's, the title the role. Not after 'the' or 'a' ('the King Air', a plane; 'the Queen Mary', a ship),
    not a name that goes on ('King Fahd Causeway') or ends in a place's or a body's word ('King Street'), not a
    place ('Prince George')."""
    texts = column(doc, "ORTH")
    at = [i for i, w in enumerate(texts[:-1]) if w in _REGNAL_TITLES]
    if not at:
        return mentions
    taken = covered(mentions)
    starts = {m.start: m for m in mentions}
    added: list[Mention] = []
    n = len(doc)
    for i in at:
        if i in taken or i and doc[i - 1].lower_ in ("the", "a", "an", "his", "her", "their", "its"):
            continue
        j = i + 1
        m = starts.get(j)
        if m is not None:
            # a name the model typed a place or a body, right after the title: 'King <Name> told'
            end = m.end
            if m.label not in ("GPE", "LOC", "NORP", "ORG") or end - j > 2:
                continue
        else:
            end = j
            while end < n and end - j < 2 and end not in taken and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == j:
                continue
        run = doc[j:end]
        if end < n and doc[end].text[:1].isupper() and doc[end].is_alpha \
                or any(t.lower_ in _NO_PERSON_ENDS or t.text in TITLES or t.lower_ in TITLES for t in run) \
                or is_place(run.text, places):
            continue
        if m is not None:
            m.label, m.role = "PERSON", texts[i]
        else:
            added.append(mention_of(run, "PERSON", role=texts[i]))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# the words of a post written between a place and its holder's name: 'Minnesota Governor', 'Hong Kong Financial
# Secretary', 'Philippines Trade and Industry Secretary'
_POST_WORDS = frozenset(t for t in TITLES if " " not in t) | HEADS["portfolios"] | HEADS["post_fields"] | {
    "and", "vice", "prime"}


def _place_before_a_post(doc: Doc, start: int, taken: set[int], person_starts: set[int],
                         places: frozenset[str]) -> int | None:
    """'<Country> President <Name>', '<State> Governor <Name>': a country's, state's or city's whole name the model
    left untagged before a post and the person holding it, where the three run together in capitals (most often
    straight after a wire dateline) and the name could not be told from the post. Where the place's name ends, or
    None. Not a body's name before the post ('New York Federal Reserve Bank President'): every word between the
    place and the person is a post's."""
    for size in (3, 2, 1):
        end = start + size
        if end >= len(doc) or any(k in taken or not doc[k].text[:1].isupper() for k in range(start, end)):
            continue
        name = doc[start:end].text
        if not is_place(name, places) or size == 1 and is_first_name(name) and not country_code(name):
            continue
        k = end
        while k < len(doc) and k - end < 5 and k not in taken and doc[k].text[:1].isupper() \
                and doc[k].lower_ in _POST_WORDS:
            k += 1
        if k > end and k in person_starts and doc[k - 1].lower_ in TITLES:
            return end
        return None
    return None


def inside_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """'Power New Zealand', 'Bank of New Zealand', 'Electricite de France', 'Amsterdam-Rotterdam barrels', 'Hong Kong
    Telecom': capitalised words, a name's 'of' (or its 'de' in French, Spanish or Portuguese) or a hyphen joined to the
    words on either side."""
    if end < len(doc) and (doc[end].text[:1].isupper() and not doc[end].is_punct
                           or doc[end].text == "-" and not doc[end - 1].whitespace_):
        return True
    if not start:
        return False
    before = doc[start - 1]
    if before.text == "-" and not before.whitespace_ or before.text[:1].isupper() and not doc[start].is_sent_start:
        return True
    if before.lower_ == "the" and doc[start].text in THE_IN_THE_NAME:
        return True  # "the Hague": the article is the name's own first word, which tidy() keeps on it
    return (before.lower_ == "of" or before.lower_ in PARTICLES) and start > 1 and doc[start - 2].text[:1].isupper()


def named_after_an_organisations_kind(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'the Yugoslav news agency Tanjug reported', 'the state-owned oil company Petrobras': a capitalised name the model
    left untagged, straight after the lower-case kind of organisation it stands beside. Not a person's name ('record
    producer Terry Melcher' opens with a first name), a place, nor words after a sentence's first. A kind that no
    firm's name opens with may open the sentence, capitalised ('Publisher Tarnhelm said', '* Conglomerate Vessiere
    fell'; kind_opens_the_sentence)."""
    kinds = HEADS["org_nouns"] | HEADS["opening_kinds"]
    lower = lowers(doc)
    at = [i + 1 for i, w in enumerate(lower[:-1]) if w in kinds]
    if not at:
        return mentions
    taken = covered(mentions)
    story = story_start(doc)
    added: list[Mention] = []
    for j in at:
        tok = doc[j]
        if j in taken or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                or tok.is_sent_start or not tok.is_alpha:
            continue
        kind = doc[j - 1]
        if j - 1 in taken or not (kind.text.islower() and kind.lower_ in HEADS["org_nouns"]
                                  or kind_opens_the_sentence(doc, kind, story)):
            continue
        end = j + 1
        while end < len(doc) and end - j < 3 and end not in taken and not doc[end].ent_type_ \
                and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha or end + 1 < len(doc) \
                and doc[end].lower_ in ("in", "of", "for", "and", "de") and doc[end + 1].text[:1].isupper():
            continue  # the name goes on ('Human Rights in China'): not this rule's to cut
        run = doc[j:end]
        if len(run.text) < 3 or any(t.lower_ in TITLES for t in run):
            continue  # 'N / A' in a table; 'union Secretary General', a post
        # the parse joins the two, or makes both the subject of one verb ('news agency Tanjug reported')
        linked = run[-1].head.i == kind.i or kind.head.i == run[-1].i or kind.head.i == run[0].i \
            or kind.head.i == run[-1].head.i and kind.dep_ == run[-1].dep_
        # 'news agency INA': one word in capitals is an organisation's letters, whatever first name it spells
        letters = len(run) == 1 and run.text.isupper() and 2 <= len(run.text) <= 5
        if not linked or is_first_name(run[0].text) and not letters or is_place(run.text, places) \
                or is_job_word(run[0].lower_):
            continue
        added.append(mention_of(run, "ORG"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def kind_opens_the_sentence(doc: Doc, kind: Token, story: int | None) -> bool:
    """'Publisher Tarnhelm said …', 'May 3 - Retailer Hollins said', '* Conglomerate Vessiere fell': a firm's kind
    capitalised only because it comes first in the sentence, the story or a bulleted line."""
    return kind.lower_ in HEADS["opening_kinds"] and kind.text[:1].isupper() and kind.text[1:].islower() and (
        kind.is_sent_start or kind.i == story or kind.i and doc[kind.i - 1].text in ("*", "-", "--"))


def story_start(doc: Doc) -> int | None:
    """The token the story opens with after a wire dateline; None with no dateline."""
    opening = dateline_end(text_of(doc))
    first = None if opening is None else doc.char_span(opening, opening + 1, alignment_mode="expand")
    return None if first is None else first.start
