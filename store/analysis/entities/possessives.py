"""A person's name run onto an organisation's by a curly possessive ("the Green Party’s Jill Stein", "NFL
Network’s Rich Eisen"): the model ends a name at a straight "'s" but often reads "’s" as part of one, so the
party, outlet or firm and the person who speaks for it became one organisation with the person's name inside.
They are two names: the owner, then the person."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import given_name
from .vocabulary import LEGAL_FORMS, PERSON_ORG_ENDS

_APOSTROPHE_S = {"’s", "'s"}


def split_at_a_possessive(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(doc, m))
    return out


def _split(doc: Doc, m: Mention) -> list[Mention]:
    if m.label not in ("ORG", "GPE", "PERSON", "FAC", "LOC"):
        return [m]
    for i in range(m.start + 1, m.end - 2):
        if doc[i].text not in _APOSTROPHE_S:
            continue
        # only a full name after it, opened by a given name: "McDonald’s Corp", "Moody’s Investors Service" and
        # "Sotheby’s" keep the possessive in their own names
        person = doc[i + 1 : m.end]
        owner = doc[m.start : i]
        if not (given_name(person[0].text) and all(t.is_title and t.is_alpha for t in person)
                and person[-1].lower_ not in PERSON_ORG_ENDS and person[-1].text not in LEGAL_FORMS):
            return [m]  # "Hudson’s Bay Company": the company's own name
        if owner[0].is_stop or not all(t.text[:1].isupper() for t in owner):
            return [m]  # "That’s Jeb Bush": "that is", no owner
        # an entity the model took for a person names a person first only when it opens with a given name too
        owner_label = m.label if m.label != "PERSON" else "PERSON" if given_name(owner[0].text) else "ORG"
        return [mention_of(owner, owner_label), mention_of(person, "PERSON", m.role, m.affiliation)]
    return [m]
