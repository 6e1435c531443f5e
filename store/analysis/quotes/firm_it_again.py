"""'<Firm> said it won a contract. / It said the contract is worth …': a short wire story has its firm go on as "it".
The subject walk reads "it" (and "the company") only for an organisation the model tagged, and a firm it left
untagged (a hyphenated name, one tagged a person, one after a ticker) leaves the pronoun as no one and "the company"
as the bare word, though the report just before was the firm's own. The firm that spoke last, in this or the
paragraph before, with no one else speaking since, is the "it"."""

from __future__ import annotations

from dataclasses import replace

from ..types import Quote
from .speakers.resolver import SpeakerResolver
from .speakers.words import FIRM_NOUNS, SUBJECT_PRONOUNS


def firm_it_again(text: str, resolver: SpeakerResolver, quotes: list[Quote]) -> list[Quote]:
    """An "it" the rules left as no one, or a bare "the company" left as the word, speaks for the firm of the quote
    just before, when that quote's speaker is written out as a name (not a pronoun, not an unnamed source), is no
    person of the article, and stands at most one paragraph back."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and _unresolved_it(text, q) and _firm_speaking(text, resolver, prev) and \
                prev.speaker_start < q.speaker_start and text.count("\n", prev.end, q.start) <= 2:
            q = replace(q, speaker=prev.speaker, speaker_role=None, affiliation=None)
        out.append(q)
    return out


def _unresolved_it(text: str, q: Quote) -> bool:
    """An "it" left as no one, or a bare "the company" left as the word itself."""
    if q.speaker_start is None:
        return False
    written = text[q.speaker_start:q.speaker_end].lower()
    if written == "it":
        return q.speaker is None or q.speaker.lower() == "it"
    words = written.split()
    # only the nouns for any firm ("the bank" may be none of the firms named), and only "the company said" or "...,
    # the company said": "the company named in the suit has denied" is another firm, which the resolver left bare
    return len(words) == 2 and words[0] == "the" and words[1] in FIRM_NOUNS and q.speaker == words[1] \
        and q.cue_start is not None and _next_to(text, q.speaker_start, q.speaker_end, q.cue_start)


def _next_to(text: str, start: int, end: int, cue: int) -> bool:
    """The source written straight before its cue ("the company said") or straight after it ("said the company")."""
    return not text[end:cue].strip() if cue >= end else not text[cue:start].split(None, 1)[1:]


def _firm_speaking(text: str, resolver: SpeakerResolver, q: Quote) -> bool:
    if not q.speaker or q.speaker_start is None or not q.speaker[:1].isupper():
        return False
    written = text[q.speaker_start:q.speaker_end]
    if not written[:1].isupper() and not written.lower().startswith("the "):
        return False  # "it", "he", "they", "a spokesman": not a name written out
    if written.lower() in SUBJECT_PRONOUNS:
        return False
    # a person is never "it", though a firm the model tagged as one is lost with him ("<Firm> chairman <Name> said
    # it will ...", then "It said": the firm, not its chairman)
    return q.speaker not in resolver.people
