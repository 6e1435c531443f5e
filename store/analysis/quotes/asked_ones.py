"""'urged the council to reject the plan', 'called on <Name> and <Name> to do the same': the one asked is part of what
was asked for (the attribution conventions of political news take the request whole: without its doer, 'to do the
same' says nothing of who should act). The parse hangs the infinitive on the verb, beside the verb's object, or, after
a phrase between them ('urged residents in the valley to stay indoors'), as an adverbial clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_REQUEST_VERBS = frozenset(cues()["request_verbs"])
_PRESSING_VERBS = frozenset(cues()["pressing_verbs"])
_THING_OBJECT_VERBS = frozenset(cues()["thing_object_request_verbs"])
_ASKABLE = {"PERSON", "ORG", "GPE", "NORP"}
_ASKABLE_PRONOUNS = {"him", "her", "them", "us", "me", "you"}


def _to_clause(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        verb.left_edge.lower_ == "to"


def asked_one(verb: Token, clause: Token) -> Token | None:
    """The one asked, before the infinitive clause the request verb governs: its object, or the object of 'call on'
    ('call for <Name> to resign': the one whose act is asked for)."""
    if verb.lemma_.lower() not in _REQUEST_VERBS:
        return None
    for child in verb.children:
        if not verb.i < child.i < clause.left_edge.i:
            continue
        if child.dep_ in ("dobj", "dative") and child.lower_ not in ("it", "this", "that", "what") and \
                verb.lemma_.lower() != "call":  # 'called a meeting to discuss X': a thing convened, and what for
            if verb.lemma_.lower() in _THING_OBJECT_VERBS and not _askable(child):
                return None  # 'ordered the price cuts to offset X': the thing ordered, and what for
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "for") and verb.lemma_.lower() == "call":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def request_after_phrase(verb: Token) -> Token | None:
    """'urged residents in the valley to stay indoors': the infinitive the parse hung on the verb as an adverbial
    clause, after the verb's object and a phrase; not after a 'to' phrase of the verb ('ordered troops to the border
    to stop X': where they were sent, and what for)."""
    for child in verb.rights:
        if child.dep_ == "advcl" and _to_clause(child) and asked_one(verb, child) is not None and \
                not any(c.dep_ == "prep" and c.lower_ == "to" and verb.i < c.i < child.i for c in verb.children):
            return child
    return None


def asked_from(verb: Token, clause: Token) -> int:
    """Where what was asked for starts: at the one asked, when the verb names one before the infinitive."""
    if not _to_clause(clause):
        return clause.left_edge.i
    one = asked_one(verb, clause)
    return one.left_edge.i if one is not None else clause.left_edge.i


def _askable(one: Token) -> bool:
    return one.ent_type_ in _ASKABLE or one.lower_ in _ASKABLE_PRONOUNS


def presses_nothing(verb: Token, clause: Token) -> bool:
    """'pressed the button to start the engine', 'pressed ahead to finish': no one pressed, so nothing asked."""
    return verb.lemma_.lower() in _PRESSING_VERBS and asked_one(verb, clause) is None
