"""The model's entities made into mentions: trimmed of articles, marks and trailing words, split where the
model ran two names into one, and relabelled where a title or a first name shows a person."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Span, Token

from ..dates.lexicon import MONTHS
from ..doctext import column, doc_slice, lowers, text_between, text_of, tokens
from . import gazetteer
from .gazetteer import adjective_of_a_country, country_code, is_place
from .mentions import Mention, covered, mention_of, surnames_alone, word_counts
from .names import SPEAKING, is_first_name, post_set_off_after, speaks_as_a_person
from .referents import fold
from .roles import FORMS_OF_ADDRESS, title_at_start, title_before, title_inside, whole_post_opening
from .vocabulary import (
    DASHES,
    DEMONYM_NOUNS,
    HEADS,
    HONORIFICS,
    LEGAL_FORMS,
    MONEY,
    ORG_TAILS,
    ORG_WORDS,
    PERSON_ORG_ENDS,
    PLAIN_HYPHEN,
    POSSESSIVE,
    TICKER,
    TITLES,
    glued_hyphen,
)


def _latin(char: str) -> bool:
    return char.isalpha() and (char.isascii() or unicodedata.name(char, "").startswith("LATIN"))


# an ASCII text's letters are _latin's letters: one search for the figures, dates and amounts every tidy() call asks
# about, not a test per character
_ASCII_LETTER = re.compile("[A-Za-z]")


# small words that open a name in lower case: "al-Qabas", "de Gaulle", "van Gogh", "bin Salman"
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la",
                   "le", "dos", "das", "ter", "ten", "y", "e"}


def _capital_after_common_words(doc: Doc, start: int, end: int) -> int:
    """The index of the first capitalised word when a name opens with lower-case common words and "of"/"the"
    ("congress of the Union of Young Communists"), else 0."""
    at = start
    while at < end and doc[at].is_lower and doc[at].is_alpha and doc[at].lower_ not in _NAME_PARTICLES:
        at += 1
    if at == start:
        return 0
    while at < end and doc[at].lower_ in ("of", "the", "for"):
        at += 1
    return at if at < end and doc[at].text[:1].isupper() else 0


# the marks that open a quoted name: double ones, and the single ones British copy quotes with
_OPENING_MARKS = {'"', "\u201c", "\u201e", "'", "\u2018"}


def _quote_opened_inside(toks: list[Token], start: int, end: int) -> int:
    """Where the name opens when the model ran the word before its opening quote mark into it ('the Pacific ["Ring of
    Fire"]', 'a [Warsaw "Solidarity"] rally'): the word after a mark set off by a space before and none after, whose
    closing mark (if any) ends the mention; 0 when none. A mark closed inside the mention sets off a nickname
    ('Earvin "Magic" Johnson'): the name stays whole."""
    for q in range(start + 1, end - 1):
        t = toks[q]
        if t.text not in _OPENING_MARKS or t.whitespace_ or not toks[q - 1].whitespace_:
            continue
        if any(toks[k].is_quote for k in range(q + 1, end - 1)) or not toks[q + 1].text[:1].isupper():
            return 0
        return q + 1
    return 0


def _past_a_dateline(toks: list[Token], start: int, end: int) -> int:
    """Where a name starts that the model ran on from a wire dateline's date across its dash ("March 3 - AMR Corp
    will hold"): after the dash. The story's first name then stood under the date, and so did each later short name
    the article maps to it ("AMR said"). Not a span of dates ("March 13 - April 17")."""
    for i in range(start + 2, end - 1):
        if toks[i].text in DASHES and toks[i - 1].whitespace_ and toks[i].whitespace_ \
                and toks[i - 1].like_num and toks[i - 2].lower_.rstrip(".") in MONTHS \
                and toks[i + 1].text[:1].isupper() and toks[i + 1].lower_.rstrip(".") not in MONTHS:
            return i + 1
    return start


def split_parenthesis(doc: Doc, ent: Span) -> list[Span]:
    """'Chicago Board of Trade (CBOT)' read as one entity is two names for one referent."""
    texts = column(doc, "ORTH")  # read by index: no Token made per word of every entity
    for i in range(ent.start + 1, ent.end):
        if texts[i] == "(":
            inner_start, inner_end = i + 1, ent.end
            while inner_end > inner_start and texts[inner_end - 1] == ")":
                inner_end -= 1
            parts = [Span(doc, ent.start, i, label=ent.label)]
            if inner_end > inner_start:
                parts.append(Span(doc, inner_start, inner_end, label=ent.label))
            return parts
    return [ent]


def split_at_a_place(doc: Doc, ent: Span, places: frozenset[str]) -> list[Span]:
    """'Auckland, New Zealand' and 'Cahors Cathedral in Cahors' read as one name: a comma or 'in'
    before a known place ends one name and starts the place's; so does 'of' after a person's full name
    ('Manaspas Xuto of Thailand': the delegate, from Thailand)."""
    if ent.label_ not in ("GPE", "ORG", "FAC", "LOC", "PERSON"):
        return [ent]
    if ent.label_ == "PERSON" and (of := _of_a_firm(doc, ent)):
        return [Span(doc, ent.start, of, label="PERSON"), Span(doc, of + 1, ent.end, label="ORG")]
    words, toks = lowers(doc), tokens(doc)  # read by index: no Span of the inner words, no Token per word
    for at in range(ent.start + 1, ent.end - 1):
        if words[at] != "," and words[at] != "in" and words[at] != "of":
            continue
        tok = toks[at]
        of_person = tok.lower_ == "of" and ent.label_ == "PERSON" and tok.i - ent.start >= 2
        if tok.text != "," and tok.lower_ != "in" and not of_person:
            continue
        place = doc[tok.i + 1 : ent.end]
        while len(place) and place[-1].is_punct:
            place = doc[place.start : place.end - 1]
        name = place.text
        if len(place) and is_place(name, places):
            first = doc[ent.start : tok.i]
            bare = first[1:] if first[0].lower_ == "the" else first
            label = "GPE" if bare.text in places and tok.text == "," else ent.label_
            return [Span(doc, first.start, first.end, label=label), Span(doc, place.start, place.end, label="GPE")]
    return [ent]


def _of_a_firm(doc: Doc, ent: Span) -> int:
    """'said Sullivan of Dean Witter': a person's name run on over 'of' into the opening words of an organisation
    the model tags elsewhere in the article ('Dean Witter Reynolds') is the person, then where they work. Where
    the 'of' is, else 0."""
    texts = column(doc, "ORTH")
    of = next((i for i in range(ent.start + 1, ent.end - 1) if texts[i] == "of"), 0)
    if not of or not all(t.text[:1].isupper() for t in doc[ent.start:of]):
        return 0
    firm = doc[of + 1 : ent.end].text
    return of if any(e.label_ == "ORG" and e.start != ent.start and (e.text + " ").startswith(firm + " ")
                     for e in doc.ents) else 0


# Queen's (King's) Counsel: the rank a senior barrister writes after the name
_SILKS = {"QC", "KC"}

# a member's seat written after the name ("<Name> MP", "<Name> MEP"): a post, no part of the name
_SEATS = {"MP", "MEP", "MSP"}

# what a hyphen joins to the front of a name to make an adjective of it
_PREFIXES = {"pro", "anti", "ex", "non", "post", "pre", "neo", "pan", "mid"}

# initials with a plural s: things counted, never one organisation ("PINs", "ADRs", "CDs")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _named_apart(doc: Doc, ent: Span, word: str) -> bool:
    """Whether the model tags a name holding this word elsewhere: "Pro-Clinton groups" opening a sentence after
    "Hillary Clinton" is the adjective, while "Ex-Im Bank" is a name whole, its "Im" never written alone, and so is
    "the Post-ABC poll" after "The Washington Post", its "Post" a name's own word."""
    return any(e.start != ent.start and any(t.text == word for t in e) for e in doc.ents)


_NUMBER_IN_A_NAME = re.compile(r"\d{1,3}")


def _numbered_name(doc: Doc, label: str, end: int) -> bool:
    """Whether the number closing a name the model found is the name's own: a station, a channel or a sequel
    ("[Radio 5] said", "the [Channel 9] drama", "[Spellbook 2]'s sales") goes on into the sentence as a name does,
    where a player's minute in a match report ("Lopes 62, Ward 80") is followed by a stop, a comma or a bracket.
    A version's decimals ("1.0") stay cut: the program's bare name would take the version's as its own."""
    last = doc[end - 1]
    if label == "PERSON" or not _NUMBER_IN_A_NAME.fullmatch(last.text) or not doc[end - 2].text[:1].isupper() \
            or end >= len(doc):
        return False
    after = doc[end]
    return after.text in POSSESSIVE or after.is_alpha and after.is_lower


# a result the model ran into a name: a score, or a set's or a game's scores in a row ("6-2", "1-6,4-6"), one or two
# figures a side, so that no model number ("737-800") reads as one
_SCORES = re.compile(r"\d{1,2}[-–]\d{1,2}(?:,\d{1,2}[-–]\d{1,2})*,?")


def _before_scores(toks, start: int, end: int) -> int:
    """Where a name ends before the result the model ran into it ("beat [Ann Lee 6-2 7-5]", "[Riverton 13-12]"):
    scores set apart by a space after the name, one or more; `end` if there is none. No name ends in one."""
    at = end
    while at - start > 1:
        opening = at - 1  # the first token of the last word between spaces ("1", "-", "6,4", "-", "6")
        while opening > start and not toks[opening - 1].whitespace_:
            opening -= 1
        if opening == start or not _SCORES.fullmatch("".join(t.text for t in toks[opening:at])):
            break
        at = opening
    return at


def names_money(word: str) -> bool:
    """'dlrs', 'Dollars', 'yen': a currency's word, after which a country's name names the money, not a place."""
    folded_word = fold(word)
    return folded_word in MONEY or folded_word in HEADS["currencies"]


# the small words inside a name before the rest of it ("Ministry of Foreign Affairs of Greece", "Banco de X"): a name
# the model ended on one was cut short there, not run on past its end into common words
_LINKS_BEFORE_A_NAME = frozenset({"of", "and", "for", "de"})


def tidy(doc: Doc, ent: Span, places: frozenset[str]) -> list[Mention]:
    """The mention of a name, trimmed and labelled; two when the model ran an organisation or place
    into a person's name ("Senator from Vermont Bernie Sanders": Vermont, and Bernie Sanders)."""
    toks = tokens(doc)  # a list index, not a new Token per doc[i]: tidy reads some 26 tokens per name
    start, end = ent.start, ent.end
    while start < end and toks[start].lower_ in ("the", "a", "an"):
        start += 1
    if (dash := _past_a_dateline(toks, start, end)) > start:
        # the date stays a date (the model may have tagged the whole run as one), the name after the dash a name
        if ent.label_ != "DATE":
            return tidy(doc, Span(doc, dash, end, label=ent.label_), places)
        date = mention_of(doc[start : dash - 1], "DATE")
        if toks[end - 1].text.rstrip(".") not in LEGAL_FORMS:
            return [date]  # "March 5 - Responsibility for …": the story's first word, no name
        return [date, *tidy(doc, Span(doc, dash, end, label=ent.label_), places)]
    if end - start > 1 and ent.label_ == "PERSON" and toks[start].is_sent_start and toks[start].tag_ == "VBG" \
            and toks[start].lower_.endswith("ing"):
        start += 1  # "[Echoing Gaviria]'s words, Jorge Cardenas said": the participle opening the sentence
    if end - start > 1 and opens_a_sentence_unnamed(toks[start]):
        start += 1  # "[Neither Dasbach] nor Mears would": the sentence's first word, capitalised only for that
        while start < end and toks[start].is_punct:
            start += 1  # "Nevertheless, Windom said"
    while start < end and (toks[start].text in TICKER or toks[start].is_space or toks[start].is_quote
                           or toks[start].is_upper and start + 1 < end and toks[start + 1].text == ">"):
        start += 1  # 'known as the "Blue House"', "Corp's <UTX> Sikorsky": the mark, the ticker are no part of it
    if (opened := _quote_opened_inside(toks, start, end)) > start:
        start = opened  # 'on the Pacific "Ring of Fire"': the word before the quoted name is no part of it
    if ent.label_ == "GPE" and end - start > 2 and toks[start].text in ("D", "R", "I") and toks[start + 1].text == "-" \
            and not toks[start].whitespace_ and not toks[start + 1].whitespace_:
        start += 2  # "Dan Glickman, D-Kans.,": a lawmaker's party before the state is no part of its name
    if end - start > 2 and toks[start].lower_ in _PREFIXES and toks[start + 1].text == "-" \
            and not toks[start].whitespace_ and not toks[start + 1].whitespace_ and toks[start + 2].text[:1].isupper() \
            and (toks[start].is_lower or _named_apart(doc, ent, toks[start + 2].text)
                 and not _named_apart(doc, ent, toks[start].text)):
        start += 2  # "a pro-Texaco brief", "ex-Guinness chairman": the prefix makes an adjective of the name after it
    the = next((i for i in range(start + 1, end - 2) if toks[i].text == "the" and toks[i - 1].text[:1].isupper()),
               0) if end - start > 3 else 0  # (most names are too short to hold one: no generator made for them)
    if the:
        start = the + 1  # "making [Ferraro the Democratic Party]'s first female candidate": two names run together
    if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (opens := _capital_after_common_words(doc, start, end)):
        start = opens  # "the congress of [the Union of Young Communists]": the model ran a common noun into the name
    while end > start and (toks[end - 1].text in POSSESSIVE or toks[end - 1].is_punct or toks[end - 1].is_space
                           or toks[end - 1].text in TICKER):
        end -= 1
    if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT"):
        end = _before_scores(toks, start, end)
    if end - start > 1 and _credit(doc, end - 1):
        end -= 1  # "AIP Chairman Markham Robinson Image: Markham Robinson.": a caption's credit after the name
    if ent.label_ == "PERSON":
        start, end = _sign_off_name(toks, start, end)
    if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
        while end - start > 1 and (toks[end - 1].is_lower and toks[end - 1].is_alpha or toks[end - 1].like_num) \
                and toks[end - 1].lower_ not in ORG_TAILS and toks[end - 1].lower_ not in _LINKS_BEFORE_A_NAME \
                and not (toks[end - 2].text == "-" and not toks[end - 2].whitespace_) \
                and not (end == ent.end and _numbered_name(doc, ent.label_, end)):  # "Chi-cheng", "Radio 5" whole
            end -= 1  # "U.S. earnings", "Humberto 75 miles": the model ran a name into the words after it
    # "Prosecutor Jane Roe QC", "former minister Jane Roe MP": a barrister's rank, then a seat, after the name is no
    # part of it (a later apposition gives the post)
    for after_the_name in (_SILKS, _SEATS):
        if end - start > 2 and toks[end - 1].text in after_the_name and ent.label_ in ("PERSON", "ORG") \
                and all(t.text[:1].isupper() for t in toks[start : end - 1]):
            end -= 1
    if ent.label_ == "ORG" and (form := _legal_form_before_a_code(doc, start, end)):
        end = form  # "the McDonnell Douglas Corp F-18": the firm, and the model of plane it makes
    if end - start == 2 and ent.label_ in ("ORG", "GPE", "NORP") and (
            _common_word_after_country(doc, start) or _one_of_a_kind_after_country(doc, start)):
        if names_money(toks[start + 1].text):
            return []  # "notes in U.S. Dollars": the country names a currency, as in "U.S. dlrs" below
        return [mention_of(doc[start : start + 1], "GPE")]  # "the U.K. Court had": the country, and a common noun
    if end - start > 2 and ent.label_ in ("ORG", "GPE", "NORP") and toks[start + 1].pos_ in ("VERB", "AUX") \
            and _common_word_after_country(doc, start):
        # "The [U.S. Wants other Group of Seven] countries to": the country, its verb, and the name it governs
        rest = start + 2
        while rest < end and not toks[rest].text[:1].isupper():
            rest += 1
        country = mention_of(doc[start : start + 1], "GPE")
        return [country, *tidy(doc, Span(doc, rest, end, label=ent.label_), places)] if rest < end else [country]
    if end > start and toks[end - 1].lower_ in _LINKS_BEFORE_A_NAME and end < len(doc):
        # "[The Ministry of Foreign Affairs of] Greece": the model stopped one name short
        nxt = next((e for e in doc.ents if e.start == end), None)
        end = nxt.end if nxt is not None and ent.label_ == "ORG" else end - 1
    if ent.label_ == "ORG":
        while end < len(doc) and toks[end].lower_ in ORG_TAILS and toks[end].text[:1].isupper() \
                and not toks[end].ent_type_:
            end += 1  # "French Civil Security [Service]": the model stopped before the organisation's own word
    role = affiliation = None
    label = ent.label_
    owners: list[Mention] = []
    if label in ("ORG", "PERSON") and (held := _title_of_a_charge(doc, start, end, places)):
        # "Chief Inspector of [Mines Redzuan Sumun]": the charge's last word and the person named after it
        return [mention_of(doc[end - 2 : end], "PERSON", held)]
    if label == "ORG" and (of := person_of(doc, start, end, places)):
        # "Kunthon Narkprom of Thai Farmers Bank" read as one organisation: the person, and where they work
        owner = mention_of(doc[of + 1 : end], "ORG")
        return [mention_of(doc[start:of], "PERSON", title_before(doc, start), owner.name), owner]
    inside = label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART")
    cut = person_inside(doc, start, end, places) if inside else 0
    # a firm's name joined by a hyphen ("Amsterdam-Rotterdam Bank NV") is made whole again by names_cut_at_a_hyphen
    if cut and _glued_hyphen(toks, cut) and not any(
            t.text.rstrip(".") in LEGAL_FORMS or t.lower_ in ORG_WORDS or t.lower_ in PERSON_ORG_ENDS
            for t in toks[cut + 1 : end]):
        if _opens_a_longer_name(doc, start, end):
            cut = 0  # "Thorn-EMI" beside "Thorn-EMI PLC": one firm's name, hyphen and all
        else:
            # "the Costa Rica-Nicaragua border", "the Derby-Fulham replay": two names joined by a hyphen, the second
            # no person's for opening on it; each is a name of its own, the hyphen in neither
            first = doc[start:cut]
            return [mention_of(first, "GPE" if is_place(first.text, places) else label),
                    *tidy(doc, Span(doc, cut + 1, end, label=label), places)]
    if cut:
        owner = start
        while owner < cut and (toks[owner].is_lower or toks[owner].is_punct):
            owner += 1  # "Senator from [Vermont]"
        while owner < cut and toks[owner].lower_ in TITLES:
            owner += 1
        place = False
        if owner < cut and not (cut - owner == 1 and is_first_name(toks[owner].text)):
            place = is_place(doc[owner:cut].text, places)
            owners.append(mention_of(doc[owner:cut], "GPE" if place else "ORG"))
        if place:  # "Senator from Vermont Bernie Sanders": where a person is from is a role's, never an affiliation
            role = _from_a_place(doc, owner, cut)
        else:
            affiliation = doc[start:cut].text
        label, start = "PERSON", cut
    named_for = _named_for_a_titled_person(doc, start, end)
    if named_for and start and toks[start - 1].lower_ in _NAMESAKE_TITLES and toks[start - 1].text[:1].isupper():
        start -= 1  # "[Elizabeth Hospital]" after "Queen": the model left the title out of the hospital's name
    if named_for and label == "PERSON":
        label = "ORG"  # "Prince Charles Hospital": no person's name; its last word types it after (kinds.by_head_word)
    if label in ("ORG", "NORP", "GPE", "FAC") and not named_for and (inner := title_at_start(doc, start, end)) and (
            end - inner >= 2 and is_first_name(toks[inner].text)
            or end - inner == 1 and doc[start:inner].text.lower() in HONORIFICS):
        label = "PERSON"  # "Detective Constable Daniel Dubé" read as an organisation: a title opens a person's name
    if label in ("PERSON", "NORP") and _nationality_before_a_name(doc, start, end, label == "PERSON"):
        # "Kenyan Ann Wanjiru", "Australian Lee" after "Mary Lee": where the person is from, then the name
        owners.append(mention_of(doc[start : start + 1], "NORP"))
        start, label = start + 1, "PERSON"
    if end - start > 2 and toks[start].lower_ in DEMONYM_NOUNS and toks[start + 1].text[:1].isupper() and (
            label == "PERSON" or label in ("ORG", "NORP") and is_first_name(toks[start + 1].text)):
        start, label = start + 1, "PERSON"  # "Finn Juha Kankkunen": where the person is from, no name and no post
    if label == "PERSON":
        while end < len(doc) and toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper() \
                and toks[end - 1].head.i == end and not toks[end].ent_type_ and not _credit(doc, end) \
                and not (toks[end].text in _SEATS and end - start > 1):
            end += 1  # the model stopped before the surname: "[Superintendent Graciano] Mijares"
        if party := _party_member(doc, start, end):
            affiliation, start = affiliation or doc[start:party].text, party  # "Tory Ann Fenwick": her party
        inner = title_at_start(doc, start, end) or title_inside(doc, start, end)
        before = title_before(doc, start)
        if inner:
            opening = min(start, whole_post_opening(doc, inner - 1))  # "First [Lady Ann Lee]": the model left out
            role, start = " ".join(t.text for t in doc[opening:inner]), inner  # the post's first word
        if before and role and all(w.lower() in FORMS_OF_ADDRESS for w in role.split()):
            role = None  # "Former <party> leader [Lord <Name>]": the post, not the post and how the peer is addressed
        role = " ".join(r for r in (before, role) if r) or None  # "Chief [Superintendent Graciano]"
        if role and role.lower() in _COURTESY_TITLES:
            role = None  # "Mme Spanton", "Mr Smith": how to address someone is no post they hold
    name = doc_slice(doc, start, end)  # start and end are final here: one Span for the tests below, not one per test
    name_words, written = toks[start:end], text_between(doc, start, end)  # no Token per word, no join per test
    if (label in ("PERSON", "GPE", "LOC", "FAC") or label == "ORG" and all(t.is_alpha for t in name_words)) \
            and all(t.text.islower() for t in name_words):
        return owners  # "fentanyl had become a popular drug", "the central bank's": a name has a capital ("oe24.at")
    if label == "ORG" and end - start == 1 and toks[start].lower_ in _ANY_STATES_BODY:
        return owners  # "not the Administration's first choice": the government in office, named by a common noun
    if label == "GPE" and end < len(doc) and fold(toks[end].text) in MONEY:
        return owners  # "68 billion U.S. dlrs": the country names a currency, not a place in the story
    if end - start == 1 and label in ("PERSON", "ORG") and toks[start].lower_ in DEMONYM_NOUNS:
        return owners  # "Frenchman Didier Auriol", cut apart by the model: a nationality (NORP), no entity here
    if end - start == 1 and label in ("PERSON", "ORG") and toks[start].lower_.rstrip(".") in MONTHS \
            and end < len(doc) and toks[end].like_num:
        return owners  # "SYDNEY, Mar 3 -": a month before its day, which the model read as a name, is a date
    if start >= end or fold(written) in HEADS["not_names"] or \
            label == "PERSON" and written.lower() in TITLES or \
            end - start > 1 and fold(toks[end - 1].text) in HEADS["not_names"]:
        return owners  # "UTC", "COVID-19", "U.S. dlrs": no one and nothing a reader would look up
    if label == "ORG" and end - start == 1 and _PLURAL_ACRONYM.fullmatch(toks[start].text):
        return owners  # "selling PINs", "ADRs": securities by their initials, counted, no organisation
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (
            not any(c.isalpha() for c in written) or fold(toks[end - 1].text) in HEADS["currencies"]):
        return owners  # "the 0.7 pct decline", "real U.S. Dollars": a number or a currency, no one and nowhere
    if not (_ASCII_LETTER.search(written) if written.isascii() else any(_latin(c) for c in written)):
        return owners  # a passage in Hindi or Arabic quoted in the article: the small English model tags its words
    found = mention_of(name, label, role, affiliation)
    if start and end - start == 1 and toks[start].text in THE_IN_THE_NAME and toks[start - 1].lower_ == "the":
        found = mention_of(doc[start - 1 : end], label, role, affiliation)  # "in the Hague": the article is part
        found.name, found.words = "The " + toks[start].text, ("The", toks[start].text)  # of the city's name
    return [m for m in (*owners, found) if m.words]


# the titles an institution's namesake bears in its name ("Queen Mary University", "King Fahd Hospital", "Sultan Qaboos
# Mosque", "Saint Francis Hospital"), and the last words of the institutions and buildings named so: with one of each,
# the title is the name's own first word, no post of a person
_NAMESAKE_TITLES = frozenset({
    "king", "queen", "prince", "princess", "sultan", "sheikh", "sheik", "emir", "amir", "shah", "emperor", "empress",
    "sir", "dame", "lady", "lord", "saint", "st", "st.", "pope", "imam", "ayatollah", "cardinal", "archbishop",
    "bishop", "rabbi", "president", "general", "marshal"})
_NAMESAKE_ENDS = frozenset({
    "university", "college", "institute", "school", "academy", "hospital", "clinic", "center", "centre", "museum",
    "foundation", "library", "mosque", "church", "cathedral", "airport", "stadium", "arena", "palace", "bridge"})


def _named_for_a_titled_person(doc: Doc, start: int, end: int) -> bool:
    """'Queen Mary University of London', 'Prince Charles Hospital', '[Elizabeth Hospital]' after 'Queen': a name of
    two words or more closing with an institution's or a building's word (before its first 'of'), opened by a namesake's
    title, or right after one, followed by a capitalised word: the institution's name, title and all."""
    words = list(doc[start:end])
    if len(words) < 2:
        return False
    cut = next((i for i, t in enumerate(words) if t.lower_ == "of"), len(words))
    if cut < 2 or words[cut - 1].lower_ not in _NAMESAKE_ENDS or not words[cut - 1].text[:1].isupper():
        return False
    if words[0].lower_ in _NAMESAKE_TITLES and words[0].text[:1].isupper():
        return cut >= 3 and words[1].text[:1].isupper()
    return bool(start) and doc[start - 1].lower_ in _NAMESAKE_TITLES and doc[start - 1].text[:1].isupper() \
        and doc[start - 1].ent_type_ == ""


def _party_member(doc: Doc, start: int, end: int) -> int:
    """The index after a party's word that opens a person's name in British copy ("Tory Ann Fenwick"), when a first
    name follows and two words are left; else 0. Before a post or a peer's title the party is left to the titles
    ("Lib Dem MP Ann Fenwick": role "Lib Dem MP")."""
    for n in (2, 1):
        at = start + n
        if end - at >= 2 and text_between(doc, start, at) in HEADS["party_labels"] and doc[at].text[:1].isupper() \
                and is_first_name(doc[at].text):
            return at
    return 0


_NOT_NAME_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "PART", "ADV"}


