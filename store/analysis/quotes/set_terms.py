"""'The agreement calls for a payment of 10 dlrs a share', 'the ruling, which calls for damages of 3 mln dlrs': a
contract, a law, a ruling or a tender that "calls for" something sets its terms; it asks nothing of anyone and
reports no one's words, so no quote comes of it. A body, a person or a statement that calls for something still
appeals ('the union called for a strike', 'the communique called for talks').
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

TERMS_NOUNS = frozenset(cues()["terms_nouns"])
_RELATIVES = {"which", "that"}
# what someone puts forward: with its maker named ('a plan by <Name> calling for a freeze', "<Name>'s proposal calls
# for X") it is the maker's appeal, which the speaker rules give to the maker
_PROPOSALS = frozenset(cues()["proposal_nouns"])


def sets_terms(verb: Token) -> bool:
    """Whether "call" here has for its subject a document that sets terms (an agreement, a bill, a tender)."""
    subject = subject_of_call(verb)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head  # 'signed a memorandum calling for X'
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in TERMS_NOUNS:
        return False
    return not put_forward_by_its_maker(subject.lemma_.lower(), subject)


def subject_of_call(verb: Token) -> Token | None:
    """The verb's subject, or the noun a relative clause describes ('the ruling, which calls for damages')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return subject


def put_forward_by_its_maker(noun: str, subject: Token) -> bool:
    """A proposal (`noun`, the subject's word) with its maker named: "his plan", "a plan by <Name>"."""
    return noun in _PROPOSALS and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in subject.children)
