"""A court case named by its parties, 'Smith v. Jones', 'Walmart Stores v. Dukes': the model reads two surnames joined
by "v." as one person, or as two, and every later "Smith" of the article was then shown under the case's name or
counted as a party named. A case is neither party; it is named as a law is (LAW), whole. So are laws named after
people: their sponsors ("Glass-Steagall") or the president who signed them ("Obamacare")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import doc_slice, text_of
from .mentions import Mention, mention_of

# only the courts' "v.": "Lee vs. Smith" and "Lee versus Smith" are a contest between two people, not a case
_VERSUS = {"v."}
_PARTIES = ("PERSON", "ORG", "GPE", "NORP")


def court_cases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label in _PARTIES and m.label in _PARTIES and m.start == prev.end + 1 \
                and doc[prev.end].text in _VERSUS:
            out[-1] = mention_of(doc[prev.start : m.end], "LAW")  # "Hallam" + "v." + "Hallam", tagged apart
            continue
        if m.label in ("PERSON", "ORG") and any(
                t.text in _VERSUS and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper()
                for t in doc_slice(doc, m.start + 1, m.end - 1)):
            m.label = "LAW"
        out.append(m)
    return out


# a law named after its sponsors, written with "Act": "Glass-Steagall Act", "Gramm-Leach-Bliley Act"
_SPONSORS_ACT = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)+) Act\b")


def laws_named_without_act(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Glass-Steagall Act', then 'reinstating Glass-Steagall': a law named after its sponsors is named
    without "Act" too, and that short name is the law, not the sponsors (the model reads "Glass" or
    "Glass-Steagall" as a person, and every later one was shown under that person)."""
    text = text_of(doc)
    short = set(_SPONSORS_ACT.findall(text)) if " Act" in text else set()  # most articles name no act at all
    if not short:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        end = m.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_:
            end += 2  # "Glass" tagged alone inside "Glass-Steagall"
        if m.label in ("PERSON", "ORG", "NORP", "GPE") and doc[m.start : end].text in short:
            if end < len(doc) and doc[end].text == "Act":
                end += 1
            m = mention_of(doc[m.start : end], "LAW")
        out.append(m)
    return out


def laws_named_after_a_person(doc: Doc, mentions: list[Mention]) -> None:
    """'Obamacare', 'Hillarycare': a health law or plan called by the name of the person the article names and
    "care" is a law (the model reads "Obamacare" as a nationality, after "Obama", or as an organisation). Not
    "Medicare", whose first part is no one's name."""
    names = {w for m in mentions if m.label == "PERSON" for w in m.words if w[:1].isupper()}
    for m in mentions:
        if m.label in ("NORP", "ORG", "PERSON", "GPE", "WORK_OF_ART", "PRODUCT") and len(m.words) == 1 \
                and m.words[0].endswith("care") and m.words[0][:-4] in names:
            m.label = "LAW"
