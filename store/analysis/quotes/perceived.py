"""What a source saw happen, or found someone doing, is no report of words: "Rubio saw his support collapse",
"went to see the governor speak", "a year that saw the party take over the House", "found him hanging from a
tree", "found himself embroiled in controversy".

"see" and "find" report a view or a finding when their clause is a finite one ("sees that the deal is dead",
"found the agency had overspent") or a forecast ("analysts see the dollar falling"); a bare infinitive with a
subject of its own is an event someone watched, or a time in which it happened, and a participle whose subject
is an object pronoun ("him", "himself") is the state someone was found or seen in.

"See" looks ahead only in the present ("analysts see a 5% fall", "traders see the market remaining tight"); past,
perfect or under a modal it tells what a time, a plan or a market went through ("the index saw a 5% fall", "had
seen its fourth loss", "the deal will see 300 jobs cut", "would see the bank raising rates", "the region will see
1,200 jobs cut"): no one's forecast. Such a 'see' takes no finite present clause either, so a bare verb after it
that the tagger read as one ('has seen sales pass X', 'has seen sales hit X', a past form like the bare one) or as
a noun ('will see X return') is the event too, when a thing or a body went through it ('the move saw X score');
a person's sight of it is left as the parse read it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_PERCEIVING = frozenset(cues()["perceiving_verbs"])
_FIGURE_VERBS = frozenset(cues()["figure_verbs"])
_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "himself", "herself", "themselves", "itself", "myself",
                    "ourselves", "yourself"}


def lived_through(verb: Token) -> bool:
    """A 'see' of figures or events that is past, perfect or under a modal: what happened or would happen."""
    if verb.lemma_.lower() not in _PERCEIVING or verb.lemma_.lower() not in _FIGURE_VERBS:
        return False
    return verb.tag_ in ("VBD", "VBN") or \
        any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_.lower() == "have") for c in verb.children)


def perceived_event(verb: Token, clause: Token) -> bool:
    """The clause is an event or a state the verb's subject saw or found, not a view or a finding."""
    lemma = verb.lemma_.lower()
    if lemma not in _PERCEIVING or clause.i < verb.i or any(c.dep_ in ("aux", "mark") for c in clause.children):
        return False
    bare = clause.tag_ in ("VBP", "NN") or clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower()
    if lemma == "see" and bare and lived_through(verb) and not _a_person_watching(verb) and \
            not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return True  # "has seen sales pass X", "will see X return", "has seen sales hit X": a bare verb misread
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if clause.tag_ == "VB":
        return lemma == "see"
    if clause.tag_ in ("VBG", "VBN") and lived_through(verb):
        return True
    return clause.tag_ in ("VBG", "VBN") and subject.lower_ in _OBJECT_PRONOUNS


_PERSONAL = {"i", "we", "you", "he", "she", "they", "who"}


def _a_person_watching(verb: Token) -> bool:
    """'voters who saw the candidate speak': a person's sight of an event, which PolNeAR counts as their account."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _PERSONAL or subject.ent_type_ == "PERSON")
