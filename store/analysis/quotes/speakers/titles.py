"""A title or a description standing for the person who holds it ('the minister')."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ...doctext import body_paragraphs
from ...entities.descriptions import organisation_name, organisation_of_post
from ...entities.names import is_first_name
from ...entities.referents import fold
from ...entities.roles import FORMS_OF_ADDRESS
from ...entities.vocabulary import HONORIFICS, LEGAL_FORMS, MAX_TITLE_WORDS, PERSON_ORG_ENDS, TITLES
from ..index import root, text_of
from .words import (
    COMPANY_NOUNS,
    DETERMINERS,
    INDEFINITE,
    LESSER_TITLES,
    PARTICLES,
    PEOPLE,
    PLACE_NOUNS,
    RANK_WORDS,
    SAME_TITLE,
    TITLE_WORDS,
)

# lesser titles that say a post is no longer, or not yet fully, held: the holder's post is the same one
_NOT_HELD = {"former", "ex", "acting"}


class TitleHolders:
    """The person a title names: given with it in the article, or named after a lead that gives only the title."""

    def _name_run_after_post(self, token: Token) -> tuple[str, int, int] | None:
        """'Foreign Ministry spokesman Per Paust said': a post run straight into a name that reaches the verb,
        which the model did not parse as a name (it took "Per" for a preposition). The person speaks, not
        the post: two capitalised words or more, the first a first name, none tagged a person or a place."""
        doc, end = self.doc, token.i + 1
        if not token.is_lower or token.lower_ not in TITLE_WORDS or token.head.i <= end:
            return None
        # a person the model tagged is left to the entities; an organisation's tag on a surname is the model's slip
        while end < token.head.i and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ in ("", "ORG"):
            end += 1
        if end != token.head.i or end - token.i < 3 or not is_first_name(doc[token.i + 1].text):
            return None
        name = doc[token.i + 1 : end]
        self.lead_roles.setdefault(name.text, token.text)
        before = doc[token.i - 1] if token.i else None
        k = self.overlapping(before.idx, before.idx + len(before)) if before is not None else None
        if k is not None and self.ents[k].label == "ORG" and self.ents[k].end == before.idx + len(before):
            self.lead_affiliations.setdefault(name.text, self.full[k])  # "Foreign Ministry spokesman"
        return name.text, name.start_char, name.end_char

    def _untagged_person(self, span) -> str | None:
        """'Mayor de Blasio', 'Central bank Governor Chang Chi-cheng': a person's name the model did not tag,
        after its titles (they go to the role). A name that ends a full name given before is that person
        ("de Blasio" after "Bill de Blasio"); else the name itself, two words at least, after a title."""
        words = [t for t in span if t.lower_ not in DETERMINERS and t.tag_ != "POS"]
        cut = max((n + 1 for n, t in enumerate(words) if t.lower_ in TITLE_WORDS), default=0)
        name = words[cut:]
        if not name or not all(t.text[:1].isupper() or t.lower_ in PARTICLES or t.text == "-" for t in name) or \
                name[-1].text.rstrip(".") in LEGAL_FORMS or name[-1].lower_ in PERSON_ORG_ENDS:
            return None
        folded = [fold(w) for w in "".join(t.text_with_ws for t in name).split()]
        fulls = {n for n, e in zip(self.full, self.ents) if e.label == "PERSON" and len(n.split()) > len(folded)
                 and [fold(w) for w in n.split()][-len(folded):] == folded}
        if len(fulls) == 1:
            found = fulls.pop()
        elif cut and not fulls and len(folded) >= 2 and not any(t.pos_ != "PROPN" and t.text != "-" and
                                                                 t.lower_ not in PARTICLES for t in name):
            found = "".join(t.text_with_ws for t in name).strip()
        else:
            return None
        role = " ".join(t.text for t in words[:cut] if t.lower_ not in HONORIFICS)
        if role and found not in self.full:  # a person the entities know has their role from the referent table
            self.lead_roles.setdefault(found, role)
        return found

    def _in_lead(self, span) -> bool:
        """The mention stands in the article's first paragraph of running text (a title line is not one)."""
        before = text_of(self.doc)[:span.start_char]
        return sum(len(p.strip()) >= 80 for p in before.split("\n")[:-1]) == 0

    def _title_holder(self, span) -> str | None:
        """'the Opec President' -> the person introduced as 'Opec President X', if any. 'One dealer', 'a
        senior dealer' is someone not named: never the 'senior dealer Eckhart Hager' of another paragraph.
        Only a wire story's lead describes with 'a' someone it names later ('A member of the board …
        predicted …' / 'Jim Billington, Democratic member of the FCA board, said')."""
        if len(span) and (span[0].lower_ in INDEFINITE or span[0].lower_ in ("a", "an") and not self._in_lead(span)):
            return None
        words = [SAME_TITLE.get(t.lower_, t.lower_) for t in span if t.lower_ not in DETERMINERS and not t.is_punct]
        head = root(self.doc, span.start, span.end) if len(span) else None
        if not words or head is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        # "analysts said" are several people, never "C.J. Lawrence analysts Harry Mortner" alone; "both officers"
        # may be the "officers Ana Ruiz and Luis Gil" named together
        several = head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() != head.lower_
        title = SAME_TITLE.get(head.lower_, head.lower_)
        text = text_of(self.doc)
        last = max([head.i] + [c.right_edge.i for c in head.rights if c.dep_ in ("appos", "compound", "flat", "conj")])
        right = self.doc[last]  # the head's own phrase, without the clauses that hang on it
        below, above = self.doc[head.left_edge.i].idx, right.idx + len(right)
        # "the local health minister" is not "Civil Aviation Minister Hardeep Singh Puri": a charge written
        # before the title must be the person's too ("the company spokesman" names no charge)
        charges = {t.lower_ for t in span if t.dep_ == "compound" and t.head.i == head.i and t.pos_ == "NOUN"
                   and t.is_lower and t.lemma_.lower() not in COMPANY_NOUNS | PLACE_NOUNS}  # "state attorney general"
        charges |= self.post_words(head)  # "the foreign secretary" is not "Home Secretary Charles Clarke"
        # the capitalised words that say which post the title is ("Home" of "the Home Minister")
        qualifiers = {t.lower_ for t in span if t.i < head.i and t.is_title and t.pos_ in ("PROPN", "ADJ", "NOUN")
                      and t.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON") and t.lower_ not in DETERMINERS}
        # "vice", "deputy" written before the title name another post than the title alone ("former" does not)
        other_post = {w for w in words[:words.index(title)] if w in LESSER_TITLES - _NOT_HELD} if title in words else set()
        best, best_score = None, 0
        for k, e in enumerate(self.ents):
            if e.label != "PERSON" or several and not self._named_with_another(k):
                continue
            if e.start >= above and self._subject_of_own_clause(e.start, e.end, head):
                continue  # "according to his agent, Hunter had surgery": the agent's words are about him
            # "Emery's chairman, John C. Emery, said": the title set off by a comma still names the person
            wide = [w.rstrip(",") for w in text[max(0, e.start - 60):e.start].lower().split()]
            wide = [SAME_TITLE.get(w, w) for w in wide]
            context = wide[-len(words) - 1:]
            # The title must run into the name ("Opec President X"): "An organizer said Biden …" names
            # no organizer: the words between the head and the name must be the mention's own or titles,
            # or the name must sit in the head's own phrase ("Vice President for news Ana Ruiz").
            if title in context:
                after = context[len(context) - 1 - context[::-1].index(title) + 1:]
                if any(w not in words and w not in self.titles for w in after) and not below <= e.start < above:
                    context = context[:0]
                elif title not in self.titles and any(w in self.titles and w not in words for w in after):
                    # "police said" is not "police spokesman Ana Ruiz": the word is only what her post is of
                    context = context[:0]
            context += e.text.lower().split()[:-1]
            if title not in context or not charges <= set(wide[-MAX_TITLE_WORDS - 2:]):
                continue
            at = len(wide) - 1 - wide[::-1].index(title) if title in wide else 0
            if any(w in LESSER_TITLES and w not in words for w in wide[max(0, at - 3):at]):
                continue  # "the president" is not "Vice President Joseph R. Biden Jr.", nor "deputy energy minister"
            if any(w not in wide[max(0, at - 3):at] for w in other_post):
                continue  # nor is "the former vice president" a "former President Barack Obama" named near
            if at and wide[at - 1] in TITLE_WORDS and wide[at - 1] not in words and \
                    any(w not in wide for w in qualifiers):
                continue  # "Ghana's Health Minister" is not "Prime Minister Kwame Asante": each post has its word
            score = sum(w in context for w in words)
            # "Italian minister Stefano Patuanelli …, but the minister said": of people with the title, the
            # one named last before the mention
            if score > best_score or score == best_score > 0 and e.start < below:
                best, best_score = self.full[k], score
        return best or self._of_firm_named(span, head, text)

    def _subject_of_own_clause(self, start: int, end: int, head: Token) -> bool:
        """A name after the mention, in its sentence, that is the subject of a verb the mention is no subject
        of: what the source said is about that person, who is not the source set off by a comma ('Emery's
        chairman, John C. Emery, said', which the parse makes the title's apposition). A holder introduced in a
        later sentence ('the governor has promised …' then 'Regional governor <Name> said') is still the one."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        name = span.root
        return name.sent.start == head.sent.start and name.dep_ in ("nsubj", "nsubjpass") and \
            name.head.i != head.i and not (head.dep_ in ("nsubj", "nsubjpass") and head.head.i == name.head.i)

    @staticmethod
    def post_words(head: Token) -> set[str]:
        """The words of a post written in lower case before its title ("the foreign secretary", "the prime
        minister"): a holder named with the title must have been given with them too. Not "former" or "shadow",
        which say the post is not held, nor a rank ("chief") or a place ("the state attorney general")."""
        return {t.lower_ for t in head.lefts if t.is_lower and t.lower_ in TITLE_WORDS and t.dep_ in ("amod", "compound")
                and t.lower_ not in LESSER_TITLES | HONORIFICS | RANK_WORDS | PLACE_NOUNS and t.lower_ != head.lower_}

    def _of_firm_named(self, span, head: Token, text: str) -> str | None:
        """'the Dean Witter economist' after 'William Sullivan of Dean Witter Reynolds', 'the USDA meteorologist'
        after 'Ana Ruiz, chief meteorologist at USDA' or 'the Treasury spokesman' after 'Ana Ruiz, a spokesman for the
        Treasury': the one person the article gave as 'of' the firm the title names, or with that very post at it
        (which makes any word a post)."""
        before = [t for t in span if t.i < head.i and t.lower_ != "the"]
        firm = " ".join(t.text for t in before) if before and all(t.pos_ == "PROPN" for t in before) else ""
        if not firm or head.tag_ != "NN" or span[0].lower_ != "the":
            return None
        known = head.lower_ in self.titles | PEOPLE
        posted = re.compile(rf",? (?:[\w-]+ ){{0,3}}{re.escape(head.text)},? (?:at|of|with|for) (?:the )?{re.escape(firm)}\b")
        people = {self.full[k] for k, e in enumerate(self.ents) if e.label == "PERSON" and e.end < span.start_char
                  and (known and text.startswith(" of " + firm, e.end) or posted.match(text, e.end))}
        return people.pop() if len(people) == 1 else None

    def _named_with_another(self, k: int) -> bool:
        """'officers Ana Ruiz and Luis Gil': the person is the first of two named together."""
        end = self.ents[k].end
        return k + 1 < len(self.ents) and self.ents[k + 1].label == "PERSON" and \
            text_of(self.doc)[end:self.ents[k + 1].start] in (" and ", ", ")

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
        paragraphs = body_paragraphs(self.doc)
        if len(paragraphs) < 2:
            return None
        lead, following = paragraphs[0], paragraphs[1]
        if head.idx < lead.start() or title not in re.findall(r"[a-z]+", lead.group().lower()):
            return None
        if any(e.label == "PERSON" and e.start < following.start() for e in self.ents):
            return None
        k = bisect.bisect_left(self.starts, following.start())
        opening = text[following.start():self.ents[k].start].split() if k < len(self.ents) else []
        # "…, a spokesman said." then "President Reagan is expected to …": a person who opens the next paragraph
        # under another post than the lead's is someone else; a form of address ("Sheikh Ali …") names the holder
        other_post = bool(opening) and opening[0].lower() not in FORMS_OF_ADDRESS | HONORIFICS and \
            opening[0].lower() != title
        if k >= len(self.ents) or self.ents[k].label != "PERSON" or other_post or \
                len(opening) > 1 or opening and opening[0].lower() not in self.titles:  # "Sheikh Ali …" opens it
            k = self._holder_set_off(following, title)  # '"…," David Haggard, ASA president, told Reuters'
            k = self._quoting_holder(following) if k is None else k
            if k is None:
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

    def _holder_set_off(self, paragraph, title: str) -> int | None:
        """The person of the paragraph after the lead whose title, set off by commas after the name, is the lead's
        title: "the president of the American Soybean Association said" then "David Haggard, ASA president,"."""
        text = text_of(self.doc)
        for k in range(bisect.bisect_left(self.starts, paragraph.start()), len(self.ents)):
            e = self.ents[k]
            if e.start >= paragraph.end():
                break
            described = _DESCRIBED_AFTER.match(text, e.end, e.end + 100)
            if e.label == "PERSON" and described and title in described.group(1).lower().split():
                return k
        return None

    def _quoting_holder(self, paragraph) -> int | None:
        """The person who speaks the quotation that opens the paragraph after the lead: "Ghana's Health Minister
        warned …" then '"We have seen more cases …," Kofi Mensah told reporters'."""
        said = _QUOTE_THEN_NAME.match(paragraph.group())
        if said is None:
            return None
        at = paragraph.start() + said.end()
        k = bisect.bisect_left(self.starts, at)
        return k if k < len(self.ents) and self.ents[k].start == at and self.ents[k].label == "PERSON" else None

    def _lead_organisation(self, post: Token) -> str | None:
        """The organisation a post in the lead is held at: "the chairman of X", "an X official", "X's president";
        a country is no affiliation."""
        orgs = {}
        for t in post.subtree:
            k = self.overlapping(t.idx, t.idx + len(t))
            if k is not None and self.ents[k].label == "ORG":
                orgs[t.i] = self.full[k]
        found = organisation_of_post(post, orgs)
        return found and organisation_name(found)


# ", ASA president," after a name; a lawmaker's party and state may come first (", D-Kans., chairman of the House
# agriculture subcommittee on wheat,")
# a paragraph that opens with a quotation and names its speaker right after it: '"…," Ana Ruiz told', '"…," said Ana Ruiz'
_QUOTE_THEN_NAME = re.compile(r'\s*["“][^"“”]+[,”"]\s*["”]?\s*(?:said\s+)?')
_DESCRIBED_AFTER = re.compile(r",\s*(?:[DRI]-[A-Z][A-Za-z.]{1,8},\s*)?([^,.;:\"“”]{1,60}),")
