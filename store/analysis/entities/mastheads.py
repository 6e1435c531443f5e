"""The papers of a press review: "These are the leading stories in the Angolan press on Friday", then each paper's
name in capitals on a line of its own ("JORNAL DE ANGOLA", "LA PRESSE", "AN-NAHAR") over the dashed summaries of
its stories. The model leaves such a name untagged, tags one word of it ("LA" an organisation, "JOUR" a number) or
reads it as a place; it names a newspaper, an organisation, as written. Only where the lead says the article
reviews the press: elsewhere a line in capitals over a dashed list is a subhead ("KEY POINTS")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, in_place_of
from .vocabulary import HEADS

# a line of capitals alone (words, hyphens, apostrophes, dots), then a line that opens with a dash
_MASTHEAD = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,4})[ \t]*\n\s*[-–—][ \t]", re.MULTILINE)
_PRESS = HEADS["press"]


def mastheads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    lead = text[: text.find("\n")] if "\n" in text else text
    if not any(w.strip(".,;:").lower() in _PRESS for w in lead.split()):
        return mentions
    for found in _MASTHEAD.finditer(text):
        if not any(c.isalpha() for c in found.group(1)[1:]):
            continue  # one capital alone is a list's letter, no paper
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
        if span is None:
            continue
        mentions = in_place_of(mentions, span, "ORG")
    return mentions
