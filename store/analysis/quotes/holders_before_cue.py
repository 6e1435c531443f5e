"""'Minister of State for Energy <Name> said', '<Board> director <Name> told', '<Bank> managing director <Name> said':
a post, perhaps after the body it is held in, then its holder's name straight before the cue. The small model
sometimes heads such a subject with the post or the body ("Minister of State", "Board of Foreign Trade"), and the
post or the body became the source, while the entities had already read the words before the name as the person's
role. The person speaks (DESIGN.md: quotes grouped by who said them); the post stays their role.

Only when nothing but the role, the body's name and commas stand between the source found and the name: a
preposition or a verb there ("an aide to <Post> <Name>", "a group led by <Name>") makes the name someone else's."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..types import EntityMention, Quote

_BODIES = frozenset({"ORG", "GPE", "NORP"})
# the post of a body ("Conflicts Secretary of the <Federation>, <Name>, told")
_POST_OF = frozenset({"of", "the"})


def holders_before_their_cue(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    ents = list(doc._.entities or [])
    people = [e for e in ents if e.label == "PERSON" and e.role]
    if not people:
        return quotes
    out = []
    for q in quotes:
        holder = _holder(doc, text, ents, people, q)
        if holder is not None:
            # the body the source was taken for is the holder's, unless its name ran into the post's words
            # ("<Nationality> Trade and Industry" for "... Trade and Industry Minister <Name>")
            role = text.rfind(holder.role, q.speaker_start, holder.start)
            body = next((e.canonical for e in ents if e.label == "ORG" and e.start == q.speaker_start and
                         e.end <= role), None)
            q = replace(q, speaker=holder.canonical, speaker_start=holder.start, speaker_end=holder.end,
                        speaker_role=q.speaker_role if q.speaker == holder.canonical else holder.role,
                        affiliation=body)
        out.append(q)
    return out


def _holder(doc: Doc, text: str, ents: list[EntityMention], people: list[EntityMention],
            q: Quote) -> EntityMention | None:
    ss, se, cue = q.speaker_start, q.speaker_end, q.cue_start
    if ss is None or se is None or cue is None or not q.speaker or se > cue:
        return None
    person = next((p for p in people if se <= p.start and p.end <= cue and not text[p.end:cue].strip(" ,")), None)
    if person is None or person.canonical == q.speaker or "\n" in text[ss:cue]:
        return None
    role = text.rfind(person.role, ss, person.start)
    if role < 0:
        return None
    # "<Post> of the <Body>, <Name>": the body the post belongs to may stand between the role and the name
    if not _only_bodies(doc, ents, max(se, role + len(person.role)), person.start, _POST_OF):
        return None
    if role > se and not _only_bodies(doc, ents, se, role, frozenset()):
        return None
    return person


def _only_bodies(doc: Doc, ents: list[EntityMention], start: int, end: int, words: frozenset[str]) -> bool:
    """Nothing between start and end but commas, names of bodies or places, and the given words."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    for tok in span if span is not None else ():  # the words there, not a walk over the whole article
        if tok.idx < start or tok.idx >= end:
            continue
        if tok.text == "," or tok.lower_ in words:
            continue
        if any(e.start <= tok.idx and tok.idx + len(tok) <= e.end and e.label in _BODIES for e in ents):
            continue
        return False
    return True
