"""newsreader_quotes: direct, indirect and mixed quotes with their canonical speakers.

Direct quotes come from pairing quotation marks on the raw text (marks); the
parse supplies the cues: an attribution verb from data/cues.json whose complement
clause (or object, for stance verbs) is the reported content, or "according to X".
Content that is all inside quote marks gives its cue and speaker to the direct quote;
content partly inside is a mixed quote; content with none is an indirect quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...sources import as_source
from ..guard import contained
from ..paragraphs import dateline_end
from ..types import Quote
from .attach import Cue, attach_direct, interview_labels, interviewer_questions, naming
from .bounds import continuation, cut_tail, stray_conjuncts
from .index import forget, root, sent_bounds, text_of
from .lemmas import LemmaRepair
from .marks import find_quotes
from .speakers import GROUP, SpeakerResolver, cues, resolve_group_pronouns, with_roles
from .unattributed import speakers_from_paragraph


@Language.factory("newsreader_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent:
    def __init__(self) -> None:
        table = cues()
        self.verbs = frozenset(table["verbs"])
        self.object_verbs = frozenset(table["object_verbs"])
        self.infinitive_verbs = frozenset(table.get("infinitive_verbs", ()))
        self.stance_object_verbs = frozenset(table.get("stance_object_verbs", ()))
        self.seeming = frozenset(table.get("seeming_verbs", ()))
        self.passive_seeming = frozenset(table.get("passive_seeming_verbs", ()))
        self.nouns = frozenset(table.get("nouns", ()))
        self.topic_nouns = frozenset(table.get("topic_nouns", ()))
        self.not_cues = frozenset(table.get("not_that_clause_verbs", ()))
        self.quoted_object_verbs = frozenset(table.get("quoted_object_verbs", ()))
        self.speech_verbs = frozenset(table["speech_verbs"]) | self.verbs
        self.titles = frozenset(table["titles"])
        self.female_titles = frozenset(table["female_titles"])
        self.not_names = frozenset(table.get("not_interview_labels", ()))
        self.repair_lemmas = LemmaRepair(self.speech_verbs | self.object_verbs | self.infinitive_verbs |
                                         self.stance_object_verbs | self.quoted_object_verbs | self.seeming)

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.repair_lemmas(doc)
            doc._.quotes = with_roles(doc, self.extract(doc))
        except Exception:  # noqa: BLE001 - a quote finder must never take the article down with it
            contained("the quote finder")
            doc._.quotes = []
        forget(doc)
        return doc

    def extract(self, doc: Doc) -> list[Quote]:
        text = text_of(doc)
        groups = find_quotes(text)
        mask = bytearray(len(text) + 1)
        for group in groups:
            for s, e in group:
                mask[s:e] = b"\x01" * (e - s)
        resolver = SpeakerResolver(doc, self.titles, self.female_titles)
        found = [c for c in (self._cue(tok, mask) for tok in doc if not mask[tok.idx]) if c is not None]
        quotes: list[Quote] = []
        direct_cues: dict[int, Cue] = {}  # group index -> cue of an enclosing content
        found = [c for c in found if _clip_at_closed_quotation(text, c)]
        for cue in found:
            inside, total = _coverage(text, mask, cue.spans)
            if total == 0:
                continue
            if inside >= 0.97 * total:
                for k, group in enumerate(groups):
                    if k not in direct_cues and _overlaps(group, cue.spans):
                        direct_cues[k] = cue
                continue
            kind = "mixed" if inside else "indirect"
            if not inside and _ANONYMITY.match(text, cue.spans[0][0]):
                continue  # "declined to be identified": a wish for anonymity, no words reported
            if inside:  # the quoted words inside keep the content's source, and their closing mark
                cue.spans = _cover(cue.spans, [g for g in groups if _overlaps(g, cue.spans)])
                for k, group in enumerate(groups):
                    if k not in direct_cues and _within(group, cue.spans):
                        direct_cues[k] = cue
            quotes.append(self._make(text, cue.spans, kind, cue, resolver))
        for spans, cue in attach_direct(doc, groups, direct_cues, mask, self.speech_verbs, _subject):
            if cue is None:
                cue = _dash_byline(doc, text, spans[-1][1])
            host = _host_clause(doc, spans, cue, mask) if cue is not None and not cue.spans else None
            if host is not None and host[0] < spans[-1][1]:
                cut = _closed_quotation_after(text, max(cue.end, spans[-1][1] - 4), host[1])
                host = (host[0], cut) if cut is not None else host
            if host is not None:
                host = _cover([host], [spans])[0]
                quotes.append(self._make(text, [host], "mixed", cue, resolver))
            quotes.append(self._make(text, spans, "direct", cue, resolver))
        quotes.sort(key=lambda q: (q.start, q.end))
        seeming = {c.start for c in found if c.source is None and
                   (c.token.lemma_.lower() in self.seeming | self.passive_seeming or c.token.lower_ == "reportedly")}
        quotes = [q for q in quotes if q.cue_start not in seeming or  # a sourced report says more than an impression
                  not any(o is not q and o.start < q.end and q.start < o.end for o in quotes)]
        quotes = _merge_next_quotation(text, quotes)
        quotes = _drop_nested(_drop_scare_quotes(text, _echoed_headings(text, quotes)))
        quotes = self._interview(doc, text, quotes, resolver)
        # before the pronouns and runs that copy a speaker on: "Traders said … Kuwait, they said, …" gives traders
        quotes = _unnamed_in_lower_case(doc, _short_names_in_full(doc, _misspelt_surnames(doc, quotes)))
        quotes = resolve_group_pronouns(resolver, quotes, lambda q, name: replace(q, speaker=name))
        quotes = _keep_run_speakers(text, mask, _continue_speakers(text, quotes), resolver.full_female)
        quotes = speakers_from_paragraph(doc, resolver, mask, quotes)
        quotes = _with_co_sources(quotes, {c.start: c for c in found}, resolver)
        return [replace(q, speaker_role=resolver.lead_roles[q.speaker],
                        affiliation=resolver.lead_affiliations.get(q.speaker))
                if q.speaker in resolver.lead_roles else q for q in quotes]

    def _cue(self, tok: Token, mask: bytearray) -> Cue | None:
        if tok.lower_ == "according":
            return _according(tok)
        if tok.lower_ == "reportedly" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
            return self._reportedly(tok)
        if tok.pos_ == "NOUN":
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.speech_verbs and \
                    _subjectless_clause(tok.head, tok) is not None:
                return None  # "Roach said fears that X were unfounded": what he said is about the fears
            if tok.lemma_.lower() in self.topic_nouns:
                return self._noun_topic(tok, mask)
            return self._noun_cue(tok, mask) if tok.lemma_.lower() in self.nouns else None
        lemma = tok.lemma_.lower()
        if lemma in self.seeming and tok.pos_ in ("VERB", "AUX") or lemma in self.passive_seeming and \
                any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children):
            return self._seeming(tok, mask)  # "X is expected to win": nobody named holds the expectation
        if tok.pos_ == "VERB" and lemma in self.quoted_object_verbs:
            return self._quoted_object(tok, mask)
        if tok.pos_ == "VERB" and lemma not in self.verbs and lemma not in self.infinitive_verbs and \
                lemma not in self.speech_verbs and lemma not in self.not_cues:
            return self._that_clause(tok, mask)
        if tok.pos_ != "VERB" or naming(tok, mask):
            return None
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and _casts_itself(tok.head):
            return None  # "… to position itself as X, opposing Y": the writer's reading goes on
        clauses = [c for c in tok.children
                   if c.dep_ == "ccomp" and not _bracket_between(tok, c) and not _clause_apart(tok, c)]
        if clauses and lemma not in _HEARER_VERBS and lemma != "ask" and \
                any(c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this") for c in tok.children) and \
                not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children):
            # "if new quotas are not agreed he believed X": what was agreed is the subject, not a clause
            # ("was asked how X", and "He's said X", where the parse reads "has" as "is", still report)
            clauses = []
        # "While one arbitrager acknowledged X, he said Y": of a clause before and one right after, the latter
        content = next((c for c in clauses if c.left_edge.i == tok.i + 1), clauses[0]) if clauses else None
        if content is None and lemma in self.speech_verbs:
            content = _that_clause_after_aside(tok) or _gerund_subject_clause(tok) or _clause_after_adverb(tok)
        if content is not None and lemma in _HEARER_VERBS and \
                not any(t.pos_ in ("VERB", "AUX") for t in content.subtree):
            content = None  # 'told radio host Ana Ruiz “…”': the one told is never what was said
        if content is not None and lemma in _HEARER_VERBS and content.left_edge.i == tok.i + 1:
            lo = _past_hearer(tok.doc, tok.i + 1)
            if lo is not None:
                return self._finish(tok, lo, stray_conjuncts(tok, content.right_edge.i), mask, content)
        if content is None and not any(c.dep_ in ("dobj", "xcomp") for c in tok.children):
            topic = _topic(tok)  # "complained about X", "spoke of X", "warned against X"
            if topic is not None:
                return self._finish(tok, topic.i + 1, topic.right_edge.i, mask, topic)
        if lemma not in self.verbs and lemma not in self.infinitive_verbs:
            return None
        if content is None and lemma in self.infinitive_verbs:
            for child in tok.children:
                if child.dep_ == "xcomp" and child.i > tok.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    content = child
                    break
            else:
                for child in tok.rights:  # "called for X", "called on X to Y"
                    if lemma == "call" and child.dep_ == "prep" and child.lower_ in ("for", "on"):
                        content = child
                        break
            if content is not None and _casts_itself(content):
                return None  # "is seeking to position itself as a champion": the writer's reading of a strategy
            if content is not None and content.dep_ == "prep":
                lo, hi = content.i + 1, content.right_edge.i
                if lo > hi:
                    return None
                return self._finish(tok, lo, hi, mask, content)
        if content is None and lemma not in self.verbs:
            return None
        if content is None and lemma in self.object_verbs:
            for child in tok.children:
                if child.dep_ == "dobj" and child.pos_ != "PRON":
                    content = child
                    break
            else:  # "called Trump a “liar”", "calling them “boring”": the parse hangs the name on oprd
                named = [c for c in tok.rights if c.dep_ in ("dobj", "oprd")]
                if any(c.dep_ == "oprd" for c in named):
                    content = named[0]
        if content is None and tok.dep_ == "parataxis" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") and \
                tok.lemma_.lower() in self.speech_verbs:
            return _parenthetical(tok, mask)
        if content is None:
            return None
        if content.dep_ in ("dobj", "oprd") and lemma in self.stance_object_verbs and \
                not any(mask[t.idx] for t in content.subtree):
            return None  # "supported the bill", "declared a national emergency": a stance, no words reported
        if content.dep_ == "dobj" and _joint_source(tok) and not mask[content.idx] and \
                not any(mask[t.idx] for t in content.subtree):
            return None  # "X and Y hailed the close relationship": a joint act summed up, nobody's words
        lo, hi = content.left_edge.i, content.right_edge.i
        if tok.dep_ == "relcl" and content.dep_ == "ccomp" and lo < tok.i < content.i:
            lo = tok.i + 1  # "fires, which state media said were under control": the relative pronoun is no word of it
        if content.dep_ == "advcl":  # "said before that X": the clause starts at its "that"
            lo = next((m.i for m in content.children if m.dep_ == "mark" and m.lower_ == "that"), lo)
        if content.dep_ == "ccomp":
            obj = next((c for c in tok.children if c.dep_ == "dobj" and _subjectless_clause(tok, c) == content), None)
            if obj is not None:  # the parser made the clause's subject the verb's object
                lo = obj.left_edge.i
        if content.dep_ in ("dobj", "oprd"):  # "criticized X for Y", "called X a liar", "described X as Y"
            for child in tok.rights:
                if child.i > hi and child.dep_ not in _NOT_CONTENT and \
                        (child.dep_ != "prep" or child.lower_ in _STANCE_PREPS) or \
                        child.dep_ == "advcl" and child.left_edge.i == hi + 1 and child.left_edge.lower_ == "for":
                    hi = max(hi, child.right_edge.i)  # "his wish for the two powers to work together"
            if lemma in _CLAUSE_VERBS and content.dep_ == "dobj" and content.pos_ == "NOUN":
                hi = _misparsed_clause(tok, hi)
        else:
            hi = stray_conjuncts(tok, hi)
        cue = self._finish(tok, lo, hi, mask, content)
        rest = continuation(tok, content) if cue is not None else None
        if rest is not None:  # "The increase is necessary, he said, to attract investment": one report around its cue
            cue.spans.append((tok.doc[rest[0]].idx, tok.doc[rest[1]].idx + len(tok.doc[rest[1]])))
        return cue

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

    def _reportedly(self, tok: Token) -> Cue | None:
        """'The fire reportedly started at 19:00': a report with no source named; the clause is what was reported."""
        head = tok.head
        if head.lemma_.lower() in self.speech_verbs:
            return None  # "X reportedly said Y": X's words, which the verb's own cue reports
        span = self._content(tok, head.left_edge.i, head.right_edge.i, 2)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), None, [span]) if span else None

    def _that_clause(self, tok: Token, mask: bytearray) -> Cue | None:
        """'The Post has learned that X', 'the judge ruled that X': a verb taking a that-clause reports it."""
        content = next((c for c in tok.rights if c.dep_ == "ccomp" and not _bracket_between(tok, c) and
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if content is None:
            return None
        return self._finish(tok, content.left_edge.i, stray_conjuncts(tok, content.right_edge.i), mask, content)

    def _noun_topic(self, tok: Token, mask: bytearray) -> Cue | None:
        """'his attacks on Machado', 'Trump's comments about women': what someone's words were about."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NOUN_TOPIC_PREPS), None)
        if owner is None or prep is None or owner.lower_ in _NOT_OWNERS or mask[owner.idx] or \
                not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            return None
        lo, hi = _paragraph_clip(tok, prep.i + 1, prep.right_edge.i)
        lo, hi = _trim(tok.doc, lo, hi)
        if hi < lo:
            return None
        doc = tok.doc
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), owner, [(doc[lo].idx, doc[hi].idx + len(doc[hi]))])

    def _noun_cue(self, tok: Token, mask: bytearray) -> Cue | None:
        """'his claim that X', 'the decision to Y': a speech noun's clause is reported content, the owner its source."""
        content = next((c for c in tok.rights if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and
                        any(m.dep_ in ("mark", "aux") and m.lower_ in ("that", "to") and m.i < c.i
                            for m in c.children)), None)
        if content is None:
            return None
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < content.i), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if source is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ == "VERB":
            source = _subject(tok.head)  # "Trump repeated the claim that X"
        if source is None or mask[source.idx] or source.lower_ in _NOT_OWNERS:
            return None
        span = self._content(tok, content.left_edge.i, content.right_edge.i, 1)
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span]) if span else None

    def _seeming(self, tok: Token, mask: bytearray) -> Cue | None:
        """'Trump seems to understand X', 'it appears that X': an impression with no source; the whole clause is it."""
        kids = {c.dep_: c for c in tok.children}
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
        lo, hi = _paragraph_clip(tok, lo, hi)
        hi = cut_tail(tok.doc, tok, lo, hi, self.speech_verbs - self.infinitive_verbs)
        lo, hi = _trim(tok.doc, lo, hi)
        if hi - lo < shortest:
            return None
        return tok.doc[lo].idx, tok.doc[hi].idx + len(tok.doc[hi])

    def _finish(self, tok: Token, lo: int, hi: int, mask: bytearray, content: Token) -> Cue | None:
        span = self._content(tok, lo, hi, 1)
        if span is None:
            return None
        source = _subject(tok)
        if source is not None and mask[source.idx]:
            source = None
        if source is None and not mask[content.idx] and not (
                content.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in tok.children)):
            return None  # unsourced reported speech is mostly noise (imperatives); "it was announced that X" is kept
        return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), source, [span])

    def _interview(self, doc: Doc, text: str, quotes: list[Quote], resolver: SpeakerResolver) -> list[Quote]:
        """A labelled answer is the labelled speaker's own words; what the parse found inside it goes."""
        answers = []
        for c_start, c_end, n_start, n_end, b_start, b_end in interview_labels(text, self.not_names):
            name = doc.char_span(n_start, n_end, alignment_mode="expand")
            label = doc.char_span(c_start, c_end, alignment_mode="expand")
            if name is None or label is None:
                continue
            source = next((t for t in reversed(name) if t.pos_ == "PROPN"), name[-1])
            cue = Cue(label[0], text[c_start:c_end], c_start, c_end, source, [])
            answer = self._make(text, [(b_start, b_end)], "direct", cue, resolver)
            label_name = text[n_start:n_end]  # the label names the speaker whatever the parse made of it
            known = resolver.by_word.get(label_name.title()) or _full_name(text, label_name) \
                if label_name.isupper() else resolver.by_word.get(label_name)  # "RUIZ:" for the Ana Ruiz introduced
            answers.append(replace(answer, speaker=known or label_name,
                                   speaker_start=n_start, speaker_end=n_end))
        asked = interviewer_questions(text, self.not_names)
        if asked:  # a question is no one's quote; only a named source's words it cites are ("… with "What is X?"")
            named = set(resolver.full)
            quotes = [q for q in quotes if q.speaker in named or not any(s <= q.start < e for s, e in asked)]
        if not answers:
            return quotes
        kept = [q for q in quotes if not any(q.start < a.end and a.start < q.end for a in answers)]
        return sorted(kept + answers, key=lambda q: (q.start, q.end))

    def _make(self, text: str, spans, kind: str, cue: Cue | None, resolver: SpeakerResolver) -> Quote:
        spans = tuple(sorted((int(s), int(e)) for s, e in spans))
        start, end = spans[0][0], spans[-1][1]
        if kind == "indirect" and len(spans) > 1:
            spans = ((start, end),)  # reported content is one clause, cue and all; only quoted words come in pieces
        speaker = s_start = s_end = None
        if cue is not None and cue.source is not None:
            speaker, s_start, s_end = resolver.resolve(cue.source)
            while s_start < s_end and (text[s_start] in _DASHES or text[s_start].isspace()):
                s_start += 1  # a dash the parser hung on a name that signs a quote
            if speaker:
                speaker = speaker.lstrip(_DASHES + " ") or speaker
            if speaker and ("((" in speaker or "))" in speaker):  # Wikinews' "((es))Spanish language:" mark
                speaker = s_start = s_end = None
        return Quote(start, end, text[start:end], spans, kind, speaker, s_start, s_end,
                     cue.text if cue else None, cue.start if cue else None, cue.end if cue else None)


