"""The wire's own name run into the words after it, which the model tags with it: the dateline's 'Reuter -' run into
the story's first word ('OSLO, May 4, Reuter - Norway said …' gives 'Reuter - Norway'), and the agency someone spoke
to run into the subject of what they said ('an aide told Reuters Congress would vote …' gives 'Reuters Congress').
The agency is no part of the name after it: a dateline's sign is no name at all, and what was told opens a new one."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import is_place
from .mentions import Mention, mention_of
from .vocabulary import DASHES

_WIRE = {"Reuter", "Reuters"}


def wire_name_run_on(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        start, end = m.start, m.end
        if doc[start].text not in _WIRE or end - start < 2 or not start:
            out.append(m)
            continue
        if doc[start + 1].text in DASHES and doc[start - 1].text == ",":
            # the dateline's sign, then the story's first words: a place among them opens them ("U.S. Farm officials")
            place = next((k for k in range(end, start + 2, -1) if is_place(doc[start + 2:k].text, places)), None)
            if place is not None:
                out.append(mention_of(doc[start + 2:place], "GPE", m.role, m.affiliation))
            continue
        if doc[start - 1].lower_ == "told" and doc[start + 1].text[:1].isupper() and doc[start].whitespace_:
            rest = doc[start + 1:end]
            label = "GPE" if is_place(rest.text, places) else "ORG" if rest.text.isupper() else m.label
            out += [mention_of(doc[start:start + 1], "ORG"), mention_of(rest, label, m.role, m.affiliation)]
            continue
        out.append(m)
    return out
