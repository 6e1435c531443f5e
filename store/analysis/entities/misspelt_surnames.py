"""A surname misspelt once in wire copy ('Grabowksi said' after "Transport Minister Helmut Grabowski", 'said Mr
Hallet' after "Tom Hallett"): one letter more, less, changed or two swapped, same first letter, in a bare word the
model left unlinked (or took for a firm). A reader takes it for the person named in full; it is shown under that name.

Not a word in a list of names ('Replacements: Dowson, Haughton' beside "Phil Dawson": two players), nor one with a
title of its own ('Governor Hallet' beside "Tom Hallett", an aide: two men), nor a word after 'the' or a surname with
an -s ('the Harts' beside "Sam Hart": a band, a family), nor when two persons' surnames are that close, nor a word
the article wrote as a name on its own before it named the person in full ('President Reagan' well before "Donald
Regan", his chief of staff: two men, and the bare word each time the president)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import column
from .mentions import Mention
from .vocabulary import HONORIFICS


def misspelt_surnames(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    full: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1 and m.words[-1][:1].isupper():
            full.setdefault(m.words[-1], set()).add(canonical.get(id(m), m.name))
            first.setdefault(m.words[-1], m.start)
    if not full:
        return
    # 'President Reagan' after "Donald Regan": a word the article gives a title of its own names a second man, there
    # and wherever it stands bare ('the Reagan administration')
    titled = {m.words[0] for m in mentions
              if len(m.words) == 1 and m.role and m.role.split()[0].lower() not in HONORIFICS}
    seen: dict[str, int] = {}
    for i, text in enumerate(column(doc, "ORTH")):  # the words by index: no Token made per word
        seen.setdefault(text, i)
    for m in mentions:
        word = m.words[0] if len(m.words) == 1 else ""
        if m.label not in ("PERSON", "ORG") or len(word) < 5 or not word.istitle() or not word.isalpha() \
                or canonical.get(id(m), m.name) != m.name or word in full or word in titled or _listed(doc, m) \
                or m.role and m.role.split()[0].lower() not in HONORIFICS:
            continue
        if m.start > 0 and doc[m.start - 1].lower_ == "the":
            continue  # 'the Harts' beside "Sam Hart": a band, a family, a firm
        close = [s for s in full if s[0] == word[0] and first[s] < m.start and _one_slip(word, s) and word != s + "s"
                 and seen[word] > first[s]]
        if len(close) == 1 and len(names := full[close[0]]) == 1:
            canonical[id(m)], m.label = next(iter(names)), "PERSON"


def _listed(doc: Doc, m: Mention) -> bool:
    """', Dowson, Haughton,' and 'Dowson, Haughton and Reed': between commas, or before a comma, a name and another."""
    after = m.end < len(doc) and doc[m.end].text == ","
    return after and (m.start > 0 and doc[m.start - 1].text == "," or m.end + 2 < len(doc)
                      and doc[m.end + 1].text.istitle() and doc[m.end + 2].text in (",", "and"))


def _one_slip(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
