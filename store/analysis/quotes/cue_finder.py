"""Cues (speech verbs and nouns, 'according to', 'reportedly') and the stretch of content each reports."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import IDX, LEMMA, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from ..doctext import lowers, tokens
from .according_to import according_to
from .accusations import passive_accusation
from .answered_messages import answers_a_message
from .as_reports import as_aside, sourceless_aside
from .asked_ones import asked_from, presses_nothing, request_after_phrase
from .attach import Cue, naming
from .bounds import compared_figures, continuation, cut_tail, listed_examples, stray_conjuncts, whole_word
from .bracketed_names import through_brackets
from .call_appeals import appeal, appeal_clause, appeal_end, asked_end, issued_for
from .circumstance import quotation_before_when
from .cited_sources import cites_informants
from .clauses import (
    CLAUSE_VERBS,
    bracket_between,
    casts_itself,
    clause_after_adverb,
    clause_apart,
    gerund_subject_clause,
    impersonal_infinitive,
    leading_clause,
    misparsed_clause,
    named_subject,
    paragraph_clip,
    past_hearer,
    past_hearer_noun,
    past_outlet,
    pieces_around,
    subjectless_clause,
    that_clause_after_aside,
    topic_preposition,
    trim,
)
from .closed_leads import closed_lead
from .closing_firms import closing_firm_report
from .content_openers import opened_clause, opening_adverbial
from .cue_subjects import cue_source, joint_source
from .cue_table import cues
from .dashed_asides import past_dashed_aside
from .dateline_strays import after_dateline
from .displays import display_noun, shown_with, shows_a_quality, shows_its_movement
from .findings import broken_finding, research_finding
from .firm_objects import firm_after_preposition
from .forecasts import (
    FIGURE_VERBS,
    RESULT_VERBS,
    conjoined_objects,
    figure_at,
    figure_object,
    level_reached,
    reported_result,
)
from .gerund_objects import gerund_object
from .hearsay_passive import passive_hearsay
from .held_prizes import defends_a_prize
from .inverted_asides import inverted_aside
from .judged_for import judged_for
from .later_sources import before_later_source
from .lemmas import LemmaRepair
from .likened import likened
from .made_clear import made_clear
from .object_phrases import object_by_phrase, object_in_phrase
from .open_questions import QUESTION_WORDS, open_question
from .perceived import perceived_event
from .personal_objects import PERSONAL_OBJECT_VERBS, POSTING_VERBS, names_the_message, personal_subject
from .phone_calls import bare_call
from .phrase_then_clause import clause_after_phrase
from .poll_openers import POLL_NOUNS, poll_finding
from .pronoun_targets import charged_pronoun
from .questions_put import answer_after_aside, put_to_them
from .quoted_as_saying import fronted_quoted_clause
from .referring_asides import referred_topic
from .regarded_as import regarded_as
from .relative import relative_report
from .said_when import past_time_of_saying
from .scene_openers import scene_before_quotation
from .set_terms import sets_terms
from .stance_adjectives import STANCE_ADJECTIVES, stance_clause
from .title_cues import in_a_title
from .told_that import after_hearer as _after_hearer
from .told_that import clause_after_occasion, told_after_hearer, told_clause
from .topic_lists import lists_topics
from .trailing import one_of_two_clauses, trailing_report
from .valued_at import VALUING_VERBS, valued_at


class CueFinder:
    """The cue words of cues.json, and the cue (with its source and content) a token opens, if any."""

    def __init__(self) -> None:
        table = cues()
        self.verbs = frozenset(table["verbs"])
        self.object_verbs = frozenset(table["object_verbs"])
        self.infinitive_verbs = frozenset(table.get("infinitive_verbs", ()))
        self.stance_object_verbs = frozenset(table.get("stance_object_verbs", ()))
        self.seeming = frozenset(table.get("seeming_verbs", ()))
        self.passive_seeming = frozenset(table.get("passive_seeming_verbs", ()))
        self.nouns = frozenset(table.get("nouns", ())) | frozenset(table.get("stance_nouns", ()))
        self.topic_nouns = frozenset(table.get("topic_nouns", ()))
        self.not_cues = frozenset(table.get("not_that_clause_verbs", ()))
        self.quoted_object_verbs = frozenset(table.get("quoted_object_verbs", ()))
        self.speech_verbs = frozenset(table["speech_verbs"]) | self.verbs
        self.titles = frozenset(table["titles"])
        self.female_titles = frozenset(table["female_titles"])
        self.not_names = frozenset(table.get("not_interview_labels", ()))
        self.withholding = frozenset(table.get("withholding_verbs", ()))
        # "don't know if X", "it is not known whether X": the answer is missing (cues.json knowing_verbs)
        self.knowing = frozenset(table.get("knowing_verbs", ()))
        # the lemmas by which a token that is no verb can open a cue (see _parsed_cue); cut_tail's cue words
        self.non_verb_cues = self.nouns | self.topic_nouns | self.seeming | self.passive_seeming | STANCE_ADJECTIVES | \
            POLL_NOUNS
        self._cue_lemmas: dict[int, bool] = {}  # a lemma's hash -> whether it is in non_verb_cues (see openers)
        self.tail_cues = self.speech_verbs - self.infinitive_verbs
        self.repair_lemmas = LemmaRepair(self.speech_verbs | self.object_verbs | self.infinitive_verbs |
                                         self.stance_object_verbs | self.quoted_object_verbs | self.seeming)

    def openers(self, doc: Doc, mask: bytearray) -> Iterator[Token]:
        """The tokens outside quotation marks that pass _cue's first test, without making a Token of every word
        (the lemmas read after repair_lemmas changed some)."""
        strings = doc.vocab.strings
        rows = doc.to_array([POS, LEMMA, IDX]).tolist()
        cue_lemma = self._cue_lemmas  # the same answer for a lemma in every Doc: each looked up once per process
        for h in {row[1] for row in rows}.difference(cue_lemma):
            cue_lemma[h] = strings[h].lower() in self.non_verb_cues
        words = lowers(doc)
        toks = tokens(doc)
        for i, (pos, lemma, idx) in enumerate(rows):
            if not mask[idx] and (pos == VERB or words[i] in _NON_VERB_OPENERS or cue_lemma[lemma]):
                yield toks[i]

    def _cue(self, tok: Token, mask: bytearray) -> Cue | None:
        if tok.pos != VERB and tok.lower_ not in _NON_VERB_OPENERS and tok.lemma_.lower() not in self.non_verb_cues:
            return None  # nine tokens in ten: _parsed_cue would find nothing, and it is the quotes' costliest step
        if tok.pos == VERB and display_noun(tok):
            return None  # "the talent show X": a noun of a compound, no verb
        if in_a_title(tok):
            return None  # "the single Do They Think It's Over": a word of a work's title
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.withholding and withheld_answer(tok):
            return None  # "declined to say when X": the source held the answer back, and nothing is reported
        if tok.lemma_.lower() in self.knowing and any(c.dep_ == "neg" for c in tok.children) and withheld_answer(tok):
            return None  # "we do not know if the plant will reopen": a question no one answered, nothing reported
        # "said X, but would not say whether Y", "it is not decided where Y": an answer not given; one named holding
        # it back ("and the campaign would not say who") stands on the question, as PolNeAR counts it
        if tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.children) and not named_subject(tok) \
                and withheld_answer(tok):
            return None
        answer = answer_after_aside(tok)
        if answer is not None:  # "Baker, asked whether X, said Y" read with "asked" as the main verb: the question
            span = self._content(tok, tok.i + 1, answer.i - 2, 1)
            return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), None, [span]) if span else None
        cue = self._parsed_cue(tok, mask)
        if cue is not None and cue.spans and lists_topics(tok, cue.spans[0][0]):
            return None  # "discusses her background, the pandemic, and climate change": topics, no claim
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.speech_verbs:
            return cue
        if cue is not None and cue.source is None and put_to_them(tok):
            return cue  # "X said when asked whether Y": no closing source is the asker's
        inverted = self._inverted(tok, mask)
        if inverted is not None:
            return inverted  # "The problem, said X, is Y": the parse made "problem" the source and X's words the rest
        if cue is None or cue.source is None or any(s <= cue.source.idx < e for s, e in cue.spans):
            # the parse lost the source or ran it into the content: "…, industry officials said."
            cue = self._trailing(tok, mask) or self._closing_firm(tok, mask) or cue or self._closed_lead(tok, mask)
        elif len(cue.spans) == 1:
            cue = self._both_clauses(tok, cue, mask)
        return cue if cue is not None else self._relative(tok, mask)

    def _both_clauses(self, tok: Token, cue: Cue, mask: bytearray) -> Cue:
        """'X is still far apart, but both sides are willing, executives said': the parse reports one of the two
        clauses; the source named last reports the whole sentence."""
        found = trailing_report(tok, mask)
        if found is None or not one_of_two_clauses(tok.doc, cue.spans[0], found[0], found[1]):
            return cue
        span = self._content(tok, found[0], found[1], 1)
        if span is None:
            return cue
        return Cue(tok, cue.text, cue.start, cue.end, found[2] or cue.source, [span])

    def _trailing(self, tok: Token, mask: bytearray) -> Cue | None:
        return self._found(tok, trailing_report(tok, mask))

    def _closing_firm(self, tok: Token, mask: bytearray) -> Cue | None:
        return self._found(tok, closing_firm_report(tok, mask))

    def _closed_lead(self, tok: Token, mask: bytearray) -> Cue | None:
        return self._found(tok, closed_lead(tok, mask))

    def _found(self, tok: Token, found: tuple[int, int, Token | None] | None) -> Cue | None:
        """The cue for a (first, last, source) clause a word-order reading found, when its content holds."""
        span = self._content(tok, found[0], found[1], 1) if found is not None else None
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), found[2], [span]) if span is not None else None

    def _inverted(self, tok: Token, mask: bytearray) -> Cue | None:
        """'The answer, says Dr Lane, is a cheaper chip': the sentence around a verb-first aside."""
        found = inverted_aside(tok, mask)
        if found is None:
            return None
        first, comma, close, last, source = found
        pieces = pieces_around(tok.doc, first, last, comma, close)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, pieces) if len(pieces) == 2 else None

    def _poll_finding(self, tok: Token) -> Cue | None:
        """'In the latest X poll, A leads B', 'A fell to third in the poll': the poll reports the clause."""
        found = poll_finding(tok)
        if found is None:
            return None
        poll, first, last = found
        doc = tok.doc
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), poll,
                   [(doc[first].idx, doc[last].idx + len(doc[last]))])

    def _relative(self, tok: Token, mask: bytearray) -> Cue | None:
        """'stocks, which Mielke expects to decline by one fifth': the reported verb phrase of a relative clause."""
        found = relative_report(tok)
        source = cue_source(tok) if found is not None else None
        if source is None or mask[source.idx]:
            return None
        span = self._content(tok, found[0], found[1], 1)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span]) if span is not None else None

    def _parsed_cue(self, tok: Token, mask: bytearray) -> Cue | None:
        # A token that is no verb gets here only by a lemma in non_verb_cues or a word in _NON_VERB_OPENERS
        # (_cue skips the others): a rule for another kind of word adds its words there.
        if tok.lower_ == "according":
            return according_to(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in POLL_NOUNS:
            return self._poll_finding(tok.head) if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        if tok.pos_ == "ADJ" and tok.lemma_.lower() in STANCE_ADJECTIVES:
            return self._stance(tok, mask)
        if tok.lower_ == "reportedly" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
            return self._reportedly(tok)
        if tok.pos_ == "NOUN":
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.speech_verbs and \
                    subjectless_clause(tok.head, tok) is not None:
                return None  # "Roach said fears that X were unfounded": what he said is about the fears
            if tok.lemma_.lower() in self.topic_nouns:
                topic = self._noun_topic(tok, mask)
                if topic is not None or tok.lemma_.lower() not in self.nouns:
                    return topic  # "his warning that X": a noun of both lists with no topic may still report a clause
            return self._noun_cue(tok, mask) if tok.lemma_.lower() in self.nouns else None
        lemma = tok.lemma_.lower()
        if lemma in self.seeming and tok.pos_ in ("VERB", "AUX") or lemma in self.passive_seeming and \
                any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children):
            return self._seeming(tok, mask)  # "X is expected to win": nobody named holds the expectation
        hearsay = passive_hearsay(tok)
        if hearsay is not None:  # "X is said to have fled": a report, for the agent or for no one
            return self._passive_report(tok, hearsay, mask)
        if tok.pos_ == "VERB" and lemma in self.quoted_object_verbs:
            return self._quoted_object(tok, mask)
        seen = regarded_as(tok)
        if seen is not None:  # "sees the tariff as a threat": the subject's view of the thing
            # 'portrayed the strike as a “war on families” for weeks': in quoted words, the view ends with them
            return self._quoted_as(tok, mask) or self._finish(tok, seen[0], seen[1], mask, seen[2])
        if lemma in VALUING_VERBS:  # a speech verb too ('as he put it'), so looked at before the clause verbs' path
            valued = self._valued(tok, mask)
            if valued is not None:
                return valued
        if tok.pos_ == "VERB" and lemma not in self.verbs and lemma not in self.infinitive_verbs and \
                lemma not in self.speech_verbs and lemma not in self.not_cues:
            return self._that_clause(tok, mask) or self._quoted_as(tok, mask) or self._likened(tok, mask) or \
                self._referred(tok, mask)
        if tok.pos_ != "VERB" or naming(tok, mask) or impersonal_infinitive(tok):
            return None
        if lemma == "make":
            clear = made_clear(tok)
            return self._finish(tok, clear[1], clear[2], mask, clear[0]) if clear is not None else None
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and casts_itself(tok.head):
            return None  # "… to position itself as X, opposing Y": the writer's reading goes on
        clauses = [c for c in tok.children
                   if c.dep_ == "ccomp" and not bracket_between(tok, c) and not clause_apart(tok, c) and
                   not perceived_event(tok, c) and not open_question(tok, c)]
        if clauses and any(c.dep_ == "ccomp" and c.i > tok.i and open_question(tok, c) for c in tok.children):
            clauses = [c for c in clauses if c.i > tok.i]  # "X, so we will see which side wins": the question, not X
        if clauses and lemma not in _HEARER_VERBS and lemma != "ask" and \
                any(c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this") for c in tok.children) and \
                not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children):
            # "if new quotas are not agreed he believed X": what was agreed is the subject, not a clause
            # ("was asked how X", and "He's said X", where the parse reads "has" as "is", still report)
            clauses = []
        if not clauses and tok.dep_ == "advcl" and as_aside(tok):
            return _parenthetical(tok, mask, self.speech_verbs - self.infinitive_verbs,  # "As X reported, Y"
                                  sourceless_aside(tok))  # "As reported, Y": no source named
        # "While one arbitrager acknowledged X, he said Y": of a clause before and one right after, the latter
        content = next((c for c in clauses if c.left_edge.i == tok.i + 1), clauses[0]) if clauses else None
        if content is None and lemma in self.speech_verbs:
            content = that_clause_after_aside(tok) or gerund_subject_clause(tok) or clause_after_adverb(tok) or \
                fronted_quoted_clause(tok) or opened_clause(tok) or clause_after_occasion(tok)
        if content is None and lemma in _HEARER_VERBS:
            content = told_clause(tok)  # "told a crowd in Dayton that X": the parse hung X on "Dayton"
        if content is None and lemma in _HEARER_VERBS and tok.pos_ == "VERB" and \
                not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            told = told_after_hearer(tok)  # "told Reuters the talks, which began in May, ended"
            if told is not None:
                return self._finish(tok, told[0], told[1], mask, told[2])
        if content is None and tok.pos_ == "VERB" and (lemma in self.verbs or lemma in _HEARER_VERBS) and \
                not any(c.dep_ == "ccomp" or c.dep_ == "dobj" and lemma not in _HEARER_VERBS for c in tok.children):
            after = clause_after_phrase(tok, _after_hearer(tok) if lemma in _HEARER_VERBS else tok.i + 1)
            if after is not None:  # "said in a letter it cut X", "told Reuters on Monday it had sold X"
                return self._finish(tok, after[0], after[1], mask, after[2])
        if content is not None and lemma in _HEARER_VERBS and \
                not any(t.pos_ in ("VERB", "AUX") for t in content.subtree):
            content = None  # 'told radio host Ana Ruiz “…”': the one told is never what was said
        if content is not None and lemma in _HEARER_VERBS and content.left_edge.i == tok.i + 1:
            lo = past_hearer(tok.doc, tok.i + 1)
            if lo is not None:
                return self._finish(tok, lo, stray_conjuncts(tok, content.right_edge.i), mask, content)
        if content is None and not any(c.dep_ in ("dobj", "xcomp") for c in tok.children):
            topic = topic_preposition(tok)  # "complained about X", "spoke of X", "warned against X"
            if topic is not None and answers_a_message(tok, topic):
                return None  # "did not respond to requests for comment": what was answered, no words of the source
            if topic is not None:
                return self._finish(tok, topic.i + 1, listed_examples(tok, topic.right_edge.i), mask, topic)
        if lemma not in self.verbs and lemma not in self.infinitive_verbs:
            return None
        asked = False
        if lemma == "call" and sets_terms(tok) and \
                any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.rights):
            return None  # "the agreement calls for a payment of X": the terms a document sets, nobody's appeal
        if content is None and lemma in self.infinitive_verbs:
            for child in tok.children:
                if child.dep_ == "xcomp" and child.i > tok.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    content, asked = child, True
                    break
            else:
                content = request_after_phrase(tok)
                asked = content is not None
                for child in tok.rights if content is None else ():  # "called for X", "called on X to Y"
                    if lemma == "call" and child.dep_ == "prep" and child.lower_ in ("for", "on"):
                        if _date_set(tok, child):
                            return None  # "called snap elections for October 2014": a date set, nobody's words
                        if issued_for(tok, child, mask):
                            return None  # "calls sugar tenders for March delivery": a thing issued, no words
                        if not appeal(tok, child):
                            continue  # "a course called “Ethics” on her site", "called on Tuesday for X": no appeal
                        content = child
                        break
                clause = appeal_clause(tok) if lemma == "call" and content is None and not sets_terms(tok) else None
                if clause is not None:  # "called for the mayor to resign": the 'for' marks the clause asked for
                    return self._finish(tok, clause.left_edge.i + 1, asked_end(clause), mask, clause)
            if asked and presses_nothing(tok, content):
                return None  # "pressed the button to start it": no one pressed, nothing asked
            if content is not None and casts_itself(content):
                return None  # "is seeking to position itself as a champion": the writer's reading of a strategy
            if content is not None and content.dep_ == "prep":
                lo, hi = content.i + 1, appeal_end(tok, content) if lemma == "call" else content.right_edge.i
                if lo > hi:
                    return None
                return self._finish(tok, lo, hi, mask, content)
        if content is None and lemma not in self.verbs:
            return None
        if content is None and (lemma in self.object_verbs or  # "recalled her days as X", not "recalled 1m cars"
                                lemma in PERSONAL_OBJECT_VERBS and personal_subject(tok)):
            for child in tok.children:
                if child.dep_ == "dobj" and (child.pos_ != "PRON" or charged_pronoun(tok, child)):
                    if lemma in POSTING_VERBS and names_the_message(child):
                        return None  # "posted a comment on Twitter": the message named, not what it says
                    if cites_informants(tok, child):
                        return None  # "citing anonymous sources": who the report came from, not what it says
                    content = child
                    break
            else:  # "called Trump a “liar”", "calling them “boring”": the parse hangs the name on oprd
                named = [c for c in tok.rights if c.dep_ in ("dobj", "oprd")]
                if any(c.dep_ == "oprd" for c in named):
                    content = named[0]
                elif lemma in self.object_verbs and lemma not in self.stance_object_verbs:
                    content = gerund_object(tok)  # "proposed raising the tax": an act proposed, no stance
        if content is None and lemma in FIGURE_VERBS:
            content = figure_object(tok)
        if content is None and lemma in RESULT_VERBS:
            content = reported_result(tok)  # "reported a 38 pct fall in net profit": the result it gave out
        if content is None:
            content = research_finding(tok)  # "a 2019 survey found 40 misfiled claims": what the work reports
        if content is None and tok.dep_ == "parataxis" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") and \
                tok.lemma_.lower() in self.speech_verbs:
            return _parenthetical(tok, mask, self.speech_verbs - self.infinitive_verbs)
        if content is None:
            return self._accusation(tok, mask)
        if content.dep_ in ("dobj", "oprd") and lemma in self.stance_object_verbs and \
                not any(mask[t.idx] for t in content.subtree) and not judged_for(tok, content):
            return None  # "supported the bill", "declared a national emergency": a stance, no words reported
        if defends_a_prize(tok, content):
            return None  # "will defend her title": a contest, no stance
        if shows_a_quality(tok, content) and not any(mask[t.idx] for t in content.subtree):
            return None  # "has been showing real grit": a quality on view, no finding
        if shows_its_movement(tok, content) and not any(mask[t.idx] for t in content.subtree):
            return None  # "exports showed an increase": a measure's own movement, no finding
        if content.dep_ == "dobj" and joint_source(tok) and not mask[content.idx] and \
                not any(mask[t.idx] for t in content.subtree):
            return None  # "X and Y hailed the close relationship": a joint act summed up, nobody's words
        lo, hi = content.left_edge.i, content.right_edge.i
        if asked:
            lo = asked_from(tok, content)  # "urged the council to reject the plan": the one asked is of the request
            if lemma == "call":
                hi = asked_end(content)  # where an appeal stops, as for 'call for X' with the infinitive after it
        if tok.dep_ == "relcl" and content.dep_ == "ccomp" and lo < tok.i < content.i:
            lo = tok.i + 1  # "fires, which state media said were under control": the relative pronoun is no word of it
        if content.dep_ == "advcl":  # "said before that X": the clause starts at its "that"
            lo = next((m.i for m in content.children if m.dep_ == "mark" and m.lower_ == "that"), lo)
        if content.dep_ == "ccomp":
            obj = next((c for c in tok.children if c.dep_ == "dobj" and subjectless_clause(tok, c) == content), None)
            if obj is not None:  # the parser made the clause's subject the verb's object
                lo = past_hearer_noun(obj) if lemma in _HEARER_VERBS else obj.left_edge.i
                told = next((c for c in tok.children if c.dep_ == "dobj" and c.i == obj.right_edge.i + 1), None)
                if told is not None and lemma in _HEARER_VERBS:  # "told Reuters plans to X were Y": of the two
                    lo = told.left_edge.i  # objects the parse gave the telling, the first is the one told
        if content.dep_ in ("dobj", "oprd"):  # "criticized X for Y", "called X a liar", "described X as Y"
            for child in tok.rights:
                if child.i > hi and child.dep_ not in _NOT_CONTENT and \
                        (child.dep_ != "prep" or child.lower_ in _STANCE_PREPS or
                         child.lower_ == "on" and lemma == "blame" and  # "blamed X on Y", not "on Monday"
                         not any(c.ent_type_ in ("DATE", "TIME") and c.pos_ == "PROPN" for c in child.children)) or \
                        child.dep_ == "advcl" and child.left_edge.i == hi + 1 and child.left_edge.lower_ == "for" or \
                        shown_with(tok, content, child):
                    hi = max(hi, child.right_edge.i)  # "his wish for the two powers to work together"
            if lemma in CLAUSE_VERBS and content.dep_ == "dobj" and content.pos_ in ("NOUN", "NUM"):
                hi = misparsed_clause(tok, hi)
            if content.dep_ == "dobj":
                hi = broken_finding(tok, content, hi)
                hi = object_by_phrase(tok, content, object_in_phrase(tok, content, hi))
                hi = listed_examples(tok, conjoined_objects(tok, level_reached(tok, figure_at(tok, hi))))
                if bare_call(tok, content, hi, mask):
                    return None  # "called the police", "called a referendum": no words reported
            hi = quotation_before_when(tok.doc, mask, lo, hi)  # 'as a “disgrace” Tuesday': when, not what
        else:
            hi = stray_conjuncts(tok, hi)
            if content.dep_ == "ccomp" and content.i > tok.i:
                lo = opening_adverbial(tok, past_time_of_saying(tok, lo, content), content)
            opening = leading_clause(tok) if content.dep_ == "ccomp" and content.i > tok.i else None
            if opening is not None:  # "Unless X, the union said, the mines will close": one report, cue inside
                lo = opening.left_edge.i
            if content.dep_ == "ccomp" and content.i > tok.i:
                hi = before_later_source(tok.doc, tok, lo, hi, mask)
                if hi < lo:
                    return None  # "X expects Y, its chief told reporters": the chief reports it all
        cue = self._finish(tok, lo, hi, mask, content)
        rest = continuation(tok, content) if cue is not None else None
        if rest is not None:  # "The increase is necessary, he said, to attract investment": one report around its cue
            cue.spans.append((tok.doc[rest[0]].idx, tok.doc[rest[1]].idx + len(tok.doc[rest[1]])))
        return cue

    def _accusation(self, tok: Token, mask: bytearray) -> Cue | None:
        """'X is accused of Y': Y is reported, by the agent if the article names one."""
        found = passive_accusation(tok)
        return self._passive_report(tok, found, mask) if found is not None else None

    def _passive_report(self, tok: Token, found: tuple[int, int, Token | None], mask: bytearray) -> Cue | None:
        """A passive report over tokens found[0]..found[1], for the agent found[2] unless it is quoted words."""
        source = found[2] if found[2] is not None and not mask[found[2].idx] else None
        span = self._content(tok, found[0], found[1], 1)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span]) if span is not None else None

    def _quoted_object(self, tok: Token, mask: bytearray) -> Cue | None:
        """'Khan thanked "the police for …"', 'Ali delivered "…"': the object is someone's words only when quoted."""
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if obj is None or not mask[obj.idx] or naming(tok, mask):
            return None
        hi = obj.right_edge.i
        for child in tok.rights:  # 'thanked "the police" for their response': the reason goes with the thanks
            if child.i > hi and child.dep_ == "prep" and child.lower_ == "for":
                hi = child.right_edge.i
        return self._finish(tok, obj.left_edge.i, hi, mask, obj)

    def _quoted_as(self, tok: Token, mask: bytearray) -> Cue | None:
        """'portrayed the strike as a “war on families”', 'referred to Rubio as “a bright leader”': what the source
        called something, in words the article quotes, is a report over the thing and the words."""
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if obj is None:
            to = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None or mask[obj.idx] or obj.i < tok.i or obj.tag_ in ("WDT", "WP"):
            return None  # "which Ross has referred to as “a stunt”": the relative clause reports the words alone
        as_ = next((c for c in (*tok.rights, *obj.rights) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i),
                   None)
        if as_ is None or naming(tok, mask):
            return None
        quoted = [t.i for t in as_.subtree if mask[t.idx]]
        if not quoted:
            return None
        doc = tok.doc
        hi = as_.right_edge.i
        close = quoted[-1] + 1 if quoted[-1] + 1 <= hi and doc[quoted[-1] + 1].is_quote else quoted[-1]
        if close < hi and doc[close + 1].dep_ == "prep":
            hi = close  # 'as “a bright leader” in the debate': where it was said is no part of it
        hi = quotation_before_when(doc, mask, obj.left_edge.i, hi)  # '… “a bright leader” Tuesday'
        return self._finish(tok, obj.left_edge.i, hi, mask, obj)

    def _likened(self, tok: Token, mask: bytearray) -> Cue | None:
        """'likened the plan to a “slow poison”': the object and what the source likened it to (likened.py)."""
        found = likened(tok, mask)
        return self._finish(tok, found[0], found[1], mask, found[2]) if found is not None else None

    def _valued(self, tok: Token, mask: bytearray) -> Cue | None:
        """'police put the crowd at 150,000': the object and the level, the subject's estimate (valued_at.py)."""
        found = valued_at(tok, mask)
        return self._finish(tok, found[0], found[1], mask, found[2]) if found is not None else None

    def _stance(self, tok: Token, mask: bytearray) -> Cue | None:
        """'Buchheit is adamant that X', 'analysts remain optimistic X': the clause of a stance, its holder the source."""
        found = stance_clause(tok)
        if found is None or mask[found[2].idx]:
            return None
        span = self._content(tok, found[0], found[1], 1)
        named = next((c for c in found[2].children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        source = named or cue_source(tok.head) or found[2]  # "One of the architects, lawyer Lee Buchheit, is …"
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span]) if span is not None else None

    def _reportedly(self, tok: Token) -> Cue | None:
        """'The fire reportedly started at 19:00': a report with no source named; the clause is what was reported."""
        head = tok.head
        if head.lemma_.lower() in self.speech_verbs:
            return None  # "X reportedly said Y": X's words, which the verb's own cue reports
        span = self._content(tok, head.left_edge.i, head.right_edge.i, 2)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), None, [span]) if span else None

    def _that_clause(self, tok: Token, mask: bytearray) -> Cue | None:
        """'The Post has learned that X', 'the judge ruled that X': a verb taking a that-clause reports it."""
        content = next((c for c in tok.rights if c.dep_ == "ccomp" and not bracket_between(tok, c) and
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if content is None:
            return None
        return self._finish(tok, content.left_edge.i, stray_conjuncts(tok, content.right_edge.i), mask, content)

    def _referred(self, tok: Token, mask: bytearray) -> Cue | None:
        """'“…,” she said, referring to the toll': what her words were about, with her as source."""
        found = referred_topic(tok)
        if found is None:
            return None
        source = cue_source(found[2])
        if source is None or mask[source.idx]:
            return None
        span = self._content(tok, found[0], found[1], 1)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span]) if span is not None else None

    def _noun_topic(self, tok: Token, mask: bytearray) -> Cue | None:
        """'his attacks on Machado', 'Trump's comments about women': what someone's words were about."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NOUN_TOPIC_PREPS), None)
        if owner is None or prep is None or owner.lower_ in _NOT_OWNERS or mask[owner.idx] or \
                not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            return None
        lo, hi = paragraph_clip(tok, prep.i + 1, prep.right_edge.i)
        lo, hi = trim(tok.doc, lo, hi)
        if hi < lo:
            return None
        doc = tok.doc
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), owner, [(doc[lo].idx, doc[hi].idx + len(doc[hi]))])

    def _noun_cue(self, tok: Token, mask: bytearray) -> Cue | None:
        """'his claim that X', 'the decision to Y': a speech noun's clause is reported content, the owner its source."""
        # not "the report to be released", "gave them the confidence to buy"
        opens = ("that",) if tok.lemma_.lower() in _HEARSAY | _STANCE_NOUNS else ("that", "to")
        content = next((c for c in tok.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and
                        any(m.dep_ in ("mark", "aux") and m.lower_ in opens and m.i < c.i
                            for m in c.children)), None)
        if content is None and tok.lemma_.lower() == "allegation":
            content = _bare_clause(tok)  # "an allegation he assaulted her": no "that", the clause's own subject
        if content is None:
            return None
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None and any(m.lower_ == "that" for m in content.children if m.dep_ == "mark"):
            # "an EU complaint that X": the name before the noun owns the claim, not the verb's subject (not "the
            # Acme proposal to merge": a plan, no words reported)
            source = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and
                           c.ent_type_ in ("GPE", "ORG", "PERSON")), None)
        if source is None:
            by = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < content.i), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        lemma, verb = tok.lemma_.lower(), tok.head.lemma_.lower()
        if source is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ == "VERB" and \
                (lemma not in _HEARSAY or verb in self.speech_verbs) and \
                (lemma not in _STANCE_NOUNS | self.topic_nouns or verb in _HOLDING_VERBS):
            # "Trump repeated the claim that X"; not "The arrest followed an allegation"; a stance only as its
            # holder's ("voiced concern that X"), not "a survey bolstered the view that X", "the rally fed optimism"
            source = cue_source(tok.head)
        elif source is not None and source.pos_ == "PRON" and tok.dep_ == "dobj" and verb in _HOLDING_VERBS:
            source = cue_source(tok.head) or source  # "the ministers aired their fears that X": the subject's
        if source is not None and (mask[source.idx] or source.lower_ in _NOT_OWNERS):
            return None
        if source is None and (tok.lemma_.lower() not in _HEARSAY or any(c.lower_ == "no" for c in tok.lefts)):
            return None  # "the decision to Y" with nobody's: no report; "allegations that X" with nobody's: hearsay
        span = self._content(tok, content.left_edge.i, content.right_edge.i, 1)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span]) if span else None

    def _seeming(self, tok: Token, mask: bytearray) -> Cue | None:
        """'Trump seems to understand X', 'it appears that X': an impression with no source; the whole clause is it."""
        kids = {c.dep_: c for c in tok.children}
        if tok.tag_ == "VBG" and kids.get("aux") is not None and kids["aux"].lemma_ == "be":
            return None  # "is appearing as a judge on the show": a part played, no impression ('is seeming' is none)
        state = kids.get("acomp") or kids.get("oprd")
        clause = next((c for c in state.children if c.dep_ == "ccomp"), None) if state is not None else None
        if clause is not None and kids.get("nsubj") is not None:  # "Rubio seemed hopeful that X": Rubio's hope
            return self._finish(tok, clause.left_edge.i, clause.right_edge.i, mask, clause)
        if "ccomp" in kids and kids.get("nsubj") is not None and kids["nsubj"].lower_ == "it":
            lo, hi = kids["ccomp"].left_edge.i, kids["ccomp"].right_edge.i
        elif any(d in kids for d in ("xcomp", "acomp", "attr", "oprd")) or \
                any(c.dep_ == "prep" and c.lower_ in ("like", "as") for c in tok.rights):
            subject = kids.get("nsubj") or kids.get("nsubjpass") or kids.get("csubj")
            if subject is None and tok.dep_ == "relcl":
                subject = tok.head  # "…, which seems to be a polarizing question": the clause about it
                lo = next((c.i for c in tok.children if c.lower_ in ("which", "who", "that")), tok.i)
            elif subject is None or subject.lower_ in ("it", "what"):
                return None
            else:
                lo = subject.left_edge.i
            hi = tok.right_edge.i
        else:
            return None
        span = self._content(tok, lo, hi, 2)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), None, [span]) if span else None

    def _content(self, tok: Token, lo: int, hi: int, shortest: int) -> tuple[int, int] | None:
        """The reported content between token indices lo and hi, clipped to the cue's paragraph, without
        trailing asides and edge punctuation; None when fewer than `shortest` tokens apart remain."""
        hi = through_brackets(tok, whole_word(tok.doc, hi))
        lo, hi = paragraph_clip(tok, after_dateline(tok.doc, lo, tok.i), hi)
        hi = compared_figures(tok, lo, past_dashed_aside(tok, lo, cut_tail(tok.doc, tok, lo, hi, self.tail_cues)))
        hi = firm_after_preposition(tok, lo, hi)
        lo, hi = trim(tok.doc, lo, hi)
        if hi - lo < shortest:
            return None
        return tok.doc[lo].idx, tok.doc[hi].idx + len(tok.doc[hi])

    def _finish(self, tok: Token, lo: int, hi: int, mask: bytearray, content: Token) -> Cue | None:
        if lo == tok.i + 1 and tok.lemma_.lower() in _HEARER_VERBS:
            lo = past_outlet(tok.doc, lo, hi)  # "told Reuters Chile had paid …": the agency was told
        span = self._content(tok, lo, hi, 1)
        if span is None:
            return None
        source = cue_source(tok)
        if source is not None and mask[source.idx]:
            source = None
        if source is None and not mask[content.idx] and not (
                content.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in tok.children)) and not put_to_them(tok):
            return None  # unsourced reported speech is mostly noise (imperatives); "it was announced that X" is kept
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span])


