"""The writer's byline of a web page, on a line of its own in capitals ("By <FIRST> <SURNAME>", over "Staff
writer"): the model, reading capitals, tags the surname alone, or nothing, and the writer's name given again in
the note at the foot of the piece ("<First> <Surname> is a former ...") was typed an organisation. The byline names
one person, whole, and in the case the article writes the name in elsewhere (else in title case, as a reader writes
it). A byline with a desk's or a paper's word ("By STAFF WRITER", "By OUR CORRESPONDENT") names no one."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .canonical import written_elsewhere
from .mentions import Mention, in_place_of
from .vocabulary import HEADS

BYLINES = "newsreader_bylines"

# "By" and two to four words in capitals (a hyphen, an apostrophe or an initial's dot inside), the line's only text
_BYLINE = re.compile(
    r"^[ \t]*[Bb][Yy][ \t]+([A-Z][A-Z'’.-]*[A-Z.](?:[ \t]+[A-Z][A-Z'’.-]*[A-Z.]){1,3})[ \t]*$", re.MULTILINE
)
_NO_WRITER = (
    HEADS["byline_desks"]
    | HEADS["org_words"]
    | HEADS["org_tails"]
    | HEADS["newspapers"]
    | HEADS["broadcasters"]
    | HEADS["press"]
)


def bylines(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    found_at: set[int] = set()
    doc.user_data[BYLINES] = found_at
    if "By " not in text and "BY " not in text:
        return mentions
    for found in _BYLINE.finditer(text):
        words = found.group(1).split()
        if any(w.strip(".").lower() in _NO_WRITER or doc.vocab[w.lower()].is_stop for w in words):
            continue
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
        if span is None:
            continue
        found_at.add(span.start)
        mentions = in_place_of(mentions, span, "PERSON")
    return mentions


def bylines_as_written(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    """The writer's name as the article writes it in small letters elsewhere, else in title case."""
    found_at = doc.user_data.get(BYLINES)
    if not found_at:
        return
    for m in mentions:
        if m.start in found_at and m.label == "PERSON" and (name := canonical.get(id(m), m.name)).isupper():
            written = written_elsewhere(mentions, canonical, name)
            for other in mentions:
                if canonical.get(id(other), other.name) == name:
                    canonical[id(other)] = written
