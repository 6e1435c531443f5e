"""'In a statement, Tom Reed, Harlow chairman said …': a person's name, a comma, then the post they hold as the
subject of the cue, written without the comma that would close the apposition. The parse hangs the name on the
comma and makes the post the subject; the person speaks, and the post is their role (the organisation before it,
their affiliation)."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.referents import key


def person_before_post(resolver, token: Token) -> tuple[str, int, int] | None:
    doc = resolver.doc
    if not token.is_lower or token.lower_ not in resolver.titles or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "poss"):
            return None  # "…, the chairman said", "…, his spokesman said": someone else's post, maybe
        if child.dep_ in ("compound", "amod"):
            start = min(start, child.left_edge.i)
    if start < 2 or doc[start - 1].text != ",":
        return None
    last = doc[start - 2]
    k = resolver.overlapping(last.idx, last.idx + len(last))
    if k is None or resolver.ents[k].label != "PERSON" or resolver.ents[k].end != last.idx + len(last):
        return None
    person = doc.char_span(resolver.ents[k].start, resolver.ents[k].end, alignment_mode="expand")
    if person is None or person.start == 0:
        return None
    before = doc[person.start - 1]
    if not (before.is_sent_start or before.text in (",", ":") or before.is_space) and person.start != person.sent.start:
        return None  # "met Tom Reed, Harlow chairman said": the name is the object of another clause
    if last.dep_ in ("nsubj", "nsubjpass", "dobj") and last.head.i != token.head.i:
        return None
    name = resolver.full[k]
    resolver.lead_roles.setdefault(name, token.text)
    for part in doc[start:token.i]:
        if part.pos_ != "PROPN":
            continue
        j = resolver.overlapping(part.idx, part.idx + len(part))
        owner = resolver.full[j] if j is not None and resolver.ents[j].label == "ORG" else \
            (doc._.aliases or {}).get(key((part.text,)))
        if owner:
            resolver.lead_affiliations.setdefault(name, owner)
            break
    return name, resolver.ents[k].start, resolver.ents[k].end
