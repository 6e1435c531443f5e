"""Named speaker or unnamed source: how a quote's speaker is listed across the library.

The analysis contract (DESIGN.md) gives a person, organisation or government under its canonical
name and an unnamed source ("analysts", "a spokesman") as the article words it, in lower case;
the two are told apart here, from the name, the article's entities and where the name stands.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .text import clean_line

_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it", "me", "us", "them", "one", "some", "many",
                       "others", "nobody", "someone", "everyone", "both", "all"})
_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
_OPENING = "“‘\"'([«"
_CLOSING = "”’\"')]»"


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a word at `at` stands first in its sentence (its capital then says nothing).

    >>> _opens_sentence("He left. Officials said", 9), _opens_sentence("as Officials said", 3)
    (True, False)
    >>> _opens_sentence("PARIS, June 2 - Dealers said", 16), _opens_sentence("PARIS, June 2 - Dealers said", 22)
    (True, False)
    """
    before = text[max(0, at - 40) : at]
    head = before.rstrip()
    if "\n" in before[len(head) :] or (at < 40 and not head):
        return True
    head = head.rstrip(_OPENING).rstrip().rstrip(_CLOSING)
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return not head or head[-1] in ".!?" or _DATELINE.fullmatch(line) is not None


# "WELLINGTON, June 18 - ": the story's first sentence starts after the dateline's dash
_DATELINE = re.compile(r"[A-Z][\w .'-]{1,40}, [A-Z][a-z]+\.? \d{1,2} (?:-|--|–|—) ?")


def is_pronoun(name: str) -> bool:
    """A speaker the analysis left as a pronoun ("I", "we"): it did not find whom it stands for, so it names
    no one, and the quote is shown as unattributed, like one the analysis could not attribute at all.

    >>> is_pronoun("We"), is_pronoun("Wei")
    (True, False)
    """
    return name.lower() in _PRONOUNS


def as_source(name: str, canonicals: Collection[str], text: str, at: int | None) -> tuple[str, bool]:
    """The name a speaker is listed under across the library, and whether it names someone.

    A speaker the article knows as an entity is named. A pronoun is no one: the name is empty (is_pronoun).
    Otherwise the contract writes an unnamed
    source as the article words it, in lower case: its last word is then not capitalised. A single
    capitalised word that opens a sentence is an unnamed source too ("Officials said"), lower-cased
    so it joins the others; an acronym or a name mid-sentence is not.

    >>> as_source("Vladimir Putin", {"Vladimir Putin"}, "", 0)
    ('Vladimir Putin', True)
    >>> as_source("Commerce Ministry officials", set(), "", 0)
    ('Commerce Ministry officials', False)
    >>> as_source("Officials", set(), "He left. Officials said", 9)
    ('officials', False)
    >>> as_source("WSS", set(), "WSS said", 0), as_source("Wikinews", set(), "told Wikinews", 5)
    (('WSS', True), ('Wikinews', True))
    >>> as_source("I", set(), "I said", 0)
    ('', False)
    >>> as_source("Allies of Ukraine", set(), "Allies of Ukraine argue", 0)
    ('allies of Ukraine', False)
    >>> as_source("team from UCL", {"UCL"}, "The team from UCL confirmed", 4)
    ('team from UCL', False)
    """
    name = name.translate(_BREAKS)  # one line: the records and the facets keep a name a line
    if is_pronoun(name):
        return "", False
    if name in canonicals:
        return name, True
    words = name.split()
    if not words:
        return name, False
    last = words[-1]
    if not last[:1].isupper() or words[0].islower() and _group_of(words, plural=False):
        return name, False  # "team from UCL": the capital belongs to whose team it is
    if at is None or not _opens_sentence(text, at):
        return name, True
    if len(words) == 1 and last[1:].islower():
        return name.lower(), False
    if _group_of(words):
        return " ".join([words[0].lower(), *words[1:]]), False
    return name, True


def _group_of(words: list[str], plural: bool = True) -> bool:
    """A plural common noun tied to a name ("Allies of Ukraine", "Residents of Gaza"): a group, not a name,
    whose capital only opens the sentence. A singular head names an institution ("Ministry of Defence"),
    unless the article wrote it in lower case ("team from UCL": plural=False)."""
    head = words[0]
    return (
        len(words) >= 3
        and words[1] in ("of", "in", "from")
        and head.isalpha()
        and head[1:].islower()
        and (not plural or head.endswith("s") and not head.endswith("ss"))
    )


def description(role: str | None, affiliation: str | None) -> str:
    """ "chair, Federal Reserve", or either alone: who a speaker is, in one clean line beside the name. The
    organisation is left out when the role already names it.

    >>> description("Mobil Corp chairman", "Mobil Corp"), description(None, "Federal Reserve")
    ('Mobil Corp chairman', 'Federal Reserve')
    """
    role, affiliation = clean_line(role), clean_line(affiliation)
    if affiliation and affiliation.casefold() in role.casefold():
        affiliation = ""
    return ", ".join(w for w in (role, affiliation) if w)
