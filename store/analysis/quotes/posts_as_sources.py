"""The post a person speaks under: "<Name> said …" in the lead, then "The <Party> leader said …" for the same person.
The resolver gives the later quote to the person named, yet the Quotes panel showed the person with no role where
the article gives one (DESIGN.md: the role the article gives the speaker, beside the name)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..entities.vocabulary import TITLES
from ..types import Quote
from .index import text_of


def roles_from_posts_speaking(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A person the article gives no role, whose quote it sources to "the <post>" (a title ending the words, no
    possessive: "the prime minister", "the Liberal Democrat leader"), has that post as the role in all quotes."""
    people = {e.canonical or e.text for e in (doc._.entities or []) if e.label == "PERSON"}
    roled = {q.speaker for q in quotes if q.speaker_role}
    text = text_of(doc)
    found: dict[str, str] = {}
    named: set[str] = set()  # the people who have spoken under their own name so far
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker_start is None or q.speaker not in people:
            continue
        if q.speaker.split()[-1] in text[q.speaker_start : q.speaker_end]:
            named.add(q.speaker)
        # the post must follow the person's own words: after "<A> has denied he told <B> …", "the prime minister
        # said" went to <B>, the last person named, and the post would make the wrong man prime minister
        if q.speaker in roled or q.speaker in found or q.speaker not in named:
            continue
        span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if span is None or len(span) < 2 or span[0].lower_ != "the" or \
                not all(t.text.replace("-", "").isalpha() for t in span[1:]):
            continue  # not "the watchdog's chairman": the post of another's, which the reader reads as a whole
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            continue  # "the former secretary of state": the words stop short of the post
        post = [t for t in span[1:]]
        while len(post) > 1 and post[0].ent_type_ in ("GPE", "LOC"):
            post.pop(0)  # "the Vermont senator" is a senator: a role is written without a place (names README)
        words = [t.text for t in post]
        if words[-1].lower() in TITLES or " ".join(words[-2:]).lower() in TITLES:
            found[q.speaker] = " ".join(words)
    if not found:
        return quotes
    return [replace(q, speaker_role=found[q.speaker]) if q.speaker in found else q for q in quotes]
