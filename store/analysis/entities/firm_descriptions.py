"""A 'person' the article describes as a firm: "Ana Ruiz, an analyst at brokerage Vellmar", "Nordlaks, Norway's
biggest company", "Engineering firm Kestrel Gas". The model read the name as a person's, and the description
came out as their role ("brokerage", "biggest company"); the name is the firm's, in every mention, and has no role.
Not a name that opens with a first name: "Documentary maker Michael Ross" is a person whatever the noun."""

from __future__ import annotations

from .kinds import opens_with_first_name
from .mentions import Mention
from .vocabulary import HEADS

# the kinds of firm an article puts beside its name ('company', 'brokerage', 'giant'), less the words for a person's
# calling that share their spelling ('broker', 'executive')
_FIRM_KINDS = (HEADS["org_nouns"] | HEADS["firm_nouns"]) - HEADS["person"] - HEADS["jobs"] - HEADS["market_jobs"]


def firms_described_as_firms(mentions: list[Mention], canonical: dict[int, str]) -> None:
    firms = set()
    for m in mentions:
        name = canonical.get(id(m), m.name)
        if m.label == "PERSON" and m.role and m.role.split()[-1].lower() in _FIRM_KINDS \
                and not opens_with_first_name(tuple(name.split())):
            firms.add(name)
    if not firms:
        return
    for m in mentions:
        if m.label == "PERSON" and canonical.get(id(m), m.name) in firms:
            m.label, m.role, m.affiliation = "ORG", None, None
