"""'The agreement calls for a payment of 10 dlrs a share', 'the ruling, which calls for damages of 3 mln dlrs': a
contract, a law, a ruling or a tender that "calls for" something sets its terms; it asks nothing of anyone and
reports no one's words, so no quote comes of it. A body, a person or a statement that calls for something still
appeals ('the union called for a strike', 'the communique called for talks').
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_TERMS_NOUNS = frozenset(cues()["terms_nouns"])
_RELATIVES = {"which", "that"}


def sets_terms(verb: Token) -> bool:
    """Whether "call" here has for its subject a document that sets terms (an agreement, a bill, a tender)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # 'the ruling, which calls for X'
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head  # 'signed a memorandum calling for X'
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _TERMS_NOUNS
