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
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import gazetteer
from .names import is_first_name
from ..types import EntityMention

_TITLES = frozenset(
    json.loads(resources.files(__package__).joinpath("titles.json").read_text(encoding="utf-8"))["titles"]
)
_MAX_TITLE_WORDS = max(len(t.split()) for t in _TITLES)
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "into", "across", "toward", "towards", "outside", "via", "of"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "&", "on", "in", "de"}
# words that make a name an organisation's, whatever first name it opens with ("Morgan Stanley Bank")
_ORG_WORDS = {"bank", "group", "inc", "corp", "co", "ltd", "plc", "company", "council", "committee", "party",
              "association", "union", "university", "institute", "foundation", "fund", "trust", "holdings",
              "partners", "capital", "securities", "motors", "airlines", "airways", "news", "times", "post",
              "ministry", "department", "agency", "office", "court", "club", "house", "school", "hospital"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass
class _Mention:
    start: int  # token indices, after trimming
    end: int
    label: str
    role: str | None
    words: tuple[str, ...]  # for matching: the tokens, less quotation marks around a nickname
    name: str  # as written: "Glawischnig-Piesczek", 'Jeremy "Spike" Cohen'


@Language.factory("newsreader_entities")
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


class EntityComponent:
    def __init__(self) -> None:
        self.places = gazetteer.places()

    def __call__(self, doc: Doc) -> Doc:
        mentions = [m for ent in doc.ents for part in _split_parenthesis(doc, ent)
                    if (m := self._tidy(doc, part)) is not None]
        self._relabel(doc, mentions)
        canonical = self._canonical(mentions)
        _defined_aliases(doc, mentions, canonical)
        _one_label_per_referent(mentions, canonical)
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
        span = doc[start:end]
        words = tuple(t.text for t in span if not t.is_quote)
        return _Mention(start, end, ent.label_, role, words, span.text) if words else None

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
        """Places that the model called a person or an organisation ("weapons to Kyiv" as PERSON),
        and surnames it called something else ("Beesley" as ORG after "Brent Beesley")."""
        person_words = Counter(w for m in mentions if m.label == "PERSON" and len(m.words) > 1 for w in m.words)
        alone = {m.name for m in mentions if len(m.words) == 1}
        for m in mentions:
            if m.label != "PERSON" and self._looks_like_person(doc, m, alone):
                m.label = "PERSON"
                m.role = m.role or self._title_before(doc, m.start)
        surnames = {p.words[-k:] for p in mentions if p.label == "PERSON" for k in range(1, len(p.words))}
        for m in mentions:
            if (m.label in ("ORG", "GPE", "LOC", "NORP", "FAC") and m.words in surnames
                    and m.name not in self.places and not gazetteer.country_code(m.name)):
                m.label = "PERSON"
                continue
            if m.label not in ("PERSON", "ORG") or m.name not in self.places or m.role:
                continue
            if person_words[m.name]:  # "Jordan" in an article that also names Michael Jordan
                continue
            before = doc[m.start - 1].lower_ if m.start else ""
            if gazetteer.country_code(m.name) or before in _PLACE_PREPOSITIONS:
                m.label = "GPE"

    def _looks_like_person(self, doc: Doc, m: _Mention, alone: set[str]) -> bool:
        """A name the model took for an organisation or a place ("Finance Minister Kiichi Miyazawa" as ORG):
        two or three capitalised words, not a known place, opening with a first name, and either
        after a title or met again by its last word alone ("Miyazawa said")."""
        if m.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 2 <= len(m.words) <= 3:
            return False
        if not all(w[:1].isupper() and w.isalpha() for w in m.words) or m.name in self.places:
            return False
        if any(w.lower() in _ORG_WORDS for w in m.words) or not is_first_name(m.words[0]):
            return False
        return self._title_before(doc, m.start) is not None or m.words[-1] in alone

    # -- canonical names -----------------------------------------------------

    def _canonical(self, mentions: list[_Mention]) -> dict[int, str]:
        names: dict[int, str] = {}
        persons = [m for m in mentions if m.label == "PERSON"]
        full_names = Counter(m.words for m in persons)
        as_written: dict[tuple[str, ...], str] = {}
        for m in persons:
            as_written.setdefault(m.words, m.name)
        orgs = [m for m in mentions if m.label == "ORG"]
        for m in mentions:
            if m.label in ("GPE", "LOC", "NORP", "ORG"):
                code = gazetteer.country_code(m.name) if m.label != "NORP" else None
                if code:
                    names[id(m)] = gazetteer.country_name(code)
                    continue
            if m.label == "PERSON":
                names[id(m)] = as_written[self._longest_name(m.words, full_names)]
            elif m.label in ("ORG", "NORP", "GPE", "LOC", "FAC"):
                expanded = self._expand_acronym(m, orgs)
                if expanded != m.name:  # "FCA" tagged NORP is the Farm Credit Administration
                    names[id(m)], m.label = expanded, "ORG"
        return names

    @staticmethod
    def _longest_name(words: tuple[str, ...], full_names: Counter) -> tuple[str, ...]:
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
        return best

    @staticmethod
    def _expand_acronym(m: _Mention, orgs: list[_Mention]) -> str:
        """An all-capitals name spelled by the starts of a longer one's words: SCO -> Shanghai
        Cooperation Organisation, SIMEX -> Singapore International Monetary Exchange."""
        if len(m.words) != 1 or not (2 <= len(m.name) <= 8) or not m.name.isupper() or not m.name.isalpha():
            return m.name
        for other in orgs:
            if len(other.words) > 1 and _spells(m.name.lower(), [w.lower() for w in other.words]):
                return other.name
        return m.name


def _split_parenthesis(doc: Doc, ent: Span) -> list[Span]:
    """'Chicago Board of Trade (CBOT)' read as one entity is two names for one referent."""
    for tok in ent:
        if tok.text == "(" and tok.i > ent.start:
            inner_start, inner_end = tok.i + 1, ent.end
            while inner_end > inner_start and doc[inner_end - 1].text == ")":
                inner_end -= 1
            parts = [Span(doc, ent.start, tok.i, label=ent.label)]
            if inner_end > inner_start:
                parts.append(Span(doc, inner_start, inner_end, label=ent.label))
            return parts
    return [ent]


def _defined_aliases(doc: Doc, mentions: list[_Mention], canonical: dict[int, str]) -> None:
    """'the Chicago Board of Trade (CBOT)' defines CBOT: every CBOT in the article is that board."""
    aliases: dict[str, str] = {}
    for full, short in zip(mentions, mentions[1:]):
        between = doc[full.end : short.start].text.strip()
        if (full.label == "ORG" and between == "(" and len(short.words) == 1 and short.name.isupper()
                and len(full.words) > 1 and doc[short.end : short.end + 1].text == ")"):
            aliases[short.name] = canonical.get(id(full), full.name)
    if not aliases:
        return
    for m in mentions:
        if m.name in aliases:
            canonical[id(m)] = aliases[m.name]
            m.label = "ORG"


def _one_label_per_referent(mentions: list[_Mention], canonical: dict[int, str]) -> None:
    """Mentions of one referent share its label: the one most of them carry, else the fullest mention's."""
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            groups.setdefault(canonical.get(id(m), m.name), []).append(m)
    for group in groups.values():
        labels = Counter(m.label for m in group)
        if len(labels) < 2:
            continue
        fullest = max(group, key=lambda m: len(m.words)).label
        label = max(labels, key=lambda lab: (labels[lab], lab == fullest))
        for m in group:
            m.label = label


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the starts of the words, in order: every word but 'of', 'the' … gives
    at least its first letter ('cbot': Chicago Board Of Trade; 'simex': SIngapore … EXchange)."""

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acronym)
        word = words[j]
        if word in _ACRONYM_SKIP and match(i, j + 1):
            return True
        k = 1
        while k <= len(word) and i + k <= len(acronym) and acronym[i + k - 1] == word[k - 1]:
            if match(i + k, j + 1):
                return True
            k += 1
        return False

    return match(0, 0)
