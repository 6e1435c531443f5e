"""newsreader_entities: spaCy's named entities, tidied, relabelled where plainly wrong, and canonical.

One canonical name per referent in an article:
- "Chinese President Xi Jinping" and "Xi" are both Xi Jinping (role: President);
- "the United States", "US" and "U.S." are all United States (country data from pycountry);
- "Shanghai Cooperation Organisation" and "SCO" are one organisation (initials);
- a leading "the" and a possessive "'s" are not part of a name.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.strings import StringStore
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..paragraphs import DATELINE
from ..types import EntityMention
from . import gazetteer
from .names import is_first_name
from .referents import CORPORATE, Referent, contains, fold, key

_TITLES = frozenset(
    json.loads(resources.files(__package__).joinpath("titles.json").read_text(encoding="utf-8"))["titles"]
)
_MAX_TITLE_WORDS = max(len(t.split()) for t in _TITLES)
_HEADS_DATA = json.loads(resources.files(__package__).joinpath("heads.json").read_text(encoding="utf-8"))
_HEADS = {kind: frozenset(words) for kind, words in _HEADS_DATA.items() if not kind.startswith("_")
          and isinstance(words, list)}
_LOWER_HEADS = {StringStore().add(w) for kind in ("lower_LOC", "lower_FAC", "lower_buildings") for w in _HEADS[kind]}
# the noun an article puts beside a name -> the kind of thing it names
_SAID_TO_BE = {noun: kind for kind, nouns in _HEADS_DATA["said_to_be"].items() for noun in nouns}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "into", "across", "toward", "towards", "outside", "via", "of"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "&", "on", "in", "de"}
# words that make a name an organisation's, whatever first name it opens with ("Morgan Stanley Bank")
_ORG_WORDS = {"bank", "group", "inc", "corp", "co", "ltd", "plc", "company", "council", "committee", "party",
              "association", "union", "university", "institute", "foundation", "fund", "trust", "holdings",
              "partners", "capital", "securities", "motors", "airlines", "airways", "news", "times", "post",
              "ministry", "department", "agency", "office", "court", "club", "house", "school", "hospital",
              "international", "organisation", "organization", "commission", "service", "police"}
_ORG_TAILS = {"service", "services", "presidency", "agency", "office", "authority", "directorate", "administration",
             "commission", "committee", "council", "board", "bureau", "institute", "foundation", "association",
             "corporation", "ministry", "department", "secretariat", "inspectorate", "command"}
# the last words of a name the model left untagged that make it an organisation's: "The Federal Reserve Board voted"
_UNTAGGED_ORG_ENDS = _ORG_TAILS | {"police"}
# a capitalised word before a name that is a job, not a first name: "Immunologist Kristian Andersen"
_ROLE_ENDINGS = ("ologist", "ist", "er", "or", "ian", "ive")
_TICKER = {"<", ">"}
_STRINGS = StringStore()  # hashes are the same in every vocabulary
_AND = _STRINGS.add("and")
_OPEN_BRACKET = _STRINGS.add("<")
_HONORIFICS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof.", "professor"}  # "Dr Martisius"
_MONEY = {"dlr", "dlrs", "dollar", "dollars", "cents"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass
class _Mention:
    start: int  # token indices, after trimming
    end: int
    label: str
    role: str | None
    affiliation: str | None
    words: tuple[str, ...]  # for matching: the tokens, less quotation marks around a nickname
    name: str  # as written: "Glawischnig-Piesczek", 'Jeremy "Spike" Cohen'


@Language.factory("newsreader_entities")
def make_entities(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent()


class EntityComponent:
    def __init__(self) -> None:
        self.places = gazetteer.places()

    def __call__(self, doc: Doc) -> Doc:
        mentions = [m for ent in doc.ents for piece in _split_parenthesis(doc, ent)
                    for part in self._split_at_a_place(doc, piece) for m in self._tidy(doc, part)]
        mentions = _headline_names(doc, mentions)
        mentions = _joined_organisations(doc, mentions)
        mentions = [m for m in _with_companies(doc, mentions)
                    if not (len(m.words) == 1 and m.words[0].lower() in _HEADS["generic"])]
        mentions = _lower_case_heads(doc, mentions, self.places)
        mentions = _bracketed_companies(doc, mentions)
        mentions = _untagged_full_names(doc, mentions, self.places)
        mentions = _firms_joined_by_and(doc, mentions, self.places)
        self._relabel(doc, mentions)
        _by_head_word(mentions)
        self._towns(doc, mentions)
        _persons_only_ever_in(doc, mentions)
        _cued_kinds(doc, mentions)
        companies = _company_names(mentions)
        canonical = self._canonical(mentions, companies)
        _dateline_place(doc, mentions, canonical)
        _defined_aliases(doc, mentions, canonical)
        _short_forms(mentions, canonical)
        orgs = {i: canonical.get(id(o), o.name) for o in mentions if o.label == "ORG" for i in range(o.start, o.end)}
        for m in mentions:
            if m.label == "PERSON":
                self._described(doc, m, orgs)
        # names the model did not tag but a reader knows from the article ("Geodyne said" after "Geodyne Resources Inc")
        aliases = dict(companies)
        for m in mentions:
            aliases.setdefault(key(m.words), canonical.get(id(m), m.name))
        _one_label_per_referent(mentions, canonical)
        mentions = _untagged_surnames(doc, mentions, canonical, self.places)
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
        doc._.aliases = aliases
        doc._.referents = _referents(mentions, canonical)
        return doc

    # -- tidy ----------------------------------------------------------------

    def _tidy(self, doc: Doc, ent: Span) -> list[_Mention]:
        """The mention of a name, trimmed and labelled; two when the model ran an organisation or place
        into a person's name ("Senator from Vermont Bernie Sanders": Vermont, and Bernie Sanders)."""
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while start < end and (doc[start].text in _TICKER or doc[start].is_space or doc[start].is_quote):
            start += 1  # 'known as the "Blue House"': the mark is no part of the name
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].text in _TICKER):
            end -= 1
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            while end - start > 1 and (doc[end - 1].is_lower and doc[end - 1].is_alpha or doc[end - 1].like_num) \
                    and doc[end - 1].lower_ not in _ORG_TAILS and doc[end - 1].lower_ not in ("of", "and", "for", "de"):
                end -= 1  # "U.S. earnings", "Humberto 75 miles": the model ran a name into the words after it
        if end > start and doc[end - 1].lower_ in ("of", "and", "for", "de") and end < len(doc):
            # "[The Ministry of Foreign Affairs of] Greece": the model stopped one name short
            nxt = next((e for e in doc.ents if e.start == end), None)
            end = nxt.end if nxt is not None and ent.label_ == "ORG" else end - 1
        if ent.label_ == "ORG":
            while end < len(doc) and doc[end].lower_ in _ORG_TAILS and doc[end].text[:1].isupper() \
                    and not doc[end].ent_type_:
                end += 1  # "French Civil Security [Service]": the model stopped before the organisation's own word
        role = affiliation = None
        label = ent.label_
        owners: list[_Mention] = []
        if label in ("PERSON", "ORG", "GPE", "NORP", "FAC") and (cut := self._person_inside(doc, start, end)):
            owner = start
            while owner < cut and (doc[owner].is_lower or doc[owner].is_punct):
                owner += 1  # "Senator from [Vermont]"
            while owner < cut and doc[owner].lower_ in _TITLES:
                owner += 1
            if owner < cut and not (cut - owner == 1 and is_first_name(doc[owner].text)):
                place = doc[owner:cut].text in self.places or gazetteer.country_code(doc[owner:cut].text)
                owners.append(_mention_of(doc[owner:cut], "GPE" if place else "ORG"))
            label, affiliation, start = "PERSON", doc[start:cut].text, cut
        if label in ("ORG", "NORP", "GPE", "FAC") and (inner := self._title_at_start(doc, start, end)) and (
                end - inner >= 2 and is_first_name(doc[inner].text)
                or end - inner == 1 and doc[start:inner].text.lower() in _HONORIFICS):
            label = "PERSON"  # "Detective Constable Daniel Dubé" read as an organisation: a title opens a person's name
        if label == "PERSON":
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end - 1].head.i == end and not doc[end].ent_type_:
                end += 1  # the model stopped before the surname: "[Superintendent Graciano] Mijares"
            inner = self._title_at_start(doc, start, end) or self._title_inside(doc, start, end)
            before = self._title_before(doc, start)
            if inner:
                role, start = " ".join(t.text for t in doc[start:inner]), inner
            role = " ".join(r for r in (before, role) if r) or None  # "Chief [Superintendent Graciano]"
        if label in ("PERSON", "GPE", "LOC", "FAC") and all(t.text.islower() for t in doc[start:end]):
            return owners  # "fentanyl had become a popular drug": a name of someone or somewhere has a capital
        if label == "GPE" and end < len(doc) and fold(doc[end].text) in _MONEY:
            return owners  # "68 billion U.S. dlrs": the country names a currency, not a place in the story
        if start >= end or fold(doc[start:end].text) in _HEADS["not_names"] or \
                label == "PERSON" and doc[start:end].text.lower() in _TITLES or \
                end - start > 1 and fold(doc[end - 1].text) in _HEADS["not_names"]:
            return owners  # "UTC", "COVID-19", "U.S. dlrs": no one and nothing a reader would look up
        found = _mention_of(doc[start:end], label, role, affiliation)
        return [m for m in (*owners, found) if m.words]

    @staticmethod
    def _words(doc: Doc) -> Counter:
        """How often each word (by its string hash) stands in the article, counted once per article."""
        if doc.user_data.get("newsreader_words") is None:
            doc.user_data["newsreader_words"] = Counter(doc.to_array("ORTH").tolist())
        return doc.user_data["newsreader_words"]

    def _title_at_start(self, doc: Doc, start: int, end: int) -> int:
        """The index after the titles and jobs that open a name ("Chief Superintendent Ana Ruiz",
        "Immunologist Kristian Andersen"), or 0. A name keeps at least two words."""
        at = start
        while end - at > 2 or (end - at == 2 and at == start):
            for n in range(min(_MAX_TITLE_WORDS, end - at - 1), 0, -1):
                if doc[at : at + n].text.lower() in _TITLES:
                    at += n
                    break
            else:
                if not (end - at > 2 and _is_job_word(doc[at].text)):
                    break
                at += 1
        return at if at > start else 0

    def _split_at_a_place(self, doc: Doc, ent: Span) -> list[Span]:
        """'Auckland, New Zealand' and 'Cahors Cathedral in Cahors' read as one name: a comma or 'in'
        before a known place ends one name and starts the place's."""
        if ent.label_ not in ("GPE", "ORG", "FAC", "LOC", "PERSON"):
            return [ent]
        for tok in ent[1:-1]:
            if tok.text != "," and tok.lower_ != "in":
                continue
            place = doc[tok.i + 1 : ent.end]
            while len(place) and place[-1].is_punct:
                place = doc[place.start : place.end - 1]
            name = place.text
            if len(place) and (name in self.places or name in gazetteer.states() or gazetteer.country_code(name)):
                first = doc[ent.start : tok.i]
                bare = first[1:] if first[0].lower_ == "the" else first
                label = "GPE" if bare.text in self.places and tok.text == "," else ent.label_
                return [Span(doc, first.start, first.end, label=label), Span(doc, place.start, place.end, label="GPE")]
        return [ent]

    def _title_inside(self, doc: Doc, start: int, end: int) -> int:
        """The index after a title that ends a longer role inside a person's name: "Political Science
        Professor Mitsuru Uchida" -> Mitsuru Uchida, role "Political Science Professor". The name after it
        keeps two words, the first a first name; else 0."""
        for at in range(end - 2, start, -1):
            for n in range(min(_MAX_TITLE_WORDS, at - start), 0, -1):
                if doc[at - n : at].text.lower() in _TITLES:
                    return at if is_first_name(doc[at].text) else 0
        return 0

    def _person_inside(self, doc: Doc, start: int, end: int) -> int:
        """Where a person's name starts inside what the model took for one organisation or place:
        "Amnesty International Man-kei Tam", "Senator from Vermont Bernie Sanders". The words before
        end with an organisation's word or are a known place, and the surname is used alone elsewhere
        in the article ("Tam said"). Returns 0 when there is none."""
        words = [t.text for t in doc[start:end]]
        if len(words) < 3:
            return 0
        for i in range(1, len(words) - 1):
            prefix, tail = words[:i], words[i:]
            if not (prefix[-1].lower() in _ORG_WORDS or " ".join(prefix) in self.places):
                continue
            hyphenated = all(w[:1].isupper() or w == "-" or (k and tail[k - 1] == "-") for k, w in enumerate(tail))
            if len(tail) > 5 or tail[-1].lower() in _ORG_WORDS or not hyphenated:  # "Man-kei Tam"
                continue
            if 2 <= len(tail) <= 3 and is_first_name(tail[0]) and (" ".join(prefix) in self.places
                                                                   or gazetteer.country_code(" ".join(prefix))):
                return start + i  # "Ukraine Volodymyr Zelenskyy": a country before a full name
            # "Tam said" elsewhere, not only the same name again ("the Japan Air Lines plane")
            if self._words(doc)[doc.vocab.strings.add(tail[-1])] > 1 and any(
                    t.text == tail[-1] and not (t.i and doc[t.i - 1].text == words[-2])
                    for t in doc if not start <= t.i < end):
                return start + i
        return 0

    def _described(self, doc: Doc, m: _Mention, orgs: dict[int, str]) -> None:
        """The role and affiliation the article gives a person around the name: "Bob Hughes, executive
        director of the Ask Wellness Society,", "Kristian Andersen of Scripps Research", "the BBC's Jonathan
        Marcus", "Immunologist Kristian Andersen"."""
        head = doc[m.end - 1]
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and (child.lemma_.lower() in _TITLES
                                                                or child.lemma_.lower() in _HEADS["person"]):
                words = [t for t in doc[child.left_edge.i : child.i + 1] if t.dep_ not in ("det", "punct", "poss")]
                m.role = m.role or " ".join(t.text for t in words) or None
                m.affiliation = m.affiliation or _organisation_in(child, orgs)
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i == m.end:
                m.affiliation = m.affiliation or _organisation_in(child, orgs)
            elif child.dep_ == "poss" and child.i in orgs:
                m.affiliation = m.affiliation or orgs[child.i]
        if m.role is None and m.start and _is_job_word(doc[m.start - 1].text):
            m.role = doc[m.start - 1].text  # "Immunologist Kristian Andersen"

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
            if len(m.words) == 1 and fold(m.name) in _HEADS["platforms"]:
                m.label = "ORG"  # "on Twitter", "Netflix": the model's guess is a person or a place
                continue
            if m.label == "LOC" and (m.name in self.places or m.name in gazetteer.states()):
                m.label = "GPE"  # "South Australia", "Hubei": a state or city is a political place, not a region
                continue
            if m.label == "ORG" and len(m.words) == 1 and m.name in self.places and _said_of_a_place(doc, m):
                m.label = "GPE"  # "Chelyabinsk regional Deputy Governor", "Chelyabinsk's governor"
                continue
            if m.label not in ("PERSON", "ORG") or m.name not in self.places or m.role:
                continue
            if person_words[m.name]:  # "Jordan" in an article that also names Michael Jordan
                continue
            before = doc[m.start - 1].lower_ if m.start else ""
            if gazetteer.country_code(m.name) or before in _PLACE_PREPOSITIONS:
                m.label = "GPE"

    def _towns(self, doc: Doc, mentions: list[_Mention]) -> None:
        """A town the model took for a person or a region, shown by what follows it: its state or country
        ("at her home in Carmel Valley, California.") or a noun for part of a country ("the Karol Bagh area")."""
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            if m.label not in ("PERSON", "LOC", "ORG") or m.role or any(w.lower() in _ORG_WORDS for w in m.words):
                continue
            nxt = doc[m.end] if m.end < len(doc) else None
            if nxt is not None and nxt.lower_ in _HEADS["town_nouns"] and nxt.text.islower():
                m.label = "GPE"
                continue
            if not m.start or doc[m.start - 1].lower_ not in ("in", "at", "near", "outside", "from"):
                continue  # "interests in Britain's North Sea, Ecuador and the U.S.": a list of places
            region = by_start.get(m.end + 1) if nxt is not None and nxt.text == "," else None
            if region is None or region.label != "GPE" or (region.end < len(doc) and not doc[region.end].is_punct):
                continue
            if region.name in self.places or region.name in gazetteer.states() or gazetteer.country_code(region.name):
                m.label = "GPE"

    def _looks_like_person(self, doc: Doc, m: _Mention, alone: set[str]) -> bool:
        """A name the model took for an organisation or a place ("Finance Minister Kiichi Miyazawa" as ORG):
        two or three capitalised words, not a known place, opening with a first name, and either
        after a title or met again by its last word alone ("Miyazawa said", even untagged)."""
        if m.label not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 2 <= len(m.words) <= 3:
            return False
        if not all(w[:1].isupper() and w.isalpha() for w in m.words) or m.name in self.places:
            return False
        if any(w.lower() in _ORG_WORDS for w in m.words) or not is_first_name(m.words[0]):
            return False
        if m.label == "FAC" and len(m.words) == 2 and not any(w.lower() in _HEADS["FAC"] or w.lower() in _HEADS["LOC"]
                                                             for w in m.words):
            return True  # "the James Cagney film": a building is named by its kind ("Gleneagles Hospital")
        return self._title_before(doc, m.start) is not None or m.words[-1] in alone or _said_of_a_person(doc, m) \
            or _surnames_alone(doc)[fold(m.words[-1])] > 0

    # -- canonical names -----------------------------------------------------

    def _canonical(self, mentions: list[_Mention], companies: dict[tuple[str, ...], str]) -> dict[int, str]:
        names: dict[int, str] = {}
        persons = [m for m in mentions if m.label == "PERSON"]
        full_names = Counter(key(m.words) for m in persons)
        as_written: dict[tuple[str, ...], str] = {}
        for m in persons:
            as_written.setdefault(key(m.words), m.name)
        orgs = [m for m in mentions if m.label == "ORG"]
        # code -> the country's common name when the article uses it ("Iran" over "Islamic Republic of Iran"),
        # else the fullest name the article uses ("United States" over "U.S.")
        countries: dict[str, str] = {}
        for m in mentions:
            code = gazetteer.country_code(m.name) if m.label in ("GPE", "LOC", "ORG") else None
            if code and countries.get(code) != gazetteer.country_name(code) and (
                    len(m.name) > len(countries.get(code, "")) or m.name == gazetteer.country_name(code)):
                countries[code] = m.name
        for m in mentions:
            if m.label in ("GPE", "LOC", "ORG"):
                code = gazetteer.country_code(m.name)
                if code:
                    names[id(m)] = countries[code]
                    continue
            if (m.label in ("ORG", "PERSON") or m.label in ("GPE", "NORP", "LOC", "FAC") and m.name not in self.places) \
                    and (company := companies.get(key(m.words))):  # "Transco" after "Transco Energy Co", as a town
                names[id(m)], m.label = company, "ORG"
                continue
            if m.label == "PERSON":
                names[id(m)] = as_written[self._longest_name(key(m.words), full_names)]
            elif m.label in ("ORG", "NORP", "GPE", "LOC", "FAC"):
                expanded = self._expand_acronym(m, orgs)
                if expanded != m.name:  # "FCA" tagged NORP is the Farm Credit Administration
                    names[id(m)], m.label = expanded, "ORG"
        return names

    @staticmethod
    def _longest_name(words: tuple[str, ...], full_names: Counter) -> tuple[str, ...]:
        """The fullest name in the article that contains these words: "Xi" -> "Xi Jinping". A name with a
        middle name and one without are one person, under the form the article gives first (DESIGN.md):
        "Robert Mugabe" ... "Robert Gabriel Mugabe"."""
        best, best_rank = words, (len(words), full_names[words])
        for other, count in full_names.items():
            if len(other) > len(words) and contains(other, words) and (len(other), count) > best_rank:
                best, best_rank = other, (len(other), count)
        if len(best) > 2:
            order = list(full_names)  # first mention first
            short = [o for o in order if 2 <= len(o) < len(best) and o[0] == best[0] and o[-1] == best[-1]]
            if short and order.index(short[0]) < order.index(best):
                return short[0]
        return best

    @staticmethod
    def _expand_acronym(m: _Mention, orgs: list[_Mention]) -> str:
        """An all-capitals name spelled by the starts of a longer one's words: SCO -> Shanghai
        Cooperation Organisation, SIMEX -> Singapore International Monetary Exchange."""
        if len(m.words) != 1 or not (2 <= len(m.name) <= 8) or not m.name.isupper() or not m.name.isalpha():
            return m.name
        for other in orgs:
            words = [w.lower() for w in other.words if any(c.isalnum() for c in w)]  # "Educational, Scientific"
            if len(words) > 1 and _spells(m.name.lower(), words):
                return other.name
        return m.name


