"""'Chairman of the Senate Finance Committee Admiral John Baxter said', 'Senior analyst with the Perth Weather Bureau
Ian Marsh says': a post, the body it is held at, then the holder's name run straight into the cue. The parse makes the
post the subject and hangs the name on the body's phrase; the person speaks, the post is their role and the body their
affiliation."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.names import is_first_name
from ..index import text_of
from .words import PEOPLE, TITLE_WORDS

# the prepositions that tie a post to where it is held; "for" ties a spokesman to the one he speaks for
_HELD_AT = {"of", "with", "at", "from"}
_BODIES = ("ORG", "GPE", "FAC")


def holder_after_body(resolver, token: Token) -> int | None:
    """The entity index of the person who holds the post `token` at the body named after it, or None."""
    word = token.lemma_.lower()
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.lefts):
        return None  # "an official at the bank" is one not named
    if token.pos_ not in ("NOUN", "PROPN") or not (token.lower_ in TITLE_WORDS or word in PEOPLE or
                                                   word in resolver.titles):
        return None
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _HELD_AT:
            continue
        last = token.right_edge  # the parse may hang the name on the body's phrase or on the post
        while last.is_punct and last.i > prep.i:
            last = last.nbor(-1)
        k = resolver._overlapping(last.idx, last.idx + len(last))
        if k is None or k == 0 or resolver.ents[k].label != "PERSON" or \
                resolver.ents[k].end != last.idx + len(last):
            return None
        body = resolver.ents[k - 1]
        if body.label not in _BODIES or body.start <= prep.idx:
            return None
        # nothing between the body's name and the person's but titles in capitals ("Committee Admiral John
        # Baxter"): "the wife of Acme chairman John Smith" names the chairman as someone else's relation
        between = text_of(resolver.doc)[body.end:resolver.ents[k].start].split()
        if any(not w[:1].isupper() or w.lower().rstrip(".") not in TITLE_WORDS for w in between):
            return None
        # a name the model tagged that opens with no first name and no title ("an official at Woodlands Nursing
        # Home said") is more likely the body's own name
        if not between and not is_first_name(resolver.ents[k].text.split()[0]):
            return None
        name = resolver.full[k]
        post = [t for t in token.lefts if t.dep_ in ("compound", "amod")] + [token]
        resolver.lead_roles.setdefault(name, " ".join(t.text for t in post))
        if body.label == "ORG":
            resolver.lead_affiliations.setdefault(name, resolver.full[k - 1])
        return k
    return None
