"""A company's short form made of its name's letters, speaking after the name: 'Trans World Airlines said …. TWA said',
'American Telephone and Telegraph said …. ATT said', 'Standard and Poor's Corp said …. S and P said', 'Volkswagen AG
… VW said'. The model tags the short form alone, or cuts the name at its "and", so no entity joins them; the speakers
do (DESIGN.md: an organisation's acronym and short forms map to the fullest name the article gives)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..entities.canonical import spells
from ..entities.referents import CORPORATE
from ..types import Quote

# a run of capitalised words, with the joining words between them: the names the text gives in full
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?: (?:(?:and|&|of|the|de|for) )?[A-Z][\w'’.-]*)+")
_LETTERS = re.compile(r"[A-Z](?: (?:and|&) [A-Z])+|[A-Z][A-Za-z]{1,7}")


def companies_by_letters(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    forms = {q.speaker for q in quotes if q.speaker and _LETTERS.fullmatch(q.speaker) and
             not labels.get(q.speaker, set()) & {"PERSON", "GPE", "LOC", "NORP"}}
    full: dict[str, str] = {}
    for form in forms:
        first = text.find(form)
        names = {_trimmed(n) for n in _names_before(text, first) if _spelt_by(form, n)}
        spoken = {n for n in names if any(_runs_inside(q.speaker, n) for q in quotes if q.speaker and q.speaker != form)}
        names = spoken or names  # "Standard and Poor's Corp" (it spoke, cut to "Poor's Corp"), not "Security Pacific"
        longest = max(names, key=len, default=None)
        if longest and all(n in longest for n in names):  # "Trans World Airlines" in "Trans World Airlines Inc"
            full[form] = longest
    if not full:
        return quotes
    out = []
    for q in quotes:
        name = full.get(q.speaker) or _inside(q.speaker, full.values(), labels)
        if name:
            q = replace(q, speaker=name)
        out.append(q)
    return out


def _names_before(text: str, end: int) -> list[str]:
    """Every run of capitalised words before `end`, and each of its runs that opens on a capitalised word."""
    out = []
    for m in _NAME_RUN.finditer(text, 0, max(end, 0)):
        words = m.group(0).split(" ")
        for i, w in enumerate(words):
            if w[:1].isupper():
                for j in range(i + 2, len(words) + 1):
                    if words[j - 1][:1].isupper():
                        out.append(" ".join(words[i:j]))
    return out


def _trimmed(name: str) -> str:
    name = name.removeprefix("The ")
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _spelt_by(form: str, name: str) -> bool:
    """'TWA' by 'Trans World Airlines', 'Adsteam' by 'Adelaide Steamship', 'VW' by 'Volkswagen AG': each word of the
    name, corporate endings aside, gives the form a piece that opens it; a joining word may give none. A form in
    capitals alone may take its letters in order from one word that opens with the first ('VW')."""
    words = [w.strip(".,'’") for w in name.split()]
    while words and words[-1].lower().rstrip(".") in {c.rstrip(".") for c in CORPORATE}:
        words.pop()
    letters = form.replace(" and ", "").replace(" & ", "").lower()
    if not words or not letters:
        return False
    if len(words) == 1:
        word = words[0].lower()
        return form.isupper() and 1 < len(letters) < len(word) and word[0] == letters[0] and \
            _in_order(letters[1:], word[1:])
    return spells(letters, [w.lower() for w in words])


def _in_order(letters: str, word: str) -> bool:
    at = 0
    for c in letters:
        at = word.find(c, at) + 1
        if not at:
            return False
    return True


def _inside(name: str | None, full, labels: dict[str, set[str]]) -> str | None:
    """'American Telephone', 'Standard', "Poor's Corp": a speaker whose words run inside the one name a short form
    stood for (the model cut the name at its "and") is that name."""
    if not name or not name[:1].isupper() or labels.get(name, set()) & {"PERSON", "GPE", "LOC", "NORP"}:
        return None
    found = {f for f in full if len(f) > len(name) and _runs_inside(name, f)}
    return found.pop() if len(found) == 1 else None


def _runs_inside(name: str, full: str) -> bool:
    words, whole = name.split(), full.split()
    return any(whole[i:i + len(words)] == words for i in range(len(whole) - len(words) + 1))