# places whose English name opens with "The", whatever case the article writes it in
THE_IN_THE_NAME = {"Hague", "Gambia"}


def _credit(doc: Doc, i: int) -> bool:
    """'Image:' or 'Photo:' after the name in a picture's caption, before whoever took it."""
    return doc[i].text in ("Image", "Photo") and i + 1 < len(doc) and doc[i + 1].text == ":"


def _sign_off_name(toks, start: int, end: int) -> tuple[int, int]:
    """The reporter's name in a wire story's sign-off, without the dash before it or the telephone number the model
    runs into it: "-- Ann Weller 212-555-0188" is Ann Weller. No name ends in a number of seven digits or more."""
    while end - start > 1 and toks[start].text.strip("-–—") == "":
        start += 1
    at = end
    while at - start > 1 and (toks[at - 1].is_digit or toks[at - 1].text in ("-", "+")):
        at -= 1
    after = end  # the model may end the name inside the number: "Tom Barker 312-555[-0101]"
    while after < len(toks) and (toks[after].is_digit or toks[after].text == "-") and not toks[after - 1].whitespace_:
        after += 1
    if at < end and toks[at - 1].is_alpha and sum(len(t.text) for t in toks[at:after] if t.is_digit) >= 7:
        end = at
    return start, end


def opens_a_sentence_unnamed(tok) -> bool:
    """'But', 'Neither', 'Will' opening a sentence: a small word capitalised only because it comes first, which
    the model or a rule ran into the name after it ("But Asarco Inc", "Neither Dasbach"); "Will Smith" is a name
    there, read as one (PROPN)."""
    return tok.is_sent_start and tok.is_stop and tok.pos_ in _NOT_NAME_POS


