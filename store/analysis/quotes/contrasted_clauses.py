"""A clause after ', but' that goes on with what was reported: 'said it expects sales to rise, but margins could
suffer', 'says she hopes to win, but the odds are long', 'said it would keep the unit, but would merge its staff'.

The parse hangs a second clause on the verb of saying, beside the reported one, so the report stops at the comma.
Whether that clause is still the source's or the writer's own shows in its tense: one with a modal ('could',
'would', 'may'), or in the present after a cue in the present, keeps the reported speech's tense; one in the plain
past after 'said' ('but its shares fell') reads as the writer's narrative and is left out. Not a clause that reports
on its own ('but analysts believe X'), which is a report of its own, nor what the source withheld ('but would not
give details').

A clause after ', and' with a subject of its own is held to added_clause's test: after a verb of saying in the past, in
the past or with a modal ('said talks had stalled, and there was no sign of a deal'), never a pronoun for the source.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues, saying_verbs
from .index import sent_bounds
from .speakers.words import SUBJECT_PRONOUNS

_SAYING = saying_verbs()
_PRESENT = {"VBZ", "VBP"}
_WITHHELD = _SAYING | frozenset(cues()["elaborating_verbs"]) | frozenset(cues()["detail_giving_verbs"])
_REPORTED_MODALS = {"would", "could", "might", "should"}


def contrasted_clause(cue: Token, hi: int) -> int:
    """The content's last token once a ', but' clause of the source's own is taken in."""
    doc = cue.doc
    if hi <= cue.i:
        return hi  # content before its cue: the clause after it is the writer's
    child = _clause_after(cue, hi, "but")
    if child is None or child.right_edge.i >= sent_bounds(doc, cue.i)[1] or not _reported_tense(cue, child):
        return hi
    subject = _subject(child)
    if subject is None and not _intended(cue, child) or subject is not None and _source_again(cue, subject):
        return hi
    if _reports_again(child):
        return hi  # 'but analysts believe X': a second report, found by its own cue
    return child.right_edge.i


def added_clause(cue: Token, hi: int) -> int:
    """The content's last token once a ', and' clause with a subject of its own, in the reported speech's past, is
    taken in: 'said talks had stalled, and there was no sign of a deal', 'said X, and this could lead to Y'. The
    parse hangs it on the verb of saying beside the reported clause; a clause in the present after 'said' ('and
    shares are up') or with a pronoun for the source ('and it now owns N pct': what the source did or holds) is the
    writer's, left out."""
    doc = cue.doc
    if hi <= cue.i or cue.tag_ != "VBD" or cue.lemma_.lower() not in _SAYING:
        return hi
    if any(c.dep_ == "mark" for c in cue.children):
        return hi  # 'just as Reyes said it would, and the index barely moved': the clause goes on with the writer's
    child = _clause_after(cue, hi, "and")
    if child is None:
        return hi
    subject = _subject(child)
    if subject is None or subject.lower_ in SUBJECT_PRONOUNS or child.right_edge.i >= sent_bounds(doc, cue.i)[1] or \
            not _backshifted(child) or _echo(child):
        return hi
    if _reports_again(child):
        return hi  # 'and analysts believed X': a second report, found by its own cue
    return child.right_edge.i


def _clause_after(cue: Token, hi: int, word: str) -> Token | None:
    """The verb of the clause the parse joined to the cue right after the content, behind ', <word>'; None when the
    first clause so joined is set off otherwise ('not because X wants it to but because Y': no comma, a contrast
    inside the reported clause)."""
    for child in cue.rights:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.left_edge.i <= hi + 1:
            continue
        between = cue.doc[hi + 1:child.left_edge.i]
        if [t.lower_ for t in between if not t.is_space] != [",", word] or between[-1].head.i != cue.i:
            return None
        return child
    return None


def _reports_again(verb: Token) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SAYING for t in verb.subtree)


def _echo(verb: Token) -> bool:
    """'said she would, and the firm did': a bare 'did' or 'was' with nothing of its own after it answers the
    report in the writer's voice."""
    return verb.lemma_.lower() in ("do", "be", "have") and \
        not any(c.i > verb.i and c.dep_ not in ("punct", "advmod", "cc") for c in verb.children)


def _backshifted(verb: Token) -> bool:
    """A modal or the past: the tense of speech reported after 'said'."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = auxes[0] if auxes else verb
    return finite.tag_ in ("MD", "VBD")


def _intended(cue: Token, verb: Token) -> bool:
    """'said it would run the unit as a subsidiary, but would merge its sales staff': a modal with no subject after
    a cue in the past shares the reported clause's subject, what the source means to do; not what it withholds
    ('but would not give details', 'but would not comment'), which is its own act."""
    return cue.tag_ in ("VBD", "VBN") and verb.lemma_.lower() not in _WITHHELD and \
        any(c.dep_ == "aux" and c.lower_ in _REPORTED_MODALS for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _source_again(cue: Token, subject: Token) -> bool:
    """'Reporters know they are being spun, but they go along': a pronoun for the source makes the clause what the
    source does, told by the writer."""
    if subject.lower_ not in SUBJECT_PRONOUNS:
        return False
    source = _subject(cue)
    if source is None:
        return False
    if source.lower_ == subject.lower_:
        return True
    plural = source.tag_ in ("NNS", "NNPS")
    return source.pos_ in ("NOUN", "PROPN") and (subject.lower_ == "they") == plural


def _reported_tense(cue: Token, verb: Token) -> bool:
    """A modal, or the present after a cue in the present: the tense reported speech takes."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return True
    finite = auxes[0] if auxes else verb
    return cue.tag_ in _PRESENT and finite.tag_ in _PRESENT
