"""Which subjects are the source, and which are salient for a later pronoun."""

from __future__ import annotations

from spacy.tokens import Token

from ...doctext import column
from ...entities.names import is_first_name
from ...entities.roles import letters_after_a_name
from ..cue_table import report_verbs
from ..index import root
from .words import TITLE_WORDS


class SubjectWalk:
    """Subjects the parse hung on the wrong word, and the subjects a later pronoun may stand for."""

    def _people_before_of(self) -> tuple[set[int], set[int]]:
        """Subjects the parser hung on the wrong word ('Ben Williams of … house Fauchier-Magnan said'): the
        person named first is the subject a later 'he' stands for, not the name the phrase ends on; and a
        person in apposition to a subject ('a Republican, Mark Amodei, has …') is one too."""
        promoted, demoted = set(), set()
        doc = self.doc
        for token in [doc[i] for i, dep in enumerate(column(doc, "DEP")) if dep == "pobj" or dep == "nsubj"]:
            if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
                # "…, according to David Butcher, a senior executive. He said …": the source just cited is 'he'
                k = self.overlapping(token.idx, token.idx + len(token))
                if k is not None and self.ents[k].label == "PERSON":
                    promoted.add(k)
                continue
            if token.dep_ != "nsubj":
                continue
            k = self._person_joined_to_a_thing(token)
            if k is not None:
                promoted.add(k)
            for named in (c for c in token.rights if c.dep_ == "appos"):  # "a Republican, Mark Amodei, has"
                k = self.overlapping(named.idx, named.idx + len(named))
                if k is not None and self.ents[k].label == "PERSON":
                    promoted.add(k)
            for owner in (c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"):
                k = self.overlapping(owner.idx, owner.idx + len(owner))  # "Actor Brendan Fraser's appearance
                if k is not None and self.ents[k].label == "PERSON":  # was …. He quipped": Fraser
                    promoted.add(k)
            if token.pos_ != "PROPN":
                continue
            k = self._leading_person(self.mention(token)[0], token)
            if k is None:
                continue
            promoted.add(k)
            j = self.overlapping(token.idx, token.idx + len(token))
            if j is not None and j != k:
                demoted.add(j)
        return promoted, demoted

    def _person_joined_to_a_thing(self, token: Token) -> int | None:
        """'Hearts and Minds star Ana Ruiz criticised …', 'Hale, Brook and Co analyst Ana Ruiz said …': the parser
        ran a show's or a firm's name into the subject and hung the person on it as a conjunct; the only person of
        that chain is the subject a later pronoun stands for."""
        at = self.overlapping(token.idx, token.idx + len(token))
        if token.head.dep_ not in ("ROOT", "conj") or at is not None and self.ents[at].label == "PERSON" and (
                len(self.full[at].split()) > 1 or is_first_name(self.full[at])):
            return None  # "Ruiz and Lee said": two people; a title's one word the model took for a name is none
        people = set()
        chain = [c for c in token.children if c.dep_ == "conj"]
        while chain:
            c = chain.pop()
            j = self.overlapping(c.idx, c.idx + len(c))
            if j is not None and self.ents[j].label == "PERSON":
                people.add(j)
            chain.extend(g for g in c.children if g.dep_ == "conj")
        return people.pop() if len(people) == 1 else None

    def _is_subject(self, ent) -> bool:
        span = self.span_of(ent)
        if span is None:
            return False
        head = root(self.doc, span.start, span.end)
        if head.dep_ not in ("nsubj", "nsubjpass") and head.head.i == span.end and letters_after_a_name(head.head):
            head = head.head  # "<Name> MP criticised": the parse heads the subject with the letters after the name
        return head.dep_ in ("nsubj", "nsubjpass")

    def _in_subordinate_clause(self, ent) -> bool:
        """'Mugabe agreed to power-sharing in which Tsvangirai became prime minister': Tsvangirai is the
        subject of a relative clause only, less salient for a 'he' that follows than Mugabe. So is the subject
        of what someone reported: "Reyes noted that Keane is in his 60s. He said …" is Reyes speaking again."""
        span = self.span_of(ent)
        head = root(self.doc, span.start, span.end) if span is not None else None
        verb = head.head if head is not None else None
        if head is not None and head.dep_ == "poss" and verb.dep_ in ("nsubj", "nsubjpass"):
            verb = verb.head  # "Marsh said that Harlow's stance could hurt him. He said …": Harlow owns only the
            # reported clause's subject, and Marsh speaks again
        if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in report_verbs():
            return True
        return verb is not None and verb.dep_ in ("relcl", "acl", "advcl")

    def _named_subject_after(self, token: Token) -> Token | None:
        """'WHO director-general Tedros Adhanom Ghebreyesus said', 'study co-author Professor Carl Lipo said',
        'Figures in the newspaper Pravda show': the parser hung two subjects on one verb. The later one is the
        source when it is a person (or an organisation, after a first that names no one), with no comma, verb
        or quote mark between."""
        if token.dep_ != "nsubj":
            return None
        titled = self._person_after_titles(token)
        if titled is not None:
            return titled
        first = self.overlapping(token.idx, token.idx + len(token))
        first_label = self.ents[first].label if first is not None else None
        if first_label == "PERSON":
            return None
        for other in token.head.children:
            if other.dep_ != "nsubj" or other.i <= token.i or other.pos_ != "PROPN":
                continue
            k = self.overlapping(other.idx, other.idx + len(other))
            label = self.ents[k].label if k is not None else None
            if label == "PERSON" or label == "ORG" and first_label is None and token.pos_ == "NOUN":
                between = self.doc[token.i + 1:other.i]
                if not any(t.text in (",", ";", ":") or t.is_quote or t.pos_ in ("VERB", "AUX") for t in between):
                    return other
        return None

    def _person_after_titles(self, token: Token) -> Token | None:
        """'chairman and president Jack Reichert said': the parser made the first bare title the subject and
        the person a conjunct; titles joined by 'and' run straight into the name of the one who holds them."""
        if not token.is_lower or token.lower_ not in TITLE_WORDS or any(c.dep_ == "det" for c in token.children):
            return None
        for other in token.children:
            if other.dep_ != "conj" or other.pos_ != "PROPN" or other.ent_type_ != "PERSON":
                continue
            between = self.doc[token.i + 1:other.i]
            if all(t.dep_ == "cc" or t.is_lower and t.lower_ in TITLE_WORDS or t.ent_type_ == "PERSON"
                   for t in between):
                return other
        return None

    def _person_before_campus(self, token: Token) -> Token | None:
        """'Jo Anne Val Tilburg of the University of California, Los Angeles disagreed': the parser takes the
        place that ends the organisation's name for the subject; the person tied to the organisation by 'of'
        or 'at' just before is the source."""
        k = self.overlapping(token.idx, token.idx + len(token))
        if k is None or self.ents[k].label not in ("GPE", "LOC"):
            return None
        first = self.span_of(self.ents[k])
        if first is None or first.start < 4 or self.doc[first.start - 1].text != ",":
            return None
        org = self.overlapping(self.doc[first.start - 2].idx, self.doc[first.start - 2].idx + 1)
        if org is None or self.ents[org].label != "ORG":
            return None
        span = self.span_of(self.ents[org])
        at = span.start - 1 if span is not None else 0
        if at > 0 and self.doc[at].lower_ == "the":
            at -= 1
        if at < 1 or self.doc[at].lower_ not in ("of", "at"):
            return None
        person = self.doc[at - 1]
        return person if person.ent_type_ == "PERSON" else None

    def _leading_person(self, start: int, head: Token) -> int | None:
        """'Ben Williams of Paris brokerage house Fauchier-Magnan': a person named first and tied by 'of'
        or 'at' to the place they work is the source, however the parser hung the phrase on its last
        word."""
        first = self.doc[start]
        k = self.overlapping(first.idx, first.idx + len(first))
        if k is None or self.ents[k].label != "PERSON" or self.ents[k].start != first.idx:
            return None
        after = next((t for t in self.doc[start:head.i] if t.idx >= self.ents[k].end), None)
        return k if after is not None and after.lower_ in ("of", "at") else None
