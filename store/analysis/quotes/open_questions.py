"""'will see if the new plan pays off', 'to see how a document changed', 'a panel will decide whether the bans stand',
'trying to figure out why X', 'finding out who uses it': a question still open, which someone means to find out or
settle, is no view and no words of theirs; nor is what someone finds by a wh-word ('help viewers find what they
like'). 'Wants to know what X' is left a report: PolNeAR counts it as a demand put to someone. 'Said',
'explained', 'asked' or 'revealed' with such a clause ('did not say how many', 'asked whether X') still report, and
so does a negated verb ('have not decided which X', 'does not see why X'): where the subject stands on the
question, as PolNeAR counts it."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_OPEN_QUESTION_VERBS = frozenset(cues()["open_question_verbs"])
# the words an embedded question opens with: "declined to say when X", "would not say whether X"
QUESTION_WORDS = frozenset({"when", "whether", "if", "what", "how", "why", "who", "whom", "which", "where"})


def open_question(verb: Token, clause: Token) -> bool:
    """The verb finds out or settles, and its clause is an embedded question: 'whether' or 'if', or a wh-word first."""
    if verb.lemma_.lower() not in _OPEN_QUESTION_VERBS or clause.i < verb.i:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "haven't decided which plan they prefer", "don't see why X": a stance on the question
    left = clause.left_edge
    if left.lower_ == "that":
        return False  # "found that X", its "that" tagged as a relative pronoun: a finding reported
    return left.tag_ in ("WDT", "WP", "WP$", "WRB") or \
        any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