def capitals_after_abbreviations(doc: Doc) -> bool:
    """Whether the article capitalises the word after every abbreviation with a full stop, as if it ended a
    sentence ("in the U.S. In response", "from the U.S. Fell sharply"): a verb or a small word with a capital
    there, or two common words ("U.S. Data", "U.S. Leading indicators", or words it writes in lower case elsewhere)."""
    found = doc.user_data.get("newsreader_false_capitals")
    if found is None:
        texts, pos = column(doc, "ORTH"), column(doc, "POS")
        lower = {t for t in texts if t.islower()}
        seen: set[str] = set()
        for t, nxt, p in zip(texts, texts[1:], pos[1:]):
            if t.endswith(".") and len(t) > 2 and t[-2].isupper() and nxt[:1].isupper() and not nxt.isupper():
                if p in _NOT_NAME_POS:
                    seen.update(("", " "))
                elif p in ("NOUN", "ADJ") or nxt.lower() in lower:
                    seen.add(nxt.lower())
        found = doc.user_data["newsreader_false_capitals"] = len(seen) >= 2
    return found


# one word after a country's abbreviation that names its institution ("U.S. Congress") or a firm ("U.S. Steel")
_INSTITUTIONS = {"congress", "senate", "fed", "treasury", "army", "navy", "marines", "embassy", "mint", "customs",
                 "parliament", "cabinet", "administration", "government", "military", "steel", "sprint", "air"}


