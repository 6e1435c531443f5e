"""Names in a title-case headline, where every word has a capital and the model cannot see where a name starts:
'Derelict Obama and Clinton', 'Gold Star Mom Corners Obama On His Refusal …' gave "Derelict Obama" and
"Star Mom Corners Obama", under which the body's "Obama" was then shown; 'Small Steps Toward College Savings'
was read as an organisation's name. `tidy.headline_names` ends such a name where a body name ends; this starts
it where one starts, and drops a "name" that is the whole headline.

A run-in subhead in capitals opening a paragraph before a dash ("QUESTIONABLE MEDICAL CLAIMS — Oz has …") was read
as a place, as a dateline is ("NEWPORT NEWS, Va. —"); unless it is a known place, it names nothing."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import text_of
from .gazetteer import is_place
from .mentions import Mention, mention_of
from .names import given_name


def headline_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    line_end = _title_case_headline(doc)
    if not line_end:
        return mentions
    body: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if doc[m.start].idx > line_end:
            body.setdefault(m.words, m.label)
    headline = []
    for t in doc:
        if t.idx >= line_end:
            break
        if t.is_alpha:
            headline.append(t)
    out = []
    for m in mentions:
        if doc[m.start].idx >= line_end or m.words in body:
            out.append(m)
            continue
        if len(headline) >= 3 and headline[0].i >= m.start and headline[-1].i < m.end:
            continue  # the whole headline, not a name in it
        cut = next((n for n in range(1, len(m.words)) if m.words[n:] in body
                    and not any(given_name(w) for w in m.words[:n])), 0)
        if cut and m.end - m.start == len(m.words):
            m = mention_of(doc[m.start + cut : m.end], body[m.words[cut:]], m.role, m.affiliation)
        out.append(m)
    return out


def _title_case_headline(doc: Doc) -> int:
    """Where the first line ends when it is a headline with a capital on most of its long words, else 0."""
    text = text_of(doc)
    line_end = text.find("\n")
    if line_end <= 0:
        return 0
    long_words = [w for w in text[:line_end].split() if len(w) > 3 and w[:1].isalpha()]
    if not long_words or sum(w[:1].isupper() for w in long_words) < 0.8 * len(long_words):
        return 0
    return line_end


_DASHES = {"—", "–", "--", "-"}
_IN_PLACE_NAMES = {"of", "the", "and", "on", "upon", "de", "la", "le", "del", "da", "do", "dos", "el", "al"}


def shouted_subheads(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    return [m for m in mentions if not _subhead(doc, m, places)]


def _subhead(doc: Doc, m: Mention, places: frozenset[str]) -> bool:
    if len(m.words) < 3 or not all(w.isupper() for w in m.words if w[:1].isalpha()):
        return False
    if m.start and "\n" not in doc[m.start - 1].text_with_ws:
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is None or after.text not in _DASHES or is_place(" ".join(m.words).title(), places):
        return False
    # a town the gazetteer lacks ("SAN LUIS OBISPO -") has no word of a sentence in it: a subhead has one the
    # article also writes in lower case, or a word like "has" or "him"
    lower = {t.lower_ for t in doc if t.is_lower}
    return any(w.lower() in lower or doc.vocab[w.lower()].is_stop and w.lower() not in _IN_PLACE_NAMES
               for w in m.words)
