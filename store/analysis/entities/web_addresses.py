"""Sites named by their address: 'the news site Qarvo.com', 'a report on Velnik.hu', 'ran first on vx24.at'.

A name written with a web domain's ending is a site, an organisation, whatever the model guessed: it takes the
ending of a country's domain for a place ('Velnik.hu' a GPE) or tags no name at all in lower case ('vx24.at').
Not a full address ('www.qarvo.com', 'qarvo.com/news'), a mail address ('press@qarvo.com') or a name the model
runs on past the site's ('Qarvo.com Inc' stays as tagged)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import column
from .mentions import Mention, covered, mention_of

# a name (letters first, digits and hyphens allowed) and a domain ending: a generic one, or a country's two letters,
# possibly after a second-level one ('.co.uk', '.com.au')
_GENERIC = {"com", "net", "org", "info"}
_SITE = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,40}(?:\.(?:co|com|org|net|gov|ac))?\.(?:com|net|org|info|[a-z]{2})")


def _is_site(doc: Doc, i: int, texts: list[str]) -> bool:
    text = texts[i]
    if not _SITE.fullmatch(text) or text.lower().startswith("www."):
        return False
    name, _, ending = text.rpartition(".")
    if name.islower() and name.isalpha() and ending not in _GENERIC:
        return False  # 'said.he': two words run together at a missing space, no site
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    glued_before = i > 0 and not doc[i - 1].whitespace_
    glued_after = not doc[i].whitespace_ and after
    # part of a mail address or a longer address: no site's name as a reader looks it up
    return not (glued_before and before in ("@", "/", ":", ".")) and not (glued_after and after in ("/", "@"))


def sites_by_their_address(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    texts = column(doc, "ORTH")
    if not any("." in t for t in texts):
        return mentions
    sites = {i for i, t in enumerate(texts) if "." in t and _is_site(doc, i, texts)}
    if not sites:
        return mentions
    for m in mentions:
        if m.end - m.start == 1 and m.start in sites:
            m.label = "ORG"
    taken = covered(mentions)
    added = [mention_of(doc[i : i + 1], "ORG") for i in sorted(sites) if i not in taken]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