# the words by which a token that is no verb opens a cue whatever its lemma
_NON_VERB_OPENERS = frozenset(cues()["non_verb_openers"])

# Reports that need no source to be reports (the rulings: "allegations that …" with speaker null)
_HEARSAY = frozenset(cues()["hearsay_nouns"])
_STANCE_NOUNS = frozenset(cues()["stance_nouns"])
_HOLDING_VERBS = frozenset(cues()["holding_verbs"])


def withheld_answer(tok: Token) -> bool:
    """'declined to say when X', 'refused to say whether X': what was held back is the answer to a question; a
    thing held back ('declined to specify the terms', 'to speculate on X') is a report as PolNeAR counts it."""
    return any(c.dep_ in ("ccomp", "dobj") and c.i > tok.i and c.left_edge.lower_ in QUESTION_WORDS
               for c in tok.children)


def _date_set(tok: Token, prep: Token) -> bool:
    """'called elections for October', 'called a referendum … for June 5': an object, then 'for' a date."""
    return any(c.dep_ == "dobj" and c.i < prep.i for c in tok.children) and \
        any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in prep.children)


def _bare_clause(noun: Token) -> Token | None:
    """The finite clause with its own subject that opens right after the noun ("an allegation he assaulted")."""
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.i == noun.i + 1), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "who", "that")
                                 for c in clause.children):
        return None
    return clause if clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children) else None