def _headline_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """'Benghazi Widow Dorothy Woods Defends Trump', 'Trump Says He Never …': in a title-case headline the model
    runs a name into the words after it. A headline name that starts with a name the body uses ends there."""
    text = doc.text
    line_end = text.find("\n")
    long_words = [w for w in text[:max(line_end, 0)].split() if len(w) > 3 and w[:1].isalpha()]
    if line_end <= 0 or sum(w[:1].isupper() for w in long_words) < 0.8 * len(long_words):
        return mentions  # a headline in sentence case ends its names where the model says
    body = {m.words for m in mentions if doc[m.start].idx > line_end}
    out = []
    for m in mentions:
        if doc[m.start].idx < line_end and m.words not in body:
            cut = max((len(b) for b in body if len(b) < len(m.words) and m.words[:len(b)] == b), default=0)
            if cut:
                m = _mention_of(doc[m.start:m.start + cut], m.label, m.role, m.affiliation)
        out.append(m)
    return out


def _untagged_surnames(doc: Doc, mentions: list[_Mention], canonical: dict[int, str],
                       places: frozenset[str]) -> list[_Mention]:
    """'Radmall conceded that …' where the model tagged nothing: a subject that is the surname of one person
    the article named in full is that person, so pronouns and quotes after it find them."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.words) > 1 and is_first_name(m.words[0]) and m.words[-1].istitle():
            owners.setdefault(m.words[-1], set()).add(canonical.get(id(m), m.name))
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for tok in doc:
        names = owners.get(tok.text)
        if names is None or len(names) != 1 or tok.i in taken or tok.pos_ not in ("PROPN", "NOUN") or \
                tok.dep_ not in ("nsubj", "nsubjpass") or tok.text in places or \
                tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" or tok.i and doc[tok.i - 1].pos_ == "PROPN":
            continue  # part of some other name: "Tronc Street", "Ben Radmall" is already tagged
        m = _mention_of(doc[tok.i:tok.i + 1], "PERSON")
        canonical[id(m)] = next(iter(names))
        added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _mention_of(span: Span, label: str, role: str | None = None, affiliation: str | None = None) -> _Mention:
    name = span.text
    if label == "ORG" and span[-1].text[:-1] in _LEGAL_FORMS and name.endswith("."):
        name = name[:-1]  # "… said Getty Oil Co.": the full stop ends the sentence; the name is Getty Oil Co
    return _Mention(span.start, span.end, label, role, affiliation, tuple(t.text for t in span if not t.is_quote), name)


_LEGAL_FORMS = {"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "Pty", "LLC", "AG", "NV", "SA", "Corporation", "Limited"}


def _company_names(mentions: list[_Mention]) -> dict[tuple[str, ...], str]:
    """Short forms of the article's companies: "Santos" and "Geodyne Resources" are "Santos Ltd" and
    "Geodyne Resources Inc" when the article gives that name. A short form that is a person's name
    in the article ("Ford" beside "Gerald Ford") or a bare word like "Group" is left alone."""
    persons = {key(m.words) for m in mentions if m.label == "PERSON"}
    full = {}
    for m in mentions:
        if m.label != "ORG":
            continue
        k = key(m.words)
        if len(k) > 1 and k[-1] in CORPORATE:
            full.setdefault(k, m.name)
    found: dict[tuple[str, ...], str] = {}
    for k, name in sorted(full.items(), key=lambda item: -len(item[0])):
        for n in range(1, len(k)):
            short = k[:n]
            if short[-1] in CORPORATE or short[0] in CORPORATE or any(len(p) > n and contains(p, short) for p in persons):
                continue
            found.setdefault(short, name)
    return found


def _joined_organisations(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A place or nationality run into an organisation's own words is one organisation:
    "Toronto Police", "Japanese Transport Ministry", "Belarusian KGB" when the model read
    "Toronto" and "Police" apart. The words after it must end in an organisation's word
    (Police, Ministry, Board) or be a name the model called an organisation."""
    out: list[_Mention] = []
    skip: set[int] = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if id(m) in skip:
            continue
        if m.label in ("GPE", "NORP") and not m.role:
            end = m.end
            nxt = by_start.get(end)
            if nxt is not None and nxt.label == "ORG":
                end = nxt.end
                skip.add(id(nxt))
            else:
                while end < len(doc) and end - m.end < 3 and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" \
                        and not doc[end].ent_type_:
                    end += 1
                if end == m.end or doc[end - 1].lower_ not in _ORG_WORDS:
                    end = m.end
            if end > m.end:
                m = _mention_of(doc[m.start : end], "ORG")
        out.append(m)
    return out


