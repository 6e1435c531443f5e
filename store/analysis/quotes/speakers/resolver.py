"""Resolve a source mention (a token heading the subject of a cue) to a canonical speaker name.

The entities component's canonical names are used when a mention overlaps one, but this
module does not rely on them being good: surnames are mapped to the earlier full PERSON
name (the entities component has taken titles off), pronouns go to the most recent
salient subject and bare titles ("the Opec President") to the person named with them.
The rules the resolver applies live in the mixins it is built from: subjects (which
subjects are salient, and those the parse hung on the wrong word), organisations (short
forms, companies, documents), titles (a title standing for its holder), pronouns
(whom a "he" or "she" stands for) and unresolved_pronouns (a pronoun nothing stood for is no speaker).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from ...dates.lexicon import RELATIVE_DAYS
from ...entities.gazetteer import country_code, states
from ...entities.names import is_female_name, is_first_name
from ...entities.referents import key
from ...entities.roles import letters_after_a_name
from ...entities.vocabulary import HEADS, LEGAL_FORMS
from ..index import text_of
from ..poll_openers import standing_in_poll
from .campaigns import bare_campaign, campaign_name, campaign_owner, last_campaign_owner
from .cut_names import name_cut_short
from .dated_antecedents import before_the_date, comma_clause_antecedent
from .demonyms import one_of_a_people
from .descriptor_runs import name_closing_descriptions
from .documents_ahead import made_by_someone, name_after_maker, named_just_after
from .epithets import epithet, person_described
from .firm_before_it import firm_before_it
from .former_roles import former_role
from .framed_names import comma_framed_names
from .group_introduced import group_introduced
from .indefinite import introduces_new
from .issuers import ISSUED_NOUNS, MEDIA, NARRATIVES, issuing_subject, put_out_by
from .makers_ahead import made_further_on
from .measure_makers import measure_maker
from .name_after_long_post import person_after_long_post
from .name_before_post import person_before_post
from .named_examples import named_example
from .organisations import OrganisationShortForms, lower_proper
from .owners import aliased_owner
from .phrases import (
    amount_holder,
    initials_joined,
    name_after_place,
    of_name,
    of_objects,
    partitive_clause,
    relative_antecedent,
)
from .pronouns import PronounAntecedents
from .subjects import SubjectWalk
from .titles import TitleHolders
from .units import unit_speaker
from .unnamed import account_owner, is_age, is_when, outlet_name, unnamed_source, untagged_owner
from .unresolved_pronouns import UnresolvedPronouns
from .untitled_holders import untitled_holder
from .words import (
    COMPANY_NOUNS,
    COUNTRY_NOUNS,
    DESCRIBED,
    EXCERPTS,
    GOVERNMENTS,
    GROUP,
    HELD_SEATS,
    INSTITUTIONS,
    LABEL_RANK,
    LESSER_TITLES,
    MEASURES,
    OUTLET_NOUNS,
    PARTS,
    PARTY_MEMBERS,
    PERSONAL,
    RELATIVE,
    RULINGS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    TRADE_NOUNS,
)


class _Written(dict):
    """A table the resolver writes as it answers, counting its writes (resolve keeps no answer that wrote)."""

    writes = 0

    def __setitem__(self, key, value) -> None:
        self.writes += 1
        super().__setitem__(key, value)

    def setdefault(self, key, default=None):
        self.writes += 1
        return super().setdefault(key, default)


class SpeakerResolver(SubjectWalk, OrganisationShortForms, TitleHolders, PronounAntecedents, UnresolvedPronouns):
    def __init__(self, doc: Doc, titles: frozenset[str], female_titles: frozenset[str],
                 quoted: bytearray | None = None):
        self.doc = doc
        self.quoted = quoted  # the characters inside quotation marks
        self._spans: dict[tuple[int, int], Span | None] = {}
        self._busy: set[int] = set()  # the words being resolved: a rule sending one back ends the chase
        self.titles = titles
        self.female_titles = female_titles
        ents = [e for e in (doc._.entities or []) if e.label in LABEL_RANK]
        ents.sort(key=lambda e: e.start)
        self.ents = ents
        self.starts = [e.start for e in ents]
        self.full: list[str] = []  # per entity: the name the article knows it by
        self.female: list[bool] = []
        by_word: dict[str, str] = {}
        last_of: dict[str, str] = {}  # a surname -> the full name last given with it
        self.either: set[str] = set()
        for e in ents:
            name = e.canonical or e.text  # titles and roles are already off: the entities component keeps them apart
            if e.label == "PERSON":
                word = e.text.split()
                if len(word) == 1 and word[0] in last_of and name != last_of[word[0]] and name not in self.full:
                    name = last_of[word[0]]  # "Jeb Bush told … Bush said", "George W. Bush" named only later: Jeb
                parts = name.split()
                if len(parts) > 1:
                    last_of[parts[-1]] = name
                if len(parts) > 2 and parts[1] == "of" and parts[0] in by_word and parts[2][:1].isupper():
                    parts = parts[:1]  # "said Sullivan of Dean Witter" after "William Sullivan": the firm is no name
                if len(parts) == 1 and parts[0] in by_word:
                    name = by_word[parts[0]]
                else:
                    for w in parts:
                        by_word.setdefault(w, name)
                titled = _word_before(text_of(doc), e.start) in female_titles
                womans = is_female_name(parts[0])
                self.female.append(womans or titled)
                if womans and not is_female_name(parts[0], surely=True) and not titled:
                    self.either.add(name)  # "Robbin", "Kim": given to men too; "he" may stand for them
            else:
                self.female.append(False)
            self.full.append(name)
        self.post_holders: set[int] = set()
        self.initialled: dict[str, str] = {}  # "E Royalty Trust" -> "LL and E Royalty Trust"
        self._people_after_posts(by_word)
        self.by_word = by_word
        self.cut_short = self._companies_cut_short()
        for short, whole in self.initialled.items():
            self.cut_short.setdefault(short, whole)
        # a person the entities did not give a role -> the title the article gives, and the organisation the lead
        # says that title is held at
        self.lead_roles: dict[str, str] = _Written()
        self.lead_affiliations: dict[str, str] = _Written()
        self._answers: dict[int, tuple[str | None, int, int]] = {}  # see resolve
        self.person_like: dict[str, bool] = {}  # a one-word "person" the model tagged: is it one?
        self.full_female = {n for n, f in zip(self.full, self.female) if f}
        # Subjects are the salient antecedents for he/she/they.
        promoted, demoted = self._people_before_of()
        self.subject_ents = [
            k for k, e in enumerate(ents) if k not in demoted and (k in promoted or self._is_subject(e))
        ]
        self.subordinate = {k for k in self.subject_ents if self._in_subordinate_clause(ents[k])}
        self.main_subjects = {k for k in self.subject_ents if k not in self.subordinate}

    def span_of(self, ent) -> Span | None:
        """The tokens an entity record covers (asked again and again for the same few entities)."""
        key = (ent.start, ent.end)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        return self._spans[key]

    def overlapping(self, start: int, end: int) -> int | None:
        """The index of the speaker-like entity whose record overlaps characters [start, end); when several do, a
        person's before an organisation's before a place's (LABEL_RANK)."""
        k = bisect.bisect_left(self.starts, end)
        best = None
        for j in range(k - 1, -1, -1):
            e = self.ents[j]
            if e.end <= start:
                if e.start < start - 200:
                    break
                continue
            if best is None or LABEL_RANK[e.label] < LABEL_RANK[self.ents[best].label]:
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

    def _maker_after(self, token: Token, cs: int, ce: int) -> tuple[str | None, int, int] | None:
        """Who made the document, as the words after it say: 'a speech Ana Ruiz gave', 'a poll published by NBC
        News', 'a report from X', 'a survey by the firm'."""
        for clause in token.rights:  # "according to a speech Ana Ruiz gave": the speaker gave it
            if clause.dep_ == "relcl":
                maker = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE), None)
                if maker is not None:
                    return self.resolve(maker)
            if clause.dep_ == "acl":  # "a poll published by NBC News"
                owner = account_owner(clause)
                if owner is not None:  # "a tweet sent from Biden's Twitter account": Biden's; "it" is still the tweet
                    return self.resolve(owner)[0], cs, ce
                if not put_out_by(token, clause):  # "an email obtained by X": X did not write it
                    continue
                clause = next((c for c in clause.children if c.dep_ == "agent"), clause)
            if clause.dep_ in ("prep", "agent") and clause.lower_ in ("from", "by", "of"):  # "a report from X", "of X"
                source = next((c for c in clause.children if c.dep_ == "pobj"), None)
                if source is not None and not is_when(source) and \
                        (source.pos_ == "PROPN" or self._naming(source) is not None):  # "a study from March"
                    return self.resolve(source)
                if source is not None and clause.lower_ == "by":
                    named = name_after_maker(self, source)
                    if named is not None:  # "figures kept by the regulator, Gridmark,": Gridmark's
                        return named, cs, ce
                    if made_by_someone(source):  # "a survey by the firm": the firm's
                        return self.resolve(source)[0], cs, ce
                if source is not None and clause.lower_ == "from" and made_by_someone(source):
                    return self.resolve(source)[0], cs, ce  # "figures from the central bank": the bank's
        return None

    def resolve(self, token: Token) -> tuple[str | None, int, int]:
        """(canonical name, char start, char end of the mention it came from)."""
        if token.i in self._busy:  # two rules sending each word to the other: neither names anyone
            return None, token.idx, token.idx + len(token)
        # The same word is asked for again and again (a cue's quote and its host clause, the co-sources, the runs).
        # Asked from outside (no chase under way), the answer depends only on the Doc and the tables made in
        # __init__ or made once on first use, none of which a later question changes; so it is kept. Not when
        # answering wrote the lead's roles or affiliations: asking again writes them again, over what was written
        # in between.
        outside = not self._busy and token.doc is self.doc
        if outside:
            known = self._answers.get(token.i)
            if known is not None:
                return known
            writes = self.lead_roles.writes + self.lead_affiliations.writes
        self._busy.add(token.i)
        try:
            found = self._resolve(token)
            # the post itself, or no one, given for a subject whose long post runs into the holder's name: the holder
            if found[0] is None or token.lower_ in found[0].lower().split():
                found = person_after_long_post(self, token) or found
        finally:
            self._busy.discard(token.i)
        if outside and writes == self.lead_roles.writes + self.lead_affiliations.writes:
            self._answers[token.i] = found
        return found

    def _resolve(self, token: Token) -> tuple[str | None, int, int]:
        doc = self.doc
        low = token.lower_
        if token.dep_ == "poss" and (is_when(token) or low in RELATIVE_DAYS):
            return None, token.idx, token.idx + len(token)  # "yesterday's statement": when, not who
        if low in ("none", "nobody", "neither") and token.dep_ in ("nsubj", "nsubjpass"):
            return None, token.idx, token.idx + len(token)  # "three checks, but none uncovered that …": no one did
        if low == "whose" and token.dep_ == "poss" and token.head.head.dep_ == "relcl":
            # "Ana Ruiz, whose criticism of the plan grew": the criticism is hers
            name, _, _ = self.resolve(token.head.head.head)
            return name, token.idx, token.idx + len(token)
        if low in RELATIVE and token.head.dep_ == "relcl":
            name, _, _ = self.resolve(before_the_date(relative_antecedent(token)))
            return name, token.idx, token.idx + len(token)
        described = comma_clause_antecedent(token)
        if described is not None:  # ", which found …" parsed as an adverbial clause: the noun before the comma
            name, _, _ = self.resolve(described)
            return name, token.idx, token.idx + len(token)
        clause = partitive_clause(token) if low in RELATIVE else None
        if clause is not None:  # "The analysts, a number of whom said …": the analysts
            name, _, _ = self.resolve(clause.head)
            return name, token.idx, token.idx + len(token)
        holder = amount_holder(token)
        if holder is not None:  # "Some 50 pct of the managers reported", "banks holding 9 bln dlrs said"
            name, _, _ = self.resolve(holder)
            return name, token.idx, token.idx + len(token)
        if token.i >= 2 and doc[token.i - 1].text == "<" and doc[token.i - 2].pos_ in ("PROPN", "NOUN") and \
                not token.is_title:  # "<Dunmore, Hale and Co> said": a name in brackets, no ticker
            return self._name_before_ticker(token.i - 1) or self.resolve(doc[token.i - 2])
        if token.i + 1 < len(doc) and doc[token.i + 1].text == "<":
            company = self._name_before_ticker(token.i + 1)
            if company is not None:
                return company
        unit = unit_speaker(self, token)
        if unit is not None:  # "X Corp's Keller Foods unit said": Keller Foods, or X Corp for an unnamed unit
            s, e = self.mention(token)
            return unit, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        run = self._name_run_after_post(token) or person_before_post(self, token)
        if run is not None:
            return run
        named = self._named_subject_after(token) or self._person_before_campus(token) or \
            name_closing_descriptions(self, token) or named_example(self, token)
        if named is not None:
            return self.resolve(named)
        s, e = self.mention(token)
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        initials = initials_joined(token)
        if initials is not None:  # "S and P said": Standard and Poor's as Reuters writes it, named in full before
            return (doc._.aliases or {}).get(key(tuple(initials[0].split())), initials[0]), *initials[1:]
        if low in PERSONAL and token.pos_ == "PRON":
            return self._antecedent(cs, PERSONAL[low]), cs, ce
        if low in GROUP and token.pos_ == "PRON":
            return self._antecedent(cs, "group") or firm_before_it(self, token) or token.text, cs, ce
        if low in PARTS and token.dep_ in ("nsubj", "nsubjpass"):
            whole = next(of_objects(token), None)
            if whole is not None:  # "Some of the protesters said": the protesters, as "some traders" are traders
                return self.resolve(whole)[0], cs, ce
        owner = campaign_owner(token) or (last_campaign_owner(token) if bare_campaign(token) else None)
        if owner is not None:  # "Clinton's campaign said", "her campaign said", "the campaign" after them
            person = self._person_in_sentence_before(owner) if owner.pos_ == "PRON" else None
            person = person or self.resolve(owner)[0]
            if any(n == person and e.label == "PERSON" for n, e in zip(self.full, self.ents)):
                return campaign_name(person), cs, ce
        if token.lemma_.lower() in EXCERPTS:  # "Part of the judge's statement reads": the statement's maker
            words = next((w for w in of_objects(token) if w.lemma_.lower() in SPEECH_NOUNS), None)
            if words is not None:
                return self.resolve(words)
        if token.lemma_.lower() in SPEECH_NOUNS | ISSUED_NOUNS:  # "according to his remarks": the speaker is "his"
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None and owner.ent_type_ not in ("DATE", "TIME") and \
                    owner.lower_ not in ("today", "yesterday", "tomorrow"):  # "Today's ministry statement"
                found = self.resolve(owner)
                # "its annual report said" with nothing for "its" to stand for: the report, unnamed, not "its"
                if not (owner.lower_ in GROUP and found[0] == owner.text):
                    return found
            # a place before an email or a video is what it is about ("a Benghazi email"), a platform where it was
            # put up ("a YouTube video"): neither is who sent it
            media = token.lemma_.lower() in MEDIA
            issuers = ("PERSON", "ORG") if media else ("PERSON", "ORG", "GPE")
            for part in token.lefts:  # "the Foreign Ministry statement", "a Boeing statement": the ministry's, Boeing's
                k = self._naming(part) if part.dep_ in ("compound", "nmod") else None
                # a platform is where a document was put up, never who wrote it ("a Twitter post by X": X's)
                if k is not None and self.ents[k].label in issuers and self.full[k].lower() not in HEADS["platforms"]:
                    return self.full[k], cs, ce
            country = self._country_of_people(token, cs)
            if country is not None:  # "a Turkish statement said" in a story about Turkey: Turkey's
                return country, cs, ce
            issuer = self._issuer_by_kind(token, cs)
            if issuer is not None:  # "a company statement said": the company the story is about
                return issuer, cs, ce
            owner = None if media else untagged_owner(token) or aliased_owner(token, doc._.aliases or {})
            if owner is not None:  # "other Tanjug reports showed", "an Atlas statement": a name the model missed
                return (doc._.aliases or {}).get(key(tuple(owner.split())), owner), cs, ce
            found = self._maker_after(token, cs, ce)
            if found is not None:
                return found
            issuer = issuing_subject(token)
            if issuer is not None:  # "Boeing issued a statement saying …", "she released a statement saying …"
                found = self.resolve(issuer)
                # "They released a statement which said": the group "they" stands for; a "they" that stands for
                # no one leaves the statement as it is
                if not (issuer.lower_ in GROUP and found[0] == issuer.text):
                    return found
            if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB" and \
                    not standing_in_poll(token):
                # "The FDA responded to the ASA in a letter saying …": the letter of whoever wrote in it
                issuer = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
                if issuer is not None and issuer.pos_ == "PROPN":
                    return self.resolve(issuer)
            # a story told before ("his life story") is no news story; only one the article says who published is theirs
            earlier = self._same_document_before(token) if token.lemma_.lower() not in NARRATIVES else None
            if earlier is not None:  # "The commission issued a statement. … The statement said": the commission's
                return earlier
            later = named_just_after(self, token)
            if later is not None:  # "…, a government study said. / The FTC report said …": the FTC's
                return later, cs, ce
            later = made_further_on(self, token)
            if later is not None:  # "…, says a report. / Compiled by X, the study …", "the study, done by X,"
                return later, cs, ce
        if token.lemma_.lower() in MEASURES:  # "according to data from the statistics office": the office's
            found = self._maker_after(token, cs, ce)
            if found is not None:
                return found
            # "according to NATO estimates", "USDA data showed": the body that made them; with an owner before
            # ("the website's AIS result") the body is only the kind of measure; a measure with a name of its own
            # ("Consumer Price Index") is no body's short form
            owned = any(c.dep_ == "poss" for c in token.lefts) or not token.is_lower
            for part in () if owned else token.lefts:
                k = self._naming(part) if part.dep_ in ("compound", "nmod") and part.i + 1 == token.i else None
                if k is not None and self.ents[k].label == "ORG":
                    return self.full[k], cs, ce
            maker = measure_maker(self, token)
            if maker is not None:  # "<Name> (<initials>) data", "LSEG data", "Peruvian customs data"
                return maker, cs, ce
        if token.lemma_.lower() in RULINGS:  # "According to the ruling, …": the court's
            bench = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE")), None)
            if bench is not None:  # "the High Court's ruling, which found …": the court that gave it
                return self.resolve(bench)
            court = self._latest_court(cs)
            if court is not None:
                return court, cs, ce
        if token.lower_ in COUNTRY_NOUNS and token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.lefts) \
                and not any(c.dep_ == "prep" for c in token.rights):
            country = self._latest_country(cs)  # "the West African nation announced": Ivory Coast
            if country is not None:
                return country, cs, ce
        if token.lower_ in PARTY_MEMBERS and any(c.lower_ == "the" for c in token.lefts) or one_of_a_people(token):
            # "…," the Ohio Democrat said: the senator named before; not a subject inside the words reported in
            # this sentence, nor one of a clause ("The question of whether Girard would stay remained open, the
            # Lyon Socialist said" after "Dubois said …": Dubois)
            person = self._latest_person_subject(token.sent.start_char, main=True)
            if person is not None:
                return person, cs, ce
        if token.lower_ in HELD_SEATS and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.lefts) and \
                not self._leading_person(s, token) and self._naming(token) is None:
            # "the Florida senator" after "Sen. Marco Rubio": the person given with the title, whatever the charge;
            # but a senator named pages before is not "the senator" of the paragraph about Rubio
            titled = self._title_holder(doc[s:e]) or self._title_holder(doc[token.i:token.i + 1])
            near = self._person_subject_near(cs)
            person = titled if near is None or self._named_near(titled, cs) else near
            if person is not None and token.lower_ in self.female_titles and self._surely_a_man(person):
                # "the congresswoman" is no man, however near: the woman given the seat, or left to the rules below
                person = titled if titled is not None and not self._surely_a_man(titled) else None
            if person is not None:
                return person, cs, ce
        # "the former president" is left to the titles: the one given as president, never merely the one near
        described = token.tag_ == "NN" and (token.lower_ in DESCRIBED or former_role(token) and token.lower_ not in self.titles)
        if (described or epithet(token)) and any(c.lower_ == "the" for c in token.lefts) and \
                token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" and \
                not self._leading_person(s, token) and self._naming(token) is None:
            # "Trump drew the analogy … . The billionaire real estate magnate says …", "…, the candidate said": the
            # person given with that word before ("presidential candidate Donald Trump"), or else the one the
            # paragraph follows, even one named only in a clause ("The tricks that Ben Carson decried …"); only as
            # the sentence's own subject ("Graham called on … after the billionaire mogul claimed" is someone else)
            person = self._title_holder(doc[s:e]) or self._given_as(token, cs) or (
                self._person_subject_near(cs) or self._person_subject_near(cs, subordinate=True) if described else
                person_described(self, token, cs))
            if person is not None:
                return person, cs, ce
            if token.lower_ == "old":  # "the 30-year-old" of no one the paragraph follows: a date is no name
                return None, cs, ce
        if is_age(token):  # "The 27-year-old insisted …": the person the paragraph follows, as an epithet not read above
            # one named further back is left as the age: the story may have moved on to someone the model did not tag
            person = self._person_subject_near(cs) or self._person_subject_near(cs, subordinate=True)
            age = next((ent for ent in doc.ents if ent.start <= token.i < ent.end), None)
            return person or (age.text if age is not None else token.text), cs, ce
        k = self._leading_person(s, token) or self._naming(token)
        if k is not None and self.ents[k].label == "ORG" and token.is_lower and token.lower_ in self.titles:
            holder = self._named_after_lead(token)  # "the president of the American Soybean Association, ASA,
            if holder is not None:  # said" in the lead, "David Haggard, ASA president," after: a person's post
                return holder, cs, ce
        name = name_cut_short(self, k, self.full[k]) if k is not None else self._title_holder(doc[s:e]) or \
            self._named_after_lead(token) or \
            untitled_holder(self, token) or unnamed_source(doc, token, s, of_name(token, e))
        if k is None and not (token.tag_ in ("NNS", "NNPS") and token.is_sent_start and len(name.split()) == 1):
            # "Dealers noted …" are dealers, never the "Association of International Bond Dealers"
            name = (doc._.aliases or {}).get(key(tuple(name.split())), name)
        if k is None:
            # "Norway's biggest fish farmer estimates …": a country's firm of a kind is, like "the company", the
            # company the story is about
            if token.lemma_.lower() in COMPANY_NOUNS and (any(c.lower_ in ("the", "this") for c in token.lefts) or
                                                          self._countrys_leading_firm(token)):
                # "The banks insist": banks at large, not the one company (nor the magazine) named last; "the
                # companies" and "the firms" are mostly the parties to the deal the story names. Only a bare "the
                # company" is the firm that has been speaking: "the Miami-based X group" and "the country's biggest
                # lender" describe a firm of their own
                bare = all(c.lower_ in ("the", "this") for c in token.lefts) and \
                    token.lemma_.lower() not in TRADE_NOUNS  # "after the automaker announced" in an agency's report
                latest = self._latest_company(cs, token.lemma_.lower() if bare else None) if token.tag_ != "NNS" or \
                    token.lemma_.lower() in _PARTIES else None
                name = self._introduced_unnamed(token, cs) or group_introduced(self, token, cs) or latest or name
            elif (token.pos_ == "NOUN" or lower_proper(token)) and not introduces_new(token) and \
                    not any(t.pos_ == "PROPN" and t.dep_ != "poss" and t.head == token
                            for t in doc[s:e]):  # "Day's animal foundation" is still a short form
                name = self._short_form(token, cs) or self._named_later(doc[s:e], cs) or \
                    self._government_named_before(token) or name
        words = name.split()
        if k is None and len(words) > 1 and words[-1] in OUTLET_NOUNS:
            outlet = outlet_name(words)  # "The Business Day newspaper said": Business Day; "an Albanian newspaper
            # said" is no paper called "Albanian" (a nationality is never a speaker): the paper stays unnamed
            if outlet and not any(c.text == outlet and c.ent_type_ == "NORP" for c in token.lefts):
                name = outlet
        # The parser's entity label may differ between mentions; a surname is a surname. "Dealers noted"
        # opening a sentence are dealers, whatever name ends in the word ("… International Bond Dealers").
        if k is None and token.pos_ == "NOUN" and token.is_sent_start and name == token.text and \
                name in self.by_word and not is_first_name(self.by_word[name].split()[0]):
            return name, cs, ce
        if k is None and token.pos_ == "PROPN":
            name = self._untagged_person(doc[s:e]) or name
        name = self.by_word.get(name, name)
        # "ABM Gold said" after "ABM Gold Corp" the model cut short: the whole name
        name = self.cut_short.get(name) or next((w for w in self.cut_short.values() if w.startswith(name + " ")), name)
        return name, cs, ce

    def _person_in_sentence_before(self, pronoun: Token) -> str | None:
        """'Cruz apologized for his campaign's …', 'X dressed down Sanders for his campaign's …': an owner's "his"
        or "her" is most often the last person of its own sentence named before it, of the pronoun's sex."""
        female = PERSONAL.get(pronoun.lower_) == "f"
        sent = pronoun.sent
        for k in range(bisect.bisect_left(self.starts, pronoun.idx) - 1, -1, -1):
            e = self.ents[k]
            if e.start < sent.start_char:
                return None
            if e.label == "PERSON" and (self.female[k] == female or self.full[k] in self.either):
                return self.full[k]
        return None

    def _person_subject_near(self, before: int, subordinate: bool = False) -> str | None:
        """'Rubio sought to … . Walking into the office …, the senator said': a seat the article never gave with a
        name is held by the person who was the subject last, in this paragraph or the one before."""
        text = text_of(self.doc)
        opening = text.rfind("\n", 0, max(0, text.rfind("\n", 0, before) - 1)) + 1
        for k in reversed(self.subject_ents):
            e = self.ents[k]
            if e.start >= before or e.label != "PERSON" or k in self.subordinate and not subordinate:
                continue  # "… was speaking hours after Trump unleashed …": Trump is not the one the story follows
            if e.start < opening:
                return None
            # a subject inside someone's quoted words ('"… while President Obama has stood idly by," the senator
            # said') is not the one who holds the seat
            own = text[text.rfind("\n", 0, e.start) + 1:e.start]
            if sum(own.count(m) for m in '"“”') % 2 == 0 and not (self.quoted is not None and self.quoted[e.start]):
                # the marks' count misses a quotation whose closing mark ran into the next one's opening ('… on the
                # country. "<Name> is a great …"'), which the quotation marks' mask still covers
                return self.full[k]
        return None

    def _countrys_leading_firm(self, token: Token) -> bool:
        """'Norway's biggest fish farmer', 'the UK's largest tile maker': one firm, ranked in a country (not
        "Reading's group", a person's team under a name that is also a town)."""
        if token.tag_ != "NN" or not any(c.dep_ == "amod" for c in token.lefts):
            return False
        for c in token.lefts:
            k = self.overlapping(c.idx, c.idx + len(c)) if c.dep_ == "poss" else None
            if k is not None and self.ents[k].label == "GPE" and country_code(self.full[k]):
                return True
        return False

    def _given_as(self, token: Token, before: int) -> str | None:
        """The one person named before with the word right ahead of the name: 'presidential candidate Ana Ruiz';
        given with the post's other words the mention has ('the foreign secretary' is never 'Home Secretary X'),
        and not out of the post or only shadowing it unless the mention says so ('Shadow home secretary X')."""
        text = text_of(self.doc)
        word, post = token.lower_, self.post_words(token)
        mention = {t.lower_ for t in token.lefts}
        given = set()
        for k, e in enumerate(self.ents):
            if e.start >= before or e.label != "PERSON" or \
                    not text[max(0, e.start - len(word) - 2):e.start].lower().rstrip().endswith(" " + word):
                continue
            context = text[max(0, e.start - 40):e.start].lower().split()[-4:]
            if post <= set(context) and all(w in mention for w in context if w in LESSER_TITLES):
                given.add(self.full[k])
        return given.pop() if len(given) == 1 else None

    def _named_near(self, name: str | None, before: int) -> bool:
        """The person is named in this paragraph or the one before, ahead of the offset."""
        text = text_of(self.doc)
        opening = text.rfind("\n", 0, max(0, text.rfind("\n", 0, before) - 1)) + 1
        return name is not None and any(opening <= e.start < before and self.full[k] == name
                                        for k, e in enumerate(self.ents))

    def _people_after_posts(self, by_word: dict[str, str]) -> None:
        """'Minister of International Trade and Industry Hajime Tamura', 'U.S. Ambassador to GATT Michael Samuels':
        the model ran the post's complement into the holder's name and called the whole an organisation. Three
        words at least ending in a first name and a surname, right after a title and 'of', 'to' or 'for': the
        person speaks, and a later 'Samuels' is that person."""
        doc = self.doc
        for k, e in enumerate(self.ents):
            span = self.span_of(e)
            if e.label == "ORG" and span is not None and span.start >= 2 and span[0].is_upper and len(span[0]) <= 2 \
                    and doc[span.start - 1].lower_ == "and" and doc[span.start - 2].is_upper and \
                    doc[span.start - 2].is_alpha and len(doc[span.start - 2]) <= 3 and \
                    self.full[k].startswith(span[0].text):  # "LL and E Royalty Trust": Reuters writes "&" as "and"
                self.initialled[self.full[k]] = f"{doc[span.start - 2].text} and {self.full[k]}"
                self.full[k] = self.initialled[self.full[k]]
                continue
            words = self.full[k].split()
            if e.label != "ORG" or span is None or len(words) < 3 or span.start < 2 or \
                    doc[span.start - 1].lower_ not in ("of", "to", "for") or \
                    doc[span.start - 2].lower_ not in TITLE_WORDS or not doc[span.start - 2].text[:1].isupper():
                continue
            first, last = words[-2:]
            if is_first_name(first) and last[:1].isupper() and last[1:].islower() and first not in TITLE_WORDS:
                self.full[k] = f"{first} {last}"
                self.post_holders.add(k)
                by_word.setdefault(last, self.full[k])

    def _country_of_people(self, token: Token, before: int) -> str | None:
        """The country whose people's adjective modifies a document ("a Turkish statement", "Iraqi reports"): the
        one country named before whose name the adjective grows from (four letters in common at least: Turkey,
        Iraq, China, Germany); none when the article names no such country (a nationality alone never speaks)."""
        adjective = next((c.text for c in token.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
        if adjective is None:
            return None
        stem = adjective[:4]
        named = {self.full[k] for k in range(bisect.bisect_left(self.starts, before))
                 if self.ents[k].label == "GPE" and self.full[k].startswith(stem) and
                 (country_code(self.full[k]) or self.full[k] not in states())}  # Turkey, not Indiana
        return named.pop() if len(named) == 1 else None

    def _issuer_by_kind(self, token: Token, before: int) -> str | None:
        """'A company statement said', 'a ministry statement': the document of the company the story is about, or
        of the ministry the article named, as "the company said" and "the ministry said" are."""
        for part in token.lefts:
            if part.dep_ != "compound" or part.tag_ != "NN":
                continue
            if part.lemma_.lower() in COMPANY_NOUNS:
                return self._latest_company(before)
            if part.lower_ in INSTITUTIONS:
                return self._short_form(part, before)
            if part.lower_ in GOVERNMENTS:  # "The government statement said": the government named before
                return self._government_named_before(part, in_document=True)
        return None

    def naming(self, token: Token) -> int | None:
        return self._leading_person(self.mention(token)[0], token) or self._naming(token)

    def _naming(self, token: Token) -> int | None:
        """The entity that names the source: one covering the head of its phrase, or its appositive
        ("Iran's foreign minister, Ana Ruiz,"). A name that only modifies the head ("Commerce Ministry
        officials", "Saudi officials", "Merkel's spokesperson") names someone else."""
        heads = [token, *(c for c in token.rights if c.dep_ == "appos")]
        # "Haifa University geostrategy expert and former Israeli security official, Avinoam Idan, said"
        heads += [a for c in token.rights if c.dep_ == "conj" for a in c.rights if a.dep_ == "appos"]
        # "news source Daily Xtra's editorial director, Rachel Giese,": the name is the description's description
        heads += [c for h in heads[1:] for c in h.rights if c.dep_ == "appos"]
        heads += comma_framed_names(token)  # "The agency's representative in <Country>, Dr. <Name>, said"
        if token.lemma_.lower() in self.titles:  # "The executive director of the Society, Bob Hughes, told"
            heads += [t for t in token.subtree if t.dep_ == "appos" and (t.ent_type_ == "PERSON" or
                                                                         _name_before_letters(t) is not None)]
        elif name_after_place(token) is not None:  # "Peru's envoy for talks with Chile, Rosa Campos,"
            heads.append(name_after_place(token))
        heads += [n for h in heads[1:] if (n := _name_before_letters(h)) is not None]
        found = []
        for head in heads:
            k = self.overlapping(head.idx, head.idx + len(head))
            if k is not None and self.ents[k].start <= head.idx and self.ents[k].end >= head.idx + len(head):
                found.append(k)
        if found:  # "a Republican, Mark Amodei,": the person, not the party they belong to; "said Coastal
            # Watch senior researcher Tom Vary": the parse makes the person the organisation's appositive
            return next((k for k in found if self.ents[k].label == "PERSON"), found[0]) \
                if self.ents[found[0]].label in ("NORP", "ORG") else found[0]
        # "Chief Inspector of Mines Redzuan Sumun said": the parse hangs the name on the charge, "of Mines"; the
        # entities took the whole phrase for the person's role
        for held in of_objects(token):
            k = self.overlapping(held.idx, held.idx + len(held))
            role = self.ents[k].role if k is not None else None
            if k is not None and self.ents[k].label == "PERSON" and role and token.text in role.split() and \
                    self.ents[k].end == held.idx + len(held):
                return k
        if token.lower_ in TITLE_WORDS:  # "U.S. Ambassador to GATT Michael Samuels said": the holder of the post
            for prep in token.rights:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
                k = self.overlapping(pobj.idx, pobj.idx + len(pobj)) if pobj is not None else None
                if k in self.post_holders or k is not None and self._held_at_named(prep, pobj, k):
                    return k
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        if token.tag_ == "NN" and token.is_lower and nxt is not None and nxt.pos_ == "PROPN":
            # "financial services group Cie Financiere de Paribas", "the website Znak.com": a descriptor
            # run straight into the name, which the parser hangs anywhere
            k = self.overlapping(nxt.idx, nxt.idx + len(nxt))
            if k is not None and self.ents[k].start == nxt.idx and self.ents[k].label in ("ORG", "PERSON"):
                return k
        return None

    def _held_at_named(self, prep: Token, pobj: Token, k: int) -> bool:
        """'US Ambassador to the United Nations Ana Ruiz said': the parse makes the person the object of 'to', the
        body or country the post is held at only her modifier; the person ends the phrase and the words between
        'to' and her name are that body's or country's name."""
        e = self.ents[k]
        words = self.full[k].split()
        # the model tags some such names as the body's ("Nikki Haley" as ORG): a first name and a surname
        person = e.label == "PERSON" or e.label == "ORG" and len(words) == 2 and is_first_name(words[0]) and \
            words[1][:1].isupper() and words[1][1:].islower()
        if not person or e.end != pobj.idx + len(pobj) or prep.lower_ not in ("to", "for"):
            return False  # "Minister of State <Name>": 'of' names the post itself, which the role keeps
        between = [t for t in self.doc[prep.i + 1:pobj.i + 1] if t.idx < e.start]
        return bool(between) and any(t.ent_type_ in ("ORG", "GPE") for t in between) and \
            all(t.lower_ == "the" or t.ent_type_ in ("ORG", "GPE") for t in between) and \
            all(t.head.i in (pobj.i, *(b.i for b in between)) for t in between)


def _name_before_letters(head: Token) -> Token | None:
    """'Scottish Finance Minister, Ann Blake MSP, said': the parse heads the apposition with the letters after the
    name (a seat or an honour: MSP, QC, OBE), which no entity covers; the name's last word straight before them."""
    if not (letters_after_a_name(head) and head.i > 0):
        return None
    before = head.doc[head.i - 1]
    return before if before.ent_type_ == "PERSON" and before.head.i == head.i else None


_PARTIES = {"company", "firm", "group", "corporation", "concern"}


def _word_before(text: str, start: int) -> str | None:
    """The whole word just before a name, in lower case: the title that may say who holds it ('spokeswoman',
    'chairwoman', 'princess'), read whole however long it is, and never the tail of a longer word."""
    window = text[max(0, start - 24):start]
    words = window.lower().split()
    if not words or not window[-1:].isspace() or (len(words) == 1 and start > len(window) and
                                                  not window[0].isspace()):
        return None
    return words[-1]
