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
    if subject is None and verb.dep_ in ("advcl", "conj"):
        # 'the pact, agreed in May, calls on X to Y': the parse may make the participle the main verb, with the
        # document its subject, or hang "call" on a participle that describes the document
        head = verb.head
        subject = head.head if head.dep_ == "acl" and head.tag_ == "VBN" else \
            next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in _PROPOSALS and \
                any(c.dep_ == "agent" for c in head.children):
            return False  # 'the plan was launched by <Name> and called on X to Y': its maker's appeal
    if subject is not None and _named_document(subject):
        return True
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in TERMS_NOUNS:
        return False
    return not put_forward_by_its_maker(subject.lemma_.lower(), subject)


def _named_document(subject: Token) -> bool:
    """A law or a treaty under its own name, the last word of a proper name of more than one word ('the Clean Air
    Act', 'the Lisbon Treaty'), whose capital letter makes the tagger read it as a name; not a proposal, whose name
    may give its maker ('the <Name> Plan called for X': the maker's appeal, as the speaker rules read it)."""
    return subject.pos_ == "PROPN" and subject.lower_ in TERMS_NOUNS and subject.lower_ not in _PROPOSALS and \
        any(c.dep_ == "compound" and c.i < subject.i for c in subject.children)


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
