"""A report that goes on past the cue clause that interrupts it: "Sales rose 4 percent, the firm said, and exports
would follow".

A source named in the middle of a sentence speaks for the whole sentence: a writer who adds words of their own
starts a new sentence, and one who names a second source names it ("…, the firm said, and analysts expect Y"). So
the clause joined by "and" after the cue clause, with a subject of its own, is the same report, unless it is a report
of its own (a verb of saying in it), or the source's next act ("…, the firm said, and it left the talks"), or its
subject is the source again.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import saying_verbs
from .index import sent_bounds
from .speakers.words import SUBJECT_PRONOUNS


def report_goes_on(cue: Token, verb: Token, last: int) -> bool:
    """verb is the head of a clause joined to the cue by "and", with its own subject, that carries on the report the
    cue clause interrupts, to the sentence's last word (token last). Not after a quotation ('"X," she said, and soon
    the crowd left'): a writer who gives the speaker's own words goes on with the scene in theirs."""
    if verb.dep_ != "conj" or verb.head.i != cue.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    opening = sent_bounds(cue.doc, cue.i)[0]
    if any(t.is_quote for t in cue.doc[opening : cue.i]):
        return False  # the marks hang on the cue, not on the content
    end = verb.right_edge.i
    while end > last and (verb.doc[end].is_punct or verb.doc[end].is_space):
        end -= 1  # the parse hangs the full stop (and the paragraph break) on the joined clause
    if end != last:
        return False
    joiners = [c for c in cue.children if c.dep_ == "cc" and cue.i < c.i < verb.i]
    if not joiners or joiners[-1].lower_ != "and":
        return False  # "but" may set the writer's contrast against the report
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in SUBJECT_PRONOUNS or _same_source(cue, subject):
        return False  # "…, he said, and he hoped Y": the source's next act or a report of its own
    said = saying_verbs()
    return not any(t.lemma_.lower() in said and t.pos_ == "VERB" for t in verb.subtree)


def _same_source(cue: Token, subject: Token) -> bool:
    named = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(named) and named[0].lemma_.lower() == subject.lemma_.lower()
