"""'Anna Lowe has pulled out of the marathon. / "It is the hardest decision," said the 29-year-old', 'Tom Baxter won
the 400m. … The double Olympic champion said: …': sports and arts copy, having named a person, calls them by their
age or by what they have won or do ("the world record holder", "the actress", "the defender") rather than by a post
anyone is given.
Such a definite description is read like "the candidate" (words.DESCRIBED): the person given those words with their
name, else the person the paragraph follows. Never an indefinite one ("an athlete's belief"), nor a plural."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.vocabulary import TITLES
from ..cue_table import cues
from ..index import text_of

_EPITHETS = frozenset(cues()["epithet_words"])
_POSITIONS = frozenset(cues()["position_words"])
# a player's position speaks for them only in their words or views: "the keeper denied him", "the striker fired
# wide" are play, which a match report tells of whoever it follows
_VOICING = frozenset(cues()["speech_verbs"]) | {"believe", "think", "feel", "reckon"}
# the places on the pitch, of which a player holds one; a cap, a team's armband or the trade go with any of them
_PLACES = _POSITIONS - {"international", "skipper", "footballer"}
_ARMBAND = {"captain", "skipper", "vice-captain"}


def epithet(token: Token) -> bool:
    """'the 29-year-old', 'the 52-year-old director', 'the European cross-country champion', 'the defender told'."""
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.lefts):
        return False
    if token.tag_ == "NN" and _place_word(token) in _POSITIONS and token.head.lemma_.lower() in _VOICING:
        return True
    return token.tag_ == "NN" and token.lemma_.lower() in _EPITHETS or _aged(token)  # "the 22-year-old keeper"


def _place_word(token: Token) -> str:
    """The word as a team sheet writes it: the tokenizer splits "fly-half" and "full-back" at the hyphen, and the
    phrase hangs on its last piece."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ and \
            not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower()


def _aged(token: Token) -> bool:
    """The phrase gives an age: "the 29-year-old" (its head is "old", which the model tags a date) or "the
    52-year-old director"."""
    doc = token.doc
    olds = [token] if token.lower_ == "old" else [c for c in token.lefts if c.lower_ == "old" and c.dep_ == "amod"]
    return any(t.i >= 4 and doc[t.i - 2].lower_ in ("year", "years") and doc[t.i - 4].like_num for t in olds)


def holds_other_post(resolver, name: str, token: Token) -> bool:
    """'Baxter trained with coach Tom Hale. … The hurdler said': a person given a post before their name is not the
    hurdler or the champion, who is described by what they do or won; an age alone may be anyone's."""
    if token.lower_ == "old":
        return False
    text = text_of(resolver.doc)
    for k, e in enumerate(resolver.ents):
        if resolver.full[k] == name and e.label == "PERSON":
            words = text[max(0, e.start - 30):e.start].lower().split()
            if words and words[-1] in TITLES and words[-1] != token.lower_ and not (
                    words[-1] in _ARMBAND and _place_word(token) in _PLACES):
                return True  # "Captain X" may be "the lock": the armband goes with a place on the pitch
            if _place_word(token) in _PLACES and words and words[-1] in _PLACES and words[-1] != _place_word(token):
                return True  # "defender Ana Ruiz" is not "the striker" either (but may be "the international")
    return False


def person_described(resolver, token: Token, before: int) -> str | None:
    """The person an epithet stands for: the one the paragraph (or the one before) last made its subject, or last
    named as the owner of its subject ("Ode's gold in the relay saved his week. … The 31-year-old said"), as the
    story follows them; never one inside quoted words, nor, for a noun, one given another post."""
    text = text_of(resolver.doc)
    opening = text.rfind("\n", 0, max(0, text.rfind("\n", 0, before) - 1)) + 1
    subjects = set(resolver.main_subjects)
    for k in range(len(resolver.ents) - 1, -1, -1):
        e = resolver.ents[k]
        if e.start >= before or e.label != "PERSON":
            continue
        if e.start < opening:
            return None
        span = resolver.span_of(e)
        # the parse may leave a subject noun as the root when it takes its verb for a participle
        owner = span is not None and span.root.dep_ == "poss" and (
            span.root.head.dep_ in ("nsubj", "nsubjpass") or span.root.head.dep_ == "ROOT" and span.root.head.pos_ == "NOUN")
        if k not in subjects and not owner:
            continue
        own = text[text.rfind("\n", 0, e.start) + 1:e.start]
        if sum(own.count(m) for m in '"“”') % 2 == 0 and not holds_other_post(resolver, resolver.full[k], token):
            return None if _untagged_speaker_between(resolver, e.end, before) else resolver.full[k]
    return None


def _untagged_speaker_between(resolver, start: int, end: int) -> bool:
    """'His agent Tom Hale said …. Marzinho told a paper: "…". The midfielder now claims …': a one-word name the
    model took for a club or a place ("Marzinho", "Dinho") that speaks after the person found is whom the story has
    moved on to; the epithet is left as it is rather than given to the one before."""
    doc = resolver.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    for t in span if span is not None else ():
        if t.dep_ != "nsubj" or t.pos_ != "PROPN" or t.head.dep_ != "ROOT" or t.head.lemma_.lower() not in _VOICING or \
                any(c.pos_ == "PROPN" for c in t.children):
            continue
        k = resolver.overlapping(t.idx, t.idx + len(t))  # not "The Spaniard believed", a people's noun
        if k is not None and resolver.ents[k].label in ("ORG", "GPE"):
            return True
    return False
