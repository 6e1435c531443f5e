"""A name in a title-case headline or subhead run together with its other capitalised words: 'Poll: Smith Ties
Jones …' gave "Ties Jones" once a given-name rule had read "Ties" as a first name, and 'Critics Quickly Doubted
Mary Jones' gave the whole clause. Such a blend the body never writes then became the name every "Jones" of the body was
shown under. Where the body names someone or something inside the blend, at word boundaries, the blend is those
names, and its other words (verbs, adverbs, headline nouns) are dropped.

A blend made only of body names ("Missouri Senate" beside "Missouri" and "Senate") is left whole: it may be one
name. So is one with a lower-case word ("Lee super PAC") or with a word that ends an organisation's, a law's or an
event's name ("… University", "… Agreement"), which a reader would take for a name of its own."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ..doctext import text_of
from ..title_lines import capitalised, lines, long_words
from .mentions import Mention, mention_of
from .names import given_name
from .vocabulary import HEADS, ORG_TAILS, ORG_WORDS, PERSON_ORG_ENDS

_KINDS = ("PERSON", "ORG", "GPE", "LOC", "FAC")

# words that end a name of their own: an organisation's, a law's, an event's, a building's or a place's
_HEADS = ORG_WORDS | ORG_TAILS | PERSON_ORG_ENDS | HEADS["LAW"] | HEADS["EVENT"] | HEADS["FAC"] | HEADS["LOC"]


def headline_blends(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    spans = _title_case_lines(doc)
    if not spans:
        return mentions

    def in_a_line(m: Mention) -> bool:
        return any(start <= doc[m.start].idx < end for start, end in spans)

    votes: dict[tuple[str, ...], Counter[str]] = {}
    for m in mentions:
        if m.label in _KINDS and not in_a_line(m):
            votes.setdefault(m.words, Counter())[m.label] += 1
    if not votes:
        return mentions
    body = {words: labels.most_common(1)[0][0] for words, labels in votes.items()}  # the label most mentions carry
    body_text = text_of(doc)
    for start, end in spans:  # the body's own sentences, without the headlines
        body_text = body_text[:start] + " " * (end - start) + body_text[end:]
    out: list[Mention] = []
    for m in mentions:
        if m.label not in _KINDS or m.words in body or not in_a_line(m):
            out.append(m)
        else:
            out.extend(_names_in(doc, m, body, body_text) or [m])
    return out


def _title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    """Where the headline and the title-case lines of the body (a live blog's entries, subheads) stand, and the
    headlines the body quotes (an email's subject, another paper's story: 'sent an email headlined "Senator Ann
    Lee Joins Critics of the Plan"'), which run names into their verbs just as a headline line does. Not a short
    quoted name, a show's or a book's ('an interview with "Acme News Daily"'), which is a name of its own."""
    spans = []
    for line in lines(doc):
        if _title_case(line.text, line.long):
            spans.append((line.start, line.end))
        else:
            spans.extend(
                (line.start + q.start(1), line.start + q.end(1))
                for q in _QUOTED.finditer(line.text)
                if _title_case(q.group(1)) and len(q.group(1).split()) >= 5
            )
    return spans


_QUOTED = re.compile(r'[“"]([^“”"]{12,200})[”"]')


def _title_case(text: str, long: list[str] | None = None) -> bool:
    """A line of twenty words or fewer with three of four letters or more, all but one of them with a capital: a
    headline's way of writing. A sentence dense with names ("Senator Ann Lee praised Acme Corp's Chief Executive
    Bo Wu") still has a verb or a noun or two in lower case. Read on any line, not the first alone, this counts the
    long words in small letters where the entity headlines take a share (four in five): of ten long words, two in
    small letters pass here only when both are linking words ('with', 'from'). `long`: the long words when read."""
    words = long_words(text) if long is None else long
    lower = len(words) - capitalised(words)
    return (
        len(text.split()) <= 20
        and len(words) >= 3
        and (lower <= 1 or len(words) - lower >= 4 and all(w in _SMALL_WORDS for w in words if not w[:1].isupper()))
    )


# left in small letters in many papers' title-case headlines ('Lee Surges into Tie with Cole in Poll')
_SMALL_WORDS = {"into", "with", "from", "over", "than", "that", "onto", "upon"}


def _names_in(doc: Doc, m: Mention, body: dict[tuple[str, ...], str], body_text: str) -> list[Mention]:
    """The body's names inside a headline mention, or nothing when the mention is to be left as it is."""
    pieces: list[tuple[int, int, str]] = []
    i = m.start
    while i < m.end:
        j = next((j for j in range(m.end, i, -1) if _at_word_edges(doc, m, i, j) and _words(doc, i, j) in body), 0)
        if j:
            pieces.append((i, j, body[_words(doc, i, j)]))
            i = j
        else:
            i += 1
    covered = {k for s, e, _ in pieces for k in range(s, e)}
    rest = [doc[k] for k in range(m.start, m.end) if k not in covered and not doc[k].is_quote]
    if not pieces or not rest or len(m.words) < 3 and all(e - s == 1 for s, e, _ in pieces):
        return []  # "Amy Smith" beside the body's "Smith" and "Amy": a name in full, not a blend
    if any(not (t.is_alpha and t.text[:1].isupper()) or t.lower_ in _HEADS for t in rest):
        return []  # "Lee Climate Agreement Is a Step": a head word ends a name of its own there
    full_names = {w[-1] for w, label in body.items() if label == "PERSON" and len(w) > 1}
    out = []
    for s, e, label in pieces:
        if m.label == "PERSON" and _given_name_just_before(doc, m, s, e, covered) and _opens_the_clause(doc, s - 1):
            label = "PERSON"  # 'Ann Lee Surges …' beside a body that the model read as Lee's firm or town
        start = _given_name_before(doc, m, s, e, label, covered, full_names, body_text)
        if start is None:
            return []
        out.append(mention_of(doc[start:e], label, m.role, m.affiliation))
    return out


def _given_name_before(doc: Doc, m: Mention, s: int, e: int, label: str, covered: set[int],
                       full_names: set[str], body_text: str) -> int | None:
    """Where a person's piece starts, or None to leave the mention alone. 'Cecile Smith Speaks Out' beside the
    body's "Cecile Smith": the given name before the surname is hers. 'Doubts Grow Over Jo Smith' beside the body's
    "Mary Smith": "Jo" is no given name of hers. Neither ("Will Twitter Be Next", "Amy Smith 2, Bo Lee 3"): the
    body cannot tell a given name from a verb, and the mention is left as the model gave it."""
    at = s - 1
    if label != "PERSON" or not _given_name_just_before(doc, m, s, e, covered):
        return s
    if re.search(rf"(?<!\w){re.escape(doc[at:e].text)}(?!\w)", body_text) or _opens_the_clause(doc, at):
        return at
    return s if doc[s].text in full_names else None


def _given_name_just_before(doc: Doc, m: Mention, s: int, e: int, covered: set[int]) -> bool:
    """Whether the one-word piece s:e has a given name of the headline mention, in no other piece, right before it."""
    return e - s == 1 and s - 1 >= m.start and s - 1 not in covered and given_name(doc[s - 1].text)


def _opens_the_clause(doc: Doc, at: int) -> bool:
    """'Ann Lee Surges in Poll' and 'Report: Ann Lee Fabricated Story' beside the body's "Lee" alone: a given name
    that opens the headline, or its clause after a kicker's colon or dash, has no subject before it to be the verb
    of ("Smith Ties Jones"), so it is the person's. Not a word that is also an auxiliary ('Will Lee Top Him?')."""
    word = doc[at]
    if word.is_stop or word.lower_ in _QUESTION_OPENERS:
        return False
    return at == 0 or doc[at - 1].is_space or "\n" in doc[at - 1].whitespace_ or doc[at - 1].text in _KICKER_ENDS


_KICKER_ENDS = {":", "–", "—"}
# capitalised at a question headline's start, and given names too
_QUESTION_OPENERS = {"will", "can", "may", "should", "shall", "must", "did", "does", "is", "was", "has", "had"}


def _at_word_edges(doc: Doc, m: Mention, i: int, j: int) -> bool:
    """'Anti-Smith Groups': a name joined to another word by a hyphen or an apostrophe is not cut out of it."""
    return (i == m.start or bool(doc[i - 1].whitespace_)) and (j == m.end or bool(doc[j - 1].whitespace_))


def _words(doc: Doc, i: int, j: int) -> tuple[str, ...]:
    return tuple(t.text for t in doc[i:j] if not t.is_quote)