def _with_companies(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Company names the model missed or cut short: capitalised words ending in a legal form
    ("Geodyne Resources Inc", "PaineWebber Group Inc"). Wire copy names every company this way once,
    and every later "Geodyne" or "the company" leans on that name."""
    spans = []
    # a Token object per word costs more than the whole search: look the legal forms up by their hashes
    wanted = {doc.vocab.strings.add(f) for form in _LEGAL_FORMS for f in (form, form + ".")}
    orths = doc.to_array("ORTH")
    for i in (i for i, orth in enumerate(orths) if orth in wanted and i):
        tok = doc[i]
        start = tok.i
        while start > 0 and tok.i - start < 6:
            prev = doc[start - 1]
            # "Shell Transport and Trading Plc": an 'and' between capitalised words is part of the name
            joined = prev.lower_ == "and" and start - 2 >= 0 and doc[start - 2].text[:1].isupper()
            if not (prev.text[:1].isupper() or prev.text == "&" or joined) or prev.is_sent_end or prev.lower_ == "the":
                break
            if prev.is_sent_start and not prev.text[:1].isupper():
                break
            start -= 1
            if prev.is_sent_start:
                break
        if start < tok.i and doc[start].text[:1].isupper():
            spans.append((start, tok.i + 1))
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    taken = {i for m in kept for i in range(m.start, m.end)}
    for a, b in spans:
        if not any(i in taken for i in range(a, b)):
            kept.append(_mention_of(doc[a:b], "ORG"))
    kept.sort(key=lambda m: m.start)
    return kept


def _is_job_word(word: str) -> bool:
    """A capitalised word before a name that is a job, not a first name: "Immunologist", "Ecologist"."""
    return word[:1].isupper() and word.isalpha() and word.lower().endswith(_ROLE_ENDINGS) and \
        word.lower() not in _NOT_JOBS and not is_first_name(word)


# words ending like a job that open a sentence before a name: "After Mugabe fired his deputy"
_NOT_JOBS = {"after", "other", "however", "never", "either", "neither", "under", "over", "whether", "rather",
             "further", "together", "ever", "later", "per", "for", "nor", "or", "whenever", "wherever", "whoever",
             "meanwhile", "before", "since", "as", "first", "most", "last", "almost", "upper", "outer", "inner",
             "former", "latter", "prior", "minor", "major", "senior", "junior", "creative", "native", "active"}


def _organisation_in(token: Token, orgs: dict[int, str]) -> str | None:
    """The organisation named in an 'of' phrase under this token ("director of the Society")."""
    for t in token.subtree:
        if t.dep_ == "pobj" and t.i in orgs and t.head.lower_ == "of":
            return orgs[t.i]
    return None


def _said_of_a_person(doc: Doc, m: _Mention) -> bool:
    """What the article says of a name shows a person: "Sviatlana Tsikhanouskaya, an opposition candidate,",
    "wife of Valery Tsapkala", "the campaign of Viktar Babaryka"."""
    head = doc[m.end - 1]
    if any(c.dep_ == "appos" and c.lemma_.lower() in _HEADS["person"] for c in head.children):
        return True
    if m.start >= 2 and doc[m.start - 1].lower_ == "of":
        noun = doc[m.start - 2].lemma_.lower()
        return noun in _HEADS["person"] or noun in ("campaign", "family", "supporter", "lawyer", "government")
    return False


_PLACE_ADJECTIVES = {"regional", "provincial", "municipal", "city", "local"}
_PLACE_OWNED = {"governor", "mayor", "residents", "authorities", "government", "administration", "people", "streets",
                "outskirts", "centre", "center", "region", "province", "airport", "hospitals", "schools"}


def _said_of_a_place(doc: Doc, m: _Mention) -> bool:
    """What follows a town's name shows it is the town: 'Chelyabinsk regional Deputy Governor',
    "Chelyabinsk's governor"."""
    after = doc[m.end : m.end + 2]
    if not len(after):
        return False
    if after[0].lower_ in _PLACE_ADJECTIVES and after[0].text.islower():
        return True
    return len(after) == 2 and after[0].text in _POSSESSIVE and after[1].lower_ in _PLACE_OWNED


def _by_head_word(mentions: list[_Mention]) -> None:
    """A name's last word says what it names: "Gleneagles Hospital" a building, "Eromanga Basin" a place
    that is no town, "Berwick Prize" an award, whatever the model guessed."""
    for m in mentions:
        if len(m.words) < 2 or m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            continue
        last = m.words[-1].lower()
        for kind in ("FAC", "LOC", "EVENT"):
            if last in _HEADS[kind]:
                m.label = kind
                break
        else:
            if any(w.lower() in _HEADS["EVENT"] and nxt in ("in", "for") for w, nxt in zip(m.words, m.words[1:])):
                m.label = "EVENT"  # "the Nemmers Prize in Mathematics"


# Reuters copy writes a company it has no ticker for in angle brackets: "<Airbus Industrie>",
# "<Moonie Pipeline Co Pty Ltd>"; a ticker is capitals alone ("<GM>", "<GE.N>")
_BRACKETED = re.compile(r"<([A-Z][^<>\n]{1,80}?)>")


def _surnames_alone(doc: Doc) -> Counter:
    """How often each capitalised word stands alone, not beside another capitalised word, folded:
    'Erdogan said' counts for 'Recep Tayyip Erdoğan' ('Choir members' does not). The model reads
    'Cummings died' as a noun."""
    if doc.user_data.get("newsreader_alone") is None:
        counts: Counter = Counter()
        for tok in doc:
            if tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and tok.dep_ not in ("compound", "amod") and not (tok.i and doc[tok.i - 1].text[:1].isupper()
                                                                      and doc[tok.i - 1].pos_ == "PROPN") \
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].pos_ == "PROPN"):
                counts[fold(tok.text)] += 1
        doc.user_data["newsreader_alone"] = counts
    return doc.user_data["newsreader_alone"]


def _untagged_full_names(doc: Doc, mentions: list[_Mention], places: frozenset[str]) -> list[_Mention]:
    """'Recep Tayyip Erdoğan spoke …', 'Elijah Cummings held the seat': at the start of a sentence the model
    may tag no name at all. Two to four capitalised words opening with a first name, whose last word the
    article uses alone elsewhere ('Erdogan said', 'Cummings died'), are a person; ending in an organisation's
    own word ('The Federal Reserve Board voted'), an organisation."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    alone = _surnames_alone(doc)
    added = []
    pos = doc.to_array("POS")
    i = 0
    while i < len(doc):
        if pos[i] != PROPN:
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 5 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and doc[j].text.replace("-", "").isalpha():
            j += 1
        if j == i:
            i += 1
            continue
        run = doc[i:j]
        if 2 <= len(run) <= 4 and not any(k in taken for k in range(i, j)) and is_first_name(run[0].text) \
                and alone[fold(run[-1].text)] and run.text not in places \
                and not any(t.lower_ in _ORG_WORDS or t.lower_ in _TITLES for t in run) \
                and not (i and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN"):
            added.append(_mention_of(run, "PERSON"))
        elif 2 <= len(run) <= 5 and not any(k in taken for k in range(i, j)) and run[-1].lower_ in _UNTAGGED_ORG_ENDS \
                and not (i and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN"):
            added.append(_mention_of(run, "ORG"))  # "The Federal Reserve Board voted": an organisation's own word
        i = j
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _firms_joined_by_and(doc: Doc, mentions: list[_Mention], places: frozenset[str]) -> list[_Mention]:
    """'trade house E.D. and F. Man', 'the law firm of Kronish, Lieb, Weiner and Hellman', 'its Pratt and
    Whitney unit', 'Analyst Tim Harris of Phillips and Drew': partners' names joined by 'and' are one firm
    when the article says it is a firm, or calls someone with a job 'of' it; the model makes a person or a
    town of each part."""
    roles = {m.end for m in mentions if m.label == "PERSON" and (
        m.role or m.start and (_is_job_word(doc[m.start - 1].text) or doc[m.start - 1].lower_ in _TITLES))}

    def capital(i: int) -> bool:
        return doc[i].text[:1].isupper() and not doc[i].is_punct

    spans = []
    lowers = doc.to_array("LOWER")
    for i in (i for i, low in enumerate(lowers) if low == _AND):  # a Token per word costs more than the search
        tok = doc[i]
        if not tok.i or tok.i + 1 >= len(doc) or not capital(tok.i - 1) or not capital(tok.i + 1):
            continue
        a = tok.i - 1
        while a > 0 and tok.i - a < 8 and (capital(a - 1) or doc[a - 1].text == "," and a > 1 and capital(a - 2)):
            a -= 1
        b = tok.i + 2
        while b < len(doc) and b - tok.i < 4 and capital(b):
            b += 1
        before = doc[a - 1] if a else None
        named_firm = before is not None and before.text.islower() and (
            before.lower_ in _HEADS["firm_nouns"]
            or before.lower_ == "of" and a >= 2 and doc[a - 2].lower_ in _HEADS["firm_nouns"] and doc[a - 2].text.islower()
            or before.lower_ in ("of", "at") and a - 1 in roles)
        if not (named_firm or b < len(doc) and doc[b].lower_ in _HEADS["firm_after"]):
            continue
        parts = [p.strip() for p in doc[a:b].text.replace(" and ", ",").split(",")]
        if any(p in places or p in gazetteer.states() or gazetteer.country_code(p) for p in parts):
            continue  # "Governor Smith of Texas and Ohio": places, not partners
        spans.append((a, b))
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < y and x < m.end for x, y in spans)]
    kept += [_mention_of(doc[x:y], "ORG") for x, y in spans]
    kept.sort(key=lambda m: m.start)
    return kept


def _bracketed_companies(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A company's name in angle brackets is the whole name, whatever the model cut or ran on."""
    if _OPEN_BRACKET not in doc.to_array("ORTH"):
        return mentions  # doc.text would build the whole article's string
    text = doc.text
    spans = []
    for found in _BRACKETED.finditer(text):
        inner = found.group(1)
        if inner.isupper() and " " not in inner:
            continue  # a ticker
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
        if span is not None and span.text == inner:
            spans.append(span)
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in spans)]
    kept += [_mention_of(s, "ORG") for s in spans]
    kept.sort(key=lambda m: m.start)
    return kept


