"""'<Outlet> noted:' or 'As <Name> wrote on Monday:' on a line of its own, then a paragraph: a block quote.

A web page sets a long citation (a rival outlet's report, a press release, a column) apart as a block, and the
scraped copy keeps it as a plain paragraph with no quotation marks; the line before it names the source and ends
on its verb of saying and a colon. Nothing else ties the paragraph to the source, so the cues find nothing in it
(or a report of its own inside, with no source, or a speaker run that gives it to the last quoted person).

Only when the verb has no content of its own on its line (no object, no clause, no infinitive, no 'by calling
X': those are the act, and the paragraph after them is the writer's again), the line is one clause that the verb
heads, and the paragraph after it is no quotation in marks (read already), no label of a transcript ('<Name>:'),
no page furniture in capitals or brackets. Only the first paragraph: where the block ends, the copy does not say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..types import Quote
from .attach import Cue
from .cue_subjects import cue_source
from .cue_table import cues

_VERBS = frozenset(cues()["block_quote_verbs"])
_HEARER_VERBS = frozenset(cues()["hearer_verbs"])
_QUOTE_MARKS = "\"“”'‘’«»"
_MAX_LINE = 300
_MIN_WORDS = 6
_SENTENCE_ENDS = ".!?…\"”’')"
_WORDED_LINE = re.compile(r"\S[^\n]*")
_LABEL = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}:")
# what may follow the verb on its line: where, when and how it was said ('in a statement', 'on Twitter',
# 'Thursday', '(emphasis added)'), and the hearer of 'told'
_AFTER_VERB = frozenset({"prep", "advmod", "npadvmod", "punct", "parataxis", "appos", "agent", "dative"})


def colon_blocks(doc: Doc, text: str, quotes: list[Quote], make: Callable[..., Quote]) -> list[Quote]:
    """The quotes with each block after a source's colon line as that source's direct quote."""
    if ":\n" not in text and ":\r\n" not in text:
        return quotes
    added = []
    for line in re.finditer(r"[^\n]+", text):
        head = line.group(0).rstrip()
        if not head.endswith(":") or len(head) > _MAX_LINE:
            continue
        block = _next_paragraph(text, line.end())
        if block is None:
            continue
        colon = line.start() + len(head) - 1
        verb = _colon_verb(doc, line.start(), colon)
        if verb is None:
            continue
        b_start, b_end = block
        if any(
            q.start < b_end
            and b_start < q.end
            and not (b_start <= q.start and q.end <= b_end)
            and q.cue_start != verb.idx
            for q in quotes
        ):
            continue  # a report running into the paragraph from outside it: the paragraph is no block of its own
        source = cue_source(verb)
        if source is None:
            continue
        cue = Cue(verb, verb.text, verb.idx, verb.idx + len(verb.text), source, [])
        added.append(make(text, [(b_start, b_end)], "direct", cue))
    if not added:
        return quotes
    cued = {a.cue_start for a in added}  # 'the following', the verb's own object, goes with the block
    # what the parse or a speaker run made of the block's words goes; a report the block cites, with its own
    # cue and source inside it, stays
    kept = [
        q
        for q in quotes
        if q.cue_start not in cued
        and not any(a.start <= q.start and q.end <= a.end and not _own_report(doc, q, a) for a in added)
    ]
    return sorted(kept + added, key=lambda q: (q.start, q.end))


def _own_report(doc: Doc, q: Quote, block: Quote) -> bool:
    """A report inside the block with a cue and a named source of its own; an 'I' or a 'you' there is the
    block's writer or the one it addresses ('as you rightly said, X'), no other source."""
    if (
        q.speaker is None
        or q.cue_start is None
        or q.speaker_start is None
        or not block.start <= q.cue_start < block.end
    ):
        return False
    who = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    return who is not None and any(t.pos_ in ("PROPN", "NOUN") for t in who)


def _next_paragraph(text: str, end: int) -> tuple[int, int] | None:
    # the first line with a word on it below the colon line; a scan, where a pattern skipping the blank lines
    # between with two runs of \s backtracked over them (20,000 blank lines at the page's end: 2 s) and, on a line
    # of spaces there, gave an empty paragraph
    m = _WORDED_LINE.search(text, end)
    if m is None or "\n" not in text[end : m.start()]:
        return None
    para = m.group(0).rstrip()
    start = m.start()
    if para[0] in _QUOTE_MARKS or para[0] in "[(" or para.endswith(":") or _LABEL.match(para):
        return None
    words = para.split()
    if len(words) < _MIN_WORDS or sum(w.isupper() for w in words) > len(words) / 2:
        return None  # a heading, a time stamp, 'CLICK HERE TO ...'
    if para[-1] not in _SENTENCE_ENDS:
        return None  # words said or written are sentences; 'Follow <Name> on Twitter: @<handle>' is the page's
    return start, start + len(para)


def _colon_verb(doc: Doc, start: int, colon: int) -> Token | None:
    """The verb of saying that heads the line [start, colon] and ends it, with nothing it says on the line."""
    span = doc.char_span(start, colon + 1, alignment_mode="expand")
    if span is None or not span[-1].text.endswith(":"):  # '):' is one token
        return None
    verbs = [t for t in span if t.lemma_.lower() in _VERBS and t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    if verb.dep_ not in ("ROOT", "advcl") or verb.dep_ == "advcl" and verb.head.i < span.start:
        return None
    if any(
        t.i != verb.i
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ not in ("aux", "auxpass", "parataxis")
        and t.head.i == verb.i
        for t in span
    ):
        return None
    body = set(range(span.start, span.end - 1))
    under = {t.i for t in verb.subtree} | ({verb.head.i} if verb.dep_ == "advcl" else set())
    bracketed = _bracketed(span)
    if not body <= under | bracketed:
        return None  # the line holds more than the verb's one clause
    for child in verb.rights:
        if child.i >= span.end - 1 or child.i in bracketed:
            continue
        if child.dep_ == "dobj" and verb.lemma_.lower() in _HEARER_VERBS and child.pos_ in ("PRON", "PROPN", "NOUN"):
            continue  # 'told reporters:'
        if child.dep_ == "dobj" and child.lower_ == "following" and child.i == span.end - 2:
            continue  # 'wrote the following:' names the block and says nothing of its own
        if child.dep_ not in _AFTER_VERB or any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in child.subtree):
            return None  # the verb's own content ('said the following', 'responded by calling X')
    return verb


def _bracketed(span) -> set[int]:
    inside, depth = set(), 0
    for t in span:
        if t.text == "(":
            depth += 1
        if depth:
            inside.add(t.i)
        if t.text.startswith(")") and depth:
            depth -= 1
    return inside
