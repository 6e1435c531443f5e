"""Two people named as a pair ("the Trump-Biden debate", "the Blankenship/Mohr ticket") are no third person."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import is_first_name

JOINERS = {"-", "–", "/"}


def pairs_two_people(words: tuple[str, ...], names: Iterable[tuple[str, ...]]) -> bool:
    """Whether a joiner splits these words into the surnames of two different people the article names.

    "Trump-Biden" beside "Donald Trump" and "Joe Biden" is the two of them, not a fuller name of either;
    "Jean-Pierre Raffarin" is one man, for no person of the article is called "Jean" alone.
    """
    plain = [n for n in names if n and not JOINERS & set(n)]
    for i, word in enumerate(words):
        if word not in JOINERS or not 0 < i < len(words) - 1:
            continue
        left, right = words[i - 1], words[-1]
        if left != right and any(n[-1] == left for n in plain) and any(n[-1] == right for n in plain):
            return True
    return False


def full_names_paired(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Ann Lee-Tom Ford match': two full names joined by a hyphen, which the model tags as one person. Each
    side holds a first name and a surname, and the right opens with a first name, so the hyphen is no double-barrelled
    surname ("Helena Bonham-Carter") nor a hyphenated given name ("Jean-Pierre Raffarin"); and the article names
    the left one apart ("Lee", "Ann Lee"), so that a surname a given name may spell ("Carter") is not split off."""
    apart = {m.words[-1] for m in mentions if m.label == "PERSON" and not JOINERS & set(m.words)}
    out: list[Mention] = []
    for m in mentions:
        at = next((i for i in range(m.start + 2, m.end - 2) if doc[i].text in JOINERS and not doc[i].whitespace_
                   and not doc[i - 1].whitespace_), 0) if m.label == "PERSON" and m.end - m.start >= 5 else 0
        if at and doc[at - 1].text in apart and is_first_name(doc[m.start].text) and is_first_name(doc[at + 1].text) \
                and all(t.is_title and t.is_alpha for t in (*doc[m.start:at], *doc[at + 1 : m.end])):
            out += [mention_of(doc[m.start:at], "PERSON", m.role, m.affiliation), mention_of(doc[at + 1 : m.end], "PERSON")]
        else:
            out.append(m)
    return out