# the nouns for a kind of firm or person whose plural after a country's abbreviation is a common phrase ("U.S. firms")
_KINDS_OF_ONE = HEADS["firm_nouns"] | HEADS["org_nouns"] | HEADS["jobs"] | HEADS["person"] | HEADS["market_jobs"]


def _plural_of_a_kind(word: str) -> bool:
    return word.endswith("s") and (word[:-1] in _KINDS_OF_ONE or word.endswith("ies") and word[:-3] + "y" in _KINDS_OF_ONE)


# a word alone that names whichever state's government is meant, capitalised as wire copy does, but no name
_ANY_STATES_BODY = {"administration", "government"}


# kinds of firm wire copy puts between a country and a company's name, beside those of _KINDS_OF_ONE ("U.S. Packer")
_MORE_KINDS = {"packer", "refiner", "miner", "shipper", "builder", "chipmaker", "automaker", "carmaker", "lender",
               "brokerage", "conglomerate", "supplier", "distributor", "developer", "operator", "company"}
# not the words papers and channels are named with: "U.K. Daily Mail"
_FIRM_KINDS = HEADS["firm_nouns"] | HEADS["org_nouns"] - {"daily", "channel", "network", "team", "app", "website",
                                                          "platform", "outlet", "magazine", "newspaper"}


