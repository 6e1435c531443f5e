"""The scene a writer sets before a cue clause that opens a quotation is no part of the quote: 'In an interview on
Monday, she said, "We lost the vote"', 'Asked about the deal, he said, "It is a good one"', 'To the farmers, I say,
"Stay home"'. The parse often makes the quoted clause the sentence's root and hangs the cue clause on it as a
parenthetical, so the phrase in front of the cue clause becomes a first piece of the content and the quotation
turns mixed. When, where, on what occasion or to whom words were said is the writer's framing, not the speaker's
words: the quotation alone is the (direct) quote. A phrase that is part of the claim stays ('If we lose, he said,
"…"', 'Instead, she said, "…"', 'To cut costs, Brown said, "…"', 'The plan, he said, "…"').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_table import cues

_SCENE_PREPS = {"in", "on", "at", "during", "after", "before", "from"}
_HEARER_PREP = "to"  # 'To them, I say, "…"': whom the words were addressed to
_OCCASIONS = frozenset(cues()["occasion_nouns"])  # 'In an interview', 'On Twitter', 'On Friday morning'
_SCENE_PARTICIPLES = frozenset(cues()["scene_participle_verbs"])  # 'Speaking to X', 'Asked about Y'
_TIME_WORDS = {"later", "earlier", "afterwards", "afterward", "yesterday", "today", "tonight"}
_OPENING = {'"', "“", "‘", "'", "''", "``"}


def scene_before_quotation(doc: Doc, lo: int, cue_lo: int, cue: Token) -> bool:
    """Tokens lo..cue_lo-1, in front of the cue clause that starts at cue_lo, only set the scene of words quoted
    right after the cue."""
    if cue_lo <= lo or not _opens_quotation(doc, cue.i):
        return False
    front = doc[lo:cue_lo]
    if any(t.is_quote for t in front):
        return False  # quoted words before the cue are the speaker's too
    phrases = [t for t in front if not (lo <= t.head.i < cue_lo) or t.head.i == t.i]
    phrases = [t for t in phrases if not t.is_punct and not t.is_space]
    return bool(phrases) and all(_scene(t) for t in phrases)


def _opens_quotation(doc: Doc, i: int) -> bool:
    """A quotation mark opens right after the cue at i and its comma or colon ('she said, “…')."""
    for t in doc[i + 1:i + 4]:
        if t.text in (",", ":") or t.is_space:
            continue
        return t.text in _OPENING
    return False


def _scene(t: Token) -> bool:
    if t.dep_ == "prep" and t.lower_ in _SCENE_PREPS:
        objs = [c for c in t.children if c.dep_ == "pobj"]
        return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _OCCASIONS for o in objs)
    if t.dep_ == "prep" and t.lower_ == _HEARER_PREP:
        return any(c.dep_ == "pobj" and c.pos_ in ("PRON", "PROPN", "NOUN") for c in t.children)
    if t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and t.lemma_.lower() in _SCENE_PARTICIPLES:
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in t.children)
    if t.dep_ in ("npadvmod", "advmod"):
        return t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS
    return False
