"""A finding a study reports by a noun: "a 2019 survey found 40 misfiled claims", "the poll found wide support for
X", "the audit found serious failings in X".

'find' reports a clause whoever finds it ("the survey found most firms expect X"), but its bare object is most
often a thing come upon ("police found the car", "found a buyer"). When a study, a survey, a poll or a report
finds it, the object is what the work reports, as "polls show a close race" is (the rulings count findings as
reports: "they found …", "the work suggests …").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_subjects import cue_source
from .cue_table import cues

_FINDING_VERBS = frozenset(cues()["finding_verbs"])
_WORKS = frozenset(cues()["research_nouns"]) | frozenset(cues()["finding_works"])
_NOT_BARE = ("ccomp", "xcomp", "oprd", "auxpass", "nsubjpass")


def research_finding(verb: Token) -> Token | None:
    """The bare noun object of an active finding verb whose source is a piece of research, or None."""
    if verb.lemma_.lower() not in _FINDING_VERBS or any(c.dep_ in _NOT_BARE for c in verb.children):
        return None  # "found that X", "found him guilty", "was found": a clause, a state, or a thing come upon
    source = cue_source(verb)
    if source is None or source.lemma_.lower() not in _WORKS and source.lower_ not in _WORKS:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None  # "the survey found it hard to …": a pronoun stands for something else
    return obj


_FINITE = ("VBP", "VBZ", "VBD")


def broken_finding(verb: Token, obj: Token, hi: int) -> int:
    """'the study found 60% of women in the trade hold degrees': the parse took the clause's subject for the
    object of a work's 'found' and its verb for a second act of the work's, with no subject and no 'and' before
    it; the finding runs on over that verb's phrase."""
    if obj.dep_ != "dobj" or research_finding(verb) != obj:
        return hi
    for child in verb.rights:
        if child.dep_ == "conj" and child.i > hi and child.tag_ in _FINITE and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and \
                not any(t.dep_ == "cc" or t.is_punct for t in verb.doc[hi + 1:child.i]):
            return max(hi, child.right_edge.i)
    return hi
