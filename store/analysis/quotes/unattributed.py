"""Direct quotes whose source the parse left out: a quote with no cue of its own inside a paragraph about one person
(that person's words), and a cue that opens its sentence with the source named after it.

Features and interviews write 'Jenn St-Onge told of her start, after years of praise. “In my first stint …”'
or 'Underwhelmed, she left the series. “This is not what I wanted …”': the quote stands alone, but its
paragraph has already said whose it is. Runs of quoted paragraphs are left to the run rules; this covers the
quote that shares its paragraph with the writer's sentence about the speaker.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..types import Quote
from .index import sent_bounds, text_of
from .questions_put import put_at
from .speakers.resolver import SpeakerResolver
from .speakers.words import PERSONAL

_SUBJECTS = ("nsubj", "nsubjpass")
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"}


def speakers_from_paragraph(doc: Doc, resolver: SpeakerResolver, mask: bytearray, quotes: list[Quote]) -> list[Quote]:
    text = text_of(doc)
    people = resolver.people
    out: list[Quote] = []
    for q in quotes:
        if q.kind in ("direct", "mixed") and q.cue is not None and q.speaker is None and q.cue_start is not None:
            if q.start < q.cue_start < q.end:  # between two pieces: "…," said Ana Ruiz, "…"; or "…," Ana Ruiz said. "…"
                q = _named_right_after_its_cue(resolver, q)
            if q.speaker is None:
                q = _named_before_its_cue(text, resolver, q)
        if q.kind == "direct" and q.cue is not None and q.speaker is None:
            q = _named_after_its_cue(text, resolver, q)
        if q.cue is not None and q.speaker is None and q.cue_end is not None and q.cue_end <= q.start and \
                not put_at(doc, q.cue_start):
            q = _only_person_before_its_cue(doc, resolver, q)
        elif q.kind == "direct" and q.cue is None and q.speaker is None:
            opening = text.rfind("\n", 0, q.start) + 1
            prev = next((p for p in reversed(out) if p.speaker and opening <= p.start and p.end <= q.start), None)
            if prev is not None:
                if not _subject_between(doc, resolver, mask, prev.end, q.start, prev.speaker):
                    q = replace(q, speaker=prev.speaker, speaker_start=prev.speaker_start, speaker_end=prev.speaker_end)
            else:
                q = _subject_before(doc, resolver, mask, people, opening, q)
                if q.speaker is None:
                    q = _introduced_just_before(doc, resolver, mask, people, opening, q)
        out.append(q)
    return out


def _subject_between(doc: Doc, resolver: SpeakerResolver, mask: bytearray, start: int, end: int,
                     speaker: str | None) -> bool:
    """Someone else may speak between: a subject outside the quotes that is a name or a person's pronoun
    ("Tasha Yar's bridge station, which was …" names no one new), and not the speaker of the quote before
    ('"…," Chapman told Wikinews. The costume "is very warm …"': Chapman still)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return any(t.dep_ in _SUBJECTS and not mask[t.idx] and (t.ent_type_ in ("PERSON", "ORG") or t.lower_ in PERSONAL)
               and resolver.resolve(t)[0] != speaker for t in span)


def _subject_before(doc: Doc, resolver: SpeakerResolver, mask: bytearray, people: frozenset[str], opening: int,
                    q: Quote) -> Quote:
    """The person the writer's sentence just before the quote, in its paragraph, is about."""
    at = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if at is None:
        return q
    lo, _ = sent_bounds(doc, at.start)
    sentence_start = lo if doc[lo].idx < q.start and not mask[doc[lo].idx] else None
    if sentence_start is None:  # the quote opens its sentence: the one before it
        if lo == 0 or doc[lo - 1].idx < opening:
            return q
        sentence_start = sent_bounds(doc, lo - 1)[0]
    subject = _main_subject(doc, mask, sentence_start, at.start)
    if subject is None or doc[sentence_start].idx < opening:
        return q
    return _spoken_by(resolver, people, subject, q)


def _introduced_just_before(doc: Doc, resolver: SpeakerResolver, mask: bytearray, people: frozenset[str],
                            opening: int, q: Quote) -> Quote:
    """'<Name>, who keeps a stall on the square, has watched the rents rise. / "…"': a quotation that opens its
    own paragraph, with no cue and no one the runs could carry on, after a paragraph of the writer's own (no
    quotation in it) whose last sentence is about a person by name (or 'he'/'she'): that person, just brought in or
    just written about, is speaking."""
    text = text_of(doc)
    if text[opening:q.start].strip():
        return q
    end = len(text[:opening].rstrip())
    start = text.rfind("\n", 0, end) + 1
    if end <= start or any(mask[start:end]) or text[end - 1] not in ".!":
        return q
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None:
        return q
    lo, hi = sent_bounds(doc, last.start)
    if doc[lo].idx < start:
        return q
    subject = _main_subject(doc, mask, lo, hi)
    # a name tagged a person, or 'he'/'she' as the pronoun walk reads them; 'the mayor' may be anyone named before
    if subject is None or not (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON" or
                               subject.lower_ in ("he", "she") and subject.pos_ == "PRON"):
        return q
    return _spoken_by(resolver, people, subject, q)


def _spoken_by(resolver: SpeakerResolver, people: frozenset[str], subject: Token, q: Quote) -> Quote:
    """The quote with the person `subject` stands for as its speaker, when that is one of the article's people."""
    name, s, e = resolver.resolve(subject)
    if name not in people:
        return q
    return replace(q, speaker=name, speaker_start=s, speaker_end=e)


