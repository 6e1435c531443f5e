"""Names that only an organisation has, whatever kind the model gave them: a run of capital letters that names
no place ('RT', 'UPI', 'NYPD' read as a country or a nationality), dotted initials after 'the' ('the E.U.'), a
group named for what it stands against ('Iraq Veterans Against the War', read as the war it opposes), and a name
the article trades shares in or gives a firm's parts ('shares of X', "X's chairman")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import doc_slice, text_of, tokens
from . import gazetteer
from .canonical import DOTTED_INITIALS, never_written_bare
from .kinds import opens_with_first_name
from .mentions import Mention, mention_of
from .referents import CORPORATE, fold, key
from .untagged import party_letter
from .vocabulary import BARE_LEGAL_FORMS, HEADS, HONORIFICS, PLACE_PREPOSITIONS, POSSESSIVE, STATE_ABBREVIATIONS

_CAPITALS = re.compile(r"[A-Z]{2,5}")


def acronyms_of_no_place(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'RT reported', 'UPI said': initials written without full stops that the gazetteer knows for no country or
    place are a body's or a firm's, not a people's; read as a place, only when the article never writes them
    where a place goes ('in NYC', 'Washington, DC')."""
    found = [m for m in mentions if m.label in ("GPE", "NORP") and len(m.words) == 1 and _CAPITALS.fullmatch(m.name)
             and not gazetteer.country_code(m.name) and not gazetteer.is_place(m.name, places)
             and m.name not in STATE_ABBREVIATIONS]
    if not found:
        return
    placed = {m.name for m in mentions if len(m.words) == 1 and m.start
              and (doc[m.start - 1].text == "," or doc[m.start - 1].lower_ in PLACE_PREPOSITIONS
                   or m.start >= 2 and party_letter(doc, m.start - 2))}  # 'Rep. Ann Lee (D-CA)': its state
    for m in found:
        if m.label == "NORP" or m.name not in placed:
            m.label = "ORG"


def groups_against(mentions: list[Mention]) -> None:
    """'Mothers Against Drunk Driving', 'Veterans Against the War': a capitalised 'Against' inside a name joins
    a group of people to its cause; the model reads the cause's last word ('War') and makes an event of it."""
    for m in mentions:
        if m.label in ("EVENT", "PERSON", "GPE", "LOC", "FAC", "NORP") and "Against" in m.words[1:-1]:
            m.label = "ORG"


def firms_by_legal_form(mentions: list[Mention]) -> None:
    """'92%-owned by Ogden Corp., New York': a name closed by a firm's legal form is the firm's, whatever the
    rules that read a town before its state or a name listed with places made of it."""
    for m in mentions:
        if m.label != "ORG" and len(m.words) > 1 and m.words[-1].rstrip(".") in BARE_LEGAL_FORMS:
            m.label = "ORG"


# the legal forms Swedish and Finnish firms write before their name as well as after it ('AB Kestrel', 'Oy Lumo')
_OPENING_FORMS = {"AB", "Oy"}


def firms_opened_by_their_form(mentions: list[Mention], canonical: dict[int, str]) -> None:
    """'AB Kestrel said', then 'Kestrel added': a name opened by a legal form a firm writes first is the firm's,
    though the model reads the form as a person's initials and the rest as a surname; read once the names are
    linked, so that every mention the article makes of it ('Kestrel') follows, under the name it already has."""
    opened = {canonical.get(id(m), m.name) for m in mentions
              if len(m.words) > 1 and m.words[0] in _OPENING_FORMS and m.words[1][:1].isupper() and not m.role}
    for m in mentions:
        if opened and m.label in ("PERSON", "GPE", "LOC", "NORP", "FAC") and canonical.get(id(m), m.name) in opened:
            m.label = "ORG"


