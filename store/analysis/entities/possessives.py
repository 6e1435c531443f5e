"""A person's name run onto an organisation's by a curly possessive ("the Green Party’s Jill Stein", "NFL
Network’s Rich Eisen"): the model ends a name at a straight "'s" but often reads "’s" as part of one, so the
party, outlet or firm and the person who speaks for it became one organisation with the person's name inside.
They are two names: the owner, then the person. An s-ending owner writes the mark alone ("Fox News’ Sean Hannity").

A person the article names, run by the possessive into what follows ("Lee’s Ohio director", "Lee’s Middle Eastern
policy", "Lee’s State Department"), is the person, then a place, a name the article gives elsewhere or an
organisation's name by its last word; other words after the mark are the owner's noun or adjective, no name."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..doctext import text_between, text_of
from .gazetteer import country_code, is_place
from .mentions import Mention, mention_of
from .names import given_name
from .vocabulary import (
    APOSTROPHE_S,
    APOSTROPHES,
    LEGAL_FORMS,
    ORG_TAILS,
    ORG_WORDS,
    OUTLET_ENDS,
    PERSON_ORG_ENDS,
    POSSESSIVE,
)


def split_at_a_possessive(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    persons = {m.words for m in mentions if m.label == "PERSON"}
    persons |= {(m.words[-1],) for m in mentions if m.label == "PERSON" and len(m.words) > 1}
    labels = {m.words: m.label for m in mentions if "’s" not in m.words and "'s" not in m.words}
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(doc, m, persons, labels, places))
    return _programmes_dropped(doc, out)


def _programmes_dropped(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"CBS's Face the Nation": after a straight possessive the model ends the outlet's name at the mark and tags the
    programme as a name of its own, where a curly one ran the two together (_split); the programme names no one."""
    outlets = {m.end: m for m in mentions if m.label == "ORG" and _is_outlet(doc[m.start : m.end])}
    return [m for m in mentions if not (
        m.label == "ORG" and m.start >= 2 and doc[m.start - 1].text in POSSESSIVE
        and m.start - 1 in outlets and doc[m.start].is_title and any(t.is_lower for t in doc[m.start : m.end]))]


def _split(doc: Doc, m: Mention, persons: set[tuple[str, ...]], labels: dict[tuple[str, ...], str],
           places: frozenset[str]) -> list[Mention]:
    if m.label not in ("ORG", "GPE", "PERSON", "FAC", "LOC"):
        return [m]
    for i in range(m.start + 1, m.end - 1):
        if doc[i].text not in APOSTROPHE_S and not (doc[i].text in APOSTROPHES and doc[i - 1].text.endswith(("s", "S"))):
            continue  # "Fox News’ Sean Hannity", "CBS’ Face the Nation": an s-ending name's possessive is the mark alone
        # only a full name after it, opened by a given name: "McDonald’s Corp", "Moody’s Investors Service" and
        # "Sotheby’s" keep the possessive in their own names
        person = doc[i + 1 : m.end]
        owner = doc[m.start : i]
        if _is_outlet(owner) and m.label == "ORG" and person[0].is_title and any(t.is_lower for t in person):
            return [mention_of(owner, "ORG")]  # "CBS’ Face the Nation": the outlet, then its programme, no name here
        if not (len(person) > 1 and (given_name(person[0].text) or _outlets_host(owner, person))
                and not person[0].is_stop
                and all(t.is_title and t.is_alpha for t in person)
                and person[-1].lower_ not in PERSON_ORG_ENDS and person[-1].text not in LEGAL_FORMS):
            if tuple(t.text for t in owner) in persons and owner[-1].text[:1].isupper():
                return _persons_possession(doc, m, i, labels, places)
            if person[0].is_stop and person[0].is_title and m.label == "ORG":
                return [mention_of(owner, "ORG")]  # "Fox News’ The Evening Hour": a programme, which names no one
            body = _owners_body(doc, m, i, labels)
            if body:
                return body  # "Ruritania's Stock Exchange": the country, then its exchange
            return [m]  # "Hudson’s Bay Company": the company's own name
        if owner[0].is_stop or not all(t.text[:1].isupper() for t in owner):
            return [m]  # "That’s Jeb Bush": "that is", no owner
        # an entity the model took for a person names a person first only when it opens with a given name too
        owner_label = m.label if m.label != "PERSON" else "PERSON" if given_name(owner[0].text) else "ORG"
        if tuple(t.text for t in owner) in persons:
            owner_label = "PERSON"  # "Lee’s Ann Moss", where the article names Lee elsewhere as a person
        return [mention_of(owner, owner_label), mention_of(person, "PERSON", m.role, m.affiliation)]
    return [m]