_NOUN_TOPIC_PREPS = {"about", "on", "of", "over", "against", "for"}
_NOT_OWNERS = {"its", "it", "that", "this", "there"}
_HEARER_VERBS = {"tell", "inform", "assure", "reassure", "warn", "remind", "notify", "advise"}


def _past_hearer(doc: Doc, i: int) -> int | None:
    """'told NPR Hamza bin Laden had appeared …': the parse runs the one told into the clause's subject;
    a name that ends where another begins is the hearer, and the content starts after it."""
    first = doc[i]
    if first.is_upper and len(first) > 1 and first.is_alpha and i + 1 < len(doc) and doc[i + 1].is_title and \
            doc[i + 1].pos_ == "PROPN":
        return i + 1  # "told NPR Hamza …", "told CNN Ana Ruiz …": an acronym run into a name (the model joins them)
    if not first.ent_iob_ == "B" or first.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP"):
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in ("PERSON", "ORG", "GPE"):
        return end
    return None
# "accused X of Y", "described X as Y", "blamed X for Y"; not "rejected X in a ruling on Thursday".
_STANCE_PREPS = {"of", "as", "for", "about", "over", "against"}
_NOT_CONTENT = {"punct", "cc", "conj", "parataxis", "advcl", "dep", "npadvmod", "mark"}