def dotted_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """'the E.U. will cut subsidies', 'imports into the E.U.': dotted initials after 'the' that name no country the
    gazetteer knows ('the U.S.', 'the U.K.') are a body's, an organisation, though the model reads them as a place. A
    place's initials go without 'the' ('in L.A.', 'Washington, D.C.')."""
    for m in mentions:
        if m.label in ("GPE", "LOC") and len(m.words) == 1 and DOTTED_INITIALS.fullmatch(m.name) and m.start \
                and doc[m.start - 1].lower_ == "the" and not gazetteer.country_code(m.name) \
                and m.name not in STATE_ABBREVIATIONS:
            m.label = "ORG"


def traded_names(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """'Shares of Vellmar fell', 'a 5% stake in Vellmar', 'Vellmar shares rose': only a firm has shares and stock, so a
    name the article trades in is an organisation in every mention; so is one with a firm's parts ("Vellmar's chairman",
    "Vellmar's subsidiary") or that says of itself "its" ('Vellmar said its profit rose') or "it" as the doer of a
    firm's deed ('Vellmar said it plans to close a plant'), however often the model
    says person or town ('Vellmar said'). Not a place ('Japanese shares' is no name; 'Tokyo shares' are traded in the city), a name the
    article gives a title, the surname of a person it names in full, or an owner ('shares of Murdoch's company').
    A market report trades one by its price: '<Name> rose 20 to 7.00' (_moves_to_a_price)."""
    toks = tokens(doc)  # a list index, not a new Token per doc[i]: several per mention
    traded: set[tuple[str, ...]] = set()
    titled: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.role or m.start and toks[m.start - 1].lower_ in HONORIFICS:  # "Mr Dorrit's board seat"
            titled.add(key(m.words))
        if m.label not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC") or key(m.words) in titled:
            continue  # the model's ORG for the traded mention is the cue, the other mentions' labels its fix
        after = toks[m.end] if m.end < len(doc) else None
        following = toks[m.end + 1] if m.end + 1 < len(doc) else None
        full_name = len(m.words) > 1 and opens_with_first_name(m.words)
        if after is not None and following is not None and not full_name and following.text.islower() and (
                after.text in POSSESSIVE and following.lower_ in HEADS["firm_owned"]
                or after.lemma_ in HEADS["firm_says"] and following.lower_ == "its"):
            traded.add(key(m.words))  # "Kestrane's chairman", "Kestrane said its profit rose": a person's is "his", "her"
            continue
        if not full_name and m.label == "PERSON" and _says_it_does_a_firms_deed(doc, m):
            traded.add(key(m.words))
            continue
        if not full_name and m.label in ("PERSON", "GPE") and _moves_to_a_price(doc, m):
            traded.add(key(m.words))
            continue
        if after is not None and after.text in POSSESSIVE:
            continue
        before = doc_slice(doc, m.start - 2, m.start)
        bought = len(before) == 2 and (before[0].text.islower() or before[0].is_sent_start) \
            and f"{before[0].lower_} {before[1].lower_}" in HEADS["traded_before"] \
            and not (toks[m.end - 1].dep_ in ("amod", "compound") and toks[m.end - 1].head.i >= m.end)
        # not a word that qualifies the firm's own noun: 'shares in Irish oil company Kestrel Gas' trade Kestrel Gas
        # "Vellmar shares rose", "Del Monte shares": the name is the shares' own, a firm's though a first name opens it;
        # not "Vellmar sold shares" or "Harold Dane shares his time"
        sold = after is not None and after.lower_ in HEADS["traded_after"] and after.text.islower() \
            and toks[m.end - 1].head.i == after.i and toks[m.end - 1].dep_ in ("compound", "nmod") and after.pos_ == "NOUN"
        if bought or sold:
            traded.add(key(m.words))
    traded -= titled
    # the last words of a traded name the model called a person's are the firm's short name ("United" after "shares in
    # Manchester United"), no surname
    parts = {key(p.words[i:]) for p in mentions if p.label == "PERSON" and len(p.words) > 1 and key(p.words) not in traded
             for i in range(1, len(p.words))}
    tails = {k[i:] for k in traded for i in range(1, len(k))} - parts
    for m in mentions:
        k = key(m.words)
        if (k in traded and k not in parts or k in tails and m.label == "PERSON") \
                and m.label in ("PERSON", "GPE", "LOC", "NORP", "FAC") \
                and not gazetteer.is_place(m.name, places):  # a small town's name is as often a firm's ("Oneida")
            m.label = "ORG"


# what a firm does, as the subject 'it' of what it says: "<Name> said it bought a stake", "said it plans to close
# two plants"; a person's 'it' is a thing or a state of affairs ("said it was hard to say", "said it would help")
_FIRMS_DEEDS = {"own", "buy", "acquire", "sell", "purchase", "agree", "plan", "intend", "apply", "seek", "offer",
                "file", "sign", "complete", "downgrade", "upgrade", "manufacture", "merge", "operate", "employ",
                "review", "expect"}


def _says_it_does_a_firms_deed(doc: Doc, m: Mention) -> bool:
    """'Kestrane said it now owns stakes in six fields': the name says 'it' of itself, as only a body does, and
    'it' is the subject of a firm's deed ('will have to sell' is read at 'sell')."""
    if m.end + 1 >= len(doc) or doc[m.end].lemma_ != "say" or doc[m.end + 1].lower_ != "it":
        return False
    if doc[m.end - 1].head.i != m.end or doc[m.end - 1].dep_ != "nsubj":
        return False
    it = doc[m.end + 1]
    verb = it.head
    if it.dep_ != "nsubj" or verb.head.i != m.end:
        return False
    if verb.lemma_ == "have":  # "it will have to sell the unit"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb.pos_ == "VERB" and verb.lemma_ in _FIRMS_DEEDS


# a share's price as a report writes it: '7.00', '27-1/4', '$0.958', '468p', '8,600'
_PRICE = re.compile(r"[$£]?\d[\d,.]*(?:-\d+/\d+|/\d+)?p?")

# what may follow a price in the clause that moves it, beside the end of the clause: "to 5.00 and <Name> ..."
_AFTER_A_PRICE = {"from", "after", "and", "but", "on", "in", "while", "with", "before", "by", "as"}


def _moves_to_a_price(doc: Doc, m: Mention) -> bool:
    """'<Name> rose 20 to 7.00', '<Name> closed at $0.958', '<Name> was 8p higher at 390': in a market report the
    subject of a move to a price is a share, a listed firm's, though the model took its one name for a person's
    or a town's; no one and no town closes at a price. Not a quantity's price ('to 21.35 dlrs a barrel': a crude
    grade's), nor a sum ('to 249 billion dlrs') or a rate ('to 38.9 pct')."""
    last = doc[m.end - 1]
    verb = last.head
    if last.dep_ != "nsubj" or verb.i < m.end or verb.i > m.end + 2 or any(ch.isdigit() for ch in m.name):
        return False
    stop = min(len(doc), verb.i + 8)
    if verb.lemma_ == "be":
        if not any(doc[i].lower_ in HEADS["price_directions"] for i in range(verb.i + 1, stop)):
            return False
    elif verb.lemma_ not in HEADS["price_moves"]:
        return False
    for i in range(verb.i + 1, stop):
        if doc[i].text in (",", ";", ".", ":"):
            return False
        if doc[i].lower_ not in ("to", "at"):
            continue
        at = i + 1
        while at < len(doc) and doc[at].lower_ in ("to", "at", "$", "£"):
            at += 1  # "closed at at $0.958"
        if at >= len(doc) or not _PRICE.fullmatch(doc[at].text):
            return False
        nxt = at + 1
        if nxt < len(doc) and doc[nxt].lower_ in HEADS["price_units"]:
            nxt += 1  # "to 5.20 dlrs", not "to 21.35 dlrs a barrel"
        return nxt >= len(doc) or not doc[nxt].is_alpha or doc[nxt].lower_ in _AFTER_A_PRICE
    return False


def towns_that_open_a_firms_name(doc: Doc, mentions: list[Mention]) -> None:
    """'Although Midland considered that …' after 'Midland Bank Plc': a town's name that opens the name of a company
    the article gives, and does something as a verb's subject, is the company, in every mention; not where the
    article writes it as a place ('in Midland', a dateline), nor a country or a state, which speak for governments."""
    firms = {key(m.words) for m in mentions if m.label == "ORG" and len(m.words) > 1 and fold(m.words[-1]) in CORPORATE}
    openings = {f[:n] for f in firms for n in range(1, len(f))}
    found = [m for m in mentions if m.label in ("GPE", "LOC") and key(m.words) in openings
             and not gazetteer.country_code(m.name) and m.name not in gazetteer.states()]
    if not found:
        return
    places, firms_acting = set(), set()
    for m in found:
        if not m.start or doc[m.start - 1].lower_ in PLACE_PREPOSITIONS:
            places.add(key(m.words))
        head = doc[m.end - 1]
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") and head.head.i > head.i:
            firms_acting.add(key(m.words))
    for m in found:
        if key(m.words) in firms_acting - places:
            m.label = "ORG"


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# what a paper or a rating agency does as a subject; a headline's noun read as a verb ("Trump's investments
# include …") is none of them
_REPORTS = HEADS["firm_says"] | HEADS["person_verbs"] | {"cite", "rate", "downgrade", "upgrade", "estimate", "note",
                                                          "predict", "forecast", "conclude", "find"}


# what may follow a name's own "'s" but never a possessive's: an ending ("graded by <Agency>'s."), 'and', 'or'
_CLOSING = {".", ";", ":", ")", "and", "or"}


def _always_possessive(doc: Doc, m: Mention) -> bool:
    """"graded A by <Agency>'s and AA by <Other>'s.": an organisation the article never writes without its
    "'s" and which, once at least, no noun follows, is named with the mark; not 'including TransCanada's', where the
    article names TransCanada Pipelines elsewhere, nor a firm named with its legal form, which ends its name."""
    if not (m.end + 1 < len(doc) and doc[m.end].text in POSSESSIVE and doc[m.end].text.endswith("s")
            and not doc[m.end - 1].is_upper  # "the ADS's are traded": a plural's mark
            and fold(m.words[-1]) not in CORPORATE  # "<Name> Corp's planned buyback": an owner, read as a verb
            and (doc[m.end + 1].text in _CLOSING or doc[m.end + 1].tag_ in _FINITE)):
        return False
    return never_written_bare(m.name, text_of(doc))


def _reports_with_its_mark(doc: Doc, m: Mention) -> bool:
    """"Barron's said": the name with its "'s" is the subject of a verb of reporting straight after the mark."""
    return m.end + 1 < len(doc) and doc[m.end].tag_ == "POS" and doc[m.end].text in POSSESSIVE \
        and doc[m.end + 1].tag_ in _FINITE and doc[m.end + 1].lemma_ in _REPORTS \
        and doc[m.end - 1].head.i == m.end + 1 and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") \
        and m.label in ("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT")


def possessive_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Barron's said", 'downgraded by Moody's. Moody's cited …': a name written with its "'s" straight before a
    verb of reporting is a firm's or a paper's whole name ('Barron's', 'Moody's'), in every mention written so; a
    person's possessive owns a noun ('Reagan's aides said')."""
    named: set[tuple[str, ...]] = set()
    for m in mentions:
        if _reports_with_its_mark(doc, m) or m.label == "ORG" and _always_possessive(doc, m):
            named.add(key(m.words))
    if not named:
        return mentions
    out = []
    for m in mentions:
        if key(m.words) in named and m.end < len(doc) and doc[m.end].tag_ == "POS" and doc[m.end].text in POSSESSIVE:
            m = mention_of(doc[m.start : m.end + 1], "ORG", m.role, m.affiliation)
        out.append(m)
    return out
