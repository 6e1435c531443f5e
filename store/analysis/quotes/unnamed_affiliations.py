"""Whose spokesman an unnamed source is: "a spokesman for <firm> said", "officials of <ministry> said", "an official
at <embassy> said". The source stays unnamed ("spokesman"), and the reader saw no organisation beside it, though
the article gave one (DESIGN.md: an unnamed source's organisation goes in the affiliation). "The spokesman said"
after it is the same person, until the article brings in another."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..types import Quote
from .cue_table import cues
from .index import text_of

# the unnamed sources a wire story ties to a body with "for", "of" or "at"
_POSTS = frozenset(cues()["tied_sources"])
_TIED = re.compile(r"\s+(?:for|of|at) (?:the )?")
# a later mention of the same source: "the spokesman", "he", "she", "they"
_AGAIN = re.compile(r"(?i)(?:the\b|he$|she$|they$)")


def unnamed_affiliations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Each unnamed spokesman or official whose mention the article writes "<post> for <organisation>" gets that
    organisation as the affiliation, and so does each later quote the same source speaks as "the <post>" or a
    pronoun."""
    if not any(q.speaker in _POSTS and not q.affiliation for q in quotes):
        return quotes
    text = text_of(doc)
    # not a name that owns what follows it: "a spokesman for <city>'s <shopping centre>" speaks for the centre
    organisations = {e.start: e.canonical or e.text for e in (doc._.entities or [])
                     if e.label == "ORG" and text[e.end:e.end + 2] not in ("'s", "’s")}
    current: dict[str, str | None] = {}  # the organisation of the source last brought in under each post
    out = list(quotes)
    for n in sorted(range(len(quotes)), key=lambda n: quotes[n].speaker_start if quotes[n].speaker_start is not None
                    else quotes[n].start):
        q = quotes[n]
        if q.speaker not in _POSTS or q.affiliation or q.speaker_start is None:
            continue
        tied = _TIED.match(text, q.speaker_end)
        if tied is not None and tied.end() in organisations:
            current[q.speaker] = organisations[tied.end()]
        elif not _AGAIN.match(text[q.speaker_start:q.speaker_end]):
            current[q.speaker] = None  # "a spokesman said": someone new, of no body the article gives
        if current.get(q.speaker):
            out[n] = replace(q, affiliation=current[q.speaker])
    return out
