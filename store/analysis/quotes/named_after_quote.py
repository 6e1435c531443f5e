"""'“…,” added Gowdy.': the name right after a cue that follows a closing quotation mark is its source.

The small model often misreads a surname it has not seen in that slot: it makes it the cue's object
("added Gowdy": dobj) or an adverb ("said Skelly": advmod), and the cue is left without a subject.
The word order alone says who spoke: a quotation closed with its comma, the cue, a capitalised name
and the end of the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..types import LONGEST_NAME, NUMERIC_LABELS
from .speakers.words import NAMELESS_PRONOUNS, SUBJECT_PRONOUNS

_CLOSING = {",", ".", "!", "?"}


def name_after_quote(cue: Token) -> Token | None:
    """The last word of the capitalised name that ends the clause of a cue placed right after a quotation, or None."""
    doc = cue.doc
    k = cue.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or not doc[k].is_quote or doc[k - 1].text not in _CLOSING:
        return None
    name: list[Token] = []
    for t in doc[cue.i + 1:cue.i + 2 + LONGEST_NAME]:
        if t.is_punct or t.is_space:
            break
        if not t.text[:1].isupper() or t.ent_type_ in NUMERIC_LABELS or t.pos_ in ("VERB", "AUX") or \
                t.lower_ in SUBJECT_PRONOUNS or t.lower_ in NAMELESS_PRONOUNS:
            return None
        name.append(t)
    if not name or len(name) > LONGEST_NAME or name[-1].i + 1 >= len(doc) or \
            doc[name[-1].i + 1].text not in (",", ".", ";"):
        return None
    return name[-1]

