"""An organisation's name spelt out beside its initials, which the model tagged in part or not at all: the name
before its initials in brackets ('European Community (EC)', 'the Port of Kuantan Authority (PKA)') or in brackets
after them ('GATT (General Agreement on Tariffs and Trade)'), and initials set off by commas after a noun for a body
('the port union, FNV,'), then named the same way wherever the article writes them. The initials spelt out
say which words the name holds."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..doctext import column, text_of, tokens
from . import gazetteer
from .canonical import spells, spells_a_department
from .mentions import Mention, covered, mention_of
from .referents import fold
from .vocabulary import ACRONYM_SKIP, HEADS, ORG_TAILS, ORG_WORDS


def spelt_out_before_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'European Community (EC) finance ministers': the model tagged the acronym in brackets and not the name it
    stands for, so the article's organisation showed as "EC". Capitalised words straight before the bracket whose
    initials spell the acronym are the organisation's name."""
    if "(" not in text_of(doc):
        return mentions
    taken = covered(mentions)
    added = []
    for m in mentions:
        if (spelt := _spelt_out_after(doc, m)) is not None:
            added.append(mention_of(spelt, "ORG"))
            continue
        if not _initials(m) or m.start < 3 or doc[m.start - 1].text != "(" or m.end >= len(doc) \
                or doc[m.end].text != ")":
            continue
        a = end = m.start - 1
        while a > 0 and end - a < 8 and (a - 1) not in taken and _name_word(doc[a - 1]):
            a -= 1
        while a < end and not doc[a].is_title:
            a += 1  # "of the European Community": the name opens with its first capitalised word
        words = [t.lower_ for t in doc[a:end]]
        if words[:1] == ["the"] and spells(m.name.lower(), words[1:]):
            a, words = a + 1, words[1:]  # "The Federal Maritime Board (FMB)" opening a sentence: no 'The' in it
        if end - a >= 2 and spells(m.name.lower(), words):
            added.append(mention_of(doc[a:end], "ORG"))
        elif end - a >= 2 and spells_a_department(m.name.lower(), [t.text for t in doc[a:end]]):
            # "U.S. Agriculture Department (USDA)": the department's name turned round, and the country before it
            a -= a > 0 and (a - 1) not in taken and gazetteer.country_code(doc[a - 1].text) == "US"
            added.append(mention_of(doc[a:end], "ORG"))
    if not added:
        return mentions
    # the name in brackets replaces what the model made of its words ("Empresa Publica de Abastecimento" as a person)
    kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


def names_cut_before_their_initials(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Port of Kuantan Authority (PKA)', 'the Royal Society for the Protection of Birds (RSPB)': the model
    tagged only the last words of the name its initials in brackets stand for ('Kuantan Authority'), cut it in two
    at a small word, or left it untagged with initials it also left untagged, and the initials then named a piece or
    nothing. The capitalised words and small joining words before the bracket, as few as make the initials spell
    out, are the name; a person's name never opens it."""
    if "(" not in text_of(doc):
        return mentions
    toks = tokens(doc)
    ending = {m.end: m for m in mentions}
    persons = {i for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    texts = column(doc, "ORTH")  # the brackets found in the words: no Token read per word
    for i in range(2, len(toks) - 2):
        if texts[i - 1] != "(" or texts[i + 1] != ")":
            continue
        initials = toks[i]
        if not (initials.is_upper and initials.is_alpha and 2 <= len(initials) <= 6):
            continue
        acronym, end = initials.lower_, i - 1
        piece = ending.get(end)
        opening = piece.start if piece is not None else end
        if piece is not None and spells(acronym, [t.lower_ for t in toks[piece.start:end]]):
            continue
        a = opening
        while a > 0 and end - a < 8 and _name_word(toks[a - 1]) and a - 1 not in persons \
                and not toks[a].is_sent_start:
            a -= 1
            if end - a >= 2 and toks[a].is_title and toks[a].lower_ != "the" \
                    and spells(acronym, [t.lower_ for t in toks[a:end]]):
                if piece is None and not any(fold(t.text) in _BODY_ENDS for t in toks[a:end]):
                    break  # 'the Major Market Index (MMI)', 'British Sign Language (BSL)': words the model left
                    # untagged name a body only when a body's word ('Office', 'Authority') says so
                mentions = [o for o in mentions if o.end <= a or o.start >= end]
                # a programme or a law ('Export Enhancement Program (EEP)') keeps its kind; a place or a person's
                # name the model made of a piece does not
                label = piece.label if piece is not None and piece.label not in _NAMES_OF_BODIES_CUT else "ORG"
                kept = piece if piece is not None and piece.label == label else None  # a person's role is no body's
                mentions.append(mention_of(doc[a:end], label, kept and kept.role, kept and kept.affiliation))
                mentions.sort(key=lambda o: o.start)
                break
    return mentions


_NAMES_OF_BODIES_CUT = {"ORG", "GPE", "LOC", "NORP", "PERSON", "FAC"}
_BODY_ENDS = ORG_WORDS | ORG_TAILS | HEADS["body_ends"]


def _initials(m: Mention) -> bool:
    """An organisation's initials, as a bracket spells them out or holds them: 'EC', 'GATT', 'EPAC'."""
    return m.label == "ORG" and m.end - m.start == 1 and m.name.isupper() and 2 <= len(m.name) <= 6


def _name_word(tok: Token) -> bool:
    """A word of a name spelt out beside its initials: capitalised, or a small joining word ('of', 'and', 'de')."""
    return tok.is_title and tok.is_alpha or tok.lower_ in ACRONYM_SKIP and tok.is_lower


def _spelt_out_after(doc: Doc, m: Mention) -> Span | None:
    """'GATT (General Agreement on Tariffs and Trade)', 'EPAC (Empresa Publica de Abastecimento de Cereais)': the
    name an organisation's initials stand for, in brackets straight after them."""
    if not _initials(m) or m.end + 3 >= len(doc) or doc[m.end].text != "(":
        return None
    a = m.end + 1
    a += doc[a].lower_ == "the"
    end = a
    while end < len(doc) and end - a < 10 and _name_word(doc[end]):
        end += 1
    if end >= len(doc) or doc[end].text != ")" or end - a < 2 or not spells(m.name.lower(), [t.lower_ for t in doc[a:end]]):
        return None
    return doc[a:end]


_INITIALS = re.compile(r"[A-Z]{2,6}")
_SET_OFF_INITIALS = re.compile(r"[a-z], [A-Z]{2,6}[,).]")


def initials_set_off_after_a_body(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the port union, FNV, are to meet', then 'the FNV' twice: initials set off by commas after a noun for a body
    or a firm name it, though the model tagged them nowhere; every untagged use of them is that organisation."""
    if not _SET_OFF_INITIALS.search(text_of(doc)):
        return mentions  # most articles have none: the text answers before a Token is made
    taken = covered(mentions)
    named: set[str] = set()
    for tok in doc[2:-1]:
        if _INITIALS.fullmatch(tok.text) and tok.i not in taken and doc[tok.i - 1].text == "," \
                and doc[tok.i + 1].text in (",", ")", ".") and doc[tok.i - 2].is_lower \
                and (doc[tok.i - 2].lower_ in HEADS["org_nouns"] or doc[tok.i - 2].lower_ in HEADS["bodies"]):
            named.add(tok.text)
    if not named:
        return mentions
    added = [mention_of(doc[t.i : t.i + 1], "ORG") for t in doc if t.text in named and t.i not in taken
             and not (t.i and doc[t.i - 1].text == "<")]  # "<FNV>" would be a ticker
    return sorted(mentions + added, key=lambda m: m.start)
