"""What political copy runs onto the front of an organisation's or a district's name, which the model tags with it:
a "pro-" or "anti-" adjective made of another name ("the pro-Clinton Priorities USA Action", where the committee
is "Priorities USA Action", not "Clinton Priorities …"), and a lawmaker's party before a district that is no
state ("Del. Marcia Price (D-Newport News)"). `tidy` takes the prefix alone off a name ("a pro-Texaco brief" is
Texaco) and the party off a state; these take off the whole adjective, and the party before any place."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .untagged import party_letter

_STANCES = {"pro", "anti"}


def run_on_fronts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        if m.label == "ORG" and start >= 2 and m.end - start >= 2 and doc[start - 1].text == "-" \
                and doc[start - 2].lower_ in _STANCES and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start].whitespace_ and doc[start + 1].text[:1].isupper():
            start += 1  # the adjective's name: the organisation's own name starts after it
        elif m.label in ("ORG", "PERSON") and m.end - start >= 3 and party_letter(doc, start) \
                and not doc[start + 1].whitespace_ \
                and start and doc[start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")":
            out.append(mention_of(doc[start + 2 : m.end], "GPE", m.role, m.affiliation))
            continue
        out.append(m if start == m.start else mention_of(doc[start : m.end], m.label, m.role, m.affiliation))
    return out
