"""The banks and brokers that manage a securities issue or a loan: 'said lead manager Tolland Harrow', 'Brisk Vane
and Orrin Lake co-managed the deal', 'the notes are lead-managed by Tolland Harrow'. Such houses are mostly named
after their founders, so the model reads a person (or a town) in them; a name that manages an issue is a firm's,
in every mention. Not a name that manages anything else ('a fund co-managed by two investors')."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers
from .mentions import Mention
from .vocabulary import NAME_LABELS

# the nouns for a manager of an issue, written straight before its name ('lead manager', 'co-lead managers')
_MANAGERS = {"manager", "managers", "co-manager", "co-managers", "underwriter", "underwriters"}

# what an issue's managers manage: the deal, the securities or the loan
_ISSUES = {"deal", "deals", "issue", "issues", "offering", "offerings", "notes", "bonds", "debentures", "placement",
           "loan", "facility", "financing", "eurobond", "eurobonds", "shares", "securities", "underwriting"}

_RELABELLED = {"PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}  # not a people: 'Japanese banks'


def _manager_verb(doc: Doc, i: int) -> int | None:
    """The end of 'co-managed', 'lead-managed' or 'co-lead managed' opening at token i (one token or three; the
    parse often takes 'co' for a verb of its own), None if no such verb opens there."""
    words = lowers(doc)
    if words[i].startswith(("co-manag", "lead-manag", "co-lead-manag")):
        return i + 1
    if words[i] in ("co", "lead", "co-lead") and i + 2 < len(doc) and words[i + 1] == "-" \
            and words[i + 2].startswith("manag"):
        return i + 3
    if words[i] == "co-lead" and i + 1 < len(doc) and words[i + 1].startswith("manag"):
        return i + 2
    return None


def _list_edge(doc: Doc, i: int, step: int, inside: set[int]) -> int:
    """From token i, across the names, commas and 'and' of a list of names, the first token that is none of them."""
    words = lowers(doc)
    while 0 <= i < len(doc) and (words[i] in (",", "and", "&") or i in inside):
        i += step
    return i


def _an_issue(doc: Doc, start: int, end: int) -> bool:
    return any(w in _ISSUES for w in lowers(doc)[start:end])


def _after_a_manager(doc: Doc, start: int) -> bool:
    """'said lead manager X', 'co-lead managers X and Y': the noun in lower case straight before the name, after
    the word that makes it a manager of an issue ('lead', 'co-')."""
    if start < 2:
        return False
    before = lowers(doc)
    return before[start - 1] in _MANAGERS and doc[start - 1].is_lower \
        and (before[start - 2] in ("lead", "co-lead", "managing") or before[start - 1].startswith("co-")
             or before[start - 2] == "-" and start > 2 and before[start - 3] in ("co", "lead"))


def managers_of_an_issue(doc: Doc, mentions: list[Mention]) -> None:
    found = [m for m in mentions if m.label in _RELABELLED]
    if not found or not any(w.startswith(("manag", "co-manag", "lead-manag", "underwriter", "co-lead"))
                            for w in lowers(doc)):
        return
    # every token of a name, so that a list of names ('X, Y and Z') is crossed as one run
    names = [m for m in mentions if m.label in NAME_LABELS]  # not 'nine' in 'nine Japanese banks'
    inside = {i for m in names for i in range(m.start, m.end)}
    starts = {m.start for m in names}
    for m in found:
        sent = doc[m.start].sent
        after = _list_edge(doc, m.end, 1, inside)
        verb_end = _manager_verb(doc, after) if after < sent.end else None
        # 'X and Y co-managed the deal': the issue within the next few words
        if verb_end is not None and _an_issue(doc, verb_end, min(verb_end + 4, sent.end)):
            m.label = "ORG"
            continue
        # 'the issue is lead-managed by X and Y': the issue earlier in the sentence
        by = _list_edge(doc, m.start - 1, -1, inside)
        if by + 1 < m.start and by + 1 not in starts:
            by = m.start - 1  # the run crossed opens on no name
        if by > sent.start and lowers(doc)[by] == "by":
            verb = next((i for i in range(max(sent.start, by - 4), by) if _manager_verb(doc, i) == by), None)
            if verb is not None and _an_issue(doc, sent.start, verb):
                m.label = "ORG"
                continue
        # 'said lead manager X', 'lead managers X and Y', in a sentence or after one that speaks of an issue (not 'the
        # project's lead manager')
        if (_after_a_manager(doc, m.start) or by + 1 < m.start and _after_a_manager(doc, by + 1)) \
                and _an_issue(doc, doc[sent.start - 1].sent.start if sent.start else 0, sent.end):
            m.label = "ORG"
