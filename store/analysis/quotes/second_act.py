"""A second act of the source joined to what it reported: "said he would order a review and warned against
hackers", "said that she has released her returns and called on Sanders to do the same".

The parse hangs the second verb on the reported clause's verb as its conjunct, so the clause seems to go on.
A conjunct can share its head's subject and auxiliaries only in the head's own form: one in the cue's tense
after a head in another form ("would order … and warned", "has released … and called"), with no subject of
its own, is the source acting again, no longer the content of the first report.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cue_table import cues, report_verbs

_FINITE_PAST_OR_PRESENT = {"VBD", "VBZ", "VBP"}


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    table = cues()
    return report_verbs() | frozenset(table["speech_verbs"]) | frozenset(table.get("infinitive_verbs", ()))


def second_act(t: Token, cue: Token) -> bool:
    """t, a conjunct verb inside the content of `cue`, is the source's next act, not the content going on:
    in the cue's tense, or reporting a clause of its own ("say it's too early … but noted that X")."""
    head = t.head
    if not (t.dep_ == "conj" and t.pos_ == "VERB" and head.i != cue.i and head.pos_ in ("VERB", "AUX") and
            t.tag_ in _FINITE_PAST_OR_PRESENT and t.lemma_.lower() in _acts() and t.doc[t.i - 1].dep_ == "cc" and
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)):
        return False
    if head.tag_ != t.tag_:
        return t.tag_ == cue.tag_ or any(c.dep_ == "ccomp" for c in t.children) or _after_perfect(t, head)
    # in the head's own tense it could share the head's subject ("said the firm denied it and insisted X"), but a
    # comma before the "and" sets it apart: "said the party was not in crisis, and urged that everyone relax"
    return t.tag_ == cue.tag_ and t.i >= 2 and t.doc[t.i - 2].text == "," and own_report(t)


def act_after_the_cue_clause(t: Token, cue: Token) -> bool:
    """'X will go on for some time, an official said, but declined to name the buyers': after a cue clause set in
    the report, a conjunct of the reported verb in the cue's tense, with no subject or auxiliary of its own, that
    cannot share the reported verb's modal or tense, is the source's next act, whatever the verb (the lemma test of
    second_act is for a conjunct inside the report, where an act of any verb could be reported too)."""
    head = t.head
    if not (t.dep_ == "conj" and t.pos_ == "VERB" and cue.dep_ == "parataxis" and head.i == cue.head.i and
            cue.i < t.i and t.tag_ == cue.tag_ and t.tag_ in _FINITE_PAST_OR_PRESENT and
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in t.children)):
        return False
    # right after the cue clause ('said, but declined'), not at the end of a list the parse read as a verb ('would
    # bring jobs, new schools, and repaired bridges')
    if any(w.text != "," and w.dep_ != "cc" for w in t.doc[cue.right_edge.i + 1:t.i]):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) or head.tag_ == "VB" or \
        (t.tag_ == "VBD" and head.tag_ in ("VBZ", "VBP"))


def _after_perfect(t: Token, head: Token) -> bool:
    """'adds that she has released her returns and called on Sanders': a conjunct sharing the head's 'has' would be a
    participle too; one in the past tense is a finite act of its own, whatever the cue's tense."""
    return t.tag_ == "VBD" and head.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children)


def own_report(t: Token) -> bool:
    """'say it's too early … but noted that X': a speech verb reporting a clause of its own goes on with no report."""
    return t.lemma_.lower() in _acts() and any(c.dep_ == "ccomp" for c in t.children)
