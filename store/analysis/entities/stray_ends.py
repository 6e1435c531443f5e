"""Tokens no name holds that the model runs into one: a web address after a byline or at the end of a digest's item
('by the Globe's Ann Lee: http://bit.ly/…', 'The results are here: http://bit.ly/…'), read as a person or an
organisation, and a dash set off by spaces that opens an aside after the name ('a vote for Ann Lee - and that …').
The name ends before them; a mention that is only a web address names nothing."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .vocabulary import DASHES


def _link(text: str) -> bool:
    return text.startswith(("http://", "https://", "www.")) or "bit.ly/" in text


def stray_ends(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        end = next((i for i in range(m.start, m.end) if _link(doc[i].text)), m.end)
        while end > m.start and (doc[end - 1].text in (":", ",") or doc[end - 1].text in DASHES
                                 and end - 1 > m.start and doc[end - 2].whitespace_):
            end -= 1
        if end == m.end:
            out.append(m)
        elif end > m.start:
            out.append(mention_of(doc[m.start : end], m.label, m.role, m.affiliation))
    return out
