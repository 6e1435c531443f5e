"""Short names of an organisation the article names in full: its opening words ("Commercial Union" after
"Commercial Union Assurance", "U.S. House" after "U.S. House of Representatives"), its own words with the
middle left out ("the Oversight Committee" after "the House Oversight and Reform Committee"), and a house of a
parliament by its word alone ("the House" after "the House of Representatives")."""

from __future__ import annotations

from itertools import pairwise

from .mentions import Mention
from .referents import CORPORATE, fold, key
from .vocabulary import ORG_WORDS, PERSON_ORG_ENDS

# words companies are named with beside those of vocabulary.py: "Commercial Union Assurance"
_MORE = {"assurance", "insurance", "industries", "bancorp", "representatives"}

# a house of a parliament, named in full with 'of': "House of Representatives", "House of Commons"
_HOUSES = {"house", "chamber"}


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
        elif len(words) >= 2:
            owners = {name for k, name in longer if len(k) > len(words) and name != m.name
                      and (k[:len(words)] == words and _capitalised(name.split()[len(words):]) or _within(words, k))}
        else:
            continue
        if len(owners) == 1:
            canonical[id(m)] = next(iter(owners))


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
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return all(w[:1].isupper() or w in ("of", "and", "the", "for", "&") for w in words) and (
        fold(head) in ORG_WORDS or fold(head) in PERSON_ORG_ENDS or fold(head) in CORPORATE or fold(head) in _MORE)
