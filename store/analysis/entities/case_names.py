"""A court case named by its parties, 'Smith v. Jones', 'Walmart Stores v. Dukes': the model reads two surnames joined
by "v." as one person, or as two, and every later "Smith" of the article was then shown under the case's name or
counted as a party named. A case is neither party; it is named as a law is (LAW), whole."""

from __future__ import annotations

import re

from spacy.tokens import Doc

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
                for t in doc[m.start + 1 : m.end - 1]):
            m.label = "LAW"
        out.append(m)
    return out


# a law named after its sponsors, written with "Act": "Glass-Steagall Act", "Gramm-Leach-Bliley Act"
_SPONSORS_ACT = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)+) Act\b")


def laws_named_without_act(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Glass-Steagall Act', then 'reinstating Glass-Steagall': a law named after its sponsors is named
    without "Act" too, and that short name is the law, not the sponsors (the model reads "Glass" or
    "Glass-Steagall" as a person, and every later one was shown under that person)."""
    short = set(_SPONSORS_ACT.findall(doc.text))
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
