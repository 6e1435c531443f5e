"""Whose staff a speaker is: "Sanders campaign manager Ana Ruiz", "Ana Ruiz, a spokeswoman for Mr. Sanders",
"Ana Ruiz, Sanders' campaign manager". The entities tie a post to an organisation they tagged; a spokesman,
aide or campaign manager of a person has no organisation there, and the reader saw a role with nothing it is
held at. The person they work for is the affiliation, "<name> campaign" when the article says it is the
campaign's post (DESIGN.md: the affiliation stands beside the name, never inside it)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..entities.names import is_female_name
from ..types import Quote
from .index import text_of

# posts held on a person's staff; "chairman" and "director" of a person are their campaign's
_STAFF = (r"(?i:spokes(?:wo)?man|spokesperson|press secretary|aide|advis[eo]r|strategist|manager|chair(?:wo)?man|"
          r"director|pollster|consultant|counsel|operative|staffer|speechwriter|surrogate)")
_STAFF_ROLE = re.compile(rf"\b(?:{_STAFF})\b")
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Dr)\.? )?"
_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?"  # "O'Malley", never "Gore’s" nor "Sanders'"
_OWNER = rf"(?P<owner>{_WORD}(?: {_WORD}){{0,2}})"
_CAMP = r"(?P<camp>(?:\d{4} )?(?:presidential )?(?:re-election )?campaign )?"
# the owner, then the post that runs into the staffer's name: "Sanders campaign manager ", "Mr. Trump's campaign
# chairman, ", "Cruz spokeswoman "; a few words may describe the post ("Indiana", "senior", "former")
_OWNER_THEN_POST = re.compile(rf"\b{_OWNER}(?:['’]s?)? {_CAMP}(?P<post>(?:(?!and |or )[\w-]+ ){{0,3}}?(?:{_STAFF})),? (?:the )?$")
# after the staffer: ", a spokesman for Mrs. Clinton", ", the senior adviser to Mr. Sanders", ", a senior adviser on
# the Sanders campaign", ", Sanders’ campaign manager"
_POST_FOR = re.compile(rf", (?:an? |the |another )?(?:(?!and |or )[\w-]+ ){{0,3}}?(?:{_STAFF}) (?:for|to|on|with) "
                       rf"(?:the )?{_HONORIFIC}{_OWNER}(?:['’]s?)?(?P<camp> (?:\d{{4}} )?(?:presidential )?"
                       rf"(?:re-election )?campaign\b)?")
_OWNER_POST = re.compile(rf", (?:the )?{_HONORIFIC}{_OWNER}(?P<camp>(?:['’]s?)? (?:\d{{4}} )?(?:presidential )?"
                         rf"(?:re-election )?campaign)?(?:['’]s?)? (?:(?!and |or )[\w-]+ ){{0,3}}?(?:{_STAFF})\b")


def staff_affiliations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Each speaker given a role and no affiliation whose mention the article writes as another person's staff
    gets that person as the affiliation; a role the entities cut to its last word ("manager" of "campaign
    manager") is made whole."""
    wanting = {q.speaker for q in quotes if q.speaker and q.speaker_role and not q.affiliation and
               _STAFF_ROLE.search(q.speaker_role)}  # "Senator X, a close adviser to Y" holds no post of Y's
    if not wanting:
        return quotes
    people = [e for e in (doc._.entities or []) if e.label == "PERSON"]
    ending = {e.end: e.canonical or e.text for e in people}
    organisations = {e.end for e in (doc._.entities or []) if e.label == "ORG"}
    surnames: dict[str, list[str]] = {}
    for name in dict.fromkeys(e.canonical or e.text for e in people):
        surnames.setdefault(name.split()[-1], []).append(name)
    text = text_of(doc)
    found: dict[str, tuple[str, str | None]] = {}
    for e in people:
        name = e.canonical or e.text
        if name not in wanting or name in found:
            continue
        m = _OWNER_THEN_POST.search(text, max(0, e.start - 70), e.start)
        if m is None:
            m = _POST_FOR.match(text, e.end) or _OWNER_POST.match(text, e.end)
        if m is None:
            continue
        owner = ending.get(m.end("owner")) if " " in m.group("owner") else \
            _bearer(m.group("owner"), text[max(0, m.start("owner") - 5):m.start("owner")], surnames)
        if owner is None and m.group("camp") and (m.end("owner") in organisations or m.group("owner") in surnames):
            owner = m.group("owner")  # "the Sanders campaign", "Clinton campaign" of a name two people share
        if owner is None or owner.split()[-1] == name.split()[-1]:
            continue
        post = m.groupdict().get("post")
        post = ("campaign " + post if m.group("camp") else post) if post else None
        found[name] = (f"{owner} campaign" if m.group("camp") else owner, post)
    if not found:
        return quotes
    out = []
    for q in quotes:
        if q.speaker in found and q.speaker_role and not q.affiliation:
            owner, post = found[q.speaker]
            role = post if post and post.lower().endswith(q.speaker_role.lower()) else q.speaker_role
            q = replace(q, affiliation=owner, speaker_role=role)
        out.append(q)
    return out


def _bearer(surname: str, before: str, surnames: dict[str, list[str]]) -> str | None:
    """The person a bare surname stands for: of those the article names with it, the one of the sex an honorific
    gives ("Mrs. Clinton", "Mr. Trump"); none when two are left (the entities' choice for a bare "Clinton" in a
    story of both Clintons is often the other one)."""
    found = surnames.get(surname, [])
    found = [n for n in found if not any(o.endswith(" " + n) for o in found)]  # "Obama" is "Barack Obama"
    if before.endswith(("Mrs. ", "Ms. ")):
        found = [n for n in found if " " not in n or is_female_name(n.split()[0])]
    elif before.endswith("Mr. "):
        found = [n for n in found if " " not in n or not is_female_name(n.split()[0], surely=True)]
    return found[0] if len(found) == 1 else None
