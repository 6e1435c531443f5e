"""The lines of a Doc's text, and the one reading of "this line is written in title case" that the entity and the
date rules share: a headline ('Senator Lee Backs Acme Plan'), a live blog's entry or a subhead capitalises its long
words, so there a capital says nothing of a name. `shouted_lines` reads the lines written wholly in capitals.

A line's words are its pieces between spaces; its long words are those of four characters or more that start with a
letter: the short ones ('of', 'the', 'and', 'on') keep their small letter in many papers' title case, and a figure,
a dash or a quotation mark says nothing either way. A word is capitalised when its first character is a capital.
How many capitalised long words make a title-case line differs by rule, and each rule says why where it reads it:

- entities/headlines.py: the first line only, four long words in five capitalised;
- entities/peoples_words.py: the first line only, three long words or more, all capitalised;
- entities/headline_blends.py: any line (and a quoted headline), twenty words or fewer, three long words or more, one
  at most in small letters (or a few small linking words beside four capitalised ones);
- dates/titles.py: the line of a token, three long words or more, seven in ten capitalised, its words read as runs
  of the letters A to Z (`letters=True`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc

from .doctext import text_of

_KEY = "newsreader_lines"
_STARTS = "newsreader_line_starts"


class Line(NamedTuple):
    start: int  # the character offsets of the line in the Doc's text, without its line break
    end: int
    text: str
    long: list[str]  # its long words, as split at spaces (`long_words`)


def lines(doc: Doc) -> list[Line]:
    """The lines of the Doc's text, split at each line break, found once per Doc: the headline rules of the
    entities and the dates, and `shouted_lines`, all read them. A text without a line break is one line."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found, at = [], 0
        for line in text_of(doc).split("\n"):
            found.append(Line(at, at + len(line), line, long_words(line)))
            at += len(line) + 1
        doc.user_data[_KEY] = found
    return found


def first_line(doc: Doc) -> Line | None:
    """The text's first line when a line break ends it and it holds a character (a headline set over the body);
    None for a text of one line or one that opens on a line break."""
    found = lines(doc)
    return found[0] if len(found) > 1 and found[0].end > 0 else None


def line_at(doc: Doc, at: int) -> Line:
    """The line the character at offset `at` stands on (a line break belongs to the line it ends)."""
    found = lines(doc)
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [line.start for line in found]
    return found[bisect_right(starts, at) - 1]


_LETTERS = re.compile(r"[A-Za-z]+")


def long_words(text: str, letters: bool = False) -> list[str]:
    """The words of four characters or more of `text` that start with a letter, split at spaces; with `letters`,
    its runs of four letters A to Z or more instead (the dates' reading: there "Trump's" is "Trump", "“Today" is
    "Today", "long-term" is two words, and a word in other letters is none)."""
    if letters:
        return [w for w in _LETTERS.findall(text) if len(w) > 3]
    return [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]


def capitalised(words: list[str]) -> int:
    """How many of `words` start with a capital."""
    return sum(w[:1].isupper() for w in words)


def title_case(words: list[str], share: float, least: int = 0) -> bool:
    """Whether long words `words` are those of a title-case line: `least` of them or more, and `share` of them or
    more capitalised (1.0: all). With `least` 0 a line without long words passes."""
    return len(words) >= least and capitalised(words) >= share * len(words)
