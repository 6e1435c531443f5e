"""'the younger Mr. <Surname>', 'the elder <Surname>': of a parent and a child the article names in full under one
surname, the age word says which one a bare surname is. Without it the surname goes to the one longest_name picks
(the longer name, or the one brought in first), which is the other one half the time: an article on a former vice
president and 'his son <Name>' calls the son 'the younger Mr. <Surname>' because 'Mr. <Surname>' alone is the
father. Which of the two is the child the article says itself: the kinship noun before a name ('his son <Name>',
'her father, <Name>') or a role the entities gave."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention
from .names import GENERATION_MARKS
from .referents import fold
from .vocabulary import HEADS, HONORIFICS

_CHILDREN = HEADS["kin_children"]
_PARENTS = HEADS["kin_parents"]
_AGE_WORDS = HEADS["age_words"]


def elder_and_younger(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    persons = [m for m in mentions if m.label == "PERSON"]
    for m in persons:
        if len(m.words) != 1:
            continue
        age = _age_word_before(doc, m.start)
        if age is None:
            continue
        surname = fold(m.words[0])
        named = {canonical.get(id(p), p.name) for p in persons if len(p.words) > 1 and _surname(p.words) == surname}
        if len(named) != 2:
            continue
        kin = {name: _kin(doc, [p for p in persons if canonical.get(id(p), p.name) == name]) for name in named}
        children = [n for n, k in kin.items() if k == "child"]
        parents = [n for n, k in kin.items() if k == "parent"]
        # one of the two said to be the child, or the parent, and not both said to be the same
        if len(children) + len(parents) == 0 or len(children) > 1 or len(parents) > 1 or set(children) & set(parents):
            continue
        child = children[0] if children else next(n for n in named if n not in parents)
        canonical[id(m)] = child if age == "younger" else next(n for n in named if n != child)


def _surname(words: tuple[str, ...] | list[str]) -> str:
    kept = [w for w in words if fold(w) not in GENERATION_MARKS]
    return fold(kept[-1]) if kept else ""


def _age_word_before(doc: Doc, start: int) -> str | None:
    """'the younger Mr. <Surname>', 'the elder <Surname>': the age word, after 'the', before an honorific or none."""
    at = start - 1
    if at >= 0 and doc[at].lower_ in HONORIFICS:
        at -= 1
    if at < 1 or doc[at].lower_ not in _AGE_WORDS or doc[at - 1].lower_ != "the":
        return None
    return "younger" if doc[at].lower_ == "younger" else "elder"


def _kin(doc: Doc, mentions: list[Mention]) -> str | None:
    """'child' when the article writes a child's noun just before one of these mentions ('his son <Name>', 'her
    daughter, <Name>') or gave it that role; 'parent' for a parent's; None when neither or both."""
    found = set()
    for m in mentions:
        at = m.start - 1
        if at >= 0 and doc[at].text == ",":
            at -= 1
        words = {doc[at].lower_} if at >= 0 else set()
        if m.role:
            words.add(m.role.lower())
        if words & _CHILDREN:
            found.add("child")
        if words & _PARENTS:
            found.add("parent")
    return found.pop() if len(found) == 1 else None
