"""They, we, it and 'some', 'the broadcaster': the earlier source a group pronoun or part stands for."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from ...entities.gazetteer import nationality_adjective
from ..index import root, text_of
from .org_subject_before import org_subject_before
from .resolver import SpeakerResolver
from .words import NEUTER_PRONOUNS, OUTLET_NOUNS, PARTS, PEOPLE, PERSONAL, PLURAL_PRONOUNS, QUANTIFIERS, SAID


def _source_class(resolver: SpeakerResolver, start: int, end: int) -> str | None:
    """'plural', 'org', 'place', 'thing' or 'person': what a pronoun may stand for when it names this source."""
    doc = resolver.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = root(doc, span.start, span.end)
    if head.pos_ == "PRON":
        return None
    k = resolver.overlapping(head.idx, head.idx + len(head))
    label = resolver.ents[k].label if k is not None else None
    if label == "PERSON":
        # "the Kuwait daily al-Qabas said": an outlet the model took for a person; "it said" after it is the outlet
        return "org" if any(t.lower_ in OUTLET_NOUNS for t in span if t.i < head.i) else "person"
    if label == "ORG":
        return "org"
    if label == "NORP":
        return "people"
    if label == "GPE":
        return "place"
    if head.tag_ in ("NNS", "NNPS"):
        return "plural"
    if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in resolver.titles:
        return "thing"
    return None


_FITS = {"plural": {"plural", "org", "people"}, "part": {"plural", "people"}, "neuter": {"org", "place", "thing", "people"}, "document": {"org"}}
# "The advisory also noted", "the website further reported": the thing speaks for the organisation quoted just
# before. Not "the report", "the letter", "the study": those are mostly someone else's, reported on by the last source.
_DOCUMENTS = {"advisory", "statement", "release", "announcement", "bulletin", "circular", "website", "site", "newspaper", "paper",
              "daily", "weekly", "tabloid", "broadcaster", "channel", "outlet", "magazine", "agency", "publication"}


def _pronoun_kind(mention: str) -> str | None:
    if mention in PLURAL_PRONOUNS:
        return "plural"
    if mention in NEUTER_PRONOUNS:
        return "neuter"
    if mention in PARTS:
        return "part"
    words = mention.split()
    if 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in _DOCUMENTS:  # "the (television) broadcaster"
        return "document"
    return None


def resolve_group_pronouns(resolver: SpeakerResolver, quotes: list, make) -> list:
    """'…, the sources said. … , they said': they/we/it speak for the latest earlier source that fits.

    A previous quote's source of the right kind (plural nouns and organisations for 'they', organisations,
    places and things for 'it') within a few paragraphs comes first; else what the entities gave; else,
    for 'they', the latest plural subject of the paragraph or the one before.
    """
    text = text_of(resolver.doc)
    out = []
    orgs = {e.canonical for e in resolver.doc._.entities or [] if e.label == "ORG"}
    seen: list[tuple[int, str, str]] = []  # (mention start, speaker, class) of earlier sources
    for q in sorted(quotes, key=lambda q: q.speaker_start if q.speaker_start is not None else q.start):
        if q.speaker is None and q.speaker_start is not None and text[q.speaker_start:q.speaker_end].lower() in PERSONAL:
            # "…," said one trader. "…," he added: no named person to stand for, so the unnamed source goes on
            for start, name, cls in reversed(seen):
                if _too_far(text, start, q.speaker_start):
                    break
                if cls in ("person", "thing"):
                    q = make(q, name)
                    break
        if q.speaker is None or q.speaker_start is None:
            out.append(q)
            continue
        mention = text[q.speaker_start:q.speaker_end].lower()
        kind = _pronoun_kind(mention)
        if kind == "document" and (q.speaker.lower() not in (mention, mention.removeprefix("the ")) or
                                   q.speaker in orgs):
            kind = None  # "the BBC website": named already; "The Nanfang Daily": a name, not "the daily"
        part_of = _part_of(resolver.doc, text, seen, q.speaker_start) if kind == "part" and \
            q.speaker.lower() == mention else None
        paper = _paper_named_before(resolver, text, seen, q.speaker_start) if kind == "document" and \
            mention.split()[-1] in OUTLET_NOUNS else None
        if part_of is not None:
            q = make(q, part_of)
            seen.append((q.speaker_start, part_of, "plural"))  # "Some believe …. But others said": the same group
        elif paper is not None:
            q = make(q, paper)
            seen.append((q.speaker_start, paper, "org"))
        elif kind is not None:
            # "EC ministers issued a statement …. They also said": the people just written about come first
            near = _people_subject_near(resolver, q.speaker_start) if kind == "plural" else None
            acted = org_subject_before(resolver, q.speaker_start) if kind in ("plural", "neuter") else None
            matched = False
            for start, name, cls in reversed(seen):
                if _too_far(text, start, q.speaker_start):
                    break
                if cls in _FITS[kind]:
                    # the latest of: the source quoted before, the people just written about, an organisation that
                    # acted as the subject just before
                    name = max([(start, name)] + [(c[1], c[0]) for c in (near, acted) if c is not None])[1]
                    q, matched = make(q, name), True
                    break
            else:
                if q.speaker.lower() == mention and kind == "plural":
                    name = _plural_subject(resolver.doc, q.speaker_start) or \
                        _group_named_again(resolver.doc, q.speaker_start)
                    if name is not None:
                        q = make(q, name)
                elif kind == "document":  # "PBS aired it. The television broadcaster said": the organisation named
                    name = _latest_org(resolver, text, q.speaker_start)
                    if name is not None:
                        q = make(q, name)
            if not matched and near is not None and not any(
                    near[1] < resolver.ents[k].start < q.speaker_start and resolver.full[k] == q.speaker
                    for k in resolver.subject_ents):  # unless what the entities gave was a subject named since
                q = make(q, near[0])
            # "the newspaper said" once it stands for the paper named before speaks again as that paper: "…, it
            # said" after it is the paper, not a country in the words it reported
            if q.speaker.lower() not in (mention, mention.removeprefix("the ")):
                seen.append((q.speaker_start, q.speaker, "plural" if kind in ("plural", "part") else "org"))
        else:
            cls = _source_class(resolver, q.speaker_start, q.speaker_end)
            if cls == "thing" and q.speaker in orgs:  # "Day's animal foundation", linked to the foundation's full name
                cls = "org"
            if cls is not None:
                seen.append((q.speaker_start, q.speaker, cls))
        out.append(q)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _part_of(doc: Doc, text: str, seen: list[tuple[int, str, str]], before: int) -> str | None:
    """The group a "some" or "one" is part of: a group quoted in its paragraph or the one before ('…, dealers
    said. "…," one said'), else the group just written about ("Analysts have mixed opinions. Some believe …")."""
    near = next((name for start, name, cls in reversed(seen) if cls in _FITS["part"]
                 and text[start:before].count("\n") <= 2), None)
    return near or _plural_subject(doc, before)


def _paper_named_before(resolver: SpeakerResolver, text: str, seen: list[tuple[int, str, str]],
                        before: int) -> str | None:
    """'The daily Le Monde reported …' then 'The newspaper said': the outlet the article named last with what it is
    ("the weekly X", "the X daily"), however far back, unless an organisation was quoted since or in that sentence."""
    doc = resolver.doc
    at = doc.char_span(before, before + 1, alignment_mode="expand")
    if at is None:
        return None
    for t in reversed(doc[max(0, at.start - 600):at.start]):
        if t.lower_ not in OUTLET_NOUNS or not t.is_lower or t.idx < before - 3000:
            continue
        name = _outlet_beside(doc, t)
        if name is None:
            continue
        quoted = next((start for start, _, cls in reversed(seen) if cls in _FITS["document"] and
                       not _too_far(text, start, before)), None)
        # the paper's own report quoted with it ("…, the official X newspaper said") names it as written there
        return name if quoted is None or quoted < t.sent.start_char else None
    return None


def _outlet_beside(doc: Doc, noun: Token) -> str | None:
    """The name written right after an outlet word ("the daily Gazeta Wyborcza") or right before it ("the Yedioth
    Ahronoth daily"); not a place or a people ("the New York daily", "an Israeli newspaper")."""
    after = noun.i + 1
    named = next((e for e in doc._.entities or [] if e.start == doc[after].idx), None) if after < len(doc) else None
    if named is not None and named.label not in _NO_OUTLET:
        return named.canonical or named.text
    run = _names_from(doc, after)
    if run:
        return run
    end = noun.i
    if end > 0 and doc[end - 1].lower_ == "news":  # "the Interfax news agency"
        end -= 1
    if end == 0:
        return None
    last = doc[end - 1].idx + len(doc[end - 1])
    named = next((e for e in doc._.entities or [] if e.end == last), None)
    if named is not None and named.label not in _NO_OUTLET:
        return named.canonical or named.text  # "the official al-Akhbar newspaper", "O Globo daily"
    start = end
    while start > 0 and _name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return doc[start:end].text if start < end else None


_NO_OUTLET = ("GPE", "NORP", "DATE", "LOC")  # "the New York daily", "an Israeli newspaper": where or whose, no name


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in _NO_OUTLET


def _names_from(doc: Doc, start: int) -> str | None:
    end = start
    while end < len(doc) and _name_word(doc[end]):
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    return doc[start:end].text if end > start else None


def _latest_org(resolver: SpeakerResolver, text: str, before: int) -> str | None:
    for k in range(bisect.bisect_left(resolver.starts, before) - 1, -1, -1):
        e = resolver.ents[k]
        if _too_far(text, e.start, before):
            return None
        if e.label == "ORG":
            return resolver.full[k]
    return None


def _too_far(text: str, source: int, pronoun: int) -> bool:
    """A pronoun stands for a source a few paragraphs back at most."""
    gap = text[source:pronoun]
    return len(gap) > 1500 or gap.count("\n") > 6


def _people_subject_near(resolver: SpeakerResolver, before: int) -> tuple[str, int] | None:
    """The latest plural subject naming people in the pronoun's sentence or the one before, and where it is. A
    bare plural brings a group in ("Analysts do not expect …"); "the officers" may be people named before."""
    doc = resolver.doc
    at = doc.char_span(before, before + 1, alignment_mode="expand")
    if at is None:
        return None
    sent = at[0].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    best = said = None
    for tok in doc[first:at[0].i]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") and \
                (tok.lemma_.lower() in PEOPLE or tok.lower_.removesuffix("s") in PEOPLE) and \
                not any(c.dep_ == "det" for c in tok.children):
            best = tok
            if not _inside_reported(tok):
                said = tok
    # "Bankers say when …, businessmen will be allowed …. But they warn": those who spoke, not those spoken of
    best = said or best
    return (_group_phrase(doc, best), best.idx) if best is not None else None


def _inside_reported(subject: Token) -> bool:
    verb = subject.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAID


def _plural_subject(doc: Doc, before: int) -> str | None:
    """The latest plural common-noun subject in the pronoun's paragraph or the one before it."""
    text = text_of(doc)
    j = text.rfind("\n", 0, before)
    while j > 0 and text[j - 1] in "\n ":
        j -= 1
    lo = text.rfind("\n", 0, j) + 1 if j > 0 else 0
    best = None
    for tok in doc:
        if tok.idx >= before:
            break
        if tok.idx >= lo and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NNS" and tok.pos_ == "NOUN":
            best = tok
    if best is None:
        return None
    return _group_phrase(doc, best)


def _group_phrase(doc: Doc, best: Token) -> str:
    """A plural subject with its modifiers and a noun joined to it: "Traders and analysts"."""
    start = min([best.i] + [c.left_edge.i for c in best.lefts if c.dep_ in ("compound", "amod")])
    while start < best.i and doc[start].lower_ in QUANTIFIERS:  # "Other brokers agreed": brokers, as "some traders"
        start += 1
    end = best.i + 1
    other = next((c for c in best.rights if c.dep_ == "conj" and c.tag_ == "NNS" and c.pos_ == "NOUN"), None)
    if other is not None and all(t.dep_ in ("cc", "conj") for t in doc[end:other.i + 1]):
        end = other.i + 1  # "Traders and analysts … They said": both
    words = [t.text for t in doc[start:end]]
    people = start < best.i and nationality_adjective(words[0])  # "Dutch members": a people's capital, untagged
    if doc[start].is_sent_start and doc[start].pos_ != "PROPN" and not people:
        words[0] = words[0].lower()  # "Traders" only opens the sentence
    return " ".join(words)


def _group_named_again(doc: Doc, after: int) -> str | None:
    """'… an assembly of several foreign ministers … X and his counterparts gathered … They concluded …
    The foreign ministers agreed': a 'they' with no plural subject before is the group the article names
    again with 'the' just after, when it named that group before too."""
    text = text_of(doc)
    end = after
    for _ in range(3):  # the pronoun's paragraph and the two after it
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    for tok in doc:
        if tok.idx <= after:
            continue
        if tok.idx >= end:
            break
        if tok.dep_ != "nsubj" or tok.tag_ != "NNS" or tok.pos_ != "NOUN" or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        words = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.i + 1 == tok.i or
                 c.dep_ in ("amod", "compound") and doc[c.i + 1].dep_ in ("amod", "compound")] + [tok]
        phrase = " ".join(t.lower_ for t in words)
        if re.search(r"\b" + re.escape(phrase) + r"\b", text[:after].lower()):
            return phrase
        return None
    return None
