"""'…, a Chinese truck maker said.' then 'Jiangling Motors Corp, in a statement, said …': a wire lead gives its
source by a description only and names it at the next paragraph's report.

DESIGN.md ("Canonical names") shows a speaker under the name the article gives, also when it gives it only after
the quote; the lead's description ("Israel's outgoing negotiator", "the Archbishop of Lima") is that name's. Only a
singular description of one kind of source (a person's post or job, a company or group), in the lead, when the
paragraph after it introduces a person or organisation of that kind as the source of its first named report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..doctext import body_paragraphs
from ..entities.names import is_first_name
from ..entities.vocabulary import HEADS, TITLES
from .index import root, text_of
from .speakers.issuers import ISSUED_NOUNS
from .speakers.resolver import SpeakerResolver
from .speakers.words import COMPANY_NOUNS, OUTLET_NOUNS, PEOPLE, PLACE_NOUNS, SPEECH_NOUNS

_UNNAMED_ON_PURPOSE = re.compile(r"\banonymity\b|\bto be (?:identified|named)\b", re.IGNORECASE)
_ORGANISATIONS = HEADS["org_nouns"] | HEADS["firm_nouns"] | COMPANY_NOUNS | OUTLET_NOUNS


def lead_sources_named_next(doc: Doc, resolver: SpeakerResolver, quotes: list) -> list:
    paragraphs = body_paragraphs(doc)
    if len(paragraphs) < 2:
        return quotes
    lead, following = paragraphs[0], paragraphs[1]
    if _UNNAMED_ON_PURPOSE.search(lead.group()):
        return quotes  # "a senior official said on condition of anonymity": whoever the article names next is not them
    changed: dict[str, str] = {}
    for q in quotes:
        if q.speaker is None or q.speaker_start is None or q.speaker in changed or \
                not lead.start() <= q.speaker_start < lead.end():
            continue
        label = _described(doc, resolver, q)
        name = _named_next(resolver, quotes, following, label) if label is not None else None
        if name is not None:
            changed[q.speaker] = name
    if not changed:
        return quotes
    return [replace(q, speaker=changed[q.speaker], speaker_role=None, affiliation=None)
            if q.speaker in changed and q.speaker_start is not None and q.speaker_start < following.start() else q
            for q in quotes]


def _described(doc: Doc, resolver: SpeakerResolver, q) -> str | None:
    """'PERSON' or 'ORG' for a source given by one singular description ("a customs official", "Israel's biggest
    newspaper"); None for a name, a group of people ("officials"), a document or anything else."""
    if q.speaker in resolver.full:
        return None
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = root(doc, span.start, span.end)
    lemma = head.lemma_.lower()
    if head.tag_ not in ("NN", "NNP") or head.ent_type_ or lemma in SPEECH_NOUNS or lemma in ISSUED_NOUNS:
        return None
    if not any(c.dep_ in ("det", "poss") for c in head.children):  # "police said" is the force, not one officer
        return None
    if lemma in PLACE_NOUNS:  # "The State of New Jersey said": a state is no post, though "State" opens titles
        return None
    if lemma in PEOPLE or lemma in TITLES or lemma in resolver.titles:
        return "PERSON"
    return "ORG" if lemma in _ORGANISATIONS else None


def _named_next(resolver: SpeakerResolver, quotes: list, paragraph, label: str) -> str | None:
    """The source of the paragraph's first report that has a name, when it is of the kind and the article names
    it there for the first time (a name given before the lead's description is someone the lead talks about)."""
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker is None or q.speaker_start is None or not paragraph.start() <= q.speaker_start < paragraph.end():
            continue
        kinds = {e.label for e, name in zip(resolver.ents, resolver.full) if name == q.speaker}
        if not kinds and _untagged_person(q.speaker):
            kinds = {"PERSON"}  # a name the model did not tag, which the resolver found as a person's
        if not kinds:
            continue
        if _owned(resolver.doc, q):
            return None  # "his lawyer Jean Morel": someone of the one the lead talks about, not its source
        before = text_of(resolver.doc)[:paragraph.start()]
        return q.speaker if kinds == {label} and q.speaker.split()[-1] not in before else None
    return None


def _owned(doc: Doc, q) -> bool:
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    return span is not None and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in span)


def _untagged_person(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and is_first_name(words[0]) and all(w[:1].isupper() for w in words)
