"""A firm's name closing the sentence is the object of the preposition before it, not the writer's.

'said the bonus was made to Northern Grain Traders Inc.': the parse takes the legal form's stop for the sentence's
own, hangs the name on the verb of saying and leaves the preposition with no object, so the content ended on 'to'.
A content that ends on such a preposition takes in the name that runs from it to the end of the sentence, when the
name ends in a legal form (Inc, Corp, Ltd ...), the one shape of that cut seen in company news.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..doctext import tokens
from ..entities.vocabulary import BARE_LEGAL_FORMS
from .index import sent_bounds

_NAME_JOINS = {"of", "and", "&", "the"}


def firm_after_preposition(cue: Token, lo: int, hi: int) -> int:
    """The content's last token once a legal-form name the parse cut from the content's last preposition is in."""
    toks = tokens(cue.doc)
    if hi <= cue.i or hi < lo or hi + 1 >= len(toks):
        return hi
    prep = toks[hi]
    if prep.dep_ not in ("prep", "agent", "dative") or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return hi
    end = sent_bounds(cue.doc, cue.i)[1]
    last = hi
    for t in toks[hi + 1:end]:
        if t.is_space or t.is_punct and t.text.rstrip(".") not in BARE_LEGAL_FORMS:
            break
        if not (t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in _NAME_JOINS):
            return hi
        last = t.i
    if last == hi or toks[last].text.rstrip(".") not in BARE_LEGAL_FORMS or \
            any(not (t.is_punct or t.is_space) for t in toks[last + 1:end]):
        return hi  # the name must close the sentence on its legal form: no more words after it
    return last
