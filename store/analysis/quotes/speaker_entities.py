"""A named speaker the model did not tag is still an entity: "Mayor Ana Ruiz said …" gives the quote's speaker
"Ana Ruiz" (the speaker rules found the name), so the Entities panel lists her and the article highlights her name,
under the name the quote shows (issue 12: one referent table for entities and speakers).

Only real names enter: every word capitalised and a proper noun to the parser, no title word, no unnamed source's
head ("U.S. Officials"), no pronoun; and only with a kind the rules know: a person the article gives a title or a
first name, an organisation by the word it is named with ("Fars News") or the noun the article puts after it
("the official Tanjug news agency"); a referent the entities know already ("Ruiz said" after "Ana Ruiz", tagged)
keeps its label. A name whose kind is not clear is left out: a wrong entity is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..entities.names import is_first_name
from ..entities.referents import CORPORATE, Referent, fold, key
from ..entities.vocabulary import HEADS, NAME_JOINING, ORG_TAILS, ORG_WORDS
from ..types import EntityMention, Quote
from .speakers.words import (
    COMPANY_NOUNS,
    GROUP,
    ONE_SOURCE,
    OUTLET_NOUNS,
    PARTICLES,
    PEOPLE,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    TITLE_WORDS,
)

_JOINING = NAME_JOINING | PARTICLES  # and the particles inside a person's name: "Ursula von der Leyen"
ORG_ENDS = ORG_WORDS | ORG_TAILS | HEADS["firm_ends"] | {c.rstrip(".") for c in CORPORATE}
# the noun after a name that makes it an organisation's: "the official Tanjug news agency"
_ORG_NOUNS = HEADS["org_nouns"] | OUTLET_NOUNS | COMPANY_NOUNS | {"news"}
# the heads of an unnamed source, even capitalised: "U.S. Officials", "Police Sources"
_UNNAMED = PEOPLE | ONE_SOURCE | {"officials", "sources", "authorities", "police", "government", "administration"}
_NAMED = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_NOT_NAMES = GROUP | QUANTIFIERS | SUBJECT_PRONOUNS | {"speaker"}


def speakers_as_entities(doc: Doc, text: str, quotes: list[Quote]) -> None:
    ents = list(doc._.entities or [])
    taken = sorted((e.start, e.end) for e in ents)
    added: dict[tuple[int, int], EntityMention] = {}
    for q in quotes:
        name = q.speaker
        if not name or q.speaker_start is None or not name[:1].isupper() or not a_name(name):
            continue
        found = _named_in(text, name, q.speaker_start, q.speaker_end) or _short_name_at(doc, text, name, q)
        if found is None or found in added or any(s < found[1] and found[0] < e for s, e in taken):
            continue
        span = doc.char_span(*found)
        if span is None or not all(t.pos_ == "PROPN" or t.lower_ in _JOINING for t in span):
            continue
        known = (doc._.referents or {}).get(name)
        label = known.label if known is not None and known.label in _NAMED else _kind(name, q, text[found[1]:q.speaker_end])
        if label is not None:
            added[found] = EntityMention(found[0], found[1], text[found[0]:found[1]], label, name, q.speaker_role)
    ents = _named_in_full(text, ents + list(added.values()), quotes, {e.canonical for e in ents})
    if not added and ents == list(doc._.entities or []):
        return
    doc._.entities = sorted(ents, key=lambda e: e.start)
    table = dict(doc._.referents or {})
    for e in doc._.entities:
        if e.canonical not in table:
            table[e.canonical] = Referent(e.canonical, e.label, e.role)
    doc._.referents = table


def a_name(name: str) -> bool:
    words = name.split()
    return all(w[:1].isupper() or w in _JOINING for w in words) and fold(words[0]) not in _NOT_NAMES and \
        fold(words[-1]) not in _UNNAMED and not any(fold(w) in TITLE_WORDS and w not in _JOINING for w in words)


def _named_in_full(text: str, ents: list[EntityMention], quotes: list[Quote], tagged: set[str]) -> list[EntityMention]:
    """The wire's opening 'CITY, March 3 - <Two Words> Bancorp said' is often left untagged, so the entities know
    the firm only by the short name later lines use ('<Two Words> said'), while the speaker rules name it in full:
    the short name's referent takes the full name, so the firm's quotes and its mentions are one referent."""
    full: dict[str, str] = {}
    for q in quotes:
        name = q.speaker
        # a full name the model tagged is a referent of its own ('<Name> Chemical' beside '<Name> Oil Inc'): the
        # speaker rules' pick among them is no ground to merge
        if not name or name in tagged or q.speaker_start is None or not name[:1].isupper() or not a_name(name):
            continue
        words = name.split()
        inside = [e for e in ents if q.speaker_start <= e.start and e.end <= q.speaker_end]
        if len(inside) != 1 or {"and", "&"} & set(words):  # '<A> Plc and <B> Plc': two referents
            continue
        written = text[q.speaker_start:q.speaker_end].removeprefix("The ").removeprefix("the ")
        for e in inside:
            # only the name itself said it: "<Surname>'s animal foundation said" is not the person
            if e.label not in ("PERSON", "ORG") or written != e.text or \
                    e.label == "PERSON" and fold(words[-1]) in ORG_ENDS:
                continue
            short = e.canonical.split()
            if 0 < len(short) < len(words) and (words[:len(short)] == short or words[-len(short):] == short):
                full.setdefault(e.canonical, name)
    if not full:
        return ents
    return [EntityMention(e.start, e.end, e.text, e.label, full[e.canonical], e.role)
            if e.canonical in full and not _dateline(e) else e for e in ents]


def _dateline(e: EntityMention) -> bool:
    """'BOSTON, May 4 - Boston <Name> Bank said': the dateline's town is not the firm named after it."""
    return e.start == 0 and e.text.isupper()


def _named_in(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the speaker's mention writes the name: whole ('Mayor Ana Ruiz'), or by its last word ('Ruiz said')."""
    for part in (name, name.split()[-1]) if " " in name else (name,):
        at = text.find(part, start, end)
        while at >= 0:
            after = at + len(part)
            if (at == 0 or not text[at - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
                return at, after
            at = text.find(part, at + 1, end)
    return None


def _short_name_at(doc: Doc, text: str, name: str, q: Quote) -> tuple[int, int] | None:
    """'Hutton said' after 'E.F. Hutton LBO Inc': the speaker's mention is a short name the entities know for that
    organisation, which neither its whole name nor its last word finds."""
    written = text[q.speaker_start:q.speaker_end]
    if not written[:1].isupper() or (doc._.aliases or {}).get(key(tuple(written.split()))) != name:
        return None
    return q.speaker_start, q.speaker_end


def _kind(name: str, q: Quote, after: str) -> str | None:
    """PERSON or ORG as the speaker rules know the name; None when neither is clear."""
    words = name.split()
    nouns = {fold(w) for w in after.split()}
    if fold(words[-1]) in ORG_ENDS or nouns & _ORG_NOUNS:
        return "ORG"
    if q.speaker_role or len(words) > 1 and is_first_name(words[0]):
        return "PERSON"
    return None
