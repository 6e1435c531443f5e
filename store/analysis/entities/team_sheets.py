"""A match report's team sheet: a side's players as a bare list of surnames ('Lee, Tan, Okafor (Brown 64), Ruiz;
Mendes, …'), then the replacements, the bookings and the scorers ('Lee 12, Tan 40 pen'). The model reads each word
on its own, with no sentence around it, and types a surname as a town, a firm or a law ('Tan 40'), runs two of them
into one name ('Lee, Tan') or leaves it out; a reader knows every entry is a player. So every entry of a list shown to
be a team sheet is a person's name, and linked as the person's surname to the name the report gave in full.

A list is a team sheet when it has six entries or more, none more than a few capitalised words, and the article shows
the form somewhere: a substitute in brackets with the minute he came on ('(Brown 64)'), the captain marked
('(capt)'), positions' groups set apart by semicolons, or players written with their initial ('A Lee'). A short
line of entries (the bookings, the scorers) is one too when one of its names is on a team sheet of the same
report."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, mention_of

# a capitalised word with a small letter in it (no initial, no 'GB'), read once: no backtracking inside a word
_WORD = r"(?>[A-Z][a-zA-Z'\u2019]*(?:-[A-Z][a-zA-Z'\u2019]*)*)(?<![A-Z])"
_NAME = rf"(?:[A-Z](?:-[A-Z])?\.? )?{_WORD}(?: {_WORD}){{0,2}}"
_MINUTE = r"\d{1,3}(?: pen| og)?"
_ENTRY = rf"(?P<name>{_NAME})(?: {_MINUTE}(?:, {_MINUTE})*)?(?: \((?:capt|(?P<sub>{_NAME}) {_MINUTE})\))?"
_ENTRY_RE = re.compile(_ENTRY)
_BARE = _ENTRY.replace("?P<name>", "?:").replace("?P<sub>", "?:")
# a list opens a line, or follows a side's name and a colon, or a full stop; it runs to the end of its sentence
_SHEET = re.compile(rf"(?:(?<=^)|(?<=: )|(?<=\. )){_BARE}(?:[,;] {_BARE}){{5,}}(?=\.|\n|$)", re.MULTILINE)
_SHORT = re.compile(rf"^(?:: )?{_BARE}(?:, {_BARE}){{0,4}}\.?$", re.MULTILINE)
# the first tokens of the players' names, which no post is read beside: the parse hangs the next entry on a name
# as its apposition ('Lee, Tan'), or the minute ('Lee 48 pen')
PLAYERS = "team_sheet_players"

_FORM = re.compile(rf"\((?:capt|{_NAME} {_MINUTE})\)|; |(?:^|[,;:] )[A-Z]\.? {_WORD}")


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The character spans of the players' names between start and end: each entry's, and the substitute's."""
    spans: list[tuple[int, int]] = []
    for m in _ENTRY_RE.finditer(text, start, end):
        spans.append(m.span("name"))
        if m.group("sub"):
            spans.append(m.span("sub"))
    return spans


def _words_between(doc: Doc, a: int, b: int, label: str) -> Mention | None:
    """The words of a mention that lie between characters a and b, outside a list: a mention of their own."""
    span = doc.char_span(a, b, alignment_mode="contract")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    return mention_of(doc[words[0].i : words[-1].i + 1], label) if words else None


def team_sheets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    sheets = [(m.start(), m.end()) for m in _SHEET.finditer(text)]
    if not sheets or not any(_FORM.search(text, s, e) for s, e in sheets):
        return mentions
    lists = [(s, e, _entries(text, s, e)) for s, e in sheets]
    players = {text[a:b].split()[-1] for _, _, spans in lists for a, b in spans}
    for m in _SHORT.finditer(text):
        if any(m.start() < e and s < m.end() for s, e, _ in lists):
            continue
        spans = _entries(text, m.start(), m.end())
        if any(text[a:b].split()[-1] in players for a, b in spans):
            lists.append((m.start(), m.end(), spans))
    out = list(mentions)
    for start, end, spans in lists:
        for a, b in spans:
            span = doc.char_span(a, b)
            if span is None:
                continue
            if any(m.start == span.start and m.end == span.end and m.label == "PERSON" for m in out):
                continue
            kept: list[Mention] = []
            for m in out:
                if m.end <= span.start or m.start >= span.end:
                    kept.append(m)
                    continue
                # a side's name run onto its first player ('Riverton: Lee'): the side keeps its own words
                first, last = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
                for a, b in ((first, start), (end, last)):
                    if a < b and (rest := _words_between(doc, a, b, m.label)) is not None:
                        kept.append(rest)
            kept.append(mention_of(span, "PERSON"))
            doc.user_data.setdefault(PLAYERS, set()).add(span.start)
            kept.sort(key=lambda m: m.start)
            out = kept
    return out
