"""'did not respond to requests for comment', 'responded to that tweet by calling X': the 'to' phrase of a verb of
answering that names a message or a request sent to the source says what was answered, not what the source said.

The pointing verbs report their 'to' phrase ('pointed to X', 'responded to the criticism'), but when that phrase is
a request, a call or a message the source was sent, nothing of the source's own words is in it: the answer, if
any, is reported elsewhere ('by calling X', 'saying X'). A request whose own clause says what it asked is left a
report of what the answer was about."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_ANSWERING = frozenset(cues()["answering_verbs"])
_SENT = frozenset(cues()["sent_message_nouns"])


def answers_a_message(verb: Token, prep: Token) -> bool:
    if verb.lemma_.lower() not in _ANSWERING or prep.lower_ != "to":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in _SENT and obj.lower_ not in _SENT:
        return False
    # "queries asking them to check a record", "requests to comment on the plan": a clause of the request says
    # what was asked, which is what the answer (or the silence) was about, as PolNeAR counts it
    return not any(c.dep_ in ("acl", "relcl") for c in obj.children)
