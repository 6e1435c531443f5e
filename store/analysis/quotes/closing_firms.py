"""A wire sentence closed by its source, a firm whose legal form takes the full stop: 'Acme Mills is raising 50 mln
dlrs through a note offering, said lead manager Northwind Securities Inc.'

The tokenizer keeps the stop in 'Inc.', so the sentence has no full stop of its own, and the parse, missing it, makes
the verb of saying a conjunct of the report's verb ('raising ... and said') with the firm (or the post it hangs on)
as its punctuation. Neither the clause nor the firm is then tied to the cue. The word order alone says it: a comma,
the verb of saying, a post and a firm ending in its legal form, and nothing else to the sentence's end. When the
parse makes the verb the main one, cue_subjects reads the same firm as its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.vocabulary import BARE_LEGAL_FORMS
from .clauses import FINITE
from .index import sent_bounds
from .trailing import REPORT_VERBS, clause_start

_LONGEST_TAIL = 10  # "said co-lead manager Grafton, Lowe, Harlan Brothers and Co Inc."
_SHORTEST_CLAUSE = 4


def closing_firm_report(cue: Token, mask: bytearray) -> tuple[int, int, Token] | None:
    """(first, last, source) token indices of the clause a '…, said <post> <Firm> Inc.' cue closes, or None."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.tag_ not in ("VBD", "VBZ") or cue.lemma_.lower() not in REPORT_VERBS or \
            cue.i < 2 or doc[cue.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in cue.children):
        return None
    lo, end = sent_bounds(doc, cue.i)
    tail = [t for t in doc[cue.i + 1:end] if not t.is_space]
    if not tail or len(tail) > _LONGEST_TAIL or not tail[-1].text.endswith(".") or \
            tail[-1].text[:-1] not in BARE_LEGAL_FORMS or \
            any(t.pos_ in ("VERB", "AUX") or mask[t.idx] or t.is_punct and t.text != "," for t in tail):
        return None
    last = tail[-1]
    source = next((c for c in cue.children if c.i > cue.i and c.dep_ in ("punct", "dep", "dobj", "appos")
                   and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i <= last.i <= c.right_edge.i), None)
    verb = cue.head
    if source is None or verb.i >= cue.i or verb.tag_ not in FINITE and not \
            any(c.dep_ == "aux" and c.tag_ in FINITE for c in verb.children):
        return None
    first = clause_start(doc, lo, cue.i - 1)
    clause = [t for t in doc[first:cue.i - 1] if not t.is_punct]
    if len(clause) < _SHORTEST_CLAUSE or not first <= verb.i < cue.i - 1 or any(mask[t.idx] for t in clause) or \
            any(t.tag_ in FINITE and t.lemma_.lower() in REPORT_VERBS for t in clause):
        return None  # '<Firm> said it is raising X, said ...': the lead reports already
    return first, cue.i - 2, source
