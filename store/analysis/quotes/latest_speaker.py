"""'… ," Lloyds Bank chief economist Will Buttrose said. / "…," he said.': a 'he' or 'she' right after a named person's
quote is that person, when the one the pronoun was read as was last named before them; 'A spokesman for a smaller
refiner said, "…" / "…," he said.': so is the one unnamed source who has just spoken, and the one who spoke last of
the people, where a pronoun found no one ("…, a bank spokesman told reporters. / <a paragraph of background> / …, he
said")."""

from __future__ import annotations

from dataclasses import replace

from ..entities.names import is_female_name
from ..types import Quote
from .speaker_names import a_persons_name
from .speakers.resolver import SpeakerResolver
from .speakers.words import NAMELESS_PRONOUNS, ONE_SOURCE, PEOPLE, PERSONAL
from .unnamed_going_on import GENDERED, one_unnamed_again, one_unnamed_going_on

_SHE, _HE = {"spokeswoman"}, {"spokesman"}


def pronouns_after_a_named_speaker(text: str, resolver: SpeakerResolver, quotes: list[Quote]) -> list[Quote]:
    """The subject walk gives a pronoun the person last seen as a subject; a name the parse hung elsewhere
    ('…," Lloyds Bank NZA Ltd chief economist Will Buttrose said') is missed, and the pronoun goes back to
    whoever spoke a paragraph earlier. The quote just before, in the same or the paragraph before, with its
    speaker written out and nobody else named since, says who 'he' is."""
    people = resolver.people
    out: list[Quote] = []
    for q in quotes:
        pronoun = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else None
        prev = out[-1] if out else None
        said_by = text[prev.speaker_start:prev.speaker_end].lower() if prev is not None and \
            prev.speaker_start is not None and prev.speaker_end is not None else None
        if pronoun in ("he", "she") and prev is not None and prev.speaker and q.speaker != prev.speaker and \
                said_by is not None and (said_by not in PERSONAL or said_by == pronoun and
                                         one_unnamed_going_on(prev.speaker, people, chained=True)) and \
                prev.speaker_start < q.speaker_start and text.count("\n", prev.end, q.start) <= 2 and \
                not _named_between(resolver, prev.speaker, prev.speaker_end, q.speaker_start) and (
                    # only a person read for the pronoun is corrected: an unnamed source it was read as was
                    # brought in since
                    prev.speaker in people and (q.speaker is None or q.speaker in people) and
                    (prev.speaker in resolver.full_female) == (pronoun == "she") or
                    q.speaker is None and _untagged_person(prev.speaker, pronoun) or
                    (_one_unnamed(text, prev, pronoun) or said_by == pronoun or
                     one_unnamed_again(text, prev, pronoun, people)) and
                    not _written_between(text, q.speaker, prev, q)):
            q = replace(q, speaker=prev.speaker)
        out.append(q)
    return out


def pronouns_back_to_one_unnamed(text: str, resolver: SpeakerResolver, quotes: list[Quote]) -> list[Quote]:
    """A wire story's unnamed spokesman goes on under 'he' after a paragraph of background, or after a report the
    firm or a document gives ('<Firm> expects …'); the pronoun walk, which looks for a person named or a source in
    the sentence before, finds no one there and the words would be shown as no one's. The one unnamed person who
    spoke last, with no other person speaking or named since, in this or the two paragraphs before, is the 'he'."""
    people = resolver.people
    out: list[Quote] = []
    for q in quotes:
        pronoun = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else None
        if pronoun in ("he", "she") and (q.speaker is None or q.speaker.lower() in NAMELESS_PRONOUNS):
            last = _last_person_speaking(text, out, q, people)
            if last is not None and one_unnamed_going_on(last.speaker, people) and \
                    last.speaker.split()[-1].lower() not in GENDERED[pronoun] and \
                    not _named_between(resolver, "", last.speaker_end, q.speaker_start):
                q = replace(q, speaker=last.speaker, speaker_role=last.speaker_role, affiliation=last.affiliation)
        out.append(q)
    return out


def _last_person_speaking(text: str, before: list[Quote], q: Quote, people: frozenset[str]) -> Quote | None:
    """The latest quote before q whose source is someone (a person named or unnamed), when it is near; quotes of
    a firm, a document or no one in between are passed over."""
    for p in reversed(before):
        if p.speaker_start is None or p.speaker_end is None or p.speaker_start >= q.speaker_start:
            continue
        if text.count("\n", p.speaker_end, q.speaker_start) > 4:
            return None
        if p.speaker and (p.speaker in people or one_unnamed_going_on(p.speaker, people)):
            return p
        said_by = text[p.speaker_start:p.speaker_end].lower().split()
        if said_by and said_by[-1] in PEOPLE:
            return None  # "A spokesman for <Holding>" read as the holding is still another person speaking
    return None


def _untagged_person(name: str, pronoun: str) -> bool:
    """'U.S. Ambassador to the Forum Tom Vance said. / He told …': a person's name the model ran into an organisation's
    is no PERSON to the pronoun walk, which then finds no one; a name opening on a given name of the pronoun's gender
    is the person."""
    words = name.split()
    return a_persons_name(words) and is_female_name(words[0], surely=pronoun == "she") == (pronoun == "she")


def _named_between(resolver: SpeakerResolver, speaker: str, start: int, end: int) -> bool:
    """Anyone but the speaker named as a person between their name and the pronoun."""
    return any(start <= e.start < end and e.label == "PERSON" and name != speaker
               for e, name in zip(resolver.ents, resolver.full))


def _one_unnamed(text: str, quote: Quote, pronoun: str) -> bool:
    """'A spokesman for a smaller refiner said': one source brought in unnamed, whom the pronoun may mean."""
    words = text[quote.speaker_start:quote.speaker_end].lower().split()
    head = quote.speaker.split()[-1] if quote.speaker else ""
    return len(words) > 1 and words[0] in ("a", "an", "one", "another") and head in ONE_SOURCE and \
        quote.speaker[:1].islower() and head not in (_SHE if pronoun == "he" else _HE)


def _written_between(text: str, name: str | None, prev: Quote, q: Quote) -> bool:
    """The source the pronoun was read as is written again after the unnamed one spoke ('An analyst agreed')."""
    if not name or prev.speaker_end is None or q.speaker_start is None:
        return False
    return name.split()[-1].lower() in text[prev.speaker_end:q.speaker_start].lower()
