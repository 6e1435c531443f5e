"""'a new comedy, The Town According to X', 'the single Do They Think It's Over', 'songs such as Where You Said
Goodbye': a cue word written with a capital inside a sentence, after another capitalised word, belongs to the title
of a work, and reports nothing. Prose writes its cues in lower case there. A headline is written in title case
throughout ('Senator Says X'), and reports as prose does, so the text's first line is left to the parse; so is a
run of capitals ('HIS BOSS THINKS X'), a heading set in upper case.
"""

from __future__ import annotations

from spacy.tokens import Token

from .index import sent_bounds, text_of


def in_a_title(tok: Token) -> bool:
    """The cue is capitalised (not in capitals), not first in its sentence, after a capitalised word of it."""
    if not tok.text.istitle() or tok.i == 0 or tok.is_sent_start or sent_bounds(tok.doc, tok.i)[0] == tok.i:
        return False
    before = tok.doc[tok.i - 1]
    if not before.is_alpha or not before.text.istitle() or before.whitespace_ == "":
        return False
    return "\n" in text_of(tok.doc)[:tok.idx].strip()  # the headline, set in title case, speaks as prose does