def _main_subject(doc: Doc, mask: bytearray, lo: int, hi: int) -> Token | None:
    """The subject of the main verb of doc[lo:hi], outside quotation marks, a name or 'he'/'she'. The writer's
    verb may hang on a verb inside the quotation that follows ('Ana Lopez also reacted on Twitter, "… I remember
    …"': 'reacted' under 'remember'); it is still the main verb of the writer's words."""
    for t in doc[lo:hi]:
        verb = t.head
        main = verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.i >= hi and mask[verb.head.idx]
        if t.dep_ == "nsubj" and not mask[t.idx] and main and lo <= verb.i < hi and \
                (t.pos_ == "PROPN" or t.lower_ in PERSONAL and t.pos_ == "PRON" or t.pos_ == "NOUN"):
            return t
    return None


def _said_by(resolver: SpeakerResolver, q: Quote, k: int, name: str | None = None) -> Quote:
    """The quote with the k-th named entity as its speaker, under its full name unless another is given."""
    e = resolver.ents[k]
    return replace(q, speaker=name or resolver.full[k], speaker_start=e.start, speaker_end=e.end)


def _named_before_its_cue(text: str, resolver: SpeakerResolver, q: Quote) -> Quote:
    """'"…," Flynn, a top Trump surrogate, said on Thursday', '"…," Tulsa police Chief Chuck Jordan said': the
    parse leaves the cue after the quotation without a subject; the person named first between the closing mark
    and the cue, in the same sentence, is the source."""
    # a quote may have run on over the name ('"…," Gene Sperling', or on to its next piece): from the last
    # closing mark before the cue
    end = q.end if q.end <= q.cue_start and q.kind == "direct" else \
        max(text.rfind("\u201d", q.start, q.cue_start), text.rfind('"', q.start + 1, q.cue_start)) + 1
    between = text[end:q.cue_start]
    if end <= 0 or len(between) > 120 or any(c in between for c in ".!?;\n"):
        return q
    named = [k for k, e in enumerate(resolver.ents) if end <= e.start and e.end <= q.cue_start]
    people = [k for k in named if resolver.ents[k].label == "PERSON"]
    if not people:
        return q
    e = resolver.ents[people[0]]
    # others named after the first only in a phrase set off by a comma ("Flynn, a top Trump surrogate,")
    if len(people) > 1 and not text[e.end:resolver.ents[people[1]].start].lstrip().startswith(","):
        return q
    # "Tulsa police Chief Chuck Jordan" may open with a place and a title; "a spokesman for Ana Ruiz" is not her
    if set(text[end:e.start].lower().split()) & _DETERMINERS:
        return q
    return _said_by(resolver, q, people[0])


def _only_person_before_its_cue(doc: Doc, resolver: SpeakerResolver, q: Quote) -> Quote:
    """'In a panel discussion in Washington, Marc H. Morial, the chief executive of the National Urban League,
    forcefully told a young woman … that "…"': the parse found no subject for the cue's verb; the one person
    named before it in its sentence is the source. A passive cue ("it was reported") has none."""
    cue = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand") if q.cue_start is not None else None
    if cue is None or not len(cue):
        return q
    verb = cue[0]
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in verb.children):
        return q
    lo = verb.sent.start_char
    people = [k for k, e in enumerate(resolver.ents) if lo <= e.start and e.end <= q.cue_start and e.label == "PERSON"]
    if len({resolver.full[k] for k in people}) != 1:
        return q
    e = resolver.ents[people[0]]
    # "Sanders's team", "in Trump's speech": a name that only owns something, or sits in a phrase, is no subject
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or head.dep_ in ("poss", "pobj") or any(c.dep_ == "case" for c in head.children):
        return q
    return _said_by(resolver, q, people[0])


def _named_right_after_its_cue(resolver: SpeakerResolver, q: Quote) -> Quote:
    """'"The risk," said Edward Leamer, an economist …, "is that …"': between the pieces of a quotation the cue
    comes first and the parse takes no subject for it; the person named right after it is the source."""
    if q.cue_end is None or not q.start < q.cue_start < q.end:
        return q
    k = next((k for k, e in enumerate(resolver.ents) if e.start >= q.cue_end), None)
    if k is None or resolver.ents[k].label != "PERSON" or resolver.ents[k].start - q.cue_end > 1:
        return q
    return _said_by(resolver, q, k)


def _named_after_its_cue(text: str, resolver: SpeakerResolver, q: Quote) -> Quote:
    """'Remarked Center for Biological Diversity scientist Tierra Curry, “…”': a cue that opens the sentence has
    its source after it, which the parse does not take for a subject; the one person named between the cue
    and the quote, the name running into the quote, is the source."""
    if q.cue_end is None or q.cue_end > q.start:
        return q
    # "Continued Stone: “…”": a person's surname the model took for an organisation is still theirs
    named = [k for k, e in enumerate(resolver.ents) if q.cue_end <= e.start and e.end <= q.start and
             (e.label == "PERSON" or e.label == "ORG" and e.text in resolver.by_word)]
    if not named:  # the model tagged nothing there: a surname of a person named before, alone
        word = text[q.cue_end:q.start].strip().rstrip(",:").strip()
        if word in resolver.by_word and " " not in word:
            at = text.index(word, q.cue_end)
            return replace(q, speaker=resolver.by_word[word], speaker_start=at, speaker_end=at + len(word))
    if len(named) != 1:
        return q
    e = resolver.ents[named[0]]
    if text[e.end:q.start].strip() not in ("", ",", ":"):
        return q
    return _said_by(resolver, q, named[0], resolver.full[named[0]] if e.label == "PERSON" else resolver.by_word[e.text])