# Verbs whose object is almost always a clause: an object noun followed straight by a verb is the clause's subject.
_CLAUSE_VERBS = {"say", "predict", "state", "note", "warn", "confirm", "reveal", "admit", "acknowledge",
                 "suggest", "concede", "allege", "explain", "announce", "declare", "deny", "forecast", "estimate"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _misparsed_clause(tok: Token, hi: int) -> int:
    """'predicted losses for 1987 will reach X': the small model hangs the clause's subject on the verb as its
    object and the rest elsewhere; the content goes on. (An adverbial clause after the object stays out: in
    "said rains since January interrupted X" it is the clause, in "stopped permits until X was done" it is not.)"""
    doc = tok.doc
    nxt = hi + 1
    for child in tok.rights:  # "said stocks, at 90,000 tonnes, were about average": the object's own verb, set off
        if child.dep_ == "conj" and child.i > hi and child.pos_ in ("VERB", "AUX") and child.tag_ in _FINITE and \
                child.lemma_.lower() not in cues()["speech_verbs"] and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children) and \
                not any(t.dep_ == "cc" or t.pos_ in ("VERB", "AUX") for t in doc[nxt:child.i]):
            return max(hi, child.right_edge.i)
    if nxt >= len(doc) or doc[nxt].is_punct or doc[nxt].dep_ == "cc":
        return hi
    if tok.dep_ == "csubj" and tok.head.i > hi and tok.head.tag_ in _FINITE | {"VB"} and \
            any(t.tag_ in _FINITE for t in doc[nxt:tok.head.i + 1]):
        return max(hi, tok.head.right_edge.i)
    for child in tok.rights:
        if child.dep_ in ("ccomp", "dep") and child.left_edge.i == nxt and child.tag_ in _FINITE | {"VBN"} \
                and any(t.tag_ in _FINITE for t in doc[nxt:child.i + 1]):
            return max(hi, child.right_edge.i)
    return hi


