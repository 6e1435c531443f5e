"""'… ," Lloyds Bank chief economist Will Buttrose said. / "…," he said.': a 'he' or 'she' right after a named
person's quote is that person, when the one the pronoun was read as was last named before them."""

from __future__ import annotations

from dataclasses import replace

from ..types import Quote
from .speakers.resolver import SpeakerResolver
from .speakers.words import PERSONAL


def pronouns_after_a_named_speaker(text: str, resolver: SpeakerResolver, quotes: list[Quote]) -> list[Quote]:
    """The subject walk gives a pronoun the person last seen as a subject; a name the parse hung elsewhere
    ('…," Lloyds Bank NZA Ltd chief economist Will Buttrose said') is missed, and the pronoun goes back to
    whoever spoke a paragraph earlier. The quote just before, in the same or the paragraph before, with its
    speaker written out and nobody else named since, says who 'he' is."""
    people = {n for k, (e, n) in enumerate(zip(resolver.ents, resolver.full)) if e.label == "PERSON" and
              resolver._person_like(k)}
    out: list[Quote] = []
    for q in quotes:
        pronoun = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else None
        prev = out[-1] if out else None
        # only a person read for the pronoun is corrected: an unnamed source it was read as was brought in since
        if pronoun in ("he", "she") and prev is not None and prev.speaker in people and q.speaker != prev.speaker \
                and (q.speaker is None or q.speaker in people) \
                and prev.speaker_start is not None and prev.speaker_end is not None and \
                text[prev.speaker_start:prev.speaker_end].lower() not in PERSONAL and \
                prev.speaker_start < q.speaker_start and text.count("\n", prev.end, q.start) <= 2 and \
                (prev.speaker in resolver.full_female) == (pronoun == "she") and \
                not _named_between(resolver, prev.speaker, prev.speaker_end, q.speaker_start):
            q = replace(q, speaker=prev.speaker)
        out.append(q)
    return out


def _named_between(resolver: SpeakerResolver, speaker: str, start: int, end: int) -> bool:
    """Anyone but the speaker named as a person between their name and the pronoun."""
    return any(start <= e.start < end and e.label == "PERSON" and name != speaker
               for e, name in zip(resolver.ents, resolver.full))
