"""newsreader_entities: spaCy's named entities with canonical names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .types import EntityMention


@Language.factory("newsreader_entities")
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


class EntityComponent:
    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        canonical: dict[int, str] = {}
        for ent in doc.ents:
            mentions.append(EntityMention(ent.start_char, ent.end_char, ent.text, ent.label_, ent.text))
            for token in ent:
                canonical[token.i] = ent.text
        doc._.entities = mentions
        doc._.canonical = canonical
        return doc
