"""User names on social networks quoted in news ('@DrAmyActon will order the polls closed'). The small model
tags none. A handle whose run-together words read as a person's name (a given name then a surname, an honorific
before them allowed) or that follows a title ('Secretary of State @FrankLaRose') is that person's; the
article names it as written, '@' kept, because that is the name the reader sees."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, covered, mention_of
from .names import is_first_name
from .referents import fold
from .roles import title_before
from .vocabulary import HEADS, HONORIFICS

HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z][A-Za-z0-9_]{2,30})\b")
WORDS = re.compile(r"[A-Z][a-z]+|[a-z]+")


def user_handles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    if "@" not in text:
        return mentions
    taken = covered(mentions)
    added = []
    for found in HANDLE.finditer(text):
        span = doc.char_span(found.start(), found.end())
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        if reads_as_a_persons_name(found.group(1)) or title_before(doc, span.start) is not None:
            added.append(mention_of(span, "PERSON"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def reads_as_a_persons_name(handle: str) -> bool:
    """'DrAmyActon', 'FrankLaRose': capitalised words run together, the first a given name after an optional
    honorific; 'github', 'prefpolice' and 'peoplesvote' are not."""
    words = WORDS.findall(handle)
    if "".join(words) != handle or not all(w[:1].isupper() for w in words):
        return False
    if words and words[0].lower() in HONORIFICS:
        words = words[1:]
    return len(words) >= 2 and is_first_name(words[0])


def platforms_before_a_handle(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Follow <Name> on Twitter @<handle>.': a columnist's sign-off, where the model ran the network's name onto
    the handle after it and read the two as a person (or a date). The network ("platforms" in heads.json) is an
    organisation; the handle is left to `user_handles`, which names it when it reads as a person's name."""
    out = []
    for m in mentions:
        at = next((n for n, w in enumerate(m.words) if w.startswith("@")), 0)
        before = [w for w in m.words[:at] if w.strip()]  # a no-break space between them is a token of its own
        if before and len(m.words) == m.end - m.start and all(fold(w) in HEADS["platforms"] for w in before):
            m = mention_of(doc[m.start : m.start + len(before)], "ORG")
        out.append(m)
    return out
