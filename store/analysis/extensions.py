"""The Doc extensions that newsreader's pipeline components fill in.

Set before the pipeline runs:
    doc._.published        date | None   the publication date, when known
Set by the components, in pipeline order:
    doc._.entities         list[EntityMention]   newsreader_entities
    doc._.canonical        dict[int, str]        token index -> canonical name (entities)
    doc._.aliases          dict[tuple, str]      folded name words -> canonical name (entities)
    doc._.referents        dict[str, Referent]   canonical name -> label, role, affiliation (entities)
    doc._.reference_date   ReferenceDate         newsreader_dates
    doc._.dates            list[DateMention]     newsreader_dates
    doc._.quotes           list[Quote]           newsreader_quotes
"""

from __future__ import annotations

from spacy.tokens import Doc

_DEFAULTS = {
    "published": None,
    "entities": None,
    "canonical": None,
    "aliases": None,
    "referents": None,
    "reference_date": None,
    "dates": None,
    "quotes": None,
}


def register() -> None:
    for name, default in _DEFAULTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
__all__ = ["register"]
