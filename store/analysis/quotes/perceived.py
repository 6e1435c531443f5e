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

A thing or a happening is no one who looks ahead or watches: with a change, a kick, a deal or a festival as its
subject, 'see' with a clause of its own tells what happened or will happen in it, whatever its tense and however
the tagger read the clause's verb ("the only change sees X replacing Y", "a loose kick saw X penalised", "the
takeover sees X receive £5m"). People, bodies, what they publish and plural nouns ("analysts see", "the bank
sees", "the survey sees") keep their forecasts.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.vocabulary import HEADS
from .cue_table import cues
from .speakers.words import (
    COMPANY_NOUNS,
    GOVERNMENTS,
    INSTITUTIONS,
    OUTLET_NOUNS,
    PEOPLE,
    PERSON_SUBJECTS,
    SPEECH_NOUNS,
)

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
    if lemma == "see" and _an_occasion(verb):
        return True  # "the only change sees X replacing Y": what happened in it, no one's forecast
    if clause.tag_ == "VB":
        return lemma == "see"
    if clause.tag_ in ("VBG", "VBN") and lived_through(verb):
        return True
    return clause.tag_ in ("VBG", "VBN") and subject.lower_ in _OBJECT_PRONOUNS


def _a_person_watching(verb: Token) -> bool:
    """'voters who saw the candidate speak': a person's sight of an event, which PolNeAR counts as their account."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in PERSON_SUBJECTS or subject.ent_type_ == "PERSON")


_AGENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# the common nouns that name people, bodies or something they issued: a subject that may look ahead
_SOURCE_NOUNS = frozenset(PEOPLE | INSTITUTIONS | COMPANY_NOUNS | GOVERNMENTS | OUTLET_NOUNS | SPEECH_NOUNS |
                          HEADS["bodies"] | HEADS["org_nouns"] | HEADS["person"] | set(cues()["informant_nouns"]) |
                          set(cues()["research_nouns"]) | set(cues()["epithet_words"]) |
                          set(cues()["position_words"]))


def _an_occasion(verb: Token) -> bool:
    """The verb's subject is a singular common noun that names no person, body or document ('the change', 'a loose
    kick', 'the takeover'; 'a year that saw X' through its relative pronoun). A plural is most often people no list
    can hold ('local builders see profits rising'), and is left as the parse read it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.tag_ == "NN" and subject.ent_type_ not in _AGENTS and \
        subject.lemma_.lower() not in _SOURCE_NOUNS and subject.lower_ not in _SOURCE_NOUNS