_TOPIC_PREPS = {"about", "of", "against"}
_POINTING = {"point", "refer", "respond"}
_NOT_TOPIC = {"go", "put", "begin", "start", "continue", "read", "accuse"}  # "went against", "accused of"  # "pointed to X", "did not respond to requests for comment"


def _topic(tok: Token) -> Token | None:
    """The preposition that opens what a speech verb was about, when it has a noun to govern."""
    if tok.lemma_.lower() in _NOT_TOPIC:
        return None
    for child in tok.rights:
        if child.dep_ == "prep" and (child.lower_ in _TOPIC_PREPS or child.lower_ == "to" and
                                     tok.lemma_.lower() in _POINTING) and \
                any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return child
    return None


_REFLEXIVES = {"itself", "himself", "herself", "themselves", "ourselves"}


def _casts_itself(verb: Token) -> bool:
    """'to position itself as', 'to present himself as': how the writer reads a source's conduct."""
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _joint_source(tok: Token) -> bool:
    """Two people as one subject: a stance the writer sums up for both has no single source."""
    subject = _subject(tok)
    return subject is not None and subject.ent_type_ == "PERSON" and \
        any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in subject.children)


def _clause_apart(tok: Token, child: Token) -> bool:
    """'It is unlikely; her team says she will go on': a clause before a semicolon or colon is no cue's content,
    nor one opening with a conjunction or preposition and without a subject of its own ('While all agreed that time off was rare, Riddell emphasized …', 'In a
    press release issued the next day, the ministry denounced …'): the parse made a scene-setting phrase the clause."""
    doc = tok.doc
    if child.i > tok.i:
        return False
    return any(doc[k].text in (";", ":") for k in range(child.right_edge.i + 1, tok.i)) or \
        child.left_edge.pos_ == "SCONJ" and not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)


_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}


def _bracket_between(tok: Token, child: Token) -> bool:
    """'Both face questions (her campaign disclosed that …)': a cue inside brackets reports nothing outside them."""
    doc = tok.doc
    if child.i < tok.i:
        between = range(child.right_edge.i + 1, tok.i)
        opened, closing = "([", ")]"
    else:
        between = range(child.left_edge.i - 1, tok.i, -1)  # read back from the content towards the cue
        opened, closing = ")]", "(["
    depth = 0
    for k in between:  # "Lindsey Graham (R-S.C.) told": a bracket closed again before the cue is an aside
        if doc[k].text in opened:
            depth += 1
        elif doc[k].text in closing and depth:
            depth -= 1
    return depth > 0


_DASHES = "―—–-"


def _dash_byline(doc: Doc, text: str, end: int) -> Cue | None:
    """'“We will win.” ― Ana Ruiz': a name after a dash closing the quote's paragraph signs the quote."""
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    body = rest.lstrip()
    if not body or body[0] not in _DASHES:
        return None
    name = body[1:].strip().rstrip(".")
    words = name.split()
    if not 1 <= len(words) <= 6 or not words[0][0].isupper():
        return None
    dash_at = end + len(rest) - len(body)
    start = text.index(name, dash_at)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return None
    dash = doc.char_span(dash_at, dash_at + 1, alignment_mode="expand")
    if dash is None:
        return None
    k = next(t.i for t in span if t.pos_ == "PROPN")
    while k + 1 < span.end and doc[k + 1].pos_ == "PROPN":
        k += 1  # the surname ends the name: "Ana Ruiz, Denver" is signed by Ruiz
    return Cue(dash[0], text[dash_at], dash_at, dash_at + 1, doc[k], [])


def _subject(tok: Token) -> Token | None:
    """The source of a cue verb: its subject, the agent of a passive, or what a relative clause hangs on."""
    source = _any_subject(tok)
    if source is None:
        return None
    if source.pos_ == "NOUN" and source.dep_ == "nsubj" and source.head.pos_ in ("VERB", "AUX"):
        source = _name_set_off_before(source.head) or source
    if source.i < tok.i - 1 and _in_dateline(source) and tok.doc[tok.i - 1].pos_ == "PROPN" and \
            not _in_dateline(tok.doc[tok.i - 1]):
        source = tok.doc[tok.i - 1]  # "EDEN PRAIRIE, MINN., June 18 - Computer Depot Inc said": not the place
    if source.lower_ in _DEMONSTRATIVES and source.pos_ in ("PRON", "DET") and not list(source.children) and \
            source.head.i == tok.i and source.i == tok.left_edge.i and tok.dep_ != "relcl":
        return None  # "That implies …": the writer's inference, nobody's words
    prev = next((t for t in reversed(source.doc[max(0, source.i - 3):source.i]) if not t.is_punct), None)
    if source.ent_type_ in ("DATE", "TIME") or source.lower_ in _TIME_WORDS or \
            source.pos_ == "NUM" and prev is not None and prev.lower_.rstrip(".")[:3] in _MONTHS:
        return None  # "Feb 27 put an end to …", "1986 saw …": a date is no source
    if source.pos_ == "NUM" or source.lower_ in _PARTITIVES and source.pos_ == "NOUN":  # "Four of the institutes warned"
        for child in source.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return source


def _quote_mark_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a, b), key=lambda t: t.i)
    return any(t.is_quote for t in a.doc[lo.i + 1:hi.i])


# a quotation closed by a full stop, then a new sentence: '… the victims[.]" She went on to say, …'
_CLOSED_QUOTATION = re.compile(r'((?:[.!?]|\[\.\])["”])\s+(?=[A-Z"“])')


def _clip_at_closed_quotation(text: str, cue: Cue) -> bool:
    """Reported content ends with the sentence, even where the parser runs two into one because the
    quotation closed it ('… would place "tremendous stigmatization on the victims[.]" She went on …').
    False when nothing of the content is left in the cue's sentence."""
    if not cue.spans:
        return True
    cut = _closed_quotation_after(text, cue.end, max(e for _, e in cue.spans))
    if cut is not None:
        cue.spans = [(s, min(e, cut)) for s, e in cue.spans if s < cut and re.search(r"\w\w", text[s:min(e, cut)])]
    return bool(cue.spans)


def _closed_quotation_after(text: str, lo: int, hi: int) -> int | None:
    m = _CLOSED_QUOTATION.search(text, lo, hi)
    return m.end(1) if m else None


