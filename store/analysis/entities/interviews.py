"""The speaker labels of an interview as Wikinews prints it: each turn opens with its speaker in double
brackets, '((WN))' for the interviewer, '((Thomas Rivinius))' for the one interviewed. The small model reads a
label as an organisation or a work; the interviewer's initials name the outlet, which the article names in full,
and the other labels name the person answering."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention


def interview_labels(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    if "((" not in text:
        return mentions
    kept = []
    for m in mentions:
        span = doc[m.start : m.end]
        if text[max(span.start_char - 2, 0) : span.start_char] != "((" or text[span.end_char : span.end_char + 2] != "))":
            kept.append(m)
        elif not span.text.isupper():  # "((WN))": the outlet's initials, no name of its own here
            m.label = "PERSON"
            kept.append(m)
    return kept
