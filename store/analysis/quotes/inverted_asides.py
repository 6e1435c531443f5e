"""A source set inside the sentence it reports, verb first: "The answer, says Dr Lane, is a cheaper chip."

Feature copy puts the cue and a name (with their post between commas) in the middle of the clause, where the
model takes the name for the subject of what follows ("Lane is a cheaper chip") and leaves the cue with no source
and no clause. The words around the aside are the report; the order of the words says so without the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import FINITE, NOT_CLAUSE_OPENERS
from .index import sent_bounds
from .trailing import REPORT_VERBS, clause_start

_LONGEST_POST = 14  # words of the post after the name: "senior vice president of a listings group"


def inverted_aside(cue: Token, mask: bytearray) -> tuple[int, int, int, int, Token] | None:
    """(first, comma, close, last, source) token indices for '<words>, CUE NAME[, post], <words with a verb>':
    the report runs from `first` to `last` around the aside between the commas `comma` and `close`."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ") or cue.lemma_.lower() not in REPORT_VERBS or cue.i < 3 or \
            doc[cue.i - 1].text != ",":
        return None
    lo, hi = sent_bounds(doc, cue.i)
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].is_punct):
        hi -= 1
    k = cue.i + 1
    if k < hi and doc[k].text.rstrip(".").lower() in _ADDRESS:
        k += 1
    names = k
    while k < hi and (doc[k].pos_ == "PROPN" or doc[k].text in ("-", ".") and k > names):
        k += 1
    if k == names or k >= hi or doc[k].text != "," or any(mask[t.idx] for t in doc[cue.i:k]):
        return None
    source = next(t for t in reversed(doc[names:k]) if t.pos_ == "PROPN")
    close = k
    nxt = next((j for j in range(k + 1, min(hi, k + 2 + _LONGEST_POST)) if doc[j].text == ","), None)
    if nxt is not None and not any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "-" for t in doc[k + 1:nxt]):
        close = nxt  # the speaker's post between the commas: "head of a messaging firm"
    if close + 1 >= hi or doc[close + 1].tag_ in NOT_CLAUSE_OPENERS:
        return None  # "…, said Tom Hale, who joined in May.": the writer's word about the source, no report
    first = clause_start(doc, lo, cue.i - 1)
    before, after = doc[first:cue.i - 1], doc[close + 1:hi]
    if sum(not t.is_punct for t in before) < 2 or not any(_main_verb(t) for t in after) or \
            any(mask[t.idx] for t in (*before, *after)) or any(t.is_space and "\n" in t.text for t in after):
        return None  # a quotation either side is the direct quote's; no verb after: the sentence ends on its source
    return first, cue.i - 1, close, hi - 1, source


def _main_verb(tok: Token) -> bool:
    """A finite verb of a clause of its own, not of a relative clause on the source's post ('…, said Tom Hale,
    an adviser to the family who runs the fund.')."""
    if tok.tag_ not in FINITE:
        return False
    verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
    return verb.dep_ not in ("relcl", "acl")


_ADDRESS = {"mr", "mrs", "ms", "dr", "prof", "professor", "sir", "lord", "lady", "dame"}
