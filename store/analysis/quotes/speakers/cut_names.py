"""'The Liberal Democrats said …': the model may tag only the last word of a party's or group's name ("Democrats"),
leaving the capitalised word before it outside. That word, written straight before the tagged name inside the same
noun phrase and tagged as nothing else, is part of the name the source speaks under (DESIGN.md, "Canonical names":
the fullest name the article gives); a place ("US Democrats") or a post is not."""

from __future__ import annotations

from .words import TITLE_WORDS


def name_cut_short(resolver, k: int, name: str) -> str:
    e = resolver.ents[k]
    if e.label not in ("NORP", "ORG") or len(name.split()) != 1:
        return name
    span = resolver.span_of(e)
    if span is None or span.start == 0:
        return name
    before = resolver.doc[span.start - 1]
    if before.head.i != span.root.i or before.dep_ not in ("compound", "amod") or not before.is_title or \
            not before.is_alpha or before.ent_type_ or before.is_sent_start or before.lower_ in TITLE_WORDS:
        return name
    return f"{before.text} {name}"
