"""newsreader_paragraphs: a line break ends a sentence, and so does a wire dateline, before the parser
decides otherwise.

News text puts each paragraph, subheading and credit on its own line. Left alone, the
parser runs a subheading such as "Ukraine and accusations of support" into the next
paragraph's first sentence and makes it that sentence's subject. A dateline
("NEW YORK, March 9 - ", "WASHINGTON (AP) — ") would likewise become part of the first
sentence: its place turns into a subject, its date into a modifier, and a quote
reported in that sentence starts with it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doctext import text_of

# a place in capitals (with a state or country after it), then a date or an agency, then a dash
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’}-]+(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:, [A-Za-z]{3,9}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]{2,30}\))?"
    r" (?:-|--|–|—) "
    # or a place in any case when a date follows it: "New York, Feb 26 - "
    r"|\s*[A-Z][A-Za-z.'’]+(?: [A-Za-z][A-Za-z.'’]+){0,3},? [A-Za-z]{3,9}\.? \d{1,2} (?:-|--|–|—) "
)


@Language.component("newsreader_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text_with_ws:
            after_break = True
    dateline = _dateline(text_of(doc))
    if dateline is not None:
        for token in doc:
            if token.idx >= dateline:
                token.is_sent_start = True
                break
    return doc


def _dateline(text: str) -> int | None:
    """Where the text after a dateline starts: in the first paragraph, or the one after a headline
    ("CHINA CALLS FOR BETTER TRADE DEAL\n\nPEKING, March 3 - China called …")."""
    at = 0
    for _ in range(3):
        found = DATELINE.match(text, at, at + 120)
        if found:
            return found.end()
        line_end = text.find("\n", at)
        if line_end < 0 or line_end - at > 200:  # a paragraph of running text: no dateline comes after it
            return None
        at = line_end + 1
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
    return None