_ANONYMITY = re.compile(r"(?:not )?to be (?:identified|named)\b", re.IGNORECASE)
_DEMONSTRATIVES = {"that", "this", "these", "those"}
_TIME_WORDS = {"today", "yesterday", "tomorrow", "tonight"}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def _any_subject(tok: Token) -> Token | None:
    t = _coordinated_cue(tok)
    before = tok.doc[tok.i - 1] if tok.i else None
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") and before is not None and \
            before.dep_ in ("dobj", "pobj") and (before.pos_ == "PROPN" or before.lower_ in ("him", "her", "them")) and \
            not any(c.dep_ == "nsubj" for c in tok.children):
        return before  # "footage of Ana Ruiz asking “…”", "showed him saying": the one named does the talking
    for _ in range(5):
        passive = None
        quoted = next((c for c in t.children if c.dep_ == "dobj"), None) if t.lemma_.lower() == "quote" else None
        if quoted is not None and t.i != tok.i and quoted.pos_ in ("PROPN", "NOUN", "PRON"):
            return quoted  # "The Times quoted Senator Don Nickles as saying": his words, the paper reports them
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # '… and all that," Day said': a word of the quote hung on the verb too
            outside = [c for c in subjects if not _quote_mark_between(c, t)]
            subjects = outside or subjects
            if any(c.text == "-" for c in subjects) and subjects[-1].i - subjects[0].i == len(subjects) - 1:
                subjects = subjects[-1:]  # "Another co-author, professor Julian Marshall, said": one hyphenated word
        if subjects:
            return subjects[0]
        quoted = next((c for c in t.children if c.dep_ == "nsubjpass"), None) if t.lemma_.lower() == "quote" else None
        if quoted is not None and t.i != tok.i:
            return quoted  # "X was quoted by the daily al-Qabas as saying": X's words, the daily reports them
        for c in t.children:
            if c.dep_ == "nsubjpass":
                passive = c
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        if passive is not None:
            return None  # "it was reported that": no source named
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if t.dep_ == "xcomp" and t.head.i != t.i:  # "prompted analysts to suggest": the analysts suggest
            obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None and t.head.lemma_.lower() != "use" and (obj.ent_type_ == "PERSON" or obj.tag_ == "NNS"):
                return obj  # people, not the means: not "used his platform to describe"
        if t.dep_ == "conj" and t.tag_ in _FINITE and t.head.tag_ == "VBG" and \
                t.head.dep_ in ("ccomp", "advcl", "xcomp") and t.head.head.i != t.head.i:
            # "The team analyzed the data using its software and confirmed …": a finite verb is no conjunct of a
            # participle, whatever the parse says, so the participle's 'subject' ("data") is not its source
            t = t.head.head
            continue
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head  # "He continued by noting that …"
            continue
        break
    return _name_set_off_before(tok)


def _in_dateline(tok: Token) -> bool:
    text = text_of(tok.doc)
    end = dateline_end(text)
    return end is not None and text.rfind("\n", 0, end) < tok.idx < end


def _name_set_off_before(tok: Token) -> Token | None:
    """'Speaking to AFP, the president of the League, Jamel Msallem, said, "…"': the parser hung the name on
    the opening phrase and left the verb without a subject; a person's name set off by commas right before
    a subjectless main verb is its subject."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].text != "," or doc[tok.i - 2].ent_type_ != "PERSON":
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ != "ROOT" or subject is not None and (subject.pos_ != "NOUN" or doc[tok.i - 2] not in subject.subtree):
        return None  # "The then-manager of X and Director of Y, David Clay, called": the name closes the subject
    start = tok.i - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[tok.i - 2] if start > 0 and doc[start - 1].text == "," else None


def _that_clause_after_aside(verb: Token) -> Token | None:
    """'said in an interview that X', 'said in a statement on Monday that X': the parser hangs the reported
    clause on the aside's noun; a that-clause right after the verb's prepositional phrase is what was said."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for clause in prep.subtree:
            if clause.dep_ in ("acl", "relcl") and clause.right_edge.i == prep.right_edge.i and \
                    any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children):
                return clause
    return None


def _gerund_subject_clause(verb: Token) -> Token | None:
    """'said legalizing it could put thousands to work': the parse hangs a clause whose subject is a gerund
    phrase on the gerund, as if it were the verb's complement; the gerund and its clause are what was said."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    gerund = doc[verb.i + 1]
    if gerund.tag_ != "VBG" or gerund.head.i != verb.i or gerund.dep_ not in ("xcomp", "advcl", "ccomp") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in gerund.children):
        return None
    clause = next((c for c in gerund.rights if c.dep_ == "ccomp" and
                   (c.tag_ in ("VBZ", "VBD", "VBP") or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children))),
                  None)
    return gerund if clause is not None else None


def _clause_after_adverb(verb: Token) -> Token | None:
    """'said earlier that X', 'has said before that X': the parse hangs the reported clause on the adverb."""
    for child in verb.rights:
        if child.left_edge.i > verb.i + 2:
            break
        if child.dep_ == "advmod":
            clause = next((c for c in child.children if c.dep_ == "ccomp" and c.i > child.i), None)
            if clause is not None:
                return clause
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            return child
    return None


def _subjectless_clause(verb: Token, obj: Token) -> Token | None:
    """'said fears that X were unfounded', parsed as said -> fears (object) and said -> were (clause): the
    reported clause after the object, when it has no subject of its own."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > obj.i), None)
    if clause is None or obj.left_edge.i != verb.i + 1:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    return clause


