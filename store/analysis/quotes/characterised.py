"""The writer's name for the report just given, set after it: "said families would pay more, an admission his
rivals seized on", "complained the vote was rigged, a charge party leaders denied", "a swipe at his rival".

The parse often makes such a phrase the object or an adverbial noun of the reported verb, so the report seemed to
run on over it. A noun that names an act of speaking (a swipe, an acknowledgment, a charge), with "a" or "an",
set off by a comma or a dash and running to the content's end, is the writer judging what was said, not more of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues

# nouns that characterise a statement as a whole (cues.json's remark_nouns)
_REMARK_NOUNS = frozenset(cues()["remark_nouns"])
_SETTERS = {",", "—", "–", "--"}


def characterised(doc: Doc, t: Token, start: int, hi: int) -> bool:
    """t heads 'a(n) … <remark noun> …' from `start` to the content's last token `hi`, after a comma or a dash."""
    if t.lower_ not in _REMARK_NOUNS or t.pos_ != "NOUN" or start < 1 or doc[start - 1].text not in _SETTERS:
        return False
    if doc[start].lower_ not in ("a", "an") or t.right_edge.i < hi:
        return False
    # only adjectives between the article and the noun ('an apparent reversal'), no list of things ('a fine, a charge
    # and a ban' goes on with 'and')
    return all(w.pos_ in ("ADJ", "ADV") for w in doc[start + 1:t.i]) and \
        not any(c.dep_ in ("conj", "cc") for c in t.children)
