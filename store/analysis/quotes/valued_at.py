"""An estimate given as a figure: 'police put the crowd at 150,000', 'analysts put the loss at 10 mln dlrs'.

The rulings count stances with content as reports, and PolNeAR reports 'Forbes put his net worth at $45 billion' over
the object and its figure. The verbs (cues.json's valuing_verbs) are no verbs of saying and mostly do something
('put the plan on hold', 'put 10 mln dlrs into the venture'), so only an object with an 'at' and a level after it
makes an estimate, and only when the subject is someone who can estimate or a report of figures: 'the operation
will put the bill supply at 1,900 billion yen' or 'the purchase puts its stake at 9.8 pct' is a result, no view.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues
from .forecasts import figure_at
from .speakers.words import (
    COMPANY_NOUNS,
    GOVERNMENTS,
    INSTITUTIONS,
    MEASURES,
    OUTLET_NOUNS,
    PEOPLE,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
)

VALUING_VERBS = frozenset(cues()["valuing_verbs"])
_SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_DOERS = ("ers", "ors", "ists", "ians")
_ESTIMATORS = PEOPLE | INSTITUTIONS | OUTLET_NOUNS | COMPANY_NOUNS | GOVERNMENTS | SPEECH_NOUNS | MEASURES | \
    frozenset(cues()["research_nouns"]) | frozenset(cues()["finding_works"])


def valued_at(tok: Token, mask: bytearray) -> tuple[int, int, Token] | None:
    """(first, last token of the content, its head) for a valuing verb whose object is set at a level."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in VALUING_VERBS or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not _estimator(subject):
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is None or mask[obj.idx]:
        return None
    hi = figure_at(tok, obj.right_edge.i)
    if hi == obj.right_edge.i:
        return None  # no level right after the object: 'put the plan on hold', 'put 10 mln dlrs into X'
    return obj.left_edge.i, hi, obj


def _estimator(subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in SUBJECT_PRONOUNS
    # people named by what they do, beyond the listed nouns ('organisers', 'forecasters'); plural only, as 'the
    # transfer' or 'the order' is a thing done
    return subject.ent_type_ in _SOURCE_LABELS or subject.lemma_.lower() in _ESTIMATORS or \
        subject.lower_ in _ESTIMATORS or subject.tag_ == "NNS" and subject.lower_.endswith(_DOERS)
