"""'did not respond to requests for comment', 'responded to that tweet by calling X': the 'to' phrase of a verb of
answering that names a message or a request sent to the source says what was answered, not what the source said.

The pointing verbs report their 'to' phrase ('pointed to X', 'responded to the criticism'), but when that phrase is
a request, a call or a message the source was sent, nothing of the source's own words is in it: the answer, if
any, is reported elsewhere ('by calling X', 'saying X'). A request whose own clause says what it asked is left a
report of what the answer was about. Nor is a 'to' phrase that names no words, a charge or a view (answered_words):
the thing acted on ('responded to the survey', 'the deficit is responding to the drop in the dollar') or the one
answered ('was responding to <Name>') tells nothing anyone said."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_ANSWERING = frozenset(cues()["answering_verbs"])
_SENT = frozenset(cues()["sent_message_nouns"])
_WORDS = frozenset(cues()["answered_words"])
_SOURCE_NOUNS = frozenset(cues()["source_nouns"])


def answers_a_message(verb: Token, prep: Token) -> bool:
    if verb.lemma_.lower() not in _ANSWERING or prep.lower_ != "to":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() not in _SENT and obj.lower_ not in _SENT:
        return _no_words(obj) and not _words_answer(verb)
    # "queries asking them to check a record", "requests to comment on the plan": a clause of the request says
    # what was asked, which is what the answer (or the silence) was about, as PolNeAR counts it
    return not any(c.dep_ in ("acl", "relcl") for c in obj.children)


def _no_words(obj: Token) -> bool:
    """'responded to the survey', 'the deficit is responding to the drop', 'was responding to <Name>': what was
    acted on or who was answered carries no words to report, unless a that-clause of its own does."""
    if obj.lemma_.lower() in _WORDS or obj.lower_ in _WORDS:
        return False
    return not any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in obj.children)


def _words_answer(verb: Token) -> bool:
    """'the post on the forum responded to the new zoning law', 'the proposal responds to X': a post or a
    statement answers with words, whatever its 'to' phrase names."""
    while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in _SOURCE_NOUNS
