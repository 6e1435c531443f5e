"""An interview may label a speaker's turns with their initials ("AR: We had no choice.") after introducing them
by name ("Wikinews spoke to Ana Ruiz, who runs …"). The label is that person: the initials of a name the article
gives, first the people the model found, then any run of capitalised words in the text that they spell.

Two capitals alone are read as a label only in an interview, where another label asks the questions: "US:" or "EU:"
opening two lines of a list is no speaker, and neither is an initials label whose paragraphs mostly ask (the
interviewer's own, as a reporter's "JS:").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

INITIALS = re.compile(r"[A-Z]{2,4}")
_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")
_PARTICLES = frozenset({"de", "van", "von", "der", "bin", "al", "da", "del", "la", "le", "du"})


def initials_of(name: str) -> set[str]:
    """'Ana Ruiz' -> {'AR'}; 'Ana M. Ruiz' -> {'AMR', 'AR'} (the middle initial may be left out of a label)."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES and w[:1].isalpha()]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return set()
    letters = "".join(w[0] for w in words)
    return {letters, letters[0] + letters[-1]}


def named_by_initials(text: str, label: str, people: Iterable[str] = ()) -> str | None:
    """The name the initials `label` stand for: a person the model found, else the first run of capitalised words
    (outside the labels themselves) whose initials they are; None when nothing spells them."""
    if not INITIALS.fullmatch(label):
        return None
    for name in people:
        if label in initials_of(name):
            return name
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        n = len(label)
        # the run's last words: a name may follow a capitalised word of its description ("Mongolian Ana Ruiz")
        tail = words[-n:]
        if len(tail) == n and "".join(w[0] for w in tail) == label and all(len(w) > 1 for w in tail):
            return " ".join(tail)
    return None


def asking(body: str) -> bool:
    """Whether a labelled paragraph asks a question: an interviewer's turn, where an answer tells."""
    return body.rstrip().endswith("?")
