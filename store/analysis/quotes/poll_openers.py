"""A poll or survey as the place where its figures stand: 'In the latest X poll, A leads B', 'A fell to third in
the latest poll'.

Polling copy gives a poll's finding with no verb of saying: the sentence opens on 'In' and the poll, and what
follows the comma is what the poll found, as 'According to the poll, A leads B' would put it; or the main clause
closes on 'in' and the poll, and the clause before it is the finding. Only a poll or a survey (not a study or a
report, whose sentences go on to say who did what in them), not one that is an election ('won the seat in the 1983
poll'), and only when the sentence has no verb of saying of its own ('In a survey, the ministry said X' is the
ministry's report, found by its verb). The poll is the source, not the clause's subject: a poll the subject stands
in is none of its making, as 'replied in a letter saying X' is the letter of whoever replied.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import FINITE, trim
from .cue_table import cues, saying_verbs
from .index import sent_bounds

POLL_NOUNS = frozenset(cues()["poll_nouns"])
# 'won the seat in the 1981 poll', 'in the general poll': a poll that is an election, which finds nothing
_ELECTION_WORDS = frozenset(cues()["election_words"])
# the verbs by which a sentence gives a source of its own ('In a survey, the union said X')
_SAYING = saying_verbs()
_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def poll_finding(tok: Token) -> tuple[Token, int, int] | None:
    """(the poll, first and last token of its finding) for 'in' (tok) before a poll that opens or closes the
    sentence's main clause, or None."""
    doc = tok.doc
    lo, hi = sent_bounds(doc, tok.i)
    if tok.i != lo:
        return closing_poll(tok, lo, hi)
    if tok.text != "In" or tok.dep_ != "prep":
        return None
    poll = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if poll is None or not opinion_poll(poll):
        return None
    verb = tok.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i > tok.right_edge.i), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None:
        return None
    comma = subject.left_edge.i - 1  # the phrase may run on past its parse ('In the poll, released today, X')
    if doc[comma].text != "," or any(t.tag_ in FINITE for t in doc[tok.i + 1:comma]):
        return None
    if _says(doc[comma + 1:hi]):
        return None
    first, last = trim(doc, comma + 1, hi - 1)
    return (poll, first, last) if last > first else None


# verbs whose 'in a poll' is where something was done or printed, not what the poll found
_NOT_FINDINGS = frozenset(cues()["not_poll_finding_verbs"])


def closing_poll(tok: Token, lo: int, hi: int) -> tuple[Token, int, int] | None:
    """'Ms Hale fell to third in the latest poll': the sentence's main clause, up to 'in', is the poll's finding."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    poll = next((c for c in tok.children if c.dep_ == "pobj"), None)
    verb = tok.head
    if poll is None or not opinion_poll(poll) or verb.dep_ != "ROOT" or verb.pos_ != "VERB" or \
            verb.i > tok.i or verb.lemma_.lower() in _NOT_FINDINGS:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > verb.i or subject.lower_ in ("i", "we", "you"):
        return None
    doc = tok.doc
    if _says(doc[lo:hi]) or any(t.text in ('"', "“", "”") for t in doc[lo:hi]):
        return None
    first, last = trim(doc, verb.left_edge.i, tok.i - 1)
    return (poll, first, last) if last > first else None


def _says(tokens) -> bool:
    """A verb of saying or reporting among the tokens: the sentence gives a source of its own."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _SAYING for t in tokens)


def opinion_poll(noun: Token) -> bool:
    """A poll or survey of opinion or figures, not an election ('the 1981 poll', 'the general poll')."""
    return noun.lemma_.lower() in POLL_NOUNS and not any(
        c.like_num or c.lower_ in _ELECTION_WORDS for c in noun.children)


def standing_in_poll(noun: Token) -> bool:
    """'Ardmore rose a point in the poll': a poll the verb's subject stands in, not one it wrote or put out, as
    'the institute found in a survey that X' or 'replied in a letter saying X' are their subjects'."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and opinion_poll(noun) and \
        verb.lemma_.lower() not in _SAYING
