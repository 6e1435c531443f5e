"""'<Firm> said in a letter it cut its budget', 'told Reuters on Monday it had sold the unit', 'said before the vote
he was seeking cuts': wire copy leaves out "that" after a phrase of time, place or occasion set between the verb
(or the one told) and the clause. The parse then hangs the clause on that phrase (a relative clause on its noun)
or reads it as an adverbial or open clause, so the saying seemed to report nothing. A telling or saying with no
clause of its own reports the clause that opens right after such a phrase on its own subject and finite verb; the
phrase tells of the saying and stays out."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import FINITE
from .content_openers import opens_content
from .told_that import FILLED, RELATIVE_TAGS, SUBJECTS


def clause_after_phrase(tok: Token, start: int) -> tuple[int, int, Token] | None:
    """The (first, last, verb) of the clause after one or more prepositional phrases that start at `start` (right
    after the cue or the one told) and run on without a break."""
    doc = tok.doc
    i = start
    while i < len(doc) and doc[i].dep_ == "prep" and doc[i].tag_ == "IN" and doc[i].right_edge.i > i and \
            doc[i].lower_ != "that":
        i = _phrase_end(doc[i]) + 1
    if i == start or i >= len(doc) or doc[i].sent.start != tok.sent.start or doc[i].is_punct or \
            any(t.tag_ in RELATIVE_TAGS or t.pos_ == "VERB" for t in doc[start:i]) or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        # 'agreed to power-sharing in which X became Y': a relative clause on the phrase's noun; 'was accused of
        # hurting the people they were sent to guard': a phrase with a verb of its own is what it was about
        return None
    subject = doc[i]
    while subject.dep_ not in SUBJECTS and subject.head.i != subject.i and subject.head.i > i and \
            subject.head.left_edge.i == i and subject.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        subject = subject.head
    if subject.dep_ not in SUBJECTS or subject.left_edge.i != i or subject.tag_ in RELATIVE_TAGS or \
            subject.lower_ == "that":
        return None  # 'said in 1985 which enabled it to X': a relative clause on the phrase's noun
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < i or not _finite(verb) or _gapped(verb):
        return None
    if not any(a.i == tok.i for a in verb.ancestors):
        return None
    if opens_content([t.lower_ for t in doc[start:i]]):
        i = start  # 'said in view of the drop, it would X': the phrase opens what was said
    return i, max(verb.right_edge.i, verb.i), verb


def _phrase_end(prep: Token) -> int:
    """The last token of the phrase proper: its object's own words, not a clause the parse hung on them."""
    cut = prep.right_edge.i + 1
    for t in prep.subtree:
        if t.dep_ in ("relcl", "acl", "ccomp", "advcl") and t.i > prep.i:
            cut = min(cut, t.left_edge.i)
    return cut - 1


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def _gapped(verb: Token) -> bool:
    """'said in a statement the firm issued': a relative clause with nothing left to fill is the phrase's own."""
    if verb.dep_ != "relcl":
        return False
    return not (any(c.dep_ in FILLED or c.dep_ == "nsubjpass" for c in verb.children))