def _is_outlet(owner) -> bool:
    """A news outlet's name: one ending in a newspaper's or a broadcaster's word ("Fox News", "the Post"), or a
    network's capitals ("CBS", "MSNBC")."""
    last = owner[-1]
    return last.is_title and last.lower_ in OUTLET_ENDS or \
        len(owner) == 1 and last.is_upper and last.is_alpha and 2 <= len(last) <= 5


def _outlets_host(owner, person) -> bool:
    """"Fox News’ Megyn Kelly": two capitalised words after an outlet's possessive are its host's or reporter's
    name, though the first is no given name the list knows."""
    return len(person) == 2 and _is_outlet(owner) and all(t.is_title and t.is_alpha for t in person)


def _persons_possession(doc: Doc, m: Mention, i: int, labels: dict[tuple[str, ...], str],
                        places: frozenset[str]) -> list[Mention]:
    """"Lee’s Iowa director", "Lee’s Middle Eastern policy", "Lee’s State Department": the owner is a person the
    article names; what follows is a name of its own only when it is a known place, a name the article gives
    elsewhere, or an organisation's by its last word; else it is the owner's adjective or noun, no name."""
    owner = mention_of(doc[m.start:i], "PERSON")
    rest = doc[i + 1:m.end]
    words = tuple(t.text for t in rest if not t.is_quote)
    if not words:
        return [owner]
    if any(w[:1].islower() for w in words):
        if m.label == "ORG" and _an_organisations(words[0]):
            return [owner, mention_of(rest, "ORG")]  # "Lee’s Office of Management and Budget"
        return [m]  # "Robert’s Rules of Order": a name of its own, with its small words
    if is_place(" ".join(words), places):
        return [owner, mention_of(rest, "GPE")]
    if words in labels:
        return [owner, mention_of(rest, labels[words])]
    if m.label in ("ORG", "FAC") and _an_organisations(words[-1]):
        return [owner, mention_of(rest, "ORG")]
    return [owner]


def _owners_body(doc: Doc, m: Mention, i: int, labels: dict[tuple[str, ...], str]) -> list[Mention]:
    """"Ruritania's Stock Exchange", "Acme's Optics Division", "the United Nations' Food Agency": an organisation's
    name the model ran on from a place's or a body's possessive is two names, the owner and its body, where the
    owner is a country or a name the article writes alone elsewhere as a place or an organisation, and what
    follows is capitalised and ends in an organisation's word. A name whose owner the article never writes alone
    ("Hudson's Bay Company", "Lloyd's Register") or writes only with its mark ("Moody's") keeps its possessive."""
    if m.label != "ORG":
        return []
    owner, rest = doc[m.start:i], doc[i + 1:m.end]
    words = tuple(t.text for t in owner)
    label = labels.get(words)
    if label not in ("GPE", "LOC", "ORG") or not _written_without_its_mark(doc, m.start, i):
        label = "GPE" if country_code(" ".join(words)) else None
    if label is None or len(rest) < 2 or not all(t.text[:1].isupper() for t in owner):
        return []
    if not (rest[0].text[:1].isupper() and rest[-1].text[:1].isupper() and _an_organisations(rest[-1].text)
            and all(t.text[:1].isupper() or t.lower_ in _SMALL_WORDS for t in rest)):
        return []
    return [mention_of(owner, label), mention_of(rest, "ORG", m.role, m.affiliation)]


_SMALL_WORDS = {"of", "for", "on", "and", "the", "&"}


def _written_without_its_mark(doc: Doc, start: int, end: int) -> bool:
    """Whether the article writes the owner's words somewhere with no possessive mark after them: "Moody's" and
    "the Seafarers' union" carry theirs wherever they are written, part of the name."""
    words, text = text_between(doc, start, end), text_of(doc)
    return any(not text[at + len(words):][:1].isalnum() and not text[at + len(words):].startswith(("'", "’"))
               and not text[:at][-1:].isalnum() for at in _places_of(text, words))


def _places_of(text: str, words: str) -> Iterator[int]:
    at = text.find(words)
    while at >= 0:
        yield at
        at = text.find(words, at + 1)


def _an_organisations(word: str) -> bool:
    """A word that opens or ends an organisation's name: 'Department', 'Office', 'Committee'."""
    word = word.lower()
    return word in ORG_WORDS or word in ORG_TAILS or word in PERSON_ORG_ENDS or word in _GOVERNMENT_ENDS


_GOVERNMENT_ENDS = {"department", "ministry"}