def _lower_case_heads(doc: Doc, mentions: list[_Mention], places: frozenset[str]) -> list[_Mention]:
    """'the Ekofisk field', 'the Mereenie oil and gas field', 'Osaka airport': wire copy writes the kind of
    place in lower case after its name, and the model tags the name alone (as a company, a person, a town)
    or nothing. The word belongs to the name, and says what it names. A known town or country before a
    field or a hospital is where it lies, not its name ('a Texas oil field', 'a Kabul hospital'). Before
    'hospital', 'mosque' and such the name is the building's without the word ('Notre Dame cathedral')."""
    added: list[tuple[int, int, str]] = []
    buildings: set[tuple[str, ...]] = set()
    lowers = doc.to_array("LOWER")
    for tok in (doc[i] for i, low in enumerate(lowers) if low in _LOWER_HEADS):
        label = "LOC" if tok.lower_ in _HEADS["lower_LOC"] else "FAC" if tok.lower_ in _HEADS["lower_FAC"] else None
        if tok.lower_ in _HEADS["lower_buildings"] and tok.text.islower():
            words = _name_before(doc, tok.i)
            if words is not None and words.text not in places and not gazetteer.country_code(words.text):
                buildings.add(key(tuple(t.text for t in words)))
            continue
        if label is None or not tok.text.islower():
            continue
        end = tok.i
        while end > 0 and doc[end - 1].lower_ in _HEADS["lower_modifiers"] and doc[end - 1].text.islower():
            end -= 1
        if end < tok.i and doc[end].lower_ == "and":
            continue  # "Amadeus and gas field": no modifier opens with 'and'
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].text.isalpha():
            start -= 1
        if start == end:
            continue
        name = doc[start:end].text
        if doc[end - 1].lower_ in _HEADS["LOC"] or doc[end - 1].lower_ in _HEADS["FAC"]:
            continue  # "the Cooper Basin region": the name has its own kind already
        if tok.lower_ != "airport" and (name in places or gazetteer.country_code(name) or name in gazetteer.states()):
            continue  # "a Texas oil field", "a Kabul hospital"; but "Osaka airport" is the airport's name
        if any(m.start < start < m.end or m.start < tok.i + 1 < m.end or (m.start < start and m.end > tok.i)
               for m in mentions):
            continue  # part of a longer name: "<Moonie Pipeline Co Pty Ltd>"
        added.append((start, tok.i + 1, label))
    for m in mentions:
        if key(m.words) in buildings:
            m.label = "FAC"  # every mention: "Doctors at Bab al-Hawa said" is the hospital too
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b, _ in added)]
    kept += [_mention_of(doc[a:b], label) for a, b, label in added]
    kept.sort(key=lambda m: m.start)
    return kept


