"""A labour union's short form: "the union said", "a union spokesman said" in a strike story that names the union
in full ("the <Name> Workers union"). The source came out as the bare word "union", or as an unnamed spokesman of
no body, where a reader would write the union's name (DESIGN.md: an organisation's short forms map to it when the
article names it in full; an unnamed source's organisation goes in the affiliation)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..types import Quote
from .cue_table import cues
from .index import text_of

# a body of working people by its name: "... Auto Workers", "... Union of Mineworkers", "... Pilots Association"
_LABOUR = re.compile(r"\b(?:Unions?|\w*[Ww]orkers|Machinists|Teamsters|Employees|Attendants|Pilots|Miners"
                     r"|Brotherhood)\b")
# a firm or a bank with "Union" in its name, and the unions of states
_NOT_LABOUR = re.compile(r"\b(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|SA|AG|NV|Bank|Banque|Gas|Pacific|Carbide|Soviet"
                         r"|European)\b")
# another body of working people the article writes without a union's name, or several: "the labour organization
# (COB)", "the Labour Council", "some unions"; "the union" may then be any of them
_OTHER_LABOUR = re.compile(r"(?i:\blabou?r (?:organi[sz]ation|council|federation|congress)s?\b)|\bunions\b")
# the unnamed voices of a union: "union officials", "a union spokesman", "union leaders"
_VOICES = frozenset(cues()["tied_sources"]) | frozenset(cues()["owned_sources"]) | {"leader", "leaders"}


def union_voices(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The bare "union" as a speaker is the one union the article names, and an unnamed "union spokesman" or "union
    officials" with no organisation gets it as the affiliation. Where the article names two unions, or none, the
    quotes stay as they were, and so where it speaks of other labour bodies by common nouns ("some unions")."""
    if not any(_union_word(q.speaker) for q in quotes):
        return quotes
    text = text_of(doc)
    unions = {e.canonical or e.text for e in (doc._.entities or []) if e.label == "ORG" and _is_union(e, text)}
    if len(unions) != 1 or _OTHER_LABOUR.search(text):
        return quotes
    union = unions.pop()
    out = []
    for q in quotes:
        words = (q.speaker or "").lower().split()
        if words == ["union"]:
            q = replace(q, speaker=union, speaker_role=None, affiliation=None)
        elif len(words) == 2 and words[0] == "union" and words[1] in _VOICES and not q.affiliation:
            q = replace(q, affiliation=union)
        out.append(q)
    return out


def _union_word(speaker: str | None) -> bool:
    words = (speaker or "").lower().split()
    return bool(words) and words[0] == "union"


def _is_union(entity, text: str) -> bool:
    """A union by its name's words, or by the word the article writes after it ("the <Name> union")."""
    name = entity.canonical or entity.text
    if _NOT_LABOUR.search(name):
        return False
    return bool(_LABOUR.search(name)) or re.match(r"\s+unions?\b", text[entity.end:entity.end + 8]) is not None
