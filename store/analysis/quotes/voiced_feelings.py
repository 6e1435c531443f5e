"""'<Group> expressed concern about the new rules', 'the banks voiced doubts over the merger': a feeling put into
words, with what it was about. The feeling's 'about' or 'over' phrase is reported with the subject as source, as
'complained about X' is; a that-clause after the noun ('expressed concern that X') is read by the noun cues.

Only verbs of putting a feeling into words ('express', 'voice', 'air'), active, with a subject: 'concern was
expressed about X' names nobody, 'the crash raised fears about X' is an event stirring a feeling, and 'shared' or
'left no doubt' put nothing into words. Not a feeling denied ('expressed no concern about X').
"""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues
from .referring_asides import before_relative_aside

_VOICING = frozenset(cues()["voicing_verbs"])
_FEELINGS = frozenset(cues()["voiced_feeling_nouns"])
_TOPIC_PREPS = {"about", "over", "regarding", "at"}


def voiced_topic(verb: Token) -> tuple[int, int, Token] | None:
    """The first and last token of what a voiced feeling was about, and the preposition that opens it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VOICING or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    feeling = next((c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in _FEELINGS), None)
    if feeling is None or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in feeling.children):
        return None
    # the parse hangs the phrase on the noun or on the verb, right after the noun
    prep = next((c for c in feeling.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS), None) or \
        next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and
              c.i == feeling.right_edge.i + 1), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    lo = prep.i + 1
    hi = before_relative_aside(verb.doc, lo, prep.right_edge.i)
    return (lo, hi, prep) if hi >= lo else None
