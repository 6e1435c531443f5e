"""'- Ana Ruiz: “…”', 'More from Ruiz: “…”': a name set before a colon that opens a quotation signs it.

Digests and round-ups cite a person or an organisation this way, with no verb: a run of proper nouns ends right
at the colon, and the paragraph's start, a dash, an ellipsis or "from" comes before it. The label signs the
quotation even where a speech verb of the heading before it ("Polls did predict it - Ana Ruiz: “…”") would
have taken it. "… a message for Iran: “…”" is no label: the name is the object of a phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..types import LONGEST_NAME, NUMERIC_LABELS
from .attach import Cue

_OPENERS = {"-", "—", "–", "―", "...", "…", "from"}


def colon_label(doc: Doc, text: str, start: int) -> Cue | None:
    """The cue of a quotation at `start` that a name and a colon open, or None."""
    before = text[:start].rstrip(" \u00a0")
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None or colon[0].text != ":" or colon.start < 1:
        return None
    last = doc[colon.start - 1]
    first = last.i
    while first > last.i - LONGEST_NAME and first > 0 and _name_word(doc[first - 1]):
        first -= 1
    if not _name_word(last) or not _name_word(doc[first]):
        return None
    k = first - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k >= 0 and not (doc[k].is_space or doc[k].lower_ in _OPENERS):
        return None
    return Cue(colon[0], ":", colon[0].idx, colon[0].idx + 1, last, [])


def _name_word(t) -> bool:
    # a capitalised proper noun, not a word of a heading in capitals; an initial ("M.") is one
    return t.pos_ == "PROPN" and t.text[:1].isupper() and not (t.is_upper and len(t.text.rstrip(".")) > 1) and \
        t.ent_type_ not in NUMERIC_LABELS
