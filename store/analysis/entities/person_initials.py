"""A politician the article names in full and also by the capitals of that name: headlines and quoted speech call a
congresswoman by her three initials, and the model, seeing capitals, read them as an organisation's; the reader saw
a firm called by the letters beside the person the story is about. The article itself spells the letters out: the
first letters of a person's full name it gives (a hyphenated surname gives one letter for each part)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import text_of
from .canonical import spells
from .mentions import Mention
from .names import GENERATION_MARKS
from .referents import fold


def persons_by_their_initials(
    doc: Doc, mentions: list[Mention], canonical: dict[int, str], defined: dict[str, str]
) -> None:
    """A single word of three to five capitals, the first letters of the one person's full name the article gives
    (and calls the person by one word of it elsewhere), is that person, whatever kind the model gave it; not when
    a name of something else in the article spells it too (the acronym rules give that name), the article defines
    it ('<Firm Words> (<LETTERS>)', a name the model may have left untagged) or two persons' names do."""
    # a person the article also calls by one word: a group's three-word name the model typed PERSON each time it
    # came, never shortened to a surname, is no evidence that its letters are a person's
    called_alone = {canonical.get(id(m), m.name) for m in mentions if m.label == "PERSON" and " " not in m.name}
    by_letters: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1:
            name = canonical.get(id(m), m.name)
            by_letters.setdefault(_initials(name), set()).add(name)
    if not by_letters:
        return
    others = [
        [w.lower() for w in m.words if any(c.isalnum() for c in w)]
        for m in mentions
        if m.label != "PERSON" and len(m.words) > 1
    ]
    for m in mentions:
        if (
            len(m.words) != 1
            or m.label == "PERSON"
            or not (3 <= len(m.name) <= 5)
            or not m.name.isalpha()
            or not m.name.isupper()
            or m.name in defined
        ):
            continue
        names = by_letters.get(m.name, ())
        if len(names) != 1 or any(spells(m.name.lower(), words) for words in others if len(words) > 1):
            continue
        name = next(iter(names))
        if name not in called_alone or _bracketed_after_another_name(text_of(doc), m.name, name):
            continue
        canonical[id(m)] = name
        m.label = "PERSON"


def _initials(name: str) -> str:
    """'Alexandria Ocasio-Cortez' -> 'AOC', 'Joseph R. Biden Jr.' -> 'JRB'."""
    parts = [p for w in name.split() for p in w.split("-") if p]
    return "".join(p[0].upper() for p in parts if fold(p).strip(".") not in GENERATION_MARKS and p[0].isalpha())


def _bracketed_after_another_name(text: str, letters: str, person: str) -> bool:
    """'<Firm> <Words> (<LETTERS>)': the letters defined after a name that is not the person's, which the model may
    have left untagged (so no mention of it spells them)."""
    surname = person.split()[-1]
    at = text.find(f"({letters})")
    while at >= 0:
        if not text[:at].rstrip().endswith((person, surname)):
            return True
        at = text.find(f"({letters})", at + 1)
    return False
