"""A firm's short name taken for a person: 'Larkspur Holdings Ltd' in full, then 'Larkspur said' or 'shares of
Larkspur'. The model reads the bare word as a surname; the article's only use of it with more words is the firm's
registered name, so it is the firm, in every mention. Not when the article names a person who bears it ('Anna
Larkspur'), gives it a title, speaks of the family that bears it ('the Larkspur family'), or uses it as a place;
nor a name opening with a first name ('Tom Larkspur', whom a foundation or a partnership may be named after), nor a
part of a body's name that has no legal form ('the Larkspur administration', 'the Larkspur Foundation')."""

from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .mentions import Mention
from .names import is_first_name
from .referents import CORPORATE, contains, key
from .vocabulary import HEADS

# what a firm's registered name ends with, or has after its own words ('Larkspur Group International')
_LEGAL = CORPORATE | HEADS["firm_ends"]

# the kin a surname names, not a firm: 'the Larkspur family', 'the Larkspur brothers'
_KIN = HEADS["kin"]


def _legal_after(firm: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """The firm's name has a legal form after the part's words, and no 'and' between: 'Anna Larkspur and Tilia
    Partners Inc' is a person and a firm the model tagged as one."""
    n = len(part)
    for i in range(len(firm) - n + 1):
        if firm[i : i + n] == part:
            rest = firm[i + n :]
            ends = [j for j, w in enumerate(rest) if w.rstrip(".") in _LEGAL]
            if ends and not any(w in ("and", "&") for w in rest[: ends[0]]):
                return True
    return False


def firms_named_in_part(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> None:
    """Runs before the canonical names, which then join the bare word to the firm's full name where one firm alone
    bears it ('Larkspur' after 'Larkspur Mills Ltd')."""
    firms = [key(m.words) for m in mentions if m.label == "ORG" and len(m.words) > 1]
    if not firms:
        return
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        if m.label == "PERSON":
            groups.setdefault(key(m.words), []).append(m)
    # the same word the model read as a people's elsewhere ('control of Larkspur'), though it names no people
    peoples: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        if m.label == "NORP" and key(m.words) in groups and not gazetteer.nationality_adjective(m.name):
            peoples.setdefault(key(m.words), []).append(m)
    parts = set()
    for part, group in groups.items():
        words = group[0].words
        if len(words) > 1 and is_first_name(words[0]) or group[0].name in places \
                or gazetteer.is_place(group[0].name, places):
            continue
        if any(len(firm) > len(part) and _legal_after(firm, part) for firm in firms):
            parts.add(part)
    for part in parts:
        group = groups[part]
        # 'Anna Larkspur', of whom the bare word is the surname; not 'Larkspur Tilia', itself a part of the firm's name
        if any(len(other) > len(part) and other not in parts and contains(other, part) for other in groups):
            continue
        if any(m.role or m.end < len(doc) and doc[m.end].lower_ in _KIN for m in group):
            continue
        for m in group + peoples.get(part, []):
            m.label = "ORG"