def _persons_only_ever_in(doc: Doc, mentions: list[_Mention]) -> None:
    """'Rebels in Jisr al-Shughur', 'fighting near Jisr al-Shughur': a 'person' the article only ever puts
    after 'in' or 'near', never with a first name, a title or an 's, is a town; a one-word one only when
    it is a known town."""
    groups: dict[tuple[str, ...], list[_Mention]] = {}
    for m in mentions:
        if m.label == "PERSON":
            groups.setdefault(key(m.words), []).append(m)
    for group in groups.values():
        if any(m.role or not m.start or doc[m.start - 1].lower_ not in ("in", "near", "outside", "around")
               or m.end < len(doc) and doc[m.end].text in _POSSESSIVE for m in group):
            continue
        words = group[0].words
        if len(words) > 1 and is_first_name(words[0]) or len(words) == 1 and group[0].name not in gazetteer.towns():
            continue  # "confidence in John Powell", "faith in Erdogan"
        for m in group:
            m.label = "GPE"


def _name_before(doc: Doc, i: int) -> Span | None:
    """The capitalised words just before token i ('Bab al-Hawa' before 'hospital'), or None."""
    start = i
    while start > 0 and i - start < 4 and (doc[start - 1].text[:1].isupper() or
                                           doc[start - 1].text in ("al", "-", "el", "bin", "de")):
        start -= 1
    while start < i and not doc[start].text[:1].isupper():
        start += 1
    return doc[start:i] if start < i else None


