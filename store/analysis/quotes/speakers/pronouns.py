"""Whom a 'he' or 'she' (or a 'they' of people) stands for."""

from __future__ import annotations

import bisect
from functools import cached_property

from ...entities.names import is_female_name, is_first_name, is_male_name
from ..index import root, text_of
from .unnamed import unnamed_source
from .words import ASKING, ONE_SOURCE, SAID


class PronounAntecedents:
    """The antecedent of a personal pronoun: the person, or the unnamed source, it stands for."""

    def _antecedent(self, before: int, kind: str) -> str | None:
        fallback = quoted = None
        quoted_at = -1
        content = None
        if kind != "group":
            told = self._object_in_sentence(before, kind)
            if told is not None:
                return told
            unnamed = self._unnamed_subject_in_sentence(before) or self._unnamed_speaker_just_before(before)
            if unnamed is not None:
                return unnamed
            # '"Keating is engaged in …," he said': a person named in the words the pronoun reports is talked about
            content = self._said_after_its_words(before)
        for k in reversed(self.subject_ents):
            e = self.ents[k]
            if e.start >= before or content is not None and e.start >= content:
                continue
            person = e.label == "PERSON" and self.is_person_like(k)
            if kind == "group":
                if not person:
                    return self.full[k]
                if self._joined_to_others(k):
                    return None  # "X and his counterparts gathered … They concluded": those people, not a name before
                continue
            if person and kind == "f" and self.full[k] in self.either:
                woman = self._woman_between(e.end, before)
                if woman is not None:  # "Bernie" is mostly a woman's name, in the lists; a woman named since is 'she'
                    return woman
            if person and ((self.female[k] or self.full[k] in self.full_female) == (kind == "f") or
                           kind == "m" and self.full[k] in self.either or kind == "f" and self._unsexed_near(k, before)):
                if self._in_quotation(k):
                    if quoted is None:
                        quoted, quoted_at = self.full[k], e.start
                    continue
                if self._reported_by_pronoun(k, kind):
                    quoted = quoted or self.full[k]
                    continue
                if quoted_at >= 0 and "\n" in text_of(self.doc)[e.end:quoted_at]:
                    return quoted  # the speaker of those words is not in their paragraph: no one is speaking on
                if k in self.subordinate:
                    main = self._main_subject_before(k, kind)
                    if main is not None:
                        return main
                    if self._pronoun_leads_clause(k, kind):
                        continue  # "He acted only when Edwin Meese told him …": the "he" is someone named before
                return self.full[k]
            if person and fallback is None and not self._other_sex(k, kind):
                fallback = self.full[k]
        if kind == "group":
            return None
        if quoted is not None:
            return quoted
        latest = man = None
        for k in range(bisect.bisect_left(self.starts, before) - 1, -1, -1):
            if self.ents[k].label == "PERSON" and self.is_person_like(k):
                if kind == "f" and (self.female[k] or self.full[k] in self.full_female):
                    # "Other analysts, including Michelle Applebaum, recommend USX. … she said": the woman named,
                    # though not a subject, before the man who was one
                    return self.full[k]
                if not self._other_sex(k, kind):
                    latest = latest or self.full[k]
                if kind == "m" and man is None and self._a_man(k):
                    man = self.full[k]
        if fallback is not None and man is not None and fallback in self.full_female:
            # "Thatcher … by her defence minister, George Younger. He told …": a "he" is not the woman named as the
            # subject before, but the nearest man the article names with a man's first name
            return man
        return fallback or latest

    def _in_quotation(self, k: int) -> bool:
        """'"… Mateen was clearly radicalized …," said Daniel Benjamin. He argued …': a person who is a subject only
        inside someone's quotation marks is talked about; the pronoun goes on with the one speaking, when they are
        named in the same paragraph."""
        e = self.ents[k]
        return self.quoted is not None and e.start < len(self.quoted) and bool(self.quoted[e.start])

    def _reported_by_pronoun(self, k: int, kind: str) -> bool:
        """'He noted that Sanders has acknowledged …. "…," he said': a person who is the subject of what a 'he' (or
        'she') reported is talked about; the pronoun goes on with whoever that 'he' was."""
        if k not in self.subordinate:
            return False
        span = self.span_of(self.ents[k])
        verb = root(self.doc, span.start, span.end).head if span is not None else None
        if verb is None or verb.dep_ != "ccomp":
            return False
        reporting = verb.head
        subject = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
        if subject is None and reporting.dep_ == "conj":  # "He said … and noted that …": the subject they share
            subject = next((c for c in reporting.head.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.i < span.start and subject.lower_ == ("she" if kind == "f" else "he")

    def _woman_between(self, start: int, end: int) -> str | None:
        """The last person named between start and end whose first name (or title) is surely a woman's."""
        for k in range(bisect.bisect_left(self.starts, end) - 1, -1, -1):
            e = self.ents[k]
            if e.start < start:
                return None
            if e.label == "PERSON" and self.female[k] and self.full[k] not in self.either:
                return self.full[k]
        return None

    def _unsexed_near(self, k: int, before: int) -> bool:
        """'Naureen Jahangir, a Sanders supporter, is among those … / "…," she said': a full name whose first name
        the name lists do not know, the subject of this paragraph or the one before, may be the 'she'."""
        parts = self.full[k].split()
        return len(parts) > 1 and not is_first_name(parts[0]) and \
            text_of(self.doc).count("\n", self.ents[k].end, before) <= 2

    def _other_sex(self, k: int, kind: str) -> bool:
        """'Congresswoman <Name> (whom the model missed) … "…," she said' after a man named: a 'she' is never a man
        whose first name is only a man's; with no woman to stand for, it is better left unresolved than given to
        the last man. Not the other way: a 'he' may be a man with a woman's name ('Beryl', 'Evelyn'), which the
        name lists cannot tell from a woman."""
        return kind == "f" and not self.female[k] and self._surely_a_man(self.full[k])

    def _surely_a_man(self, name: str) -> bool:
        """A full name that no woman's title went with and whose every written form of two or more words opens
        with a first name only a man's: a name the entities ran together from two people ('<His first name>
        <His surname> <Her first name> <Her surname>', under which her own mentions go) is no sure man."""
        return name in self._men

    @cached_property
    def _men(self) -> frozenset[str]:
        firsts: dict[str, set[str]] = {}
        for e, name in zip(self.ents, self.full):
            if e.label == "PERSON":
                words = e.text.split()
                # 'De Blasio' of 'Bill de Blasio' is the surname alone, opening with no first name
                surname = [w.lower() for w in words] == [w.lower() for w in name.split()[1:]]
                firsts.setdefault(name, {name.split()[0]}).update(words[:1] if len(words) > 1 and not surname else ())
        return frozenset(n for n, ws in firsts.items() if n not in self.full_female and all(map(is_male_name, ws)))

    def _a_man(self, k: int) -> bool:
        parts = self.full[k].split()
        return len(parts) > 1 and is_first_name(parts[0]) and not is_female_name(parts[0]) and \
            not self.female[k] and self.full[k] not in self.full_female

    def _joined_to_others(self, k: int) -> bool:
        """A subject person coordinated with other people ('Ana Ruiz and her counterparts', 'Ruiz and Lee')."""
        e = self.ents[k]
        span = self.span_of(e)
        if span is None:
            return False
        head = span.root
        return any(c.dep_ == "conj" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "PERSON") for c in head.children)

    @cached_property
    def people(self) -> frozenset[str]:
        """The full names of the persons the model tagged that are persons (is_person_like): whom a pronoun or a
        later quote may stand for."""
        return frozenset(n for k, (e, n) in enumerate(zip(self.ents, self.full))
                         if e.label == "PERSON" and self.is_person_like(k))

    def is_person_like(self, k: int) -> bool:
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
            span = self.span_of(e)
            verb = root(self.doc, span.start, span.end).head if span is not None else None
            if verb is not None and verb.lemma_.lower() in SAID:
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
            if t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in ONE_SOURCE and \
                    t.head.dep_ in ("advcl", "ccomp") and \
                    any(c.dep_ in ("det", "nummod") and c.lower_ in ("one", "a", "an", "another") for c in t.children):
                return unnamed_source(self.doc, t, *self.mention(t))
        return None

    def _latest_person_subject(self, before: int, main: bool = False) -> str | None:
        k = next((k for k in reversed(self.subject_ents)
                  if self.ents[k].start < before and self.ents[k].label == "PERSON"), None)
        if k is not None and main and k in self.subordinate:
            # "Dubois said … and asked whether Girard would stay": the person who spoke in that sentence, not the
            # one spoken of; "Rostenkowski considers …, a spokesman said" has no one else, and stays Rostenkowski
            span = self.span_of(self.ents[k])
            first = span.sent.start_char if span is not None else self.ents[k].start
            k = next((j for j in reversed(self.subject_ents) if j not in self.subordinate and
                      self.ents[j].label == "PERSON" and first <= self.ents[j].start < self.ents[k].start), k)
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
        if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in ONE_SOURCE:
            return None
        determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod")}
        # "A foreign exchange analyst here shared those doubts.": a source the sentence before brings in, whatever
        # it did, is whom the "he" of the quote after it means; one met before ("the analyst") only when it spoke
        if not determiners & {"a", "an", "another", "one"} and (
                "the" not in determiners or
                root_.lemma_.lower() not in SAID and not any(c.lemma_.lower() in SAID for c in root_.children)):
            return None
        subjects = set(self.subject_ents)
        content = self._reported_before(before)
        for k in range(bisect.bisect_left(self.starts, subject.idx), bisect.bisect_left(self.starts, before)):
            # a person named since is 'he', unless the model took a place for one ("the Burdekin area"); one named
            # in what the source reported ("Neither Ana Ruiz nor …, the official said") or in the words the
            # pronoun reports ("Ruiz is living in Spain, he said") is talked about, not speaking
            if previous.start_char <= self.ents[k].start < previous.end_char or \
                    content is not None and self.ents[k].start >= content:
                continue
            if self.ents[k].label == "PERSON" and (k in subjects or len(self.full[k].split()) > 1):
                return None
        return self.resolve(subject)[0]

    def _said_after_its_words(self, before: int) -> int | None:
        """Where the words a '…, he said' ending its sentence reports begin; none when the pronoun's verb reports
        words after it ("…, contrary to Ruiz, he said that …": Ruiz is named in the writer's own words)."""
        content = self._reported_before(before)
        at = self.doc.char_span(before, before + 1, alignment_mode="expand") if content is not None else None
        if at is None or any(t.i > at[0].i and t.head.i == at[0].head.i and t.dep_ in ("ccomp", "xcomp")
                             for t in at[0].sent):
            return None
        return content

    def _reported_before(self, before: int) -> int | None:
        """Where the words a sentence-final '…, he said' reports begin: the start of the pronoun's sentence."""
        at = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if at is None or at[0].i == 0 or self.doc[at[0].i - 1].text not in (",", '"', "”"):
            return None
        return at[0].sent.start_char

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
            span = self.span_of(e)
            head = root(self.doc, span.start, span.end) if span is not None else None
            if head is None or head.dep_ != "dobj" or head.head.lemma_.lower() not in ASKING:
                continue
            if found is None and (self.female[k] or self.full[k] in self.full_female) == (kind == "f"):
                found = self.full[k]
        return found

    def _pronoun_leads_clause(self, k: int, kind: str) -> bool:
        """A 'he' (or 'she') before subject k is the subject of the clause k's subordinate clause hangs from: "he
        acted only when Meese told him". One after k may be k ("When Meese arrived, he said"), so it does not count."""
        span = self.span_of(self.ents[k])
        if span is None:
            return False
        clause = span.root.head
        while clause.dep_ in ("relcl", "acl", "advcl", "conj") and clause.head.i != clause.i:
            clause = clause.head
        word = "she" if kind == "f" else "he"
        return any(c.dep_ == "nsubj" and c.lower_ == word and c.i < span.start for c in clause.children)

    def _main_subject_before(self, k: int, kind: str) -> str | None:
        """A main-clause subject of the same sentence, before subject k, that fits the pronoun."""
        sentence = self.span_of(self.ents[k])
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
