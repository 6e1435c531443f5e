"""Verbs whose object is reported only when a person is the subject: 'recalled', 'posted'; and what is posted.

"Clinton recalled her days at the State Department", "Palin posted a photo of her son": what a person recalls or
posts is their account, as what they said would be. A company or a government recalls and posts other things
("Toyota recalled 1 million cars", "the bank posted a loss", "recalled its ambassador"), which report nothing.
Nor does an object that only names the message ("posted a comment on Twitter", "tweeted a link", "posted a
video"): without an 'of' or 'about' phrase it says nothing of what the message says.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_subjects import cue_source
from .cue_table import cues

PERSONAL_OBJECT_VERBS = frozenset(cues()["personal_object_verbs"])
POSTING_VERBS = frozenset(cues()["posting_verbs"])
_MESSAGES = frozenset(cues()["source_nouns"]) | frozenset(cues()["medium_nouns"])
_PERSONS = {"he", "she", "i", "we"}


def personal_subject(verb: Token) -> bool:
    """The cue's source is a person: a name the model tags PERSON, or a personal pronoun."""
    source = cue_source(verb)
    return source is not None and (source.ent_type_ == "PERSON" or source.lower_ in _PERSONS)


def names_the_message(obj: Token) -> bool:
    """obj, the object of a posting verb, names the message with no phrase saying what it is of or about."""
    if obj.lemma_.lower() not in _MESSAGES and obj.lower_ not in _MESSAGES:  # "following", lemma "follow"
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "about") and
                   not any(g.lower_ == "own" for g in c.subtree) for c in obj.children)
