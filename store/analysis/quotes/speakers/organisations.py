"""Organisations, companies, countries and courts an unnamed mention stands for ('the exchange', 'the company')."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ...entities.gazetteer import country_code
from ...entities.referents import CORPORATE, ends_in_a_legal_form, fold
from ...entities.vocabulary import HEADS, LEGAL_FORMS
from ..cue_table import cues, report_verbs
from ..index import root, text_of
from .kinds_named_before import kind_named_before
from .unnamed import measure_words, unnamed_source
from .words import COMPANY_NOUNS, DETERMINERS, GOVERNMENTS, GROUP, INSTITUTIONS, SAID


class OrganisationShortForms:
    """The organisation, company, court or country a short form or a document stands for."""

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
        k = self.overlapping(doc[start].idx, end)
        if k is not None and (self.ents[k].label != "ORG" or self.ents[k].start != doc[start].idx or
                              self.ents[k].end >= end):
            return None  # a name the model tagged whole, or as something else, is the model's
        return text_of(doc)[doc[start].idx:end], doc[start].idx, end

    def _companies_cut_short(self) -> dict[str, str]:
        """'HOUSTON, March 24 - Wainoco Oil Corp said': the model tagged "Oil Corp" and left "Wainoco" out. A
        company name that ends in a legal form and follows capitalised words on its line is those words too;
        returns each such name's short forms as the article uses them ("Wainoco", "Oil Corp") -> the whole."""
        doc, found = self.doc, {}
        for k, e in enumerate(self.ents):
            span = self.span_of(e)
            if e.label != "ORG" or span is None or span[-1].text.rstrip(".") not in LEGAL_FORMS:
                continue
            start = span.start
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and \
                    doc[start - 1].ent_type_ not in ("GPE", "DATE", "PERSON") and \
                    "\n" not in doc[start - 1].whitespace_:
                start -= 1
            if start == span.start or self.overlapping(doc[start].idx, span.start_char) not in (None, k):
                continue
            whole = text_of(doc)[doc[start].idx:e.end].rstrip(".")
            found[e.text] = self.full[k] = whole
        for k, e in enumerate(self.ents):  # "Wainoco said", "ABM said": the first words of the whole name
            if e.label == "ORG":
                whole = next((w for w in found.values() if w.startswith(self.full[k] + " ")), None)
                if whole is not None:
                    found[self.full[k]] = self.full[k] = whole
        return found

    def _short_form(self, head: Token, before: int) -> str | None:
        """'the hotel', 'the embassy', 'police': the organisation or building the article named in full
        with that word ("Hotel Arpit Palace", "Embassy of Myanmar"), the latest one before."""
        # "analysts", "officials" are people, not an institution
        if head.tag_ != "NN" and head.lower_ != "police" and not lower_proper(head):
            return None
        word = fold(head.text)
        for e in reversed(self.doc._.entities or []):
            if e.start >= before or e.label not in ("ORG", "FAC") or e.start < before - 3000:
                continue
            names = e.canonical.split()
            if len(names) > 1 and word in {fold(w) for w in _before_complement(names)}:
                return e.canonical
        if head.lower_ not in INSTITUTIONS | _NAMED_BEFORE:
            return None
        return self._written_in_full(head.text, before) or kind_named_before(head, before)

    def _government_named_before(self, head: Token, in_document: bool = False) -> str | None:
        """'the Trump administration has been trying …' then 'the administration said': a bare 'the
        administration' or 'the government' is the one the article named with its owner before (DESIGN.md:
        governments speak under the name the article uses, "Turkish government"). In a document's name ("The
        government statement said") it is the government named before, also when named with its country after
        it ("the government of Moldavia")."""
        if head.lower_ not in GOVERNMENTS or not in_document and [c.lower_ for c in head.lefts] != ["the"]:
            return None
        for t in reversed(self.doc[max(0, head.i - 600):head.i]):
            if t.lower_ != head.lower_:
                continue
            of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None) if in_document else None
            country = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if country is not None and country.ent_type_ == "GPE" and country.i == of.i + 1:
                return self.doc[t.i:country.right_edge.i + 1].text
            owner = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
                     and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "PERSON"))]
            k = self.overlapping(t.idx, t.idx + len(t))
            if k is not None and self.ents[k].label == "ORG" and owner and self.ents[k].start < owner[0].idx:
                continue  # "the Council for Clean Government": the end of a name, no government
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
                 if not t.is_punct and t.lower_ not in DETERMINERS and t.tag_ != "POS"}
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
        """'An investor group led by George Soros said …', 'A group controlled by X said …' then 'The group said': the
        group the article introduced as the subject of a sentence, not the company the story is about."""
        lemma = head.lemma_.lower()
        for t in self.doc[:head.i]:
            if t.idx >= before:
                break
            if t.lemma_.lower() == lemma and t.dep_ == "nsubj" and t.tag_ == "NN" and t.ent_type_ == "" and \
                    any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and \
                    (any(c.dep_ in ("compound", "amod") for c in t.lefts) or  # "a group controlled by X"
                     any(c.dep_ == "acl" and c.tag_ == "VBN" for c in t.rights)):
                return unnamed_source(self.doc, t, *self.mention(t))
        return None

    def _latest_company(self, before: int, noun: str | None = None) -> str | None:
        """'The company said': the company the story is about: of those with a legal form named in the last
        3,000 characters, the one named most often so far ("Endotronics Inc", not the lender "Celanese Corp"
        named last), then one that was the subject of a main clause over one named only inside another's clause
        ("A cement firm in which Holcim Ltd holds a stake said …" then "Cementos Andinos SA said …": the company
        is Cementos Andinos, not Holcim), then the one named first ("Woolworth Holdings Plc" of the lead, not
        "Dixons Group Plc" that once bid for it); else the latest organisation that is no government office, or the
        one acting in its sentence (_acting_beside). Before all these, for a bare "the company" (its noun given), the
        one that has spoken most often so far: wire copy gives "the company said" to the firm whose statements it is
        reporting, however often the unit it buys or the lender it borrows from is named. Organisations with no
        legal form that spoke join in when the noun names one of them ("the bank said" after "the World Bank said",
        not the lending arm it named since)."""
        upto = bisect.bisect_left(self.starts, before)
        spoke: dict[str, set[int]] = {}  # the verbs of saying each was the subject of before
        for k, name, verb in self._spoken() if noun else ():
            if k >= upto:
                break
            spoke.setdefault(name, set()).add(verb)
        talkers = set(spoke) if any(noun.title() in n.split() for n in spoke) else set()
        # "Selas Corp of America said …", "<Firm>'s Piedmont Airlines said …": a firm whose name ends in no legal form
        # that spoke is the company speaking again, not a firm it named as the other party or its parent
        talkers |= {n for n in spoke if _firm_name(n)}
        counts: dict[str, int] = {}
        acting: set[str] = set()  # companies that were the subject of a main clause before
        latest: list[str] = []
        others: list[int] = []  # organisations named without a legal form, the latest first
        for k in range(upto - 1, -1, -1):
            e = self.ents[k]
            if e.label != "ORG":
                continue
            name = self.full[k]
            if ends_in_a_legal_form(name) or name in talkers:
                counts[name] = counts.get(name, 0) + 1
                if k in self.main_subjects:
                    acting.add(name)
                if e.start >= before - 3000 and name not in latest:
                    latest.append(name)
            elif e.start >= before - 3000 and not _a_public_body(name):
                others.append(k)  # "the company" is never "the Treasury Department" nor "the Australian Government"
        if latest:  # the one the story is about: named most often so far, then one that acted, then the first
            return max(latest, key=lambda n: (len(spoke.get(n, ())), counts[n], n in acting, latest.index(n)))
        # "The Bank of <Country> kept rates on hold. … The central bank's Monetary Policy Committee voted …" then
        # "The bank said": a bare noun is the latest organisation named with that noun before its complement, not a
        # body of it named since
        own = next((k for k in others if noun and noun.title() in _before_complement(self.full[k].split())
                    and len(self.full[k].split()) > 1), None) if noun else None
        if own is not None:
            return self.full[own]
        return self.full[self._acting_beside(others[0])] if others else None

    def _spoken(self) -> list[tuple[int, str, int]]:
        """Each organisation's mention that is the subject of a verb of saying in a main clause, in text order, with
        its name and verb; worked out once per article, since every bare 'the company' reads those before it."""
        spoken = getattr(self, "_spoken_mentions", None)
        if spoken is None:
            spoken = []
            for k, name in enumerate(self.full):
                verb = self._says(k) if self.ents[k].label == "ORG" and k in self.main_subjects else None
                if verb is not None and not _a_public_body(name):
                    spoken.append((k, name, verb))
            self._spoken_mentions = spoken
        return spoken

    def _says(self, k: int) -> int | None:
        """The verb of saying the organisation's mention is the subject of ("X said", "said X"), if any; not when
        the mention only owns the subject ("X's unit said")."""
        span = self.span_of(self.ents[k])
        if span is None or span.end < len(self.doc) and self.doc[span.end].tag_ == "POS":
            return None
        head = root(self.doc, span.start, span.end)
        if head.dep_ != "nsubj" or head.head.lemma_.lower() not in SAID:
            return None
        # "Y said X had told …": X speaks inside what Y says
        return None if head.head.dep_ == "ccomp" and head.head.head.lemma_.lower() in report_verbs() else head.head.i

    def _acting_beside(self, k: int) -> int:
        """'GM says it might need $30 billion from Chrysler. The company warned …': an organisation named last only
        in another's sentence, as its object, gives way to the one the sentence has acting."""
        if k in self.subject_ents:
            return k
        sentence = self.span_of(self.ents[k])
        if sentence is None:
            return k
        sentence = sentence.sent
        for j in range(k - 1, -1, -1):
            e = self.ents[j]
            if e.start < sentence.start_char:
                break
            if e.label == "ORG" and j in self.main_subjects and not ends_in_a_legal_form(self.full[j]) and \
                    not _a_public_body(self.full[j]):
                return j
        return k

    def _same_document_before(self, token: Token) -> tuple[str, int, int] | None:
        """'The statement said', 'The figures also showed': a document the article has already tied to whoever
        issued it ("Central Statistical Office figures show", "the commission issued a statement", "the report by
        the Dodge Division", "Ford said in a filing") is theirs."""
        size = measure_words(token)  # "The one-page statement said" is the statement named before
        if not any(c.lower_ in ("the", "this", "these") for c in token.lefts) or \
                any(c.dep_ in ("poss", "compound", "amod") and c.i not in size for c in token.lefts):
            return None
        lemma = token.lemma_.lower()
        for t in reversed(self.doc[max(0, token.i - 400):token.i]):
            same = t.lemma_.lower() == lemma
            if lemma == "report" and same and t.pos_ == "VERB":
                # "the Toledo Ledger reported on Tuesday …" then "the report said": the report that outlet made
                outlet = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
                if outlet is None:
                    continue
                name, _, _ = self.resolve(outlet)
                return (name, token.idx, token.idx + len(token)) if name and name[:1].isupper() else None
            if t.pos_ != "NOUN" or not same and not (lemma in RESEARCH and t.lemma_.lower() in RESEARCH):
                continue
            # "Amoco's report", and "the company's annual report", "its report" when those stand for someone
            named = any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN" or
                        c.dep_ == "amod" and c.is_upper and len(c) > 1 for c in t.lefts)  # "the FOMC minutes"
            owned = named or any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PRON") for c in t.lefts)
            issued = t.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                                              for c in t.head.children)
            by = any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") or  # "a communique issued by X"
                     c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in t.rights)
            # "The study was conducted by X": X's
            done_by = next((p for a in t.head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"),
                           None) if t.dep_ == "nsubjpass" else None
            # the subject who spoke in it: "Ford said in a filing …" then "according to the filing"
            spoke_in = next((c for c in t.head.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")),
                            None) if t.dep_ == "pobj" and t.head.lower_ == "in" else None
            # "the study said" after "the FTC report said": research another word names is the same work only
            # when a name owns it or it was done by someone
            tied = owned or issued or by or spoke_in is not None
            if not (tied or done_by is not None) or not same and not named and done_by is None and not by:
                continue
            name, _, _ = self.resolve(spoke_in if spoke_in is not None else t if tied else done_by)
            if not same and not named and done_by is None and \
                    any(e.label == "PERSON" and n == name for n, e in zip(self.full, self.ents)):
                continue  # "the study said" after "the report, written by X and Y": the body's it was named with before
            if name and fold(name) != fold(t.text) and not fold(name).endswith(" " + fold(t.text)) and \
                    name.lower() not in GROUP:  # "its report" with nothing for "its" to stand for
                return name, token.idx, token.idx + len(token)
            return None
        return None

    def _latest_country(self, before: int) -> str | None:
        """The country the story is about: of the countries named before, the one named most often, then
        the latest."""
        named = [e.canonical or e.text for e in sorted(self.doc._.entities or [], key=lambda e: e.start)
                 if e.start < before and e.label in ("GPE", "LOC") and country_code(e.canonical or e.text)]
        if not named:
            return None
        return max(set(named), key=lambda n: (named.count(n), len(named) - named[::-1].index(n)))


def _firm_name(name: str) -> bool:
    """A firm's name by its words: a legal form anywhere ("Selas Corp of America"), or last a word only firms end in
    ("Systems", "Airlines") or a word for a company ("First Federal Savings Bank")."""
    words = name.split()
    last = fold(words[-1])
    return any(w.rstrip(",") in LEGAL_FORMS for w in words) or last in CORPORATE or last in _FIRM_ENDS or \
        last in COMPANY_NOUNS


_FIRM_ENDS = frozenset(HEADS["firm_ends"])
_NAMED_BEFORE = HEADS["named_before_heads"]

# the last words of a government's or a state's office ("Treasury Department", "Australian Government"): never
# what "the company" or "the group" stands for, as a council or a union may be
_PUBLIC_BODIES = HEADS["generic"] - HEADS["bodies"] | GOVERNMENTS


def _a_public_body(name: str) -> bool:
    return fold(name.split()[-1]) in _PUBLIC_BODIES

# words for one piece of research or polling: "the study", "the report", "its findings", "the poll"
RESEARCH = frozenset(cues()["research_nouns"])


def _before_complement(words: list[str]) -> list[str]:
    """'Presidential Commission on Good Government' -> 'Presidential Commission': "the government" is not the
    commission, while "the embassy" is the "Embassy of Myanmar" and "the hotel" the "Hotel Arpit Palace". An "and"
    joining two fields before the head ("National Weather and Ocean Service") is no complement: "the service" is it."""
    for n, w in enumerate(words):
        if n and w[:1].islower() and not (w in ("and", "&") and n + 1 < len(words) and words[n + 1][:1].isupper()):
            return words[:n]
    return words


def lower_proper(token: Token) -> bool:
    """'the health ministry said': a lower-case singular noun the model tagged a proper noun is the common noun it
    is (a short form), not a name the model missed."""
    return token.tag_ == "NNP" and token.is_lower and token.is_alpha
