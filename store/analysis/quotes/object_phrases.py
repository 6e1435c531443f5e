"""An 'in' phrase of the reported object that the parse hung on the verb: 'cited his record | in the Senate',
'boasted her skill | in cutting costs', 'noted small gains | in take-home pay'.

The small model often attaches a prepositional phrase right after a verb's object to the verb, and the report then
stops at the bare noun. An 'in' phrase there mostly narrows the object (where, in what, by doing what), so it goes
on with the report. Not one that says when ('in March', 'in the third quarter'), where or how the source spoke ('in
a statement', 'in an interview', 'in a filing'), nor a set adverbial phrase ('in response to', 'in part')."""

from __future__ import annotations

from spacy.tokens import Token

from ..types import AMOUNT_LABELS, TIME_LABELS
from .cue_table import cues

_SETTINGS = frozenset().union(*(cues()[key] for key in ("occasion_nouns", "source_nouns", "gathering_nouns",
                                                         "medium_nouns", "nouns", "topic_nouns", "remark_nouns")))
_ADVERBIAL = frozenset(cues()["adverbial_in_nouns"])
_NOT_OF_THE_OBJECT = _SETTINGS | _ADVERBIAL
_NAMING = frozenset(cues()["naming_verbs"])
_SAYING = frozenset(cues()["speech_verbs"])
_PHRASE_ENDS = {"PUNCT", "ADP", "CCONJ", "SPACE"}  # what may follow a whole phrase: a stop, a comma, 'and', 'in 2004'


def object_in_phrase(verb: Token, content: Token, hi: int) -> int:
    if content.pos_ not in ("NOUN", "PROPN"):
        return hi  # "offered nothing in the way of X": a set phrase on a word of quantity
    if hi == content.left_edge.i:
        return hi  # a bare noun ('promising results in X') is no report by itself; the phrase should not make it one
    if verb.lemma_.lower() in _NAMING:
        return hi  # "called a truce in the dispute": an act, or a name given, that the 'in' phrase only places
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ != "prep" or child.lower_ != "in" or child.i != hi + 1:
            continue
        head = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if head is None or any(t.ent_type_ in TIME_LABELS for t in child.subtree):
            return hi
        if head.dep_ == "pobj" and (head.lemma_.lower() in _NOT_OF_THE_OBJECT or head.lower_ in _ADVERBIAL or
                                    head.pos_ == "PRON"):
            return hi
        end = child.right_edge.i
        saying = next((t.i for t in child.subtree if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SAYING), None)
        if saying is not None:  # "concern for X in schools - which he said included Y": a report of its own
            stop = next((i for i in range(child.i + 1, saying) if doc[i].is_punct), None)
            if stop is None:
                return hi
            end = stop - 1  # the phrase ends where the other report is set off
        if end + 1 < len(doc) and doc[end + 1].pos_ not in _PHRASE_ENDS:
            return hi  # "in his side's Cup | defeat": the parse broke the phrase, which names an occasion
        return end
    return hi


_ADVERBIAL_BY = frozenset(cues()["adverbial_by_nouns"])


def object_by_phrase(verb: Token, content: Token, hi: int) -> int:
    """A 'by' phrase of the reported object that the parse hung on the verb: 'condemned the attack | by rebels',
    'described reckless conduct | by the firm', 'criticized three players | by name'.

    Right after a noun object, such a phrase names who did what the object names, or how the source named it, and
    goes on with the report. Not a gerund ('defended the plan by pointing to X': how the source acted), a time ('by
    Friday'), a figure ('by 5 percent'), a medium or a set phrase ('by phone', 'by a vote of', 'by far'), nor a
    pronoun ('by himself')."""
    if content.pos_ not in ("NOUN", "PROPN") or verb.lemma_.lower() in _NAMING:
        return hi
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ != "prep" or child.lower_ != "by" or child.i != hi + 1:
            continue
        head = next((c for c in child.children if c.dep_ == "pobj"), None)
        if head is None or head.pos_ not in ("NOUN", "PROPN") or \
                any(t.ent_type_ in TIME_LABELS or t.ent_type_ in AMOUNT_LABELS or t.like_num for t in child.subtree):
            return hi
        if head.lemma_.lower() in _NOT_OF_THE_OBJECT | _ADVERBIAL_BY or head.lower_ in _ADVERBIAL_BY:
            return hi
        end = child.right_edge.i
        if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SAYING for t in child.subtree):
            return hi  # "the ruling by a court that said X": a report of its own, left to its own cue
        if end + 1 < len(doc) and doc[end + 1].pos_ not in _PHRASE_ENDS:
            return hi
        return end
    return hi
