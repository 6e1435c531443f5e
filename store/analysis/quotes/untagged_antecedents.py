"""A person the model did not tag is no entity, so the pronoun walk, built from the entities, never sees them: after
'<Name>, a sociologist at <University>, told reporters …' (the name untagged) a '"…," she said' a paragraph on goes
back to the last woman the entities know. The quote rules did name her, as the source of her own quote: that
speaker, in her place in the text, is the nearer antecedent when the one the pronoun was read as was last named
before her."""

from __future__ import annotations

from dataclasses import replace

from ..entities.names import is_female_name, is_male_name
from ..types import Quote
from .speaker_names import a_persons_name
from .speakers.resolver import SpeakerResolver


def untagged_speakers_as_antecedents(text: str, mask: bytearray, resolver: SpeakerResolver,
                                     quotes: list[Quote]) -> list[Quote]:
    known = set(resolver.full)
    # 'Kama Melly QC' after a tagged 'Kama Melly': a name sharing a tagged person's surname is that person (or kin)
    surnames = {n.split()[-1] for e, n in zip(resolver.ents, resolver.full) if e.label == "PERSON"}
    candidates: dict[str, list[Quote]] = {}  # the pronoun -> the quotes whose speaker it may go back to
    out: list[Quote] = []
    for q in quotes:
        pronoun = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else None
        if pronoun in ("he", "she") and (q.speaker is None or q.speaker in resolver.people):
            if pronoun not in candidates:
                candidates[pronoun] = _untagged_speakers(mask, known, surnames, quotes, pronoun)
            found = _untagged_speaker_before(text, resolver, candidates[pronoun], q, pronoun)
            if found is not None and found.speaker != q.speaker:
                q = replace(q, speaker=found.speaker)
        out.append(q)
    return out


def _untagged_speakers(mask: bytearray, known: set[str], surnames: set[str], quotes: list[Quote],
                       pronoun: str) -> list[Quote]:
    """The quotes whose speaker is a name no entity holds, opening on a given name of the pronoun's sex, named
    outside quotation marks, in the order of the quotes."""
    return [p for p in quotes if p.speaker is not None and p.speaker_start is not None and p.speaker_end is not None
            and p.speaker not in known and not surnames & set(p.speaker.split()) and _of_the_sex(p.speaker, pronoun)
            and not any(mask[p.speaker_start:p.speaker_end])]


def _untagged_speaker_before(text: str, resolver: SpeakerResolver, candidates: list[Quote], q: Quote,
                             pronoun: str) -> Quote | None:
    """The latest of the candidates (_untagged_speakers) named before q, in this or the two paragraphs before, with
    no person who may be the pronoun (the one it was read as among them) named since."""
    best = None
    for p in candidates:
        if p.speaker_end > q.start or p.speaker_end > q.speaker_start:
            continue
        if best is None or p.speaker_start > best.speaker_start:
            best = p
    if best is None or text.count("\n", best.speaker_end, q.speaker_start) > 4:
        return None
    for e, name in zip(resolver.ents, resolver.full):
        if best.speaker_end <= e.start < q.speaker_start and e.label == "PERSON" and \
                (name == q.speaker or not _of_the_other_sex(name, pronoun)):
            return None
    return best


def _of_the_sex(name: str, pronoun: str) -> bool:
    words = name.split()
    if not a_persons_name(words):
        return False
    return is_female_name(words[0], surely=True) if pronoun == "she" else is_male_name(words[0])


def _of_the_other_sex(name: str, pronoun: str) -> bool:
    first = name.split()[0]
    return is_male_name(first) if pronoun == "she" else is_female_name(first, surely=True)
