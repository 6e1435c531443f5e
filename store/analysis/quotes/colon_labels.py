"""'- Ana Ruiz: “…”', 'More from Ruiz: “…”': a name set before a colon that opens a quotation signs it.

Digests and round-ups cite a person or an organisation this way, with no verb: a run of proper nouns ends right
at the colon, and the paragraph's start, a dash, an ellipsis or "from" comes before it. The label signs the
quotation even where a speech verb of the heading before it ("Polls did predict it - Ana Ruiz: “…”") would
have taken it. "… a message for Iran: “…”" is no label: the name is the object of a phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..entities.vocabulary import HEADS, TITLES
from ..types import LONGEST_NAME, NUMERIC_LABELS
from .attach import Cue

_OPENERS = {"-", "—", "–", "―", "...", "…", "from"}
# the posts a match report sets between a club's name and a person's in its round-up of reactions
_POSTS = TITLES | frozenset(HEADS["side_posts"]) | frozenset(HEADS["sport_posts"]) | frozenset(HEADS["pitch_places"])


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
    first = _post_before(doc, first, last)
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


def _post_before(doc: Doc, first: int, last: Token) -> int:
    """'- <Club> boss <Name>: “…”': a match report's round-up of reactions gives each person's post, and the club's
    or the country's name before it, between the dash and the name; the label still signs the quotation when the
    name is a person's. The first word of such a label, else `first` as it was."""
    k = first
    while k > 0 and first - k < 2 and doc[k - 1].is_lower and doc[k - 1].lower_ in _POSTS:
        k -= 1
    if k == first or last.ent_type_ != "PERSON":
        return first
    start = k
    # the tagger may read a club's last word as a common noun ("<Town> United")
    while start > k - LONGEST_NAME and start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1
    return start
