"""'X is said to have Y', 'were reported to be Y', 'who is alleged to have Y': hearsay in the passive of a verb of
saying reports its to-infinitive, for the agent after "by" when the article names one, else for no one (the
rulings: a report with no source is a quote with speaker null, over its verb phrase).

The passive of these verbs is left out of passive_seeming_verbs, whose impressions take the whole clause and stand
aside for a named source's words over the same text; hearsay is a report of words, kept as such."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_table import cues

_HEARSAY = frozenset(cues()["hearsay_passive_verbs"])


def passive_hearsay(tok: Token) -> tuple[int, int, Token | None] | None:
    """(first, last, source) of the verb phrase a passive verb of saying reports, or None."""
    if tok.lemma_.lower() not in _HEARSAY or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    phrase = next(
        (
            c
            for c in tok.rights
            if c.dep_ == "xcomp"
            and c.pos_ in ("VERB", "AUX")
            and any(k.dep_ == "aux" and k.lower_ == "to" and k.i < c.i for k in c.children)
        ),
        None,
    )
    if phrase is None:
        return None  # "was reported to police", "were reported missing": no verb phrase reported
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return None  # "a model which could be said to lag behind": the writer's own hedge, no one's report
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return phrase.left_edge.i, phrase.right_edge.i, source
