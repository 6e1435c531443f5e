"""A name whose first part ends on a hyphen: the model splits the written word at the hyphen and tags only what
follows it ("<Pre>-<Word> Systems Inc" as "<Word> Systems Inc", a person "<Given>-<Given> <Surname>" as the second
given name and the surname), and the speaker comes out under a name the article never writes on its own
(DESIGN.md, "Canonical names": the name as the article gives it, in its spelling)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..types import Quote
from .cue_table import cues
from .index import text_of

# the capitalised part before the hyphen, standing at the start of the written word
_PART = re.compile(r"(?<![\w.&'’-])([A-Z][\w.&'’]*)-$")
# a prefix that makes a descriptor of what follows, not a name: "Non-<Group> <Country>", "Anti-<Name> forces"
_DESCRIPTIVE = frozenset(cues()["descriptive_prefixes"])


def names_cut_at_a_hyphen(doc: Doc, quotes: list[Quote], lead_roles: dict[str, str],
                           lead_affiliations: dict[str, str]) -> list[Quote]:
    """A speaker that the text writes only after one same capitalised "<Part>-" is that whole word: every quote of
    the name gets it, with the role and affiliation the article gave the cut name. A name written once on its own
    anywhere in the text stays as it is, and so a name after different parts ("<A>-<Name>", "<B>-<Name>"), a single
    letter ("<Name> A/S"), a place, or a descriptive prefix ("Non-", "Anti-")."""
    names = {q.speaker for q in quotes if q.speaker and len(q.speaker) > 1}
    if not names:
        return quotes
    text = text_of(doc)
    # a place after a hyphen is a party's or a compound's ("R-<State>", "<Country>-<Country> talks"), not a name cut
    places = {e.canonical or e.text for e in doc._.entities or [] if e.label in ("GPE", "LOC")}
    whole: dict[str, str] = {}
    for name in names - places:
        if f"-{name}" not in text:
            continue  # written nowhere straight after a hyphen: no part, and no pattern compiled for the name
        parts = set()
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])" if name[:1].isalnum() else re.escape(name), text):
            before = _PART.search(text, max(0, m.start() - 40), m.start())
            parts.add(before.group(1) if before is not None and before.end() == m.start() else None)
        if len(parts) == 1 and None not in parts:
            part = parts.pop()
            if part.lower() not in _DESCRIPTIVE:
                whole[name] = f"{part}-{name}"
    if not whole:
        return quotes
    # the role and affiliation the article gave the cut name go with the whole one, through the lead's table that the
    # last step reads, so a quote that another rule later gives someone else carries neither
    table = doc._.referents or {}
    for name, new in whole.items():
        who = table.get(name)
        role = lead_roles.get(name) or (who.role if who is not None else None)
        if role:
            lead_roles.setdefault(new, role)
            affiliation = lead_affiliations.get(name) or (who.affiliation if who is not None else None)
            if affiliation:
                lead_affiliations.setdefault(new, affiliation)
    return [replace(q, speaker=whole[q.speaker]) if q.speaker in whole else q for q in quotes]
