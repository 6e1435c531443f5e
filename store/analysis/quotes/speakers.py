"""Resolve a source mention (a token heading the subject of a cue) to a canonical speaker name.

The entities component's canonical names are used when a mention overlaps one, but this
module does not rely on them being good: surnames are mapped to the earlier full PERSON
name (the entities component has taken titles off), pronouns go to the most recent
salient subject and bare titles ("the Opec President") to the person named with them.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..entities.descriptions import organisation_name, organisation_of_post
from ..entities.gazetteer import country_code
from ..entities.names import is_female_name, is_first_name
from ..entities.referents import CORPORATE, fold, key
from ..entities.vocabulary import HONORIFICS, LEGAL_FORMS, MAX_TITLE_WORDS, PERSON_ORG_ENDS, TITLES
from .index import root, text_of

_DATA = Path(__file__).parent / "cues.json"
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP = {"they", "them", "their", "it", "its", "we", "us", "our"}
RELATIVE = {"who", "which", "that", "whom"}
_LABEL_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
_SPEECH_NOUNS = {"remark", "statement", "comment", "word", "speech", "interview", "tweet", "letter", "post",
                 "testimony", "address", "account", "view", "note", "message", "announcement", "report", "website",
                 "site", "release", "filing", "editorial", "memo", "document", "study", "survey", "article", "plan",
                 "proposal", "declaration", "database", "record", "decree", "poll", "complaint", "lawsuit", "suit",
                 "petition", "indictment", "figure", "communique", "communiqué"}
_EXCERPTS = {"part", "portion", "excerpt", "section", "passage", "extract"}
_INDEFINITE = {"one", "another", "some", "several", "many", "two", "three"}
# an unnamed source that a "he" or "she" of the same sentence stands for
_ONE_SOURCE = {"analyst", "trader", "dealer", "arbitrager", "arbitrageur", "economist", "official", "spokesman",
               "spokeswoman", "spokesperson", "source", "executive", "banker", "broker", "diplomat", "witness"}
# institutions an article may name in full without the model tagging it, then call "the exchange"
_INSTITUTIONS = {"exchange", "ministry", "agency", "commission", "council", "committee", "court", "union",
                 "association", "board", "university", "institute", "department", "federation", "authority",
                 "tribunal", "bureau", "foundation", "society", "organisation", "organization"}
# a title written another way: "Mr Justice Millett" is "the judge"
_SAME_TITLE = {"justice": "judge"}
_GOVERNMENTS = {"administration", "government"}
_RULINGS = {"ruling", "judgment", "judgement", "verdict"}
# verbs whose unnamed subject is the "he" or "she" of the sentence after: "… one analyst cautioned. She said …"
_SAID = {"say", "tell", "add", "caution", "comment", "note", "warn", "explain", "insist", "argue", "predict", "stress",
         "remark", "reply", "continue", "conclude", "acknowledge", "concede", "estimate", "suggest"}
_OUTLET_NOUNS = {"newspaper", "daily", "weekly", "magazine", "paper", "tabloid", "broadcaster", "website", "agency"}
_COUNTRY_NOUNS = {"nation", "country", "kingdom", "republic", "emirate", "sultanate", "monarchy"}
_PARTY_MEMBERS = {"democrat", "republican", "conservative", "socialist", "liberal", "laborite", "tory"}
_LESSER_TITLES = {"vice", "deputy", "assistant", "under", "former", "acting", "ex"}
_ASKING = {"ask", "question", "press", "contact", "reach", "approach", "interview", "call"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# an unnamed source is shown without how many of them spoke: "some traders", "another trader" -> traders, trader
# a common noun that stands for the company the story is about: "the company said", "the group added"
_COMPANY_NOUNS = {"company", "firm", "group", "bank", "corporation", "carrier", "airline", "insurer", "lender",
                  "utility", "concern", "maker", "producer", "retailer", "brewer", "miner", "subsidiary"}
_DASHES = {"-", "--", "–", "—", "―"}
_PLACE_NOUNS = {"state", "city", "county", "province", "region", "district", "town", "village", "country", "nation"}
# words of a title before a name ("Vice Economic Minister", "Mayor") and the small words inside names ("de Blasio")
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split()) | HONORIFICS
_PARTICLES = {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "la",
              "le", "ben"}
_QUANTIFIERS = {"some", "another", "other", "one", "several", "many", "most", "few", "two", "three", "both", "all"}


@lru_cache(maxsize=1)
def cues() -> dict:
    with open(_DATA, encoding="utf-8") as fh:
        return json.load(fh)


class SpeakerResolver:
    def __init__(self, doc: Doc, titles: frozenset[str], female_titles: frozenset[str]):
        self.doc = doc
        self.titles = titles
        ents = [e for e in (doc._.entities or []) if e.label in _LABEL_RANK]
        ents.sort(key=lambda e: e.start)
        self.ents = ents
        self.starts = [e.start for e in ents]
        self.full: list[str] = []  # per entity: the name the article knows it by
        self.female: list[bool] = []
        by_word: dict[str, str] = {}
        self.either: set[str] = set()
        for e in ents:
            name = e.canonical or e.text  # titles and roles are already off: the entities component keeps them apart
            if e.label == "PERSON":
                parts = name.split()
                if len(parts) == 1 and parts[0] in by_word:
                    name = by_word[parts[0]]
                else:
                    for w in parts:
                        by_word.setdefault(w, name)
                before = text_of(doc)[max(0, e.start - 6):e.start].lower().split()
                titled = bool(before and before[-1] in female_titles)
                womans = is_female_name(parts[0])
                self.female.append(womans or titled)
                if womans and not is_female_name(parts[0], surely=True) and not titled:
                    self.either.add(name)  # "Robbin", "Kim": given to men too; "he" may stand for them
            else:
                self.female.append(False)
            self.full.append(name)
        self.by_word = by_word
        self.lead_roles: dict[str, str] = {}  # a person the entities did not give a role -> the title the article gives
        self.lead_affiliations: dict[str, str] = {}  # and the organisation the lead says that title is held at
        self.person_like: dict[str, bool] = {}  # a one-word "person" the model tagged: is it one?
        self.full_female = {n for n, f in zip(self.full, self.female) if f}
        # Subjects are the salient antecedents for he/she/they.
        promoted, demoted = self._people_before_of()
        self.subject_ents = [
            k for k, e in enumerate(ents) if k not in demoted and (k in promoted or self._is_subject(e))
        ]
        self.subordinate = {k for k in self.subject_ents if self._in_subordinate_clause(ents[k])}

    def _people_before_of(self) -> tuple[set[int], set[int]]:
        """Subjects the parser hung on the wrong word ('Ben Williams of … house Fauchier-Magnan said'): the
        person named first is the subject a later 'he' stands for, not the name the phrase ends on; and a
        person in apposition to a subject ('a Republican, Mark Amodei, has …') is one too."""
        promoted, demoted = set(), set()
        for token in self.doc:
            if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
                # "…, according to David Butcher, a senior executive. He said …": the source just cited is 'he'
                k = self._overlapping(token.idx, token.idx + len(token))
                if k is not None and self.ents[k].label == "PERSON":
                    promoted.add(k)
                continue
            if token.dep_ != "nsubj":
                continue
            for named in (c for c in token.rights if c.dep_ == "appos"):  # "a Republican, Mark Amodei, has"
                k = self._overlapping(named.idx, named.idx + len(named))
                if k is not None and self.ents[k].label == "PERSON":
                    promoted.add(k)
            for owner in (c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"):
                k = self._overlapping(owner.idx, owner.idx + len(owner))  # "Actor Brendan Fraser's appearance
                if k is not None and self.ents[k].label == "PERSON":  # was …. He quipped": Fraser
                    promoted.add(k)
            if token.pos_ != "PROPN":
                continue
            k = self._leading_person(self.mention(token)[0], token)
            if k is None:
                continue
            promoted.add(k)
            j = self._overlapping(token.idx, token.idx + len(token))
            if j is not None and j != k:
                demoted.add(j)
        return promoted, demoted

    def _span(self, ent) -> Span | None:
        """The tokens an entity record covers."""
        return self.doc.char_span(ent.start, ent.end, alignment_mode="expand")

    def _is_subject(self, ent) -> bool:
        span = self._span(ent)
        return span is not None and root(self.doc, span.start, span.end).dep_ in ("nsubj", "nsubjpass")

    def _in_subordinate_clause(self, ent) -> bool:
        """'Mugabe agreed to power-sharing in which Tsvangirai became prime minister': Tsvangirai is the
        subject of a relative clause only, less salient for a 'he' that follows than Mugabe."""
        span = self._span(ent)
        verb = root(self.doc, span.start, span.end).head if span is not None else None
        return verb is not None and verb.dep_ in ("relcl", "acl", "advcl")

    def _overlapping(self, start: int, end: int) -> int | None:
        k = bisect.bisect_left(self.starts, end)
        best = None
        for j in range(k - 1, -1, -1):
            e = self.ents[j]
            if e.end <= start:
                if e.start < start - 200:
                    break
                continue
            if best is None or _LABEL_RANK[e.label] < _LABEL_RANK[self.ents[best].label]:
                best = j
        return best

    def mention(self, token: Token) -> tuple[int, int]:
        """Token range of the noun phrase headed by token, without trailing clauses."""
        start = token.i
        for child in token.lefts:
            if child.dep_ != "punct":  # "― Ana Ruiz" signing a quote: the dash is no part of the name
                start = min(start, child.left_edge.i)
        end = token.i + 1
        for child in token.rights:
            if child.dep_ in ("compound", "flat") and child.i == end:
                end = child.i + 1
        if start == token.i and token.text.rstrip(".") in LEGAL_FORMS:  # "Computer Depot Inc said", parsed apart
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and not self.doc[start - 1].is_upper:
                start -= 1
        return start, end

    def resolve(self, token: Token) -> tuple[str | None, int, int]:
        """(canonical name, char start, char end of the mention it came from)."""
        doc = self.doc
        low = token.lower_
        if low in RELATIVE and token.head.dep_ == "relcl":
            name, _, _ = self.resolve(_relative_antecedent(token))
            return name, token.idx, token.idx + len(token)
        clause = _partitive_clause(token) if low in RELATIVE else None
        if clause is not None:  # "The analysts, a number of whom said …": the analysts
            name, _, _ = self.resolve(clause.head)
            return name, token.idx, token.idx + len(token)
        holder = _amount_holder(token)
        if holder is not None:  # "Some 50 pct of the managers reported", "banks holding 9 bln dlrs said"
            name, _, _ = self.resolve(holder)
            return name, token.idx, token.idx + len(token)
        if token.i >= 2 and doc[token.i - 1].text == "<" and doc[token.i - 2].pos_ in ("PROPN", "NOUN"):
            return self._name_before_ticker(token.i - 1) or self.resolve(doc[token.i - 2])
        if token.i + 1 < len(doc) and doc[token.i + 1].text == "<":
            company = self._name_before_ticker(token.i + 1)
            if company is not None:
                return company
        named = self._named_subject_after(token) or self._person_before_campus(token)
        if named is not None:
            return self.resolve(named)
        s, e = self.mention(token)
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        initials = _initials_joined(token)
        if initials is not None:  # "S and P said": Standard and Poor's as Reuters writes it
            return initials
        if low in PERSONAL and token.pos_ == "PRON":
            return self._antecedent(cs, PERSONAL[low]), cs, ce
        if low in GROUP and token.pos_ == "PRON":
            return self._antecedent(cs, "group") or token.text, cs, ce
        if low in _PARTS and token.dep_ in ("nsubj", "nsubjpass"):
            whole = next(_of_objects(token), None)
            if whole is not None:  # "Some of the protesters said": the protesters, as "some traders" are traders
                return self.resolve(whole)[0], cs, ce
        if token.lemma_.lower() in _EXCERPTS:  # "Part of the judge's statement reads": the statement's maker
            words = next((w for w in _of_objects(token) if w.lemma_.lower() in _SPEECH_NOUNS), None)
            if words is not None:
                return self.resolve(words)
        if token.lemma_.lower() in _SPEECH_NOUNS:  # "according to his remarks": the speaker is "his"
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None and owner.ent_type_ not in ("DATE", "TIME") and \
                    owner.lower_ not in ("today", "yesterday", "tomorrow"):  # "Today's ministry statement"
                found = self.resolve(owner)
                # "its annual report said" with nothing for "its" to stand for: the report, unnamed, not "its"
                if not (owner.lower_ in GROUP and found[0] == owner.text):
                    return found
            for part in token.lefts:  # "the Foreign Ministry statement", "a Boeing statement": the ministry's, Boeing's
                k = self._naming(part) if part.dep_ in ("compound", "nmod") else None
                if k is not None and self.ents[k].label in ("PERSON", "ORG", "GPE"):
                    return self.full[k], cs, ce
            owner = _untagged_owner(token)
            if owner is not None:  # "other Tanjug reports showed", "an Atlas statement": a name the model missed
                return (doc._.aliases or {}).get(key(tuple(owner.split())), owner), cs, ce
            for clause in token.rights:  # "according to a speech Ana Ruiz gave": the speaker gave it
                if clause.dep_ == "relcl":
                    maker = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE), None)
                    if maker is not None:
                        return self.resolve(maker)
                if clause.dep_ == "acl":  # "a poll published by NBC News"
                    owner = _account_owner(clause)
                    if owner is not None:  # "a tweet sent from Biden's Twitter account": Biden's; "it" is still the tweet
                        return self.resolve(owner)[0], cs, ce
                    clause = next((c for c in clause.children if c.dep_ == "agent"), clause)
                if clause.dep_ in ("prep", "agent") and clause.lower_ in ("from", "by", "of"):  # "a report from X", "of X"
                    source = next((c for c in clause.children if c.dep_ == "pobj"), None)
                    if source is not None and not _is_when(source) and \
                            (source.pos_ == "PROPN" or self._naming(source) is not None):  # "a study from March"
                        return self.resolve(source)
            issuer = next((c for c in token.head.children if c.dep_ == "nsubj"), None) if token.dep_ == "dobj" else None
            if issuer is not None and issuer.pos_ in ("PROPN", "NOUN"):  # "Boeing issued a statement saying …"
                return self.resolve(issuer)
            earlier = self._same_document_before(token)
            if earlier is not None:  # "The commission issued a statement. … The statement said": the commission's
                return earlier
        if token.lemma_.lower() in _RULINGS:  # "According to the ruling, …": the court's
            court = self._latest_court(cs)
            if court is not None:
                return court, cs, ce
        if token.lower_ in _COUNTRY_NOUNS and token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.lefts) \
                and not any(c.dep_ == "prep" for c in token.rights):
            country = self._latest_country(cs)  # "the West African nation announced": Ivory Coast
            if country is not None:
                return country, cs, ce
        if token.lower_ in _PARTY_MEMBERS and any(c.lower_ == "the" for c in token.lefts):
            person = self._latest_person_subject(cs)  # "…," the Ohio Democrat said: the senator named before
            if person is not None:
                return person, cs, ce
        k = self._leading_person(s, token) or self._naming(token)
        name = self.full[k] if k is not None else self._title_holder(doc[s:e]) or self._named_after_lead(token) or \
            _unnamed(doc, token, s, _of_name(token, e))
        if k is None and not (token.tag_ in ("NNS", "NNPS") and token.is_sent_start and len(name.split()) == 1):
            # "Dealers noted …" are dealers, never the "Association of International Bond Dealers"
            name = (doc._.aliases or {}).get(key(tuple(name.split())), name)
        if k is None:
            if token.lemma_.lower() in _COMPANY_NOUNS and any(c.lower_ in ("the", "this") for c in token.lefts):
                name = self._introduced_unnamed(token, cs) or self._latest_company(cs) or name
            elif token.pos_ == "NOUN" and not any(t.pos_ == "PROPN" and t.dep_ != "poss" and t.head == token
                                                  for t in doc[s:e]):  # "Day's animal foundation" is still a short form
                name = self._short_form(token, cs) or self._named_later(doc[s:e], cs) or \
                    self._government_named_before(token) or name
        words = name.split()
        if k is None and len(words) > 1 and words[-1] in _OUTLET_NOUNS:
            name = _outlet_name(words) or name  # "The Business Day newspaper said": Business Day
        # The parser's entity label may differ between mentions; a surname is a surname. "Dealers noted"
        # opening a sentence are dealers, whatever name ends in the word ("… International Bond Dealers").
        if k is None and token.pos_ == "NOUN" and token.is_sent_start and name == token.text and \
                name in self.by_word and not is_first_name(self.by_word[name].split()[0]):
            return name, cs, ce
        if k is None and token.pos_ == "PROPN":
            name = self._untagged_person(doc[s:e]) or name
        return self.by_word.get(name, name), cs, ce

    def _name_before_ticker(self, bracket: int) -> tuple[str, int, int] | None:
        """'Commercial Union Assurance <CUAC.L>, a composite insurer, Said …': the company is the whole run of
        capitalised words before its ticker, however the model cut it ('Commercial Union' and 'Assurance')."""
        doc = self.doc
        start = bracket
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and \
                not doc[start - 1].ent_type_ in ("GPE", "DATE") and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if bracket - start < 2:
            return None
        end = doc[bracket - 1].idx + len(doc[bracket - 1])
        k = self._overlapping(doc[start].idx, end)
        if k is not None and (self.ents[k].label != "ORG" or self.ents[k].start != doc[start].idx or
                              self.ents[k].end >= end):
            return None  # a name the model tagged whole, or as something else, is the model's
        return text_of(doc)[doc[start].idx:end], doc[start].idx, end

    def _named_subject_after(self, token: Token) -> Token | None:
        """'WHO director-general Tedros Adhanom Ghebreyesus said', 'study co-author Professor Carl Lipo said',
        'Figures in the newspaper Pravda show': the parser hung two subjects on one verb. The later one is the
        source when it is a person (or an organisation, after a first that names no one), with no comma, verb
        or quote mark between."""
        if token.dep_ != "nsubj":
            return None
        first = self._overlapping(token.idx, token.idx + len(token))
        first_label = self.ents[first].label if first is not None else None
        if first_label == "PERSON":
            return None
        for other in token.head.children:
            if other.dep_ != "nsubj" or other.i <= token.i or other.pos_ != "PROPN":
                continue
            k = self._overlapping(other.idx, other.idx + len(other))
            label = self.ents[k].label if k is not None else None
            if label == "PERSON" or label == "ORG" and first_label is None and token.pos_ == "NOUN":
                between = self.doc[token.i + 1:other.i]
                if not any(t.text in (",", ";", ":") or t.is_quote or t.pos_ in ("VERB", "AUX") for t in between):
                    return other
        return None

    def _person_before_campus(self, token: Token) -> Token | None:
        """'Jo Anne Val Tilburg of the University of California, Los Angeles disagreed': the parser takes the
        place that ends the organisation's name for the subject; the person tied to the organisation by 'of'
        or 'at' just before is the source."""
        k = self._overlapping(token.idx, token.idx + len(token))
        if k is None or self.ents[k].label not in ("GPE", "LOC"):
            return None
        first = self._span(self.ents[k])
        if first is None or first.start < 4 or self.doc[first.start - 1].text != ",":
            return None
        org = self._overlapping(self.doc[first.start - 2].idx, self.doc[first.start - 2].idx + 1)
        if org is None or self.ents[org].label != "ORG":
            return None
        span = self._span(self.ents[org])
        at = span.start - 1 if span is not None else 0
        if at > 0 and self.doc[at].lower_ == "the":
            at -= 1
        if at < 1 or self.doc[at].lower_ not in ("of", "at"):
            return None
        person = self.doc[at - 1]
        return person if person.ent_type_ == "PERSON" else None

    def _untagged_person(self, span) -> str | None:
        """'Mayor de Blasio', 'Central bank Governor Chang Chi-cheng': a person's name the model did not tag,
        after its titles (they go to the role). A name that ends a full name given before is that person
        ("de Blasio" after "Bill de Blasio"); else the name itself, two words at least, after a title."""
        words = [t for t in span if t.lower_ not in _DETERMINERS and t.tag_ != "POS"]
        cut = max((n + 1 for n, t in enumerate(words) if t.lower_ in _TITLE_WORDS), default=0)
        name = words[cut:]
        if not name or not all(t.text[:1].isupper() or t.lower_ in _PARTICLES or t.text == "-" for t in name) or \
                name[-1].text.rstrip(".") in LEGAL_FORMS or name[-1].lower_ in PERSON_ORG_ENDS:
            return None
        folded = [fold(w) for w in " ".join(t.text_with_ws for t in name).split()]
        fulls = {n for n, e in zip(self.full, self.ents) if e.label == "PERSON" and len(n.split()) > len(folded)
                 and [fold(w) for w in n.split()][-len(folded):] == folded}
        if len(fulls) == 1:
            found = fulls.pop()
        elif cut and not fulls and len(folded) >= 2 and not any(t.pos_ != "PROPN" and t.text != "-" and
                                                                 t.lower_ not in _PARTICLES for t in name):
            found = " ".join(t.text_with_ws for t in name).strip()
        else:
            return None
        role = " ".join(t.text for t in words[:cut] if t.lower_ not in HONORIFICS)
        if role and found not in self.full:  # a person the entities know has their role from the referent table
            self.lead_roles.setdefault(found, role)
        return found

    def _short_form(self, head: Token, before: int) -> str | None:
        """'the hotel', 'the embassy', 'police': the organisation or building the article named in full
        with that word ("Hotel Arpit Palace", "Embassy of Myanmar"), the latest one before."""
        if head.tag_ != "NN" and head.lower_ != "police":  # "analysts", "officials" are people, not an institution
            return None
        word = fold(head.text)
        for e in reversed(self.doc._.entities or []):
            if e.start >= before or e.label not in ("ORG", "FAC") or e.start < before - 3000:
                continue
            names = e.canonical.split()
            if len(names) > 1 and word in {fold(w) for w in names}:
                return e.canonical
        return self._written_in_full(head.text, before) if head.lower_ in _INSTITUTIONS else None

    def _government_named_before(self, head: Token) -> str | None:
        """'the Trump administration has been trying …' then 'the administration said': a bare 'the
        administration' or 'the government' is the one the article named with its owner before (DESIGN.md:
        governments speak under the name the article uses, "Turkish government")."""
        if head.lower_ not in _GOVERNMENTS or [c.lower_ for c in head.lefts] != ["the"]:
            return None
        for t in reversed(self.doc[max(0, head.i - 600):head.i]):
            if t.lower_ != head.lower_:
                continue
            owner = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
                     and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "PERSON"))]
            if owner and owner[-1].i + 1 == t.i and t.i - owner[0].i == len(owner):
                return " ".join(c.text for c in owner) + " " + t.text
        return None

    def _written_in_full(self, word: str, before: int) -> str | None:
        """The organisation's full name in capitals before, when the model did not tag it ("The New York
        Mercantile Exchange said" … "the exchange said"): the latest run of two to six capitalised words
        ending in the word."""
        text = text_of(self.doc)[max(0, before - 3000):before]
        last = None
        for found in re.finditer(r"\b((?:[A-Z][\w&'’.-]*\s){1,5}" + re.escape(word.title()) + r")\b", text):
            line_end = text.find("\n", found.end())
            line = text[text.rfind("\n", 0, found.start()) + 1:len(text) if line_end < 0 else line_end]
            words = re.findall(r"[A-Za-z]+", line)
            if sum(w[0].isupper() for w in words) < 0.6 * len(words):  # not a headline in title case
                last = found
        if last is None:
            return None
        words = last.group(1).split()
        while words and words[0] in ("The", "A", "An"):
            words.pop(0)
        return " ".join(words) if len(words) > 1 else None

    def _named_later(self, span, after: int) -> str | None:
        """"Day's animal foundation said …", and only later "the Doris Day Animal Foundation": a short form
        whose every word (two at least) is in an organisation's full name further on is that organisation."""
        words = {fold(t.text.removesuffix("'s").removesuffix("’s")) for t in span
                 if not t.is_punct and t.lower_ not in _DETERMINERS and t.tag_ != "POS"}
        if len(words) < 2:
            return None
        for e in self.doc._.entities or []:
            if e.start > after and e.label in ("ORG", "FAC") and words <= {fold(w) for w in e.canonical.split()}:
                return e.canonical
        return None

    def _latest_court(self, before: int) -> str | None:
        for k in range(bisect.bisect_left(self.starts, before) - 1, -1, -1):
            e = self.ents[k]
            if e.label == "ORG" and any(w in ("Court", "Tribunal") for w in self.full[k].split()):
                return self.full[k]
        return None

    def _introduced_unnamed(self, head: Token, before: int) -> str | None:
        """'An investor group led by George Soros said …' then 'The group said': the group the article
        introduced as the subject of a sentence, not the company the story is about."""
        lemma = head.lemma_.lower()
        for t in self.doc[:head.i]:
            if t.idx >= before:
                break
            if t.lemma_.lower() == lemma and t.dep_ == "nsubj" and t.tag_ == "NN" and t.ent_type_ == "" and \
                    any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and \
                    any(c.dep_ in ("compound", "amod") for c in t.lefts):
                return _unnamed(self.doc, t, *self.mention(t))
        return None

    def _latest_company(self, before: int) -> str | None:
        """'The company said': the company the story is about: of those with a legal form named in the last
        3,000 characters, the one named most often so far ("Endotronics Inc", not the lender "Celanese Corp"
        named last), then the one named first ("Woolworth Holdings Plc" of the lead, not "Dixons Group Plc" that
        once bid for it); else the latest organisation ("Santos Ltd" over "the Cooper Basin")."""
        fallback = None
        counts: dict[str, int] = {}
        latest: list[str] = []
        for k in range(bisect.bisect_left(self.starts, before) - 1, -1, -1):
            e = self.ents[k]
            if e.label != "ORG":
                continue
            name = self.full[k]
            if fold(name.split()[-1]) in CORPORATE:
                counts[name] = counts.get(name, 0) + 1
                if e.start >= before - 3000 and name not in latest:
                    latest.append(name)
            elif e.start >= before - 3000:
                fallback = fallback or name
        if latest:  # the one the story is about: named most often so far, then the one named first
            return max(latest, key=lambda n: (counts[n], latest.index(n)))
        return fallback

    def _leading_person(self, start: int, head: Token) -> int | None:
        """'Ben Williams of Paris brokerage house Fauchier-Magnan': a person named first and tied by 'of'
        or 'at' to the place they work is the source, however the parser hung the phrase on its last
        word."""
        first = self.doc[start]
        k = self._overlapping(first.idx, first.idx + len(first))
        if k is None or self.ents[k].label != "PERSON" or self.ents[k].start != first.idx:
            return None
        after = next((t for t in self.doc[start:head.i] if t.idx >= self.ents[k].end), None)
        return k if after is not None and after.lower_ in ("of", "at") else None

    def naming(self, token: Token) -> int | None:
        return self._leading_person(self.mention(token)[0], token) or self._naming(token)

    def _same_document_before(self, token: Token) -> tuple[str, int, int] | None:
        """'The statement said', 'The figures also showed': a document the article has already tied to whoever
        issued it ("Central Statistical Office figures show", "the commission issued a statement") is theirs."""
        if not any(c.lower_ in ("the", "this", "these") for c in token.lefts) or \
                any(c.dep_ in ("poss", "compound", "amod") for c in token.lefts):
            return None
        lemma = token.lemma_.lower()
        for t in reversed(self.doc[max(0, token.i - 400):token.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            owned = any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN" for c in t.lefts)
            issued = t.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                                              for c in t.head.children)
            if not (owned or issued):
                continue
            name, _, _ = self.resolve(t)
            if name and fold(name) != fold(t.text) and not fold(name).endswith(" " + fold(t.text)):
                return name, token.idx, token.idx + len(token)
            return None
        return None

    def _naming(self, token: Token) -> int | None:
        """The entity that names the source: one covering the head of its phrase, or its appositive
        ("Iran's foreign minister, Ana Ruiz,"). A name that only modifies the head ("Commerce Ministry
        officials", "Saudi officials", "Merkel's spokesperson") names someone else."""
        heads = [token, *(c for c in token.rights if c.dep_ == "appos")]
        # "Haifa University geostrategy expert and former Israeli security official, Avinoam Idan, said"
        heads += [a for c in token.rights if c.dep_ == "conj" for a in c.rights if a.dep_ == "appos"]
        # "news source Daily Xtra's editorial director, Rachel Giese,": the name is the description's description
        heads += [c for h in heads[1:] for c in h.rights if c.dep_ == "appos"]
        if token.lemma_.lower() in self.titles:  # "The executive director of the Society, Bob Hughes, told"
            heads += [t for t in token.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
        found = []
        for head in heads:
            k = self._overlapping(head.idx, head.idx + len(head))
            if k is not None and self.ents[k].start <= head.idx and self.ents[k].end >= head.idx + len(head):
                found.append(k)
        if found:  # "a Republican, Mark Amodei,": the person, not the party they belong to
            return next((k for k in found if self.ents[k].label == "PERSON"), found[0]) \
                if self.ents[found[0]].label == "NORP" else found[0]
        # "Chief Inspector of Mines Redzuan Sumun said": the parse hangs the name on the charge, "of Mines"; the
        # entities took the whole phrase for the person's role
        for held in _of_objects(token):
            k = self._overlapping(held.idx, held.idx + len(held))
            role = self.ents[k].role if k is not None else None
            if k is not None and self.ents[k].label == "PERSON" and role and token.text in role.split() and \
                    self.ents[k].end == held.idx + len(held):
                return k
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        if token.tag_ == "NN" and token.is_lower and nxt is not None and nxt.pos_ == "PROPN":
            # "financial services group Cie Financiere de Paribas", "the website Znak.com": a descriptor
            # run straight into the name, which the parser hangs anywhere
            k = self._overlapping(nxt.idx, nxt.idx + len(nxt))
            if k is not None and self.ents[k].start == nxt.idx and self.ents[k].label in ("ORG", "PERSON"):
                return k
        return None

    def _antecedent(self, before: int, kind: str) -> str | None:
        fallback = None
        if kind != "group":
            told = self._object_in_sentence(before, kind)
            if told is not None:
                return told
            unnamed = self._unnamed_subject_in_sentence(before) or self._unnamed_speaker_just_before(before)
            if unnamed is not None:
                return unnamed
        for k in reversed(self.subject_ents):
            e = self.ents[k]
            if e.start >= before:
                continue
            person = e.label == "PERSON" and self._person_like(k)
            if kind == "group":
                if not person:
                    return self.full[k]
                if self._joined_to_others(k):
                    return None  # "X and his counterparts gathered … They concluded": those people, not a name before
                continue
            if person and ((self.female[k] or self.full[k] in self.full_female) == (kind == "f") or
                           kind == "m" and self.full[k] in self.either):
                if k in self.subordinate:
                    main = self._main_subject_before(k, kind)
                    if main is not None:
                        return main
                return self.full[k]
            if person and fallback is None:
                fallback = self.full[k]
        if kind == "group":
            return None
        latest = None
        for k in range(bisect.bisect_left(self.starts, before) - 1, -1, -1):
            if self.ents[k].label == "PERSON" and self._person_like(k):
                if kind == "f" and (self.female[k] or self.full[k] in self.full_female):
                    # "Other analysts, including Michelle Applebaum, recommend USX. … she said": the woman named,
                    # though not a subject, before the man who was one
                    return self.full[k]
                latest = latest or self.full[k]
        return fallback or latest

    def _joined_to_others(self, k: int) -> bool:
        """A subject person coordinated with other people ('Ana Ruiz and her counterparts', 'Ruiz and Lee')."""
        e = self.ents[k]
        span = self._span(e)
        if span is None:
            return False
        head = span.root
        return any(c.dep_ == "conj" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "PERSON") for c in head.children)

    def _person_like(self, k: int) -> bool:
        """A one-word 'person' is one when it is a first name, part of a longer name, or follows a title;
        the small model also tags places and things ("the Burdekin area", "Drifts of four feet") PERSON."""
        name = self.full[k]
        if name not in self.person_like:
            self.person_like[name] = len(name.split()) > 1 or is_first_name(name) or self._titled(name) or \
                self._speaks(name)
        return self.person_like[name]

    def _speaks(self, name: str) -> bool:
        """'Cardenas said these countries …': a one-word name that is the subject of a speech verb is someone
        (a place or thing the model took for a person does not say, tell or add)."""
        for k in self.subject_ents:
            e = self.ents[k]
            if e.label != "PERSON" or self.full[k] != name:
                continue
            span = self._span(e)
            verb = root(self.doc, span.start, span.end).head if span is not None else None
            if verb is not None and verb.lemma_.lower() in _SAID:
                return True
        return False

    def _titled(self, name: str) -> bool:
        text = text_of(self.doc)
        for e in self.ents:
            if e.label == "PERSON" and e.text == name:
                before = text[max(0, e.start - 12):e.start].lower().split()
                if before and before[-1].rstrip(".") in self.titles | {"mr", "mrs", "ms", "dr", "sheikh", "king"}:
                    return True
        return False

    def _unnamed_subject_in_sentence(self, before: int) -> str | None:
        """'While one arbitrager acknowledged X, he said Y': one unnamed source, the subject of a clause
        earlier in the pronoun's sentence, is 'he', not the person named paragraphs before."""
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if at is None:
            return None
        sent = at[0].sent
        for t in self.doc[sent.start:at[0].i]:
            if t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in _ONE_SOURCE and \
                    t.head.dep_ in ("advcl", "ccomp") and \
                    any(c.dep_ in ("det", "nummod") and c.lower_ in ("one", "a", "an", "another") for c in t.children):
                return _unnamed(self.doc, t, *self.mention(t))
        return None

    def _latest_country(self, before: int) -> str | None:
        """The country the story is about: of the countries named before, the one named most often, then
        the latest."""
        named = [e.canonical or e.text for e in sorted(self.doc._.entities or [], key=lambda e: e.start)
                 if e.start < before and e.label in ("GPE", "LOC") and country_code(e.canonical or e.text)]
        if not named:
            return None
        return max(set(named), key=lambda n: (named.count(n), len(named) - named[::-1].index(n)))

    def _latest_person_subject(self, before: int) -> str | None:
        k = next((k for k in reversed(self.subject_ents)
                  if self.ents[k].start < before and self.ents[k].label == "PERSON"), None)
        return self.full[k] if k is not None else None

    def _unnamed_speaker_just_before(self, before: int) -> str | None:
        """'A spokesman for the bank said he was aware of the order. "Now we …," he said.': the unnamed source
        who spoke in the sentence before, with nobody named since, is 'he', not the person named earlier. In a
        paragraph that is a quotation ('"We are not … ." "Funding was …," he told Reuters') the sentence before
        may be the last of the paragraph before."""
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if at is None or at[0].sent.start == 0:
            return None
        previous = self.doc[at[0].sent.start - 1].sent
        found = self._unnamed_speaker_of(previous, before)
        text = text_of(self.doc)
        opening = text.rfind("\n", 0, before) + 1
        if found is None and opening > 1 and text[opening:opening + 1] in ('"', "“") and \
                previous.start_char >= opening:
            last = self.doc.char_span(opening - 2, opening - 1, alignment_mode="expand")
            if last is not None and len(last):
                found = self._unnamed_speaker_of(last[0].sent, before)
        if found is None:  # '… said 40 dlrs is a "decent" price. "A bidding war … . Maybe 45 tops," he said.': the
            found = self._unnamed_speaker_before_quotation(text, before, opening)  # quotation has sentences of its own
        return found

    def _unnamed_speaker_before_quotation(self, text: str, before: int, opening: int) -> str | None:
        head = text[:before].rstrip().rstrip(",")
        if not head.endswith(('"', "”")) and not head[:-1].rstrip().endswith(('"', "”")):
            return None
        close = max(head.rfind('"'), head.rfind("”"))
        start = max(text.rfind('"', 0, close), text.rfind("“", 0, close))
        if start <= opening:
            return None
        end = len(text[:start].rstrip())
        last = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if last is None or not len(last) or last[0].is_space:
            return None
        return self._unnamed_speaker_of(last[0].sent, before)

    def _unnamed_speaker_of(self, previous, before: int) -> str | None:
        if text_of(self.doc).count("\n", previous.end_char, before) > 2:  # the paragraph before at most
            return None
        root_ = previous.root
        subject = next((c for c in root_.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in _ONE_SOURCE or \
                root_.lemma_.lower() not in _SAID and not any(c.lemma_.lower() in _SAID for c in root_.children):
            return None
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one", "the")
                   for c in subject.children):
            return None
        subjects = set(self.subject_ents)
        for k in range(bisect.bisect_left(self.starts, subject.idx), bisect.bisect_left(self.starts, before)):
            # a person named since is 'he', unless the model took a place for one ("the Burdekin area")
            if self.ents[k].label == "PERSON" and (k in subjects or len(self.full[k].split()) > 1):
                return None
        return self.resolve(subject)[0]

    def _object_in_sentence(self, before: int, kind: str) -> str | None:
        """'The press asked Trump about it, but he declined to comment': with no person as subject earlier in
        the pronoun's sentence, the person asked or reached there is whom 'he' means."""
        pronoun = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if pronoun is None:
            return None
        first = pronoun.sent.start_char
        found = None
        for k in range(bisect.bisect_left(self.starts, before) - 1, -1, -1):
            e = self.ents[k]
            if e.start < first:
                break
            if e.label != "PERSON":
                continue
            if k in self.subject_ents:
                return None
            span = self._span(e)
            head = root(self.doc, span.start, span.end) if span is not None else None
            if head is None or head.dep_ != "dobj" or head.head.lemma_.lower() not in _ASKING:
                continue
            if found is None and (self.female[k] or self.full[k] in self.full_female) == (kind == "f"):
                found = self.full[k]
        return found

    def _main_subject_before(self, k: int, kind: str) -> str | None:
        """A main-clause subject of the same sentence, before subject k, that fits the pronoun."""
        sentence = self._span(self.ents[k])
        if sentence is None:
            return None
        first = sentence.sent.start_char
        for j in reversed(self.subject_ents):
            e = self.ents[j]
            if e.start >= self.ents[k].start or j in self.subordinate or e.label != "PERSON":
                continue
            if e.start < first:
                return None
            if (self.female[j] or self.full[j] in self.full_female) == (kind == "f") and self.full[j] != self.full[k]:
                return self.full[j]
        return None

    def _in_lead(self, span) -> bool:
        """The mention stands in the article's first paragraph of running text (a title line is not one)."""
        before = text_of(self.doc)[:span.start_char]
        return sum(len(p.strip()) >= 80 for p in before.split("\n")[:-1]) == 0

    def _title_holder(self, span) -> str | None:
        """'the Opec President' -> the person introduced as 'Opec President X', if any. 'One dealer', 'a
        senior dealer' is someone not named: never the 'senior dealer Eckhart Hager' of another paragraph.
        Only a wire story's lead describes with 'a' someone it names later ('A member of the board …
        predicted …' / 'Jim Billington, Democratic member of the FCA board, said')."""
        if len(span) and (span[0].lower_ in _INDEFINITE or span[0].lower_ in ("a", "an") and not self._in_lead(span)):
            return None
        words = [_SAME_TITLE.get(t.lower_, t.lower_) for t in span if t.lower_ not in _DETERMINERS and not t.is_punct]
        head = root(self.doc, span.start, span.end) if len(span) else None
        if not words or head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        title = _SAME_TITLE.get(head.lower_, head.lower_)
        text = text_of(self.doc)
        last = max([head.i] + [c.right_edge.i for c in head.rights if c.dep_ in ("appos", "compound", "flat", "conj")])
        right = self.doc[last]  # the head's own phrase, without the clauses that hang on it
        below, above = self.doc[head.left_edge.i].idx, right.idx + len(right)
        # "the local health minister" is not "Civil Aviation Minister Hardeep Singh Puri": a charge written
        # before the title must be the person's too ("the company spokesman" names no charge)
        charges = {t.lower_ for t in span if t.dep_ == "compound" and t.head.i == head.i and t.pos_ == "NOUN"
                   and t.is_lower and t.lemma_.lower() not in _COMPANY_NOUNS | _PLACE_NOUNS}  # "state attorney general"
        best, best_score = None, 0
        for k, e in enumerate(self.ents):
            if e.label != "PERSON":
                continue
            # "Emery's chairman, John C. Emery, said": the title set off by a comma still names the person
            wide = [w.rstrip(",") for w in text[max(0, e.start - 60):e.start].lower().split()]
            wide = [_SAME_TITLE.get(w, w) for w in wide]
            context = wide[-len(words) - 1:]
            # The title must run into the name ("Opec President X"): "An organizer said Biden …" names
            # no organizer: the words between the head and the name must be the mention's own or titles,
            # or the name must sit in the head's own phrase ("Vice President for news Ana Ruiz").
            if title in context:
                after = context[len(context) - 1 - context[::-1].index(title) + 1:]
                if any(w not in words and w not in self.titles for w in after) and not below <= e.start < above:
                    context = context[:0]
            context += e.text.lower().split()[:-1]
            if title not in context or not charges <= set(wide[-MAX_TITLE_WORDS - 2:]):
                continue
            at = len(wide) - 1 - wide[::-1].index(title) if title in wide else 0
            if any(w in _LESSER_TITLES and w not in words for w in wide[max(0, at - 3):at]):
                continue  # "the president" is not "Vice President Joseph R. Biden Jr.", nor "deputy energy minister"
            score = sum(w in context for w in words)
            # "Italian minister Stefano Patuanelli …, but the minister said": of people with the title, the
            # one named last before the mention
            if score > best_score or score == best_score > 0 and e.start < below:
                best, best_score = self.full[k], score
        return best


    def _named_after_lead(self, head: Token) -> str | None:
        """A wire lead that gives only a title ("Kuwait's Oil Minister, in remarks published today, said …")
        names its holder at the start of the next paragraph ("Sheikh Ali al-Khalifa al-Sabah was quoted …");
        "the minister" later is the same person. Only when the lead names no person at all."""
        title = head.lower_
        if title not in self.titles or title not in TITLES or head.pos_ not in ("NOUN", "PROPN"):
            return None  # "The State of New Jersey said": the words stripped off names are not all titles a person holds
        text = text_of(self.doc)
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children) and \
                not self._in_lead(head.doc[head.i:head.i + 1]):
            return None  # "A spokesman for the bank said" further on is someone else
        paragraphs = [m for m in re.finditer(r"[^\n]+", text) if len(m.group().strip()) >= 80]
        if len(paragraphs) < 2:
            return None
        lead, following = paragraphs[0], paragraphs[1]
        if head.idx < lead.start() or title not in re.findall(r"[a-z]+", lead.group().lower()):
            return None
        if any(e.label == "PERSON" and e.start < following.start() for e in self.ents):
            return None
        k = bisect.bisect_left(self.starts, following.start())
        if k >= len(self.ents) or self.ents[k].label != "PERSON":
            return None
        opening = text[following.start():self.ents[k].start].split()
        if len(opening) > 1 or opening and opening[0].lower() not in self.titles:  # "Sheikh Ali …" opens it
            return None
        name = self.full[k]
        lead_head = next((t for t in self.doc if lead.start() <= t.idx < lead.end() and t.lower_ == title), None)
        if lead_head is not None:  # the lead's title is the role the article gives the person: "Oil Minister"
            words = [t for t in lead_head.lefts if t.dep_ == "compound"] + [lead_head]
            self.lead_roles[name] = " ".join(t.text for t in words)
            held_at = self._lead_organisation(lead_head)
            if held_at:  # "the chairman of the Kuwait Petroleum Corporation": the post's organisation goes with it
                self.lead_affiliations[name] = held_at
        return name

    def _lead_organisation(self, post: Token) -> str | None:
        """The organisation a post in the lead is held at: "the chairman of X", "an X official", "X's president";
        a country is no affiliation."""
        orgs = {}
        for t in post.subtree:
            k = self._overlapping(t.idx, t.idx + len(t))
            if k is not None and self.ents[k].label == "ORG":
                orgs[t.i] = self.full[k]
        found = organisation_of_post(post, orgs)
        return found and organisation_name(found)


_ACCOUNTS = {"account", "page", "feed", "channel", "blog", "profile", "website", "site"}


def _account_owner(clause: Token) -> Token | None:
    """The owner of the account a message was sent from or posted to ("sent from Biden's Twitter account")."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "to", "on"):
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.lemma_.lower() in _ACCOUNTS:
                return next((c for c in place.children if c.dep_ == "poss"), None)
    return None


def _untagged_owner(token: Token) -> str | None:
    """The proper noun run before a speech noun that the model did not tag: "Tanjug" of "other Tanjug reports"."""
    parts = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper()
             and not t.ent_type_ and t.lower_ not in _TITLE_WORDS]
    if not parts or any(t.i != parts[0].i + n for n, t in enumerate(parts)) or parts[-1].i + 1 != token.i:
        return None
    return " ".join(t.text for t in parts)


def _outlet_name(words: list[str]) -> str | None:
    """'official Tanjug news agency' -> Tanjug, 'The Business Day newspaper' -> Business Day: an outlet's name
    without what it is; None when no capitalised name is left."""
    while words and words[-1] in _OUTLET_NOUNS | {"news"}:  # "the Environmental Protection Agency" keeps its own
        words = words[:-1]
    while words and not words[0][:1].isupper():
        words = words[1:]
    return " ".join(words) if words and all(w[:1].isupper() for w in words) else None


def _initials_joined(token: Token) -> tuple[str, int, int] | None:
    doc = token.doc
    for first in (token.i, token.i - 2):
        if first < 0 or first + 2 >= len(doc):
            continue
        a, conj, b = doc[first], doc[first + 1], doc[first + 2]
        if conj.lower_ == "and" and all(t.is_upper and t.is_alpha and len(t) <= 2 for t in (a, b)):
            return f"{a.text} and {b.text}", a.idx, b.idx + len(b)
    return None


def with_roles(doc: Doc, quotes: list) -> list:
    """Each speaker's role and affiliation, from the article's referent table ("Vladimir Putin · President")."""
    table = doc._.referents or {}
    out = []
    for q in quotes:
        who = table.get(q.speaker) if q.speaker else None
        if who is not None:
            q = replace(q, speaker_role=q.speaker_role or who.role, affiliation=who.affiliation or q.affiliation)
        out.append(q)
    return out


def _relative_antecedent(rel: Token) -> Token:
    """What 'who' in a relative clause stands for.

    The parse hangs the clause on the nearest noun; after a comma a clause that follows an 'of' phrase
    describes the noun the phrase belongs to: "a niece of the senator's opponent Ann Lee, who claimed …"
    is the niece's claim.
    """
    ante = rel.head.head
    if rel.i == 0 or rel.doc[rel.i - 1].text != ",":
        return ante
    t = ante
    for _ in range(4):
        if t.dep_ in ("appos", "compound", "conj") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            return t.head.head
        break
    return ante


def _of_objects(token: Token) -> Iterator[Token]:
    """The objects of the 'of' phrases after a word: 'the managers' of '50 pct of the managers'."""
    return (w for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for w in p.children if w.dep_ == "pobj")


def _partitive_clause(rel: Token) -> Token | None:
    """The relative clause a relative pronoun opens from inside a part of it: 'a number of whom said'."""
    t = rel
    for _ in range(3):
        if t.dep_ not in ("pobj", "prep"):
            return None
        t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl":
            return t.head
    return None


_AMOUNTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
_SHARES = {"pct", "percent", "%", "per"}


def _amount_holder(token: Token) -> Token | None:
    """An amount never speaks: whose amount it is does.

    "Some 50 pct of the purchasing managers reported": the managers; "banks holding some 184 billion
    pesetas of debt said", where the parse makes the amount the subject: the banks that hold it.
    """
    share = token.lower_ in _SHARES and any(c.dep_ == "nummod" for c in token.children)  # "50 pct" untagged
    if token.ent_type_ not in _AMOUNTS and not token.like_num and not share:
        return None
    of = next(_of_objects(token), None)
    if of is not None and (of.tag_ in ("NNS", "NNPS") or of.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        return of
    first = min((t.i for t in token.subtree), default=token.i)
    verb = token.doc[first - 1] if first > 0 else None
    if verb is not None and verb.tag_ in ("VBG", "VBN") and verb.i > 0:
        owner = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if owner is None and verb.dep_ == "acl" and verb.head.i < verb.i:
            owner = verb.head
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            return owner
    return None


def _of_name(token: Token, end: int) -> int:
    """'Allies of Ukraine', 'supporters of Bernie Sanders', 'the team from UCL': a common noun is named by its
    'of' or 'from' phrase.

    Only the displayed name grows; entity lookup stays on the head, so 'the president of France'
    never becomes France.
    """
    if token.pos_ not in ("NOUN", "PROPN"):  # a capitalised "Allies" opening a sentence is tagged PROPN
        return end
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i == end:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and not _is_when(pobj) and pobj.right_edge.i - child.i <= 4:
                return pobj.right_edge.i + 1
    return end


def _unnamed(doc: Doc, head: Token, start: int, end: int) -> str:
    """An unnamed source as the article words it, less its determiners, how many spoke and whose it is:
    "Some Commerce Ministry officials" -> "Commerce Ministry officials"; "Merkel's spokesperson" -> "spokesperson"."""
    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    # "a 2011 study", "in April industry publications said": when it was said is no part of who said it
    words = [t for t in doc[start:end] if t.i not in owners and not (t.i < head.i and t.dep_ == "case")
             and not (t.i < head.i and _is_when(t) and not _is_when(head))]
    # a spaced dash only: "state-owned" and "WSET-TV" keep theirs
    dashes = [n for n, t in enumerate(words) if t.i < head.i and t.text in _DASHES and t.whitespace_]
    if dashes:  # a wire dateline the parse hung on the subject: "LONDON - Delegates said"
        words = words[dashes[-1] + 1:]
    while len(words) > 1 and (words[0].lower_ in _DETERMINERS or words[0].lower_ in _QUANTIFIERS):
        words.pop(0)
    if head.pos_ == "PROPN":  # "promotion World Wonder Ring Stardom", "retailer Tesco": the name, not what it is
        while len(words) > 1 and words[0].pos_ != "PROPN" and words[0].i < head.i:
            words.pop(0)
    return _bare("".join(t.text_with_ws for t in words).strip())


def _is_when(token: Token) -> bool:
    """'April', 'Thursday', '2011': a time, where 'annual' or 'weekly' only describe a kind of report."""
    if token.pos_ not in ("PROPN", "NUM", "NOUN"):
        return False
    return token.ent_type_ in ("DATE", "TIME") or (token.shape_ == "dddd" and token.text[:2] in ("19", "20"))


def _bare(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return " ".join(words).replace("’s", "’s")


_PLURAL_PRONOUNS = {"they", "them", "we", "us"}
# "Analysts were divided. Some said …, others argue …", '"…," one said': part of the group quoted before
_PARTS = {"some", "others", "one", "another", "few", "many", "several", "most", "both"}
_NEUTER_PRONOUNS = {"it"}


def _source_class(resolver: SpeakerResolver, start: int, end: int) -> str | None:
    """'plural', 'org', 'place', 'thing' or 'person': what a pronoun may stand for when it names this source."""
    doc = resolver.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = root(doc, span.start, span.end)
    if head.pos_ == "PRON":
        return None
    k = resolver._overlapping(head.idx, head.idx + len(head))
    label = resolver.ents[k].label if k is not None else None
    if label == "PERSON":
        return "person"
    if label == "ORG":
        return "org"
    if label == "NORP":
        return "people"
    if label == "GPE":
        return "place"
    if head.tag_ in ("NNS", "NNPS"):
        return "plural"
    if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in resolver.titles:
        return "thing"
    return None


_FITS = {"plural": {"plural", "org", "people"}, "part": {"plural", "people"}, "neuter": {"org", "place", "thing", "people"}, "document": {"org"}}
# "The advisory also noted", "the website further reported": the thing speaks for the organisation quoted just
# before. Not "the report", "the letter", "the study": those are mostly someone else's, reported on by the last source.
_DOCUMENTS = {"advisory", "statement", "release", "announcement", "bulletin", "website", "site", "newspaper", "paper",
              "daily", "broadcaster", "channel", "outlet", "magazine", "agency", "publication"}


def _pronoun_kind(mention: str) -> str | None:
    if mention in _PLURAL_PRONOUNS:
        return "plural"
    if mention in _NEUTER_PRONOUNS:
        return "neuter"
    if mention in _PARTS:
        return "part"
    words = mention.split()
    if 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in _DOCUMENTS:  # "the (television) broadcaster"
        return "document"
    return None


def resolve_group_pronouns(resolver: SpeakerResolver, quotes: list, make) -> list:
    """'…, the sources said. … , they said': they/we/it speak for the latest earlier source that fits.

    A previous quote's source of the right kind (plural nouns and organisations for 'they', organisations,
    places and things for 'it') within a few paragraphs comes first; else what the entities gave; else,
    for 'they', the latest plural subject of the paragraph or the one before.
    """
    text = text_of(resolver.doc)
    out = []
    orgs = {e.canonical for e in resolver.doc._.entities or [] if e.label == "ORG"}
    seen: list[tuple[int, str, str]] = []  # (mention start, speaker, class) of earlier sources
    for q in sorted(quotes, key=lambda q: q.speaker_start if q.speaker_start is not None else q.start):
        if q.speaker is None and q.speaker_start is not None and text[q.speaker_start:q.speaker_end].lower() in PERSONAL:
            # "…," said one trader. "…," he added: no named person to stand for, so the unnamed source goes on
            for start, name, cls in reversed(seen):
                if _too_far(text, start, q.speaker_start):
                    break
                if cls in ("person", "thing"):
                    q = make(q, name)
                    break
        if q.speaker is None or q.speaker_start is None:
            out.append(q)
            continue
        mention = text[q.speaker_start:q.speaker_end].lower()
        kind = _pronoun_kind(mention)
        if kind == "document" and q.speaker.lower() not in (mention, mention.removeprefix("the ")):
            kind = None  # "the BBC website": named already
        part_of = _part_of(resolver.doc, text, seen, q.speaker_start) if kind == "part" and \
            q.speaker.lower() == mention else None
        if part_of is not None:
            q = make(q, part_of)
            seen.append((q.speaker_start, part_of, "plural"))  # "Some believe …. But others said": the same group
        elif kind is not None:
            for start, name, cls in reversed(seen):
                if _too_far(text, start, q.speaker_start):
                    break
                if cls in _FITS[kind]:
                    q = make(q, name)
                    break
            else:
                if q.speaker.lower() == mention and kind == "plural":
                    name = _plural_subject(resolver.doc, q.speaker_start) or \
                        _group_named_again(resolver.doc, q.speaker_start)
                    if name is not None:
                        q = make(q, name)
                elif kind == "document":  # "PBS aired it. The television broadcaster said": the organisation named
                    name = _latest_org(resolver, text, q.speaker_start)
                    if name is not None:
                        q = make(q, name)
            if q.speaker.lower() != mention and kind != "document":
                seen.append((q.speaker_start, q.speaker, "plural" if kind in ("plural", "part") else "org"))
        else:
            cls = _source_class(resolver, q.speaker_start, q.speaker_end)
            if cls == "thing" and q.speaker in orgs:  # "Day's animal foundation", linked to the foundation's full name
                cls = "org"
            if cls is not None:
                seen.append((q.speaker_start, q.speaker, cls))
        out.append(q)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _part_of(doc: Doc, text: str, seen: list[tuple[int, str, str]], before: int) -> str | None:
    """The group a "some" or "one" is part of: a group quoted in its paragraph or the one before ('…, dealers
    said. "…," one said'), else the group just written about ("Analysts have mixed opinions. Some believe …")."""
    near = next((name for start, name, cls in reversed(seen) if cls in _FITS["part"]
                 and text[start:before].count("\n") <= 2), None)
    return near or _plural_subject(doc, before)


def _latest_org(resolver: SpeakerResolver, text: str, before: int) -> str | None:
    for k in range(bisect.bisect_left(resolver.starts, before) - 1, -1, -1):
        e = resolver.ents[k]
        if _too_far(text, e.start, before):
            return None
        if e.label == "ORG":
            return resolver.full[k]
    return None


def _too_far(text: str, source: int, pronoun: int) -> bool:
    """A pronoun stands for a source a few paragraphs back at most."""
    gap = text[source:pronoun]
    return len(gap) > 1500 or gap.count("\n") > 6


def _plural_subject(doc: Doc, before: int) -> str | None:
    """The latest plural common-noun subject in the pronoun's paragraph or the one before it."""
    text = text_of(doc)
    j = text.rfind("\n", 0, before)
    while j > 0 and text[j - 1] in "\n ":
        j -= 1
    lo = text.rfind("\n", 0, j) + 1 if j > 0 else 0
    best = None
    for tok in doc:
        if tok.idx >= before:
            break
        if tok.idx >= lo and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NNS" and tok.pos_ == "NOUN":
            best = tok
    if best is None:
        return None
    start = min([best.i] + [c.left_edge.i for c in best.lefts if c.dep_ in ("compound", "amod")])
    end = best.i + 1
    other = next((c for c in best.rights if c.dep_ == "conj" and c.tag_ == "NNS" and c.pos_ == "NOUN"), None)
    if other is not None and all(t.dep_ in ("cc", "conj") for t in doc[end:other.i + 1]):
        end = other.i + 1  # "Traders and analysts … They said": both
    words = [t.text for t in doc[start:end]]
    if doc[start].is_sent_start and doc[start].pos_ != "PROPN":
        words[0] = words[0].lower()  # "Traders" only opens the sentence
    return " ".join(words)


def _group_named_again(doc: Doc, after: int) -> str | None:
    """'… an assembly of several foreign ministers … X and his counterparts gathered … They concluded …
    The foreign ministers agreed': a 'they' with no plural subject before is the group the article names
    again with 'the' just after, when it named that group before too."""
    text = text_of(doc)
    end = after
    for _ in range(3):  # the pronoun's paragraph and the two after it
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    for tok in doc:
        if tok.idx <= after:
            continue
        if tok.idx >= end:
            break
        if tok.dep_ != "nsubj" or tok.tag_ != "NNS" or tok.pos_ != "NOUN" or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        words = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.i + 1 == tok.i or
                 c.dep_ in ("amod", "compound") and doc[c.i + 1].dep_ in ("amod", "compound")] + [tok]
        phrase = " ".join(t.lower_ for t in words)
        if re.search(r"\b" + re.escape(phrase) + r"\b", text[:after].lower()):
            return phrase
        return None
    return None
