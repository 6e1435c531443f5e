"""Pull quotes: a web page's words set apart from the body, on a line of their own, signed on the next line.

A news page of the 2000s sets a speaker's words beside the report as a box that the scraped text keeps as three
short lines: the words (often with no quotation marks, and no full stop), the speaker's name (alone, or with
', <Organisation>'), and sometimes the post ('<Region> analyst'). No verb ties the words to the name, so the cues
find nothing there, or a cue of the paragraph before takes the words, or a run of quotes gives them to the last
speaker. The name line signs them: they are that person's direct quote.

Only after body text (a line before them ends a sentence): a headline and its byline ('<Headline>' then
'<Name>' then 'Staff writer') open the page, with no paragraph of the report before them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..entities.vocabulary import TITLES
from ..types import Quote
from .index import text_of
from .speakers.words import PEOPLE

_MIN_WORDS = 8  # a headline's few words; a pull quote is a sentence
_MAX_CHARS = 400
_QUOTE_MARKS = "\"“”'‘’"
_SENTENCE_END = re.compile(r"[.?!][\"”’']*\s*$")
_POST_WORDS = 6


def pull_quotes(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    text = text_of(doc)
    if "\n" not in text:
        return quotes
    people = [e for e in (doc._.entities or []) if e.label == "PERSON"]
    named = [e for e in (doc._.entities or []) if e.label != "PERSON"]
    if not people:
        return quotes
    lines = _lines(text)
    table = doc._.referents or {}
    out = list(quotes)
    body_seen = False
    for k in range(len(lines) - 1):
        s, e = lines[k]
        words = text[s:e]
        if _SENTENCE_END.search(words) and len(words.split()) >= _MIN_WORDS and not _wholly_quoted(words):
            body_seen = True  # a paragraph of the report: a line after it may be set apart from it
        if not body_seen or k == 0:
            continue
        signed = _signature(text, lines, k + 1, people, named)
        if signed is None or not _set_apart(words):
            continue
        person, affiliation, role = signed
        s = _after_heading(text, s, e)
        words = text[s:e]
        if any(q.start < e and s < q.end and not (s <= q.start and q.end <= e) for q in out):
            continue  # a quote reaching past the line: the line belongs to a longer report
        out = [q for q in out if not (s <= q.start and q.end <= e)]
        who = table.get(person.canonical)
        role = None if who is not None and who.role else role  # the post the report gives with the name first
        quote = Quote(s, e, words, ((s, e),), "direct", person.canonical, person.start, person.end)
        out.append(replace(quote, speaker_role=role, affiliation=affiliation))
    if len(out) == len(quotes) and all(a is b for a, b in zip(out, quotes)):
        return quotes
    return sorted(out, key=lambda q: (q.start, q.end))


_HEADING = re.compile(r"(?:[A-Z]{2,}[ \t]+)+(?=[A-Z][a-z]|[\"“])")


def _after_heading(text: str, s: int, e: int) -> int:
    """Where the words start once a box's heading in capitals ('READERS WRITE') that the scrape ran into them is
    off."""
    m = _HEADING.match(text, s, e)
    return m.end() if m else s


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's extent without its surrounding spaces; blank lines left out."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def _wholly_quoted(words: str) -> bool:
    return len(words) > 2 and words[0] in _QUOTE_MARKS and words[-1] in _QUOTE_MARKS


def _set_apart(words: str) -> bool:
    """Words of a pull quote: a sentence's worth, in quotation marks or with no full stop (a paragraph of the
    report ends on one), not a headline in capitals, not a label that a colon opens a list with."""
    if len(words) > _MAX_CHARS or len(words.split()) < _MIN_WORDS or words.endswith(":"):
        return False
    if not _wholly_quoted(words) and _SENTENCE_END.search(words):
        return False
    lower = sum(1 for w in words.split() if w[:1].islower())
    return lower * 2 >= len(words.split())


def _signature(text: str, lines, k: int, people, named):
    """The person a line signs for, with the organisation after a comma and the post on the next line: a line
    that is a full name alone, or a full name, a comma and a few words of no sentence."""
    s, e = lines[k]
    person = next((p for p in people if p.start == s and p.end <= e), None)
    if person is None or len(person.text.split()) < 2 or "\n" in person.text or " - " in person.text:
        return None  # a spaced dash makes the line a lyric sheet's or a script's cue ('<Name> - <words>'), no signature
    rest = text[person.end : e]
    affiliation = role = None
    if rest:
        if (
            not rest.startswith(", ")
            or _SENTENCE_END.search(rest)
            or len(rest.split()) > _POST_WORDS
            or any(c in rest for c in '"“”()')
        ):
            return None
        affiliation = _organisation(rest[2:].strip(), person.end + 2, e, named)
    elif k + 1 < len(lines):
        ps, pe = lines[k + 1]
        post = text[ps:pe]
        last = post.split()[-1].lower()
        if len(post.split()) <= _POST_WORDS and not _SENTENCE_END.search(post) and (last in PEOPLE or last in TITLES):
            role = post
    return person, affiliation, role


def _organisation(rest: str, s: int, e: int, named) -> str | None:
    """The organisation a signature gives after the comma: the last one the model tagged there, or the words
    themselves when they are a short name in capitals ('<Firm>') the model tagged as nothing; a reader's comment
    is signed with a place ('<Name>, <Country>'), which is no one's employer."""
    tagged = [o for o in named if s <= o.start and o.end <= e]
    if tagged:
        return tagged[-1].canonical if tagged[-1].label == "ORG" else None
    return rest if rest and all(w[:1].isupper() for w in rest.split()) and len(rest.split()) <= 4 else None