def _cued_kinds(doc: Doc, mentions: list[_Mention]) -> None:
    """The noun the article puts before a name says what it names, for every mention of that name:
    'the state-owned petroleum company Petrobras' (an organisation, however often the model says person;
    'record producer Terry Melcher' opens with a first name and stays a person; 'wrote on VKontakte'),
    'the towns of Beni, Butembo, Mangina, and Katwa' (towns)."""
    decided: dict[tuple[str, ...], str] = {}
    for i, m in enumerate(mentions):
        if not m.start or m.role:
            continue
        before, head = doc[m.start - 1], doc[m.end - 1]
        if m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and before.lower_ in _HEADS["org_nouns"] \
                and before.text.islower() and (head.head.i == before.i or before.head.i == head.i) \
                and not (m.label == "PERSON" and len(m.words) > 1 and is_first_name(m.words[0])):
            decided[key(m.words)] = "ORG"
        elif m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and before.lower_ == "on" \
                and before.head.lemma_ in _HEADS["posting_verbs"] and before.head.pos_ == "VERB":
            decided[key(m.words)] = "ORG"  # "he wrote on VKontakte": a service, not a person or a place
        elif m.label in ("PERSON", "ORG", "LOC", "NORP", "GPE") and before.lower_ == "of" and m.start >= 2 \
                and doc[m.start - 2].lower_ in _HEADS["town_of"] and doc[m.start - 2].text.islower():
            decided[key(m.words)] = "GPE"
            end = m.end
            for later in mentions[i + 1:]:  # the rest of the list: ", Butembo, Mangina, and Katwa"
                between = {t.lower_ for t in doc[end:later.start]}
                if not between or not between <= {",", "and"} or later.label not in ("PERSON", "ORG", "LOC", "NORP", "GPE"):
                    break
                decided[key(later.words)] = "GPE"
                end = later.end
        elif m.label in ("PERSON", "ORG") and before.lower_ == "of" and m.start >= 2 \
                and doc[m.start - 2].lower_ in _HEADS["place_of"] \
                and (doc[m.start - 2].text.islower() or doc[m.start - 2].is_sent_start):
            decided[key(m.words)] = "GPE"  # "residents of Ras al-Ain", "75 miles north of Bermuda"
        if key(m.words) not in decided and m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and (
                kind := _said_to_be(head)) and kind != m.label:
            if not (m.label == "PERSON" and len(m.words) > 1 and is_first_name(m.words[0])):
                decided[key(m.words)] = kind
    for m in mentions:
        if key(m.words) in decided:
            m.label = decided[key(m.words)]