def kind_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'U.S. Firm Doe Run', 'U.K. Firm Cable and Wireless Plc', 'U.S. Packer John Morrell and Co': a country's
    abbreviation and the kind of firm it is, run into the firm's name (wire copy capitalises the word after an
    abbreviation). The name starts after them; the country stays a place of its own. Not a word institutions are
    named with ('U.S. Bank', 'U.K. Company' may be names)."""
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        country, kind = doc[start], doc[start + 1] if m.end - start > 2 else None
        if m.label == "ORG" and kind is not None and kind.is_title and country.text.endswith(".") \
                and (kind.lower_ in _FIRM_KINDS and kind.lower_ not in ORG_WORDS or kind.lower_ in _MORE_KINDS) \
                and doc[start + 2].text[:1].isupper() and fold(doc[start + 2].text) not in LEGAL_FORMS \
                and country_code(country.text):
            out.append(mention_of(doc[start:start + 1], "GPE"))
            m = mention_of(doc[start + 2:m.end], "ORG")
        out.append(m)
    return out


def _common_word_after_country(doc: Doc, start: int) -> bool:
    """'U.K. Court', 'U.S. Earnings' in an article that capitalises every word after an abbreviation: one word
    after a country's dotted abbreviation that the article writes in lower case elsewhere, or the model reads as
    no proper noun, or a word for any state's body ('Government'), is a common word, not the second half of a name
    ('U.S. Senate' stays whole)."""
    country, word = doc[start], doc[start + 1]
    if not (country.text.endswith(".") and country_code(country.text) and word.text[:1].isupper()
            and not word.text.isupper()):
        return False
    if _plural_of_a_kind(word.lower_):
        return True  # "built under licence from U.S. Firms", "U.S. Makers": a kind of firm or person, never a name
    lower_elsewhere = word.lower_ in {t for t in column(doc, "ORTH") if t.islower()}
    if not capitals_after_abbreviations(doc):
        # 'U.S. Oil firms' beside 'oil': wire copy capitalises the word after an abbreviation even where it does
        # so only once; but 'the U.S. Army said' beside 'the army' is an institution's name
        if lower_elsewhere:
            return word.lower_ not in ORG_WORDS and word.lower_ not in HEADS["generic"]
        # 'a U.S. Banker told Reuters', 'U.S. Calls for Taiwan to open': a word the article capitalises only this
        # once, after the abbreviation, that names no kind of institution ('U.S. Fed', 'U.S. Senate' stay whole)
        return not _institution(word.lower_) and text_of(doc).count(word.text) == 1 \
            and not _among_names(doc, start, start + 2)
    if word.pos_ != "PROPN" or lower_elsewhere or word.lower_ in HEADS["generic"]:
        return True  # "U.K. Government bond market"
    # 'harm the U.S. Economy', 'U.S. Television interview': a word capitalised only where it follows an
    # abbreviation, in an article that capitalises every such word, and no institution's ('U.S. Treasury')
    return not _institution(word.lower_) and not _among_names(doc, start, start + 2) \
        and not _capitalised_elsewhere(doc, word.text)


def _one_of_a_kind_after_country(doc: Doc, start: int) -> bool:
    """'another U.S. Firm may supply', 'its U.S. Subsidiary, <Firm> Inc,', 'a U.S. Marine was charged': one singular
    word after a country's dotted abbreviation, itself under 'a', 'another' or a possessive, is one of a kind, a
    common noun the wire capitalised after the abbreviation: the name of a body takes 'the' or nothing ('the U.S.
    Mint'); 'a U.S. Air Force jet' puts its 'a' on the jet, not on the name."""
    country, word = doc[start], doc[start + 1]
    if not (country.text.endswith(".") and country_code(country.text) and word.text[:1].isupper()
            and not word.text.isupper() and word.tag_ in ("NN", "NNP") and word.is_alpha):
        return False
    return any(c.dep_ in ("det", "poss") and c.i < start and c.lower_ in _ONE_OF_MANY for c in word.children)


# what is put before one of many things of a kind, not before a name that stands for one body
_ONE_OF_MANY = {"a", "an", "another", "its", "their", "his", "her", "our", "one", "each", "every", "any"}


def _institution(lower: str) -> bool:
    return lower in ORG_WORDS or lower in ORG_TAILS or lower in HEADS["generic"] or lower in HEADS["bodies"] \
        or lower in _INSTITUTIONS


def _capitalised_elsewhere(doc: Doc, word: str) -> bool:
    """Whether the article writes this capitalised word anywhere but just after a dotted abbreviation."""
    texts = column(doc, "ORTH")
    return any(t == word and not (i and texts[i - 1].endswith(".") and len(texts[i - 1]) > 2)
               for i, t in enumerate(texts))


def _legal_form_before_a_code(doc: Doc, start: int, end: int) -> int:
    """The end of a firm's name at its legal form when only a product's code follows it in one word ("General
    Dynamics Corp F-16", "Boeing Co 747"); 0 otherwise."""
    for i in range(end - 2, start, -1):
        if doc[i].whitespace_ and doc[i].text.rstrip(".") in LEGAL_FORMS:
            code = doc[i + 1 : end]
            return i + 1 if not any(t.whitespace_ for t in code[:-1]) and any(c.isdigit() for c in code.text) else 0
    return 0


def _among_names(doc: Doc, start: int, end: int) -> bool:
    """'Tandem Computer, U.S. Leasing and Amfac': a name listed between other names, or with its ticker after it, is
    a firm's whole name, whatever its words."""
    before = doc[start - 2 : start]
    after = doc[end : end + 2]
    listed_before = len(before) == 2 and before[1].text in (",", "and") and before[0].text[:1].isupper()
    listed_after = len(after) == 2 and after[0].text in (",", "and") and after[1].text[:1].isupper()
    return listed_before or listed_after or len(after) > 0 and after[0].text == "<"


def _nationality_before_a_name(doc: Doc, start: int, end: int, person: bool) -> bool:
    """A country's adjective the model ran into the person's name after it: a full name follows, or a surname the
    article writes again. Not an adjective that is also a given name, nor one before a word written once ("Australian
    Confederation"). A 'nationality' holds a name only when a first name follows ("Russian Irina Petrova")."""
    if end - start < 2:
        return False
    first, rest = doc[start], [t.text for t in doc[start + 1 : end]]
    if not adjective_of_a_country(first.text) or is_first_name(first.text) or first.whitespace_ != " " \
            or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in rest):
        return False
    if not person:
        return len(rest) > 1 and is_first_name(rest[0])
    return len(rest) > 1 or word_counts(doc)[doc.vocab.strings.add(rest[0])] > 1


# a gathering's word no organisation list holds, which a country's name before it may make look like a person's
# ("<Country> Congress of Trade Unions", where the country is a given name too, or its nationality is written alone)
_ASSEMBLIES_BEFORE_OF = {"congress"}


def person_of(doc: Doc, start: int, end: int, places: frozenset[str]) -> int:
    """Where 'of' parts a person's full name from their organisation's inside one 'organisation' ("Kunthon Narkprom
    of Thai Farmers Bank"): two or three capitalised words before it, none an organisation's or a place's, opening
    with a first name or with a word of it the article uses alone. Returns 0 when there is none."""
    of = next((t.i for t in doc[start + 2 : min(start + 4, end - 1)] if t.lower_ == "of"), 0)
    if not of or doc[of + 1].lower_ == "the" or not doc[of + 1].text[:1].isupper():
        return 0
    words = [t.text for t in doc[start:of]]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) or is_place(" ".join(words), places) \
            or any(w.lower() in ORG_WORDS or w.lower() in PERSON_ORG_ENDS or w.lower() in TITLES
                   or w.lower() in HEADS["FAC"] or w.lower() in HEADS["LOC"] or w.lower() in _ASSEMBLIES_BEFORE_OF
                   for w in words):
        return 0
    alone = surnames_alone(doc)  # "Kunthon said": Thai names go by their first word
    return of if is_first_name(words[0]) or alone[fold(words[-1])] > 0 or alone[fold(words[0])] > 0 else 0


# the forms of address anyone may be given, which the role never keeps alone; not the wider roles.FORMS_OF_ADDRESS,
# whose "Dr", "Lord" or "Sheikh" alone stays as the role before a name
_COURTESY_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "mme.", "mlle"}


def person_inside(doc: Doc, start: int, end: int, places: frozenset[str]) -> int:
    """Where a person's name starts inside what the model took for one organisation or place:
    "Amnesty International Man-kei Tam", "Senator from Vermont Bernie Sanders". The words before
    end with an organisation's word or are a known place, and the surname is used alone elsewhere
    in the article ("Tam said"). Returns 0 when there is none."""
    if end - start < 3:  # most names: no list of their words made
        return 0
    words = [t.text for t in doc_slice(doc, start, end)]
    for i in range(1, len(words) - 1):
        prefix, tail = words[:i], words[i:]
        if not (prefix[-1].lower() in ORG_WORDS or is_place(" ".join(prefix), places)):
            continue
        hyphenated = all(w[:1].isupper() or w == "-" or (k and tail[k - 1] == "-") for k, w in enumerate(tail))
        if _name_words(tail) > 5 or tail[-1].lower() in ORG_WORDS or tail[-1].lower() in PERSON_ORG_ENDS or \
                not hyphenated:
            continue  # "Man-kei Tam" is a name; "[Maryland] General Assembly" is the state's assembly
        if 2 <= len(tail) <= 3 and is_first_name(tail[0]) and is_place(" ".join(prefix), places):
            return start + i  # "Ukraine Volodymyr Zelenskyy": a country before a full name
        if any(tail[k].lower() in TITLES and 2 <= _name_words(tail[k + 1:]) <= 3 and is_first_name(tail[k + 1])
               for k in range(len(tail) - 2)):
            return start + i  # "Waseda University Political Science Professor Mitsuru Uchida": a title, then a name
        # "Tam said" elsewhere, not only the same name again ("the Japan Air Lines plane")
        texts = column(doc, "ORTH")
        if word_counts(doc)[doc.vocab.strings.add(tail[-1])] > 1 and any(
                text == tail[-1] and not (k and texts[k - 1] == words[-2])
                for k, text in enumerate(texts) if not start <= k < end):
            return start + i
    return 0