def _coordinated_cue(tok: Token) -> Token:
    """'the website noted the signal received from Jakarta but declared …', 'the Navy, who told it this
    was unconfirmed and noted …': a second speech verb without a subject that the parser hung on the
    reported clause of the first goes with the first verb, and shares its source."""
    head = tok.head
    # "… told Reuters the decision was made by the Exchange, adding …": the adding is the teller's too
    if (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG") and head.i < tok.i and \
            head.dep_ == "ccomp" and head.head.i < head.i and \
            head.head.pos_ == "VERB" and head.head.lemma_.lower() in cues()["speech_verbs"] and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return head.head
    return tok


def _according(tok: Token) -> Cue | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if to is None and nxt is not None and nxt.lower_ == "to":
        to = nxt
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    doc = tok.doc
    head = tok.head
    while head.dep_ in ("advcl", "acl", "csubj") and head.tag_ in ("VBG", "VBN") and head.head.i != head.i:
        head = head.head  # "Rescuers, working in the cold, according to X, pulled …": X reports the whole clause
    if head.pos_ in ("VERB", "AUX"):
        lo, hi = head.left_edge.i, head.right_edge.i
        if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i < tok.i and \
                sent_bounds(doc, head.head.i) == sent_bounds(doc, head.i):
            lo = head.head.left_edge.i  # "17 died and 35 were rescued, according to X": X reports both
    else:
        lo, hi = sent_bounds(doc, head.i)
        hi -= 1
    cut_hi = max(tok.right_edge.i, to.right_edge.i)
    if to.right_edge.i + 1 < cut_hi and doc[to.right_edge.i + 1].text == ",":
        cut_hi = to.right_edge.i + 1  # "was, according to X, among the dead": what follows the comma is content
    pieces = [(s, e) for s, e in _around(doc, lo, hi, tok.left_edge.i, cut_hi)
              if s < tok.idx or not _PARTITIVE_RELATIVE.match(text_of(doc), s)]
    if not pieces:
        return None
    end = to.idx + len(to)
    return Cue(tok, text_of(doc)[tok.idx:end], tok.idx, end, source, pieces)


# "…, according to officials, some of whom were hospitalised": the writer's word about the source, not its report
_PARTITIVE_RELATIVE = re.compile(r"\w+ of (?:whom|which)\b", re.IGNORECASE)


def _around(doc: Doc, lo: int, hi: int, cut_lo: int, cut_hi: int) -> list[tuple[int, int]]:
    """Character spans of tokens lo..hi on either side of the cue clause cut_lo..cut_hi, trimmed."""
    pieces = []
    for s, e in ((lo, cut_lo - 1), (cut_hi + 1, hi)):
        if e >= s:
            s, e = _trim(doc, s, e)
            if e >= s and any(not doc[i].is_punct for i in range(s, e + 1)):
                pieces.append((doc[s].idx, doc[e].idx + len(doc[e])))
    return pieces


def _parenthetical(tok: Token, mask: bytearray) -> Cue | None:
    """"The test, North Korea said, was its biggest yet": the sentence around the cue clause is the content."""
    source = _subject(tok)
    if source is None or mask[source.idx]:
        return None
    doc = tok.doc
    head = tok.head
    lo, hi = _paragraph_clip(tok, head.left_edge.i, head.right_edge.i)
    pieces = [(s, e) for s, e in _around(doc, lo, hi, tok.left_edge.i, tok.right_edge.i)
              if not _connective(doc, s, e)]
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


def _host_clause(doc: Doc, spans, cue: Cue, mask: bytearray) -> tuple[int, int] | None:
    """The clause a quoted fragment sits in when it hangs under its cue by another path than ccomp.

    "… called Machado’s “sex tape.”": the reported content is the whole object, so it is a mixed quote.
    """
    if len(spans) != 1:
        return None
    span = doc.char_span(spans[0][0], spans[0][1], alignment_mode="expand")
    if span is None:
        return None
    t = root(doc, span.start, span.end)
    for _ in range(12):
        if t.head.i == cue.token.i:
            break
        if t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    if t.dep_ in ("nsubj", "nsubjpass", "punct", "aux", "neg", "advmod", "npadvmod"):
        return None
    lo, hi = _paragraph_clip(cue.token, t.left_edge.i, t.right_edge.i)
    lo, hi = _trim(doc, lo, hi)
    if hi < lo:
        return None
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    inside, total = _coverage(text_of(doc), mask, [(start, end)])
    if inside >= 0.85 * total or start > spans[0][0] or end < spans[0][1]:
        return None
    return start, end


def _words(text: str) -> int:
    return sum(any(c.isalnum() for c in w) for w in text.split())


def _drop_scare_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Keep quotations, not quoted terms: titles, nicknames and scare quotes are not quotes.

    Words quoted inside reported content are already shown by the mixed quote, as one part of
    the statement ("stressed that ties have “stood the test” and remain …"): listing them again
    splits one statement in two (PolNeAR never counts them twice either). Elsewhere a short
    quote needs a speech cue right beside it ("“We'll see,” he said").
    """
    mixed = [q for q in quotes if q.kind == "mixed"]
    out = []
    for q in quotes:
        if q.kind == "direct":
            words = _words(q.text)
            if any(m.start <= q.start and q.end <= m.end for m in mixed):
                continue
            if q.cue is None and q.speaker is None and _quoted_heading(text, q):
                continue
            elif words <= 6 and _embedded(text, q.start) and not (q.cue_start is not None and 0 <= q.start - q.cue_start <= 30) \
                    and not _called_as(text, q):
                continue  # a phrase quoted inside a sentence: a term, a title or a fragment of one
            elif words <= 3:
                near = q.cue_start is not None and (0 <= q.cue_start - q.end <= 25 or 0 <= q.start - q.cue_end <= 25)
                if not (near and q.speaker_start is not None):
                    continue
        out.append(q)
    return out


def _called_as(text: str, q: Quote) -> bool:
    """'Trump characterized the call with Zelensky as "perfectly fine and routine."': a verdict a named source
    gave, quoted a few words after its verb, ending the sentence."""
    if q.cue_start is None or q.speaker_start is None or not 0 <= q.start - q.cue_start <= 80:
        return False
    between = text[q.cue_end:q.start]
    return bool(re.search(r"\b(?:as|a|an)\s*$", between)) and not re.search(r"[.;!?]", between) and \
        q.text.rstrip("\"”’'").endswith((".", "!", "?"))


def _quoted_heading(text: str, q: Quote) -> bool:
    """A short line that is nothing but an unpunctuated quotation: a headline quoting the story."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    inner = q.text.strip("\"“”'‘’«» ")
    return line == q.text.strip() and _words(inner) <= 10 and not inner.endswith((".", "!", "?", ","))