_NOUN_TOPIC_PREPS = {"about", "on", "of", "over", "against", "for"}
_NOT_OWNERS = {"its", "it", "that", "this", "there"}
_HEARER_VERBS = frozenset(cues()["hearer_verbs"])
# "accused X of Y", "described X as Y", "blamed X for Y"; not "rejected X in a ruling on Thursday".
_STANCE_PREPS = {"of", "as", "for", "about", "over", "against"}
_NOT_CONTENT = {"punct", "cc", "conj", "parataxis", "advcl", "dep", "npadvmod", "mark"}


def _parenthetical(tok: Token, mask: bytearray, cues: frozenset[str], sourceless: bool = False) -> Cue | None:
    """"The test, North Korea said, was its biggest yet": the sentence around the cue clause is the content,
    without the writer's asides after it (", although it may take days to tell"). `sourceless`: a report with no
    source is one too ("As reported, X"), whoever the sentence's subject."""
    source = None if sourceless else cue_source(tok)
    if source is None and not sourceless or source is not None and mask[source.idx]:
        return None
    doc = tok.doc
    head = tok.head
    lo, hi = paragraph_clip(tok, head.left_edge.i, head.right_edge.i)
    hi = cut_tail(doc, tok, tok.right_edge.i, trim(doc, lo, hi)[1], cues)
    opening = leading_clause(tok)
    cue_lo = opening.right_edge.i + 1 if opening is not None else tok.left_edge.i
    pieces = [(s, e) for s, e in pieces_around(doc, lo, hi, cue_lo, tok.right_edge.i)
              if not _connective(doc, s, e)]
    if pieces and scene_before_quotation(doc, lo, cue_lo, tok):
        pieces = [(s, e) for s, e in pieces if s > tok.idx]  # 'In an interview, she said, "…"': the quotation alone
    rest = continuation(tok, head)
    if rest is not None and pieces:  # "… was not airworthy, investigators have said, and should not have taken off"
        pieces.append((doc[rest[0]].idx, doc[rest[1]].idx + len(doc[rest[1]])))
    if not pieces:
        return None
    return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, pieces)


def _connective(doc: Doc, start: int, end: int) -> bool:
    """'However, she added, “…”': a linking word before the cue clause ties the quote to the text, it says nothing
    ("Instead, she said, …" and "Too often, he said, …" do say something, and stay)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return len(words) == 1 and words[0].lower_ in _CONNECTIVES


_CONNECTIVES = {"however", "but", "and", "still", "meanwhile", "moreover", "furthermore", "nevertheless",
                "nonetheless", "yet", "also", "besides"}