def _opens_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the model tags a longer name elsewhere that opens with these words ("Thorn-EMI PLC")."""
    text = doc[start:end].text + " "
    return any(e.start != start and (e.text + " ").startswith(text) and len(e) > end - start for e in doc.ents)


def _glued_hyphen(toks: list[Token], at: int) -> bool:
    """A hyphen at `at` with no space either side, a name's word after it."""
    return glued_hyphen(toks, at, PLAIN_HYPHEN) and toks[at + 1].text[:1].isupper()



def _name_words(tokens: list[str]) -> int:
    """'Hossam Abdel - Rahman' is two words of a name: a hyphen joins the tokens either side of it."""
    return len(tokens) - 2 * sum(t == "-" for t in tokens[1:-1])


def _from_a_place(doc: Doc, place: int, end: int) -> str | None:
    """'Senator from Vermont' before a name, when a title and 'from' or 'of' come before the place."""
    if place and doc[place - 1].lower_ in ("from", "of") and (title := title_before(doc, place - 1)):
        return f"{title} {doc[place - 1].text} {doc[place:end].text}"
    return None


def _initial_of(doc: Doc, at: int, m: Mention) -> bool:
    """'J Lee (Riverton)' in a squad's list, of which the model tagged 'Lee': an initial written without a stop
    before a surname is the person's, and tells them from another Lee the article names in full. Not a word
    capitalised for opening a sentence ("A Lee spokesman"), nor one closing another name."""
    word = doc[at]
    return len(m.words) == 1 and len(word.text) == 1 and word.is_upper and word.is_alpha and word.whitespace_ \
        and not (word.is_sent_start and word.text in ("A", "I")) \
        and not (at and doc[at - 1].text[:1].isupper() and doc[at - 1].is_alpha)


def given_name_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Carmen Yulín Cruz', of which the model tagged 'Yulín Cruz': a known given name run straight into a
    person's name, not a title nor part of another name, belongs to it."""
    from .names import is_first_name

    taken = covered(mentions)
    out = []
    for m in mentions:
        at = m.start - 1
        if (m.label == "PERSON" or _surname_taken_for_a_place(doc, m)) and at >= 0 and at not in taken:
            word = doc[at]
            if word.pos_ == "PROPN" and word.is_title and not word.is_stop and word.whitespace_ and \
                    word.lower_ not in TITLES and word.lower_ not in HONORIFICS and word.lower_ not in DEMONYM_NOUNS \
                    and word.text not in HEADS["party_labels"] and is_first_name(word.text) or _initial_of(doc, at, m):
                m = Mention(at, m.end, "PERSON", m.role, m.affiliation, (word.text, *m.words), doc[at:m.end].text)
        out.append(m)
    return surname_tagged_as_a_body(doc, out)


def _surname_taken_for_a_place(doc: Doc, m: Mention) -> bool:
    """'<Given> <Surname>, a geologist at', '<Given> <Surname> said', where the model tagged the surname alone as a
    place or a body: one word, no known place nor a word of a body's name, and the name is set off by 'a' or 'an'
    after a comma, or says something."""
    if m.label not in ("GPE", "ORG", "LOC", "NORP") or len(m.words) != 1 or not m.name.istitle() \
            or not m.name.isalpha() or m.name.lower() in ORG_WORDS \
            or is_place(m.name, gazetteer.places()) or m.name in gazetteer.towns():
        return False
    after = doc[m.end : m.end + 2]
    return len(after) == 2 and (after[0].text == "," and after[1].lower_ in ("a", "an")
                                or after[0].lemma_ in SPEAKING and after[0].pos_ == "VERB")


