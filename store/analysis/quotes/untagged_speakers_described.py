"""A speaker the model did not tag is described as a tagged person is. A paragraph may open on a name whose given
name the model does not know ("<Name>, a spokesperson for the fire service, told …"): the model then tags no name
there, the entities never read the post beside it, and the speaker rules, which do find the name, leave the quote
with no role and no affiliation. The entities' own reading of a person's description is run for that name."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..entities.descriptions import describe, ends_in_a_post, with_acronyms
from ..entities.gazetteer import country_code
from ..entities.mentions import mention_of
from ..entities.referents import fold
from ..types import Quote
from .index import text_of
from .speaker_entities import ORG_ENDS, a_name


def untagged_speakers_described(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    table = doc._.referents or {}
    text = text_of(doc)
    ents = doc._.entities or []
    found: dict[str, tuple[str | None, str | None]] = {}
    orgs: dict[int, str] | None = None
    for q in quotes:
        name = q.speaker
        if not name or name in found or name in table or q.speaker_role or q.affiliation or q.speaker_start is None:
            continue
        words = name.split()
        # the name alone, as written, of two or three words: a person's shape, not a firm's
        if text[q.speaker_start:q.speaker_end] != name or not 2 <= len(words) <= 3 or not a_name(name) or \
                fold(words[-1]) in ORG_ENDS or any(e.start < q.speaker_end and q.speaker_start < e.end for e in ents):
            continue
        span = doc.char_span(q.speaker_start, q.speaker_end)
        if span is None or not all(t.pos_ == "PROPN" for t in span):
            continue
        if orgs is None:
            orgs = _organisations(doc)
        m = mention_of(span, "PERSON")
        describe(doc, m, orgs)
        # a post the description gives, not a firm's kind: "<Firm>, a subsidiary of <Group>," and "<Firm>, a
        # publisher," are firms whatever the model made of them; an affiliation alone could be a firm's parent
        if m.role and ends_in_a_post(m.role):
            found[name] = (m.role, m.affiliation)
    if not found:
        return quotes
    return [replace(q, speaker_role=found[q.speaker][0], affiliation=found[q.speaker][1])
            if q.speaker in found and not q.speaker_role and not q.affiliation else q for q in quotes]


def _organisations(doc: Doc) -> dict[int, str]:
    """The organisations' tokens as the entities read them (a country is no affiliation)."""
    orgs: dict[int, str] = {}
    for e in doc._.entities or []:
        if e.label != "ORG" or country_code(e.canonical) is not None:
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None:
            orgs.update({i: e.canonical for i in range(span.start, span.end)})
    return with_acronyms(doc, orgs)
