"""The first words after a dateline, which the parser may cut off the clause they open.

'TOKYO, March 3 - Foreign Minister X has asked …, officials said': the small model often ends a sentence on the
dateline's dash and starts another one or more times in the subject that follows, so the clause a cue reports loses
its subject's first words ('Minister', 'Roger' of 'Roger King', 'NYNEX' of 'NYNEX Corp', 'Assets of X (Y) in Z' before
'rose'). The words between the dateline and such a sentence start belong to it when they hold no verb of their own
and nothing that ends a sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import tokens
from ..paragraphs import dateline_end
from .clauses import FINITE
from .index import sent_bounds, text_of

_STRAYS = 12  # tokens the parser may split off between a dateline and the clause they open
_NEAR = 200  # characters: a dateline opens the text or the paragraph after a headline
_INSIDE = {"(", ")", ",", "<", ">", "&", "'s", "’s", "'", "’", "."}  # a bracketed short name, a list, a possessive


def after_dateline(doc: Doc, lo: int, cue: int) -> int:
    """The content's first token once the words cut off between a dateline and token lo are back in front of it;
    lo when it opens no sentence just after a dateline, or the words between hold the cue or a clause's verb."""
    toks = tokens(doc)
    if lo == 0 or toks[lo].idx > _NEAR or sent_bounds(doc, lo)[0] != lo:
        return lo
    dateline = dateline_end(text_of(doc))
    if dateline is None or toks[lo].idx <= dateline:
        return lo
    k = lo
    while k > 0 and toks[k - 1].idx >= dateline:
        t = toks[k - 1]
        if lo - k >= _STRAYS or k - 1 == cue or t.is_space or t.tag_ in FINITE or \
                t.is_punct and t.text not in _INSIDE or t.text == "." and not toks[k - 2].is_alpha:
            return lo
        k -= 1
    return k