def _echoed_headings(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quoted subheading that repeats words of a quote attributed below it belongs to that speaker.

    '“Always together then and now”' over '“We were always together then and we remain together
    now,” he said': the heading quotes the speaker, it is no headline of the writer's own.
    """
    out = []
    for n, q in enumerate(quotes):
        if q.kind == "direct" and q.cue is None and q.speaker is None and _quoted_heading(text, q):
            words = _word_set(q.text)
            source = next((o for o in quotes[n + 1:] if o.speaker is not None and o.kind != "indirect" and
                           len(words) >= 2 and len(words & _word_set(o.text)) >= 0.8 * len(words)), None)
            if source is not None:
                q = _inherit(q, source)
        out.append(q)
    return out


def _word_set(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower())}


def _embedded(text: str, start: int) -> bool:
    """The quote opens mid-sentence: not at a paragraph start, nor after a sentence end, colon or comma."""
    before = text[text.rfind("\n", 0, start) + 1:start].rstrip()
    while before and before[-1] in "\"“”'‘’":
        before = before[:-1].rstrip()
    return bool(before) and before[-1] not in ".?!:,;—–-"


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """One attribution per stretch of reported content: a quote inside another's reported content goes.

    "He said she thinks the plan will fail" reports one thing; the inner cue only colours it. A
    direct quote inside a mixed quote was already judged by _drop_scare_quotes.
    """
    relaying = {m for m, o in enumerate(quotes) if any(_relays(o, q) for q in quotes)}
    quotes = [q for m, q in enumerate(quotes) if m not in relaying]
    out = []
    for n, q in enumerate(quotes):
        inside = False
        for m, o in enumerate(quotes):
            if m == n or o.kind == "direct" or not (o.start <= q.start and q.end <= o.end):
                continue
            if q.kind == "direct" and o.kind == "mixed":  # _drop_scare_quotes kept it as a real stretch of speech
                continue
            if (o.start, o.end) != (q.start, q.end) or m < n:
                inside = True
                break
        if not inside:
            out.append(q)
    return out


def _with_co_sources(quotes: list[Quote], cues_at: dict[int, Cue], resolver: SpeakerResolver) -> list[Quote]:
    """'The Investigative Committee and the FSB said …': one record for each named source, over the same words."""
    out = []
    for q in quotes:
        out.append(q)
        cue = cues_at.get(q.cue_start)
        if cue is None or cue.source is None or not q.speaker or not q.speaker[:1].isupper():
            continue
        if resolver.resolve(cue.source)[0] != q.speaker:
            continue  # the speaker came from elsewhere (a pronoun's antecedent, a run): the cue's subject is not it
        said = {q.speaker}
        if resolver.naming(cue.source) is None:
            continue  # "American Telephone and Telegraph said": one name written with "and"
        for other in cue.source.conjuncts:
            if other.i < cue.source.i or other.pos_ not in ("PROPN", "NOUN") or other.lower_ in GROUP or \
                    len(other.text) <= 2 or resolver.naming(other) is None:  # "S and P said"
                continue
            name, s_start, s_end = resolver.resolve(other)
            if name and name[:1].isupper() and name not in said:
                said.add(name)
                out.append(replace(q, speaker=name, speaker_start=s_start, speaker_end=s_end))
    return out


def _relays(outer: Quote, inner: Quote) -> bool:
    """'Pelosi called Trump's conduct a "breach of his …," according to NBC': the quoted words are the named
    person's, and the outlet only passes them on."""
    return outer.cue == "according to" and inner.kind == "mixed" and inner is not outer and \
        outer.start <= inner.start and inner.end <= outer.end and bool(inner.speaker) and \
        inner.speaker[:1].isupper() and inner.speaker_start is not None and \
        outer.start <= inner.speaker_start < outer.end


def _paragraph_clip(tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """A headline or the paragraph before is never part of the content the cue reports."""
    doc = tok.doc
    for i in range(tok.i - 1, lo - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            lo = i + 1
            break
    for i in range(tok.i + 1, hi + 1):
        if doc[i].is_space and "\n" in doc[i].text:
            hi = i - 1
            break
    return lo, hi


_KEEP_EDGE = set("“”\"'‘’«»") | {"''"}


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Drop punctuation (not quote marks) and conjunctions hanging at the edges of a content span."""
    while lo <= hi and (doc[lo].is_punct and doc[lo].text not in _KEEP_EDGE or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi >= lo and (doc[hi].is_punct and doc[hi].text not in _KEEP_EDGE or doc[hi].is_space):
        if doc[hi].text == ")" and any(t.text == "(" for t in doc[lo:hi]) and \
                sum(t.text == "(" for t in doc[lo:hi]) > sum(t.text == ")" for t in doc[lo:hi]):
            break  # "winds near 180 mph (285 kph)": a bracket opened inside the content closes it
        hi -= 1
    return lo, hi


def _coverage(text: str, mask: bytearray, spans) -> tuple[int, int]:
    inside = total = 0
    for s, e in spans:
        for i in range(s, e):
            if text[i].isalnum():
                total += 1
                inside += mask[i]
    return inside, total


def _overlaps(group, spans) -> bool:
    return any(s < ge and gs < e for gs, ge in group for s, e in spans)


def _cover(spans, groups):
    """Widen each content span to the whole of the quotes it cuts into (the parser leaves ".”" outside)."""
    out = []
    for s, e in spans:
        for g in groups:
            for gs, ge in g:
                if gs < e and s < ge:
                    s, e = min(s, gs), max(e, ge)
        out.append((s, e))
    return out


def _within(group, spans) -> bool:
    return all(any(s <= gs and ge <= e for s, e in spans) for gs, ge in group)


def _merge_next_quotation(text: str, quotes: list[Quote]) -> list[Quote]:
    """'The summit did "too little," he said. "Europe risks a lot."': one attribution in two pieces.

    Reported content that comes before its cue, followed in the same paragraph by a quotation right
    after the cue clause, goes on in that quotation: it becomes the content's second piece. The
    quoted words inside the content were already joined to that quotation as one split direct
    quote; the mixed quote takes its later pieces instead.
    """
    out: list[Quote] = []
    skip: set[int] = set()
    for n, q in enumerate(quotes):
        if n in skip:
            continue
        if q.kind == "mixed" and q.cue_start is not None and q.cue_start >= q.end and q.speaker is not None:
            for m in range(len(quotes)):
                d = quotes[m]
                if m == n or m in skip or d.kind != "direct" or len(d.spans) < 2:
                    continue
                first, rest = d.spans[0], d.spans[1:]
                if q.start <= first[0] and first[1] <= q.end and rest[0][0] > q.cue_end and \
                        "\n" not in text[q.end:rest[0][0]]:
                    spans = q.spans + rest
                    q = Quote(q.start, rest[-1][1], text[q.start:rest[-1][1]], spans, "mixed", q.speaker,
                              q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end)
                    skip.add(m)
                    break
        out.append(q)
    return [q for q in out if not any(q is quotes[m] for m in skip)]


def _short_names_in_full(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'the Court of Justice', 'the European Court', 'Stardom', 'the Exchange': a speaker whose words run
    inside the one longer organisation name the article gives ("European Court of Justice", "World Wonder
    Ring Stardom", "Hong Kong Stock Exchange") is that organisation. A person, a place or a name that runs
    inside two organisations' names keeps its own."""
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    orgs = {n for n, kinds in labels.items() if "ORG" in kinds and len(n.split()) > 1}
    orgs |= {q.speaker for q in quotes if q.speaker and q.speaker[:1].isupper() and len(q.speaker.split()) > 1 and
             not labels.get(q.speaker, set()) & {"PERSON", "GPE", "LOC", "NORP"}}  # named in full, even untagged
    out = []
    for q in quotes:
        name = q.speaker
        if name and name[:1].isupper() and not labels.get(name, set()) & {"PERSON", "GPE", "LOC", "NORP", "ORG"}:
            words = name.split()
            longer = {o for o in orgs if len(o.split()) > len(words) and _runs_inside(words, o.split())}
            if len(longer) == 1:
                q = replace(q, speaker=longer.pop())
        out.append(q)
    return out


def _misspelt_surnames(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'Gaspar said …. Gasper said', 'Yahya Sarea said …. Saree said': a one-word speaker no name of the
    article has, one letter away from one person's surname (five letters at least, same first letter),
    is that person."""
    people = {e.canonical or e.text for e in doc._.entities or [] if e.label == "PERSON"}
    known = {w for n in people if " " in n for w in n.split()}
    surnames: dict[str, set[str]] = {}
    for name in people:
        surnames.setdefault(name.split()[-1], set()).add(name)
    out = []
    for q in quotes:
        word = q.speaker
        if word and " " not in word and word[:1].isupper() and len(word) >= 5 and word not in known:
            close = {n for s, names in surnames.items() if s[:1] == word[:1] and len(s) >= 5 and _one_apart(s, word)
                     for n in names if " " in n}
            if len(close) == 1:
                q = replace(q, speaker=close.pop())
        out.append(q)
    return out


def _one_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _runs_inside(words: list[str], name: list[str]) -> bool:
    return any(name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1))


_PARTITIVES = {"number", "majority", "minority", "handful", "dozens", "hundreds", "thousands", "couple", "group"}
_BARE_QUANTIFIERS = {"some", "others", "many", "most", "several", "few", "both", "all"}


def _unnamed_in_lower_case(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """An unnamed source is written in lower case (DESIGN.md): "Dealers agreed" opening a sentence is
    "dealers", as the views across the library list it; a name or an acronym keeps its capitals."""
    canonicals = {e.canonical or e.text for e in (doc._.entities or [])}
    text = text_of(doc)
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in _BARE_QUANTIFIERS:  # "Some said …" right after "traders said": traders
            last = out[-1] if out else None
            earlier = last.speaker if last is not None and last.speaker and last.speaker[:1].islower() and \
                last.speaker.endswith("s") and q.start - last.end < 600 else None
            q = replace(q, speaker=earlier or q.speaker)
        if q.speaker:
            name, named = as_source(q.speaker, canonicals, text, q.speaker_start)
            if name and not named and name[:1].isupper():
                name = _common_first_word(doc, name, q.speaker_start, q.speaker_end)
            if name and not named and name != q.speaker:
                q = replace(q, speaker=name)
        out.append(q)
    return out


def _common_first_word(doc: Doc, name: str, start: int | None, end: int | None) -> str:
    """'Money market dealers said': a common noun capitalised only because it opens the sentence is
    lower-cased; 'Commerce Ministry officials' keeps the name it starts with."""
    if start is None or end is None:
        return name
    first = name.split()[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    token = next((t for t in span if t.text == first), None) if span is not None else None
    if token is None or not token.is_sent_start or token.pos_ == "PROPN" or token.ent_type_ or \
            len(first) > 1 and first.isupper():  # "AICE officials": an acronym tagged as a common noun
        return name
    return name[:1].lower() + name[1:]


def _inherit(q: Quote, src: Quote) -> Quote:
    return Quote(q.start, q.end, q.text, q.spans, q.kind, src.speaker, src.speaker_start, src.speaker_end,
                 None, None, None)


def _continue_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A bare direct quote right after an attributed one (same or next paragraph) keeps its speaker.

    When it follows an attributed direct quote in the same paragraph ('…,” she told ABC's “This Week.”
    “…”', the title between dropped) or fills the next paragraph on its own, the speaker simply goes on
    talking: it becomes another piece of that quote.
    """
    out: list[Quote] = []
    for q in quotes:
        if q.kind == "direct" and q.cue is None and q.speaker is None and out:
            prev = out[-1]
            between = text[prev.end:q.start]
            if prev.speaker is not None and "\n" not in between and len(between) < 200 and \
                    prev.kind == "direct" and prev.cue_start is not None:
                out[-1] = _extend(text, prev, q)
                continue
            if _attribution_ends_before(text, prev, q):
                q = _inherit(q, prev)
            elif prev.speaker is not None and _paragraph_is_quote(text, q.start) and _whole_paragraph(text, q) and \
                    _about_the_speaker(between, prev.speaker):
                q = _inherit(q, prev)
            elif prev.speaker is not None and between.count("\n") <= 2 and len(between) < 400 and \
                    _paragraph_is_quote(text, q.start):
                if prev.kind == "direct" and prev.cue_start is not None and _whole_paragraph(text, q):
                    out[-1] = _extend(text, prev, q)
                    continue
                q = _inherit(q, prev)
        out.append(q)
    return out


def _about_the_speaker(between: str, speaker: str) -> bool:
    """'He said the greatest fear … / He did not name Deng Xiaoping … / "These fears are unfounded …"': one
    paragraph of the writer's own about the speaker ("He …", their surname) between their words and a
    quotation standing alone keeps them the speaker."""
    rest, *lines = between.split("\n")  # what ends the speaker's paragraph (", he said."), then the others
    paragraphs = [p.strip() for p in lines if p.strip()]
    if len(rest) > 80 or len(paragraphs) != 1 or len(paragraphs[0]) > 300:
        return False
    first = paragraphs[0].split()[0]
    return first in ("He", "She") or first in speaker.split()[-1:]


def _attribution_ends_before(text: str, prev: Quote, q: Quote) -> bool:
    """'…, Martin said. “The major story will be …”', 'He said that … . “But on the whole …”': the sentence
    before, in the same paragraph, reports its speaker's words; the quote that follows is that speaker's."""
    if prev.speaker is None or prev.speaker_start is None or prev.speaker_end is None or prev.cue_end is None or \
            prev.kind == "direct":
        return False
    said = max(prev.end, prev.speaker_end, prev.cue_end)
    return said <= q.start and text[said:q.start].strip() == "."


def _whole_paragraph(text: str, q: Quote) -> bool:
    line_end = text.find("\n", q.end)
    return text[q.end:len(text) if line_end < 0 else line_end].strip() == ""


def _extend(text: str, prev: Quote, q: Quote) -> Quote:
    return Quote(prev.start, q.end, text[prev.start:q.end], prev.spans + q.spans, prev.kind, prev.speaker,
                 prev.speaker_start, prev.speaker_end, prev.cue, prev.cue_start, prev.cue_end)


def _paragraph_is_quote(text: str, start: int) -> bool:
    """The quote opens its paragraph, so nothing in between could name another source."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == ""


_HE_SHE = {"he": False, "she": True}


def _keep_run_speakers(text: str, mask: bytearray, quotes: list[Quote], female: set[str]) -> list[Quote]:
    """Paragraphs that are wholly quotation keep the speaker last introduced until another one is.

    '“… John Carver promised us money.” / “Nothing came,” he said.': a person named inside the
    quotes is talked about, not introduced, so the pronoun goes on with the speaker of the run. A
    paragraph of the writer's own ends the run; a named source in it (a name, a dash byline) starts one.
    """
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    wholly = [_wholly_quoted(text, mask, a, text.find("\n", a) if text.find("\n", a) >= 0 else len(text))
              for a in starts]
    out: list[Quote] = []
    run: Quote | None = None
    last = -1
    for q in quotes:
        p0, p1 = bisect.bisect_right(starts, q.start) - 1, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1
        inside = all(wholly[p] for p in range(p0, p1 + 1))
        joined = run is not None and inside and all(wholly[p] or not text[starts[p]:starts[p + 1]].strip()
                                                     for p in range(last + 1, p0))
        mention = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else None
        if joined and run.speaker != q.speaker and (mention is None and q.cue is None or mention in _HE_SHE and
                                                    _HE_SHE[mention] == (run.speaker in female) and
                                                    _named_only_in_quotes(text, mask, q.speaker, q.speaker_start)):
            q = replace(q, speaker=run.speaker) if mention else \
                replace(q, speaker=run.speaker, speaker_start=run.speaker_start, speaker_end=run.speaker_end)
        if q.speaker is not None and (joined or not inside or run is None):
            run = q if not joined or mention not in _HE_SHE else run
        elif not joined:
            run = None
        last = p1
        out.append(q)
    return out


def _wholly_quoted(text: str, mask: bytearray, start: int, end: int) -> bool:
    """The paragraph opens with a quotation and has no more than an attribution clause outside it."""
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    if not body.strip() or not mask[start + lead]:
        return False
    outside = "".join(c if not mask[start + i] else " " for i, c in enumerate(body))
    return len(re.findall(r"\w+", outside)) <= 6


def _named_only_in_quotes(text: str, mask: bytearray, name: str | None, before: int) -> bool:
    """The person's latest mention before `before` lies inside quotation marks."""
    if not name or not name.split():  # an anonymous source names no one
        return False
    word = name.split()[-1]
    at = text.rfind(word, 0, before)
    return at >= 0 and bool(mask[at])


def _full_name(text: str, label: str) -> str | None:
    """'RUIZ' -> 'Ana Ruiz': the first given name and surname in the text that end in the label's word."""
    if not label.isupper() or " " in label:
        return None
    m = re.search(r"\b[A-Z][a-z][\w'’-]* " + re.escape(label.title()) + r"\b", text)
    return m.group(0) if m else None
