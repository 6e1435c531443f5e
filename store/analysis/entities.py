"""newsreader_entities: spaCy's named entities, tidied, relabelled where plainly wrong, and canonical.

One canonical name per referent in an article:
- "Chinese President Xi Jinping" and "Xi" are both Xi Jinping (role: President);
- "the United States", "US" and "U.S." are all United States (country data from pycountry);
- "Shanghai Cooperation Organisation" and "SCO" are one organisation (initials);
- a leading "the" and a possessive "'s" are not part of a name.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import gazetteer
from .types import EntityMention

_TITLES = frozenset(
    json.loads(resources.files("store.analysis").joinpath("data", "titles.json").read_text(encoding="utf-8"))["titles"]
)
_MAX_TITLE_WORDS = max(len(t.split()) for t in _TITLES)
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "into", "across", "toward", "towards", "outside", "via", "of"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "&", "on", "in", "de"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass
class _Mention:
    start: int  # token indices, after trimming
    end: int
    label: str
    role: str | None
    words: tuple[str, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


@Language.factory("newsreader_entities")
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


class EntityComponent:
    def __init__(self) -> None:
        self.places = gazetteer.places()

    def __call__(self, doc: Doc) -> Doc:
        mentions = [m for m in (self._tidy(doc, ent) for ent in doc.ents) if m is not None]
        self._relabel(doc, mentions)
        canonical = self._canonical(mentions)
        out: list[EntityMention] = []
        by_token: dict[int, str] = {}
        for m in mentions:
            name = canonical.get(id(m), m.name)
            span = doc[m.start : m.end]
            out.append(EntityMention(span.start_char, span.end_char, span.text, m.label, name, m.role))
            for i in range(m.start, m.end):
                by_token[i] = name
        doc._.entities = out
        doc._.canonical = by_token
        return doc

    # -- tidy ----------------------------------------------------------------

    def _tidy(self, doc: Doc, ent: Span) -> _Mention | None:
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        role = None
        if ent.label_ == "PERSON":
            inner = self._title_at_start(doc, start, end)
            if inner:
                role, start = " ".join(t.text for t in doc[start:inner]), inner
            role = role or self._title_before(doc, start)
        if start >= end:
            return None
        return _Mention(start, end, ent.label_, role, tuple(t.text for t in doc[start:end]))

    def _title_at_start(self, doc: Doc, start: int, end: int) -> int:
        """The index after a title that opens the name ("President Putin"), or 0."""
        for n in range(min(_MAX_TITLE_WORDS, end - start - 1), 0, -1):
            if doc[start : start + n].text.lower() in _TITLES:
                return start + n
        return 0

    def _title_before(self, doc: Doc, start: int) -> str | None:
        for n in range(min(_MAX_TITLE_WORDS, start), 0, -1):
            words = doc[start - n : start]
            if words.text.lower() in _TITLES:
                return words.text
        return None

    # -- relabel -------------------------------------------------------------

    def _relabel(self, doc: Doc, mentions: list[_Mention]) -> None:
        """Places that the model called a person or an organisation ("weapons to Kyiv" as PERSON)."""
        person_words = Counter(w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words)
        for m in mentions:
            if m.label not in ("PERSON", "ORG") or m.name not in self.places or m.role:
                continue
            if person_words[m.name]:  # "Jordan" in an article that also names Michael Jordan
                continue
            before = doc[m.start - 1].lower_ if m.start else ""
            if gazetteer.country_code(m.name) or before in _PLACE_PREPOSITIONS:
                m.label = "GPE"

    # -- canonical names -----------------------------------------------------

    def _canonical(self, mentions: list[_Mention]) -> dict[int, str]:
        names: dict[int, str] = {}
        persons = [m for m in mentions if m.label == "PERSON"]
        full_names = Counter(m.words for m in persons)
        orgs = [m for m in mentions if m.label == "ORG"]
        for m in mentions:
            if m.label in ("GPE", "LOC", "NORP", "ORG"):
                code = gazetteer.country_code(m.name) if m.label != "NORP" else None
                if code:
                    names[id(m)] = gazetteer.country_name(code)
                    continue
            if m.label == "PERSON":
                names[id(m)] = self._longest_name(m.words, full_names)
            elif m.label == "ORG":
                names[id(m)] = self._expand_acronym(m, orgs)
        return names

    @staticmethod
    def _longest_name(words: tuple[str, ...], full_names: Counter) -> str:
        """The fullest name in the article that contains these words: "Xi" -> "Xi Jinping"."""
        best, best_key = words, (len(words), full_names[words])
        n = len(words)
        for other, count in full_names.items():
            if len(other) <= n:
                continue
            if any(other[i : i + n] == words for i in range(len(other) - n + 1)):
                key = (len(other), count)
                if key > best_key:
                    best, best_key = other, key
        return " ".join(best)

    @staticmethod
    def _expand_acronym(m: _Mention, orgs: list[_Mention]) -> str:
        """An all-capitals name spelled by the initials of a longer one: SCO -> Shanghai Cooperation Organisation."""
        if len(m.words) != 1 or not (2 <= len(m.name) <= 6) or not m.name.isupper():
            return m.name
        for other in orgs:
            initials = "".join(w[0] for w in other.words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper())
            if len(other.words) > 1 and initials == m.name:
                return other.name
        return m.name