def _said_to_be(head: Token) -> str | None:
    """The kind of thing the article says a name is: 'Saraqib, a town in Idlib' (apposition), 'Hagia Sophia
    was a museum' (after 'be')."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and child.pos_ == "NOUN":
            return _SAID_TO_BE.get(child.lemma_.lower())
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        for attr in head.head.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.i > head.i:
                return _SAID_TO_BE.get(attr.lemma_.lower())
    return None


def _dateline_place(doc: Doc, mentions: list[_Mention], canonical: dict[int, str]) -> None:
    """'TULSA, June 1 - ': a wire dateline opens with the place the story was filed from, in capitals.
    Whatever the model called it, it is a place, named as a reader writes it ("Tulsa")."""
    head = doc[:40].text  # doc.text would build the whole article's string
    found = DATELINE.match(head[:120])
    if not found:
        return
    place_end = min((i for i in (head.find(",", 0, found.end()), head.find(" (", 0, found.end())) if i > 0),
                    default=found.end())
    place = doc.char_span(len(head) - len(head.lstrip()), place_end, alignment_mode="contract")
    if place is not None and len(place) and not any(doc[m.start : m.end].start_char < place_end for m in mentions):
        # the model tagged nothing there ("CAMPINAS, Brazil, March 15 - "): the place is still a place
        mentions.insert(0, _mention_of(place, "GPE"))
    for m in mentions:
        span = doc[m.start : m.end]
        if span.end_char <= place_end and m.label in ("GPE", "ORG", "PERSON", "NORP", "LOC"):
            m.label = "GPE"
            name = canonical.get(id(m), m.name)
            canonical[id(m)] = name.title() if name.isupper() and len(name) > 3 else name


def _referents(mentions: list[_Mention], canonical: dict[int, str]) -> dict[str, Referent]:
    """One entry per canonical name: its label and the first role and affiliation the article gives it."""
    table: dict[str, Referent] = {}
    for m in mentions:
        name = canonical.get(id(m), m.name)
        known = table.get(name)
        if known is None:
            table[name] = Referent(name, m.label, m.role, m.affiliation)
        elif (known.role is None and m.role) or (known.affiliation is None and m.affiliation):
            table[name] = Referent(name, known.label, known.role or m.role, known.affiliation or m.affiliation)
    return table


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
    for full in mentions:  # the model left the acronym in brackets untagged: "the Federal Security Service (FSB)"
        after = doc[full.end : full.end + 3]
        if (full.label == "ORG" and len(full.words) > 1 and len(after) == 3 and after[0].text == "("
                and after[2].text == ")" and after[1].text.isupper() and after[1].text.isalpha()):
            aliases.setdefault(after[1].text, canonical.get(id(full), full.name))
    if not aliases:
        return
    for m in mentions:
        if m.name in aliases:
            canonical[id(m)] = aliases[m.name]
            m.label = "ORG"


def _short_forms(mentions: list[_Mention], canonical: dict[int, str]) -> None:
    """'the Supreme Court' after 'the US Supreme Court', 'the Democratic Party' after 'the United States
    Democratic Party': an organisation of two words or more is the one whose fuller name ends with them,
    when the article gives only one such name."""
    full: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and len(m.words) > 2:
            for n in range(2, len(m.words)):
                full.setdefault(key(m.words[-n:]), set()).add(canonical.get(id(m), m.name))
    for m in mentions:
        if m.label == "ORG" and len(m.words) >= 2 and len(names := full.get(key(m.words), ())) == 1:
            canonical[id(m)] = next(iter(names))


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