def surname_tagged_as_a_body(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Governor Wanda Vázquez Garced', of which the model tagged 'Wanda' a person and 'Vázquez Garced' an
    organisation: a lone given name run straight into one or two capitalised words with no organisation's word
    is one person's name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PERSON" and len(prev.words) == 1 and prev.end == m.start \
                and doc[prev.start].whitespace_ and is_first_name(prev.name) and m.label in ("ORG", "GPE", "NORP") \
                and 1 <= len(m.words) <= 2 and all(w.istitle() and w.isalpha() for w in m.words) \
                and not any(w.lower() in ORG_WORDS or w.lower() in PERSON_ORG_ENDS for w in m.words):
            out[-1] = Mention(prev.start, m.end, "PERSON", prev.role, prev.affiliation, (*prev.words, *m.words),
                              doc[prev.start:m.end].text)
            continue
        out.append(m)
    return out


def common_words(doc: Doc, mentions: list[Mention], canonical: dict[int, str], places: frozenset[str]) -> list[Mention]:
    """'Ethanol could make up', '"Heartbroken and numb," writes', 'Egyptologists have reported', 'an Order': a
    capitalised word the model tagged as a name but read, at every mention, as a common noun, adjective or verb
    is no name, unless it is a known place, an acronym or the short form of a longer name ("Sanders said"). So is
    one capitalised only where it opens a sentence when the article also writes it as a noun in lower case
    ("Muscimol was injected" after "using muscimol"): the model reads a chemical or a drug there as a name."""
    common: dict[str, bool] = {}
    lower: set[str] | None = None
    nouns: set[str] | None = None
    for m in mentions:
        if len(m.words) != 1 or m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            continue  # a nationality is an adjective by nature ("Chinese officials")
        word = doc[m.start]
        opening = word.is_sent_start and not m.name.isupper()
        plural = opening and word.lower_.endswith("s")
        if plural and lower is None:
            lower = {t for t in column(doc, "ORTH") if t.islower()}
        if opening and nouns is None:
            nouns = lower_case_nouns(doc)
        if plural and (word.lower_ in lower or word.lower_[:-1] in lower):
            plain = True  # "Arbitrageurs said …", later "said one arbitrageur": a plural noun opening the sentence
        elif opening and word.lower_ in nouns and canonical.get(id(m), m.name) == m.name \
                and not is_place(m.name, places):
            plain = True  # "Oxygen is essential …" where the article writes "lack of oxygen": a noun opening the sentence
        else:
            plain = word.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and canonical.get(id(m), m.name) == m.name \
                and not m.name.isupper() and not is_place(m.name, places)
        common[m.name] = common.get(m.name, True) and plain
    return [m for m in mentions if not (len(m.words) == 1 and common.get(m.name))]


def lower_case_nouns(doc: Doc) -> set[str]:
    """The nouns the article writes in lower case ("oxygen", "muscimol")."""
    return {w for w, pos in zip(column(doc, "ORTH"), column(doc, "POS")) if pos == "NOUN" and w.islower()}


# what follows a name and a hyphen without being a syllable of it: "Trump-era", "Kremlin-backed"
_NOT_GIVEN = {"era", "style", "like", "type", "ish", "ism", "ist", "owned", "run", "backed", "led", "based", "born",
              "made", "free", "wide", "long", "year", "old", "day", "week", "month", "time", "up", "out", "in-law"}


def hyphenated_given_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Man-kei Tam', of which the model tagged 'Tam' or nothing: a hyphenated given name ("Man-kei", "Jae-in")
    written straight before a surname is part of the person's name. The model splits it into three tokens
    and then leaves it out, or tags no one at all when the article names the person later by surname alone."""
    taken = covered(mentions)
    surnames = {fold(m.words[-1]) for m in mentions if m.label == "PERSON"}
    starts = {m.start: m for m in mentions}
    out = list(mentions)
    texts = column(doc, "ORTH")
    for i in range(2, len(doc) - 1):
        if texts[i - 1] != "-":
            continue  # (a Token per word is the cost of this rule: only a hyphen's neighbours are made)
        first, dash, second, last = doc[i - 2], doc[i - 1], doc[i], doc[i + 1]
        if not (dash.text == "-" and not first.whitespace_ and not dash.whitespace_ and second.whitespace_
                and first.is_title and first.is_alpha and second.is_lower and second.is_alpha and last.is_title
                and last.is_alpha and len(second) <= 5 and second.lower_ not in _NOT_GIVEN
                and not {i - 2, i - 1} & taken and first.lower_ not in TITLES and first.lower_ not in HONORIFICS
                and text_between(doc, i - 2, i + 1).lower() not in TITLES):  # "Fly-half Ann Lee": her post
            continue
        if i - 2 > 0 and doc[i - 3].is_title and doc[i - 3].pos_ == "PROPN" and (i - 3) not in taken:
            continue  # inside a longer capitalised name: "Rolls-Royce Holdings" is no person
        found = starts.get(i) if i in taken else starts.get(i + 1) if i + 1 in taken else None
        if found is not None and found.label == "PERSON" and found.start in (i, i + 1):
            out[out.index(found)] = Mention(i - 2, found.end, "PERSON", found.role, found.affiliation,
                                            tuple(t.text for t in doc[i - 2:found.end]), doc[i - 2:found.end].text)
        elif i not in taken and i + 1 not in taken and (fold(last.text) in surnames
                                                        or surnames_alone(doc)[fold(last.text)]):
            out.append(mention_of(doc[i - 2:i + 2], "PERSON"))
            for n, m in enumerate(out):  # "Chow said" later, which the model may call an organisation
                if len(m.words) == 1 and fold(m.words[0]) == fold(last.text) and m.label in ("ORG", "GPE", "NORP"):
                    out[n] = Mention(m.start, m.end, "PERSON", m.role, m.affiliation, m.words, m.name)
    for n, m in enumerate(out):  # "Moon Jae-in", of which the model tagged "Moon Jae": the given name ends after it
        end = m.end
        piece = doc[end + 1] if end + 1 < len(doc) else None
        if m.label == "PERSON" and len(m.words) >= 2 and piece is not None and doc[end].text == "-" \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and piece.is_alpha and piece.is_lower \
                and len(piece) <= 5 and piece.lower_ not in _NOT_GIVEN and piece.tag_ not in ("VBN", "VBD", "VBG") \
                and end + 1 not in taken:
            out[n] = Mention(m.start, end + 2, "PERSON", m.role, m.affiliation,
                             tuple(t.text for t in doc[m.start:end + 2]), doc[m.start:end + 2].text)
    return sorted(out, key=lambda m: m.start)


def speaking_names(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Dharyono Kertosastro said …', later 'Dharyono said': two or three capitalised words the model tagged as
    nothing, saying something, are a person when the article later has one of their words say something alone
    too; the model may call that word a place ('Dharyono' as GPE). A company's or a place's words are left alone."""
    taken = covered(mentions)

    def speaks(tok) -> bool:
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING and tok.pos_ == "PROPN"

    subjects = [doc[i] for i, (dep, pos) in enumerate(zip(column(doc, "DEP"), column(doc, "POS")))
                if dep == "nsubj" and pos == "PROPN"]  # the only tokens speaks() can hold for
    alone: dict[str, int] = {}
    for tok in subjects:
        if speaks(tok) and not any(c.dep_ in ("compound", "flat") for c in tok.children) and tok.is_title:
            alone[fold(tok.text)] = alone.get(fold(tok.text), 0) + 1
    added: list[Mention] = []
    for tok in subjects:
        tagged_alone = tok.i in taken and _surname_tagged_alone(mentions, tok.i)
        if not speaks(tok) or tok.i in taken and not tagged_alone:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head.i == tok.i:
            start -= 1
        run = doc[start:tok.i + 1]
        inside = [m for m in mentions if m.start < run.end and run.start < m.end]
        # the model may tag one word of the name as a place: "[Dharyono] Kertosastro said"
        if not 2 <= len(run) <= 3 or any(m.start < run.start or m.label == "PERSON" or len(m.words) > 1
                                         for m in inside) or \
                not all(t.is_title and t.is_alpha for t in run) or is_place(run.text, places) or \
                any(t.lower_ in ORG_WORDS or t.lower_ in PERSON_ORG_ENDS or t.lower_ in TITLES or
                    t.lower_ in HONORIFICS or fold(t.text) in HEADS["not_names"] for t in run):
            continue
        words = {fold(run[0].text), fold(run[-1].text)}
        if not any(alone.get(w, 0) for w in words) and not (
                len(run) == 2 and is_first_name(run[0].text) and not is_first_name(run[-1].text)
                and (speaks_as_a_person(doc, run.start, run.end) or tagged_alone and post_set_off_after(tok))):
            continue
        added.append(mention_of(run, "PERSON"))
        taken.update(range(run.start, run.end))
        mentions = [m for m in mentions if m not in inside]
        for n, m in enumerate(mentions):
            if len(m.words) == 1 and fold(m.words[0]) in words and m.label in ("ORG", "GPE", "NORP", "LOC"):
                mentions[n] = Mention(m.start, m.end, "PERSON", m.role, m.affiliation, m.words, m.name)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _surname_tagged_alone(mentions: list[Mention], i: int) -> bool:
    """'[Ana] [Ruiz]GPE, a geologist, said': the model may tag the speaking word itself, the name's last, as a place
    or a body of its own; a one-word mention other than a person's leaves it to be read with the words before it."""
    return any(m.start == i and m.end == i + 1 and m.label != "PERSON" for m in mentions)


def _title_of_a_charge(doc: Doc, start: int, end: int, places: frozenset[str]) -> str | None:
    """'Chief Inspector of Mines Redzuan Sumun', 'Minister of Finance Ana Ruiz': a title with what it has charge of,
    then a two-word name, which the model reads as one organisation from the charge on. The role the article gives
    ('Chief Inspector of Mines'), or None."""
    if start < 2 or doc[start - 1].lower_ != "of" or end - start != 3 or not (title := title_before(doc, start - 1)):
        return None
    words = doc[start:end]
    if not all(t.is_title and t.is_alpha for t in words) or is_place(words[1:].text, places) or \
            any(t.lower_ in ORG_WORDS or t.lower_ in PERSON_ORG_ENDS or t.lower_ in TITLES or is_place(t.text, places)
                or t.lower_ in HEADS["org_nouns"] or t.lower_ in HEADS["FAC"] or t.lower_ in HEADS["LOC"]
                for t in words):
        return None  # "director of Youth Forum Zimbabwe" is an organisation
    return f"{title} of {words[0].text}"


def surname_tagged_apart(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'Michelle Galanter Applebaum of Salomon Brothers': the model tags 'Michelle Galanter' a person and
    'Applebaum' an organisation. One capitalised word run straight onto a name that opens with a given name
    is its last part, unless it is a place or a word organisations are named with."""
    out: list[Mention] = []
    skip = None
    for n, m in enumerate(mentions):
        if m is skip:
            continue
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if m.label == "PERSON" and nxt is not None and nxt.start == m.end and nxt.end == nxt.start + 1 and \
                nxt.label in ("PERSON", "ORG", "GPE", "NORP", "FAC") and is_first_name(m.words[0]) and len(m.words) >= 2 and \
                doc[m.end - 1].whitespace_ == " " and _bare_surname(doc[nxt.start], places):
            m = Mention(m.start, nxt.end, "PERSON", m.role, m.affiliation, (*m.words, *nxt.words),
                        doc[m.start:nxt.end].text)
            skip = nxt
        out.append(m)
    return out


def _bare_surname(tok, places: frozenset[str]) -> bool:
    word = tok.text
    return tok.pos_ == "PROPN" and word.istitle() and word.isalpha() and not is_place(word, places) and \
        word.lower() not in ORG_WORDS and word.lower() not in ORG_TAILS and word.lower() not in TITLES


def initialled_names(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    """'A. William Reynolds, chairman of GenCorp Inc, told shareholders …': an initial before a given name
    and a surname, which the model tagged as nothing (and 'Reynolds' alone later as a company), is a person;
    the surname's one-word mentions are theirs. A company named after its founder has no given name after
    the initials ('R.J. Reynolds')."""
    taken = covered(mentions)
    added: list[Mention] = []
    initials = [doc[i] for i, t in enumerate(column(doc, "ORTH")) if len(t) == 2 and t[0].isupper() and t[1] == "."]
    for tok in initials:
        if tok.i in taken or \
                (tok.i and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and \
                doc[end].is_alpha and end not in taken:
            end += 1
        if end - tok.i not in (3, 4) or not is_first_name(doc[tok.i + 1].text) or \
                (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()) or \
                any(t.lower_ in ORG_WORDS or t.lower_ in TITLES or is_place(t.text, places) for t in doc[tok.i + 1:end]):
            continue
        surname = fold(doc[end - 1].text)
        added.append(mention_of(doc[tok.i:end], "PERSON"))
        taken.update(range(tok.i, end))
        for n, m in enumerate(mentions):
            if len(m.words) == 1 and fold(m.words[0]) == surname and m.label in ("ORG", "GPE", "NORP", "LOC"):
                mentions[n] = Mention(m.start, m.end, "PERSON", m.role, m.affiliation, m.words, m.name)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def acronyms_of_common_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'large imbalances of "market-on-close" (MOC) orders': an acronym the article spells out in lower-case words
    is a term of the trade, not a name, however the model tags it later ('all MOCs', 'MOC orders')."""
    from .canonical import spells

    acronyms = {m.name for m in mentions if len(m.words) == 1 and m.name.isupper() and m.name.isalpha()}
    if not acronyms or "(" not in text_of(doc):
        return mentions
    common = set()
    texts = column(doc, "ORTH")  # the test below reads every token: strings, not a Token per word
    for i in range(1, len(doc) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or texts[i + 1] not in acronyms:
            continue
        at = i - 1
        while at >= 0 and doc[at].is_quote:
            at -= 1  # the words may stand in quotation marks
        words: list[str] = []
        while at >= 0 and len(words) < 8 and (doc[at].is_lower and doc[at].is_alpha or doc[at].text == "-"):
            if doc[at].text != "-":
                words.insert(0, doc[at].text)
            at -= 1
        acronym = doc[i + 1].text.lower()
        if any(spells(acronym, words[-k:]) for k in range(2, len(words) + 1)):
            common.add(doc[i + 1].text)
    return [m for m in mentions if m.name not in common and m.name.removesuffix("s") not in common] if common \
        else mentions


# a body's letters, bare or dotted, that open the field of its commissioner's post: "EC", "EU", "U.N."
_BODY_LETTERS = re.compile(r"[A-Z]{2,5}|(?:[A-Z]\.){2,4}")

# a post whose field the model tags as an organisation: "Commerce Secretary", "Deputy Finance Minister"
_POSTS_OF_A_MINISTER = HEADS["minister_posts"] | {post[:-1] + "ies" if post.endswith("y") else post + "s"
                                                    for post in HEADS["minister_posts"]}
_POSTS_AFTER_A_FIELD = _POSTS_OF_A_MINISTER | {"officer", "officers", "spokesman", "spokeswoman", "spokesperson",
                                               "official", "officials", "adviser", "advisor"}


def fields_of_posts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Commerce Secretary Wilbur Ross', 'Deputy Finance Minister Boris Skapin', 'Trade and Industry Secretary Eric
    Ho', 'two Cabinet officers': the field of a post the model tags as an organisation names none the article speaks
    of, when the article writes it only inside such posts ('the Treasury said' elsewhere keeps it). A post itself
    ('the Securities Commissioner's office') is a person's, no organisation. A country the model runs into the field
    of a minister's or a secretary's post ('U.S. Treasury Secretary', 'Ruritania Commerce Minister') stays a place;
    a body's letters run into a commissioner's field ('EC Farm Commissioner') stay the body, whose post it is.
    Not a people's adjective there ('the Japanese Trade and Industry Minister'): a speaker is then read from the
    untagged words before 'and'."""
    fields: dict[tuple[str, ...], bool] = {}
    nations: set[int] = set()  # ids of the mentions opening on a country's name (one token, the field after it)
    bodies: set[int] = set()  # ids of those opening on a body's letters ('EC', 'U.N.'), the same way
    for m in mentions:
        # two fields of one post: "Trade and Industry Secretary Eric Ho"; "Foreign and Commonwealth Secretary",
        # where the model tags only the second
        joined = m.start >= 2 and doc[m.start - 1].lower_ == "and" and fold(doc[m.start - 2].text) in HEADS["portfolios"] \
            and doc[m.start - 2].text[:1].isupper()
        words = m.words
        if m.label == "ORG" and not joined and len(words) > 1 and m.end - m.start == len(words) \
                and country_code(words[0]) and _a_field(words[1:]):
            nations.add(id(m))
            words = words[1:]
        elif m.label == "ORG" and not joined and len(words) > 1 and m.end - m.start == len(words) \
                and _BODY_LETTERS.fullmatch(words[0]) and not country_code(words[0]) and _a_field(words[1:]):
            bodies.add(id(m))
            words = words[1:]
        if m.label != "ORG" or not joined and not _a_field(words):
            continue
        # a country's treasury or ministry has officials and a spokesman of its own ('a senior U.S. Treasury
        # official', its affiliation): only its minister's or secretary's post makes the field no body
        held = _POSTS_OF_A_MINISTER if id(m) in nations or id(m) in bodies else _POSTS_AFTER_A_FIELD
        in_a_post = m.end < len(doc) and doc[m.end].lower_ in held
        fields[m.words] = fields.get(m.words, True) and in_a_post
    posts = {id(m) for m in mentions if m.label == "ORG" and len(m.words) > 1 and fold(m.words[-1]) in _POSTS}
    if not posts and not any(fields.values()):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if id(m) in posts:
            continue
        if not fields.get(m.words):
            out.append(m)
        elif id(m) in nations:
            out.append(mention_of(doc[m.start:m.start + 1], "GPE"))
        elif id(m) in bodies:
            out.append(mention_of(doc[m.start:m.start + 1], "ORG"))
    return out


def _a_field(words: tuple[str, ...]) -> bool:
    # "National Security Adviser": a field may open on a word that says whose it is, the nation's
    if len(words) > 1 and fold(words[0]) in HEADS["field_openers"]:
        words = words[1:]
    return any(fold(w) != "and" for w in words) \
        and all(fold(w) in HEADS["portfolios"] or fold(w) in ("cabinet", "and") for w in words)


# a post the model tags as an organisation: "Securities Commissioner", "National Security Adviser"
_POSTS = {"commissioner", "secretary", "minister", "chairman", "chairwoman", "director", "spokesman", "spokeswoman",
          "governor", "undersecretary", "ombudsman", "mayor", "adviser", "advisor"}


# words that end an organisation's name though no list above has them: "… Center for Astrophysics" ends in its field
_DASHED_ORG_ENDS = ORG_WORDS | ORG_TAILS | {"center", "centre", "laboratory", "laboratories", "observatory",
                                            "museum", "hospital", "clinic", "network", "alliance", "consortium"}
_JOINING = {"of", "for", "and", "&", "the", "on", "in"}


def dashed_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Harvard–Smithsonian Center for Astrophysics', of which the model tagged only 'Harvard': a name joined
    by a dash or hyphen, with no space either side, to capitalised words that go on to an organisation's word
    (Center, Institute, University …, or a field after it: "for Astrophysics") is one organisation's name."""
    out = list(mentions)
    for m in mentions:
        dash = m.end
        if m.label not in ("ORG", "GPE", "PERSON", "NORP", "LOC", "FAC") or not glued_hyphen(doc, dash) \
                or not doc[dash + 1].text[:1].isupper() or not doc[dash + 1].is_alpha:
            continue
        end, last_org = dash + 1, 0
        while end < len(doc) and (doc[end].is_alpha and doc[end].text[:1].isupper()
                                  or doc[end].lower_ in _JOINING and end + 1 < len(doc)
                                  and doc[end + 1].text[:1].isupper()):
            if doc[end].lower_ in _DASHED_ORG_ENDS:
                last_org = end + 1
            end += 1
        if not last_org:
            continue
        while doc[end - 1].lower_ in _JOINING:
            end -= 1
        # "… Center for Astrophysics": the field after the organisation's word is part of its name when "for"/"of"
        # opens it; otherwise the name ends at the organisation's word
        if end > last_org and doc[last_org].lower_ not in ("for", "of", "on"):
            end = last_org
        if m not in out:
            continue
        inside = [o for o in out if o.start < end and m.start < o.end and o is not m]
        if any(o.start < m.start or o.end > end for o in inside):
            continue
        out = [o for o in out if o is not m and o not in inside]
        out.append(mention_of(doc[m.start:end], "ORG"))
    return sorted(out, key=lambda m: m.start)
