"""newsreader_quotes: direct, indirect and mixed quotes with their canonical speakers.

Direct quotes come from pairing quotation marks on the raw text (marks); the
parse supplies the cues: an attribution verb from data/cues.json whose complement
clause (or object, for stance verbs) is the reported content, or "according to X".
Content that is all inside quote marks gives its cue and speaker to the direct quote;
content partly inside is a mixed quote; content with none is an indirect quote.

The component runs the steps in order (`QuoteComponent.extract`); each lives in its own module:
- `cue_finder`: the cues and the content they report; `clauses`: where that content begins and ends;
  `cue_subjects`: the source of a cue (its subject, however the parse hung it).
- `direct`: direct quotes beside the cues (coverage by quotation marks, the clause a fragment sits in).
- `scare_quotes`: what is no quote of its own (quoted terms, headings, reports nested in another).
- `colon_blocks`: a block quote a page kept as plain text, the paragraph after '<Source> noted:', as the source's.
- `speaker_names`: speaker names made whole (misspelt surnames, short names, co-sources, lower case);
  `lone_legal_forms`: a firm's name before a legal form that spoke alone ("<Name> corp said").
- `speaker_runs`: a speaker going on talking over the quotes that follow.
- `speakers`: the source mention resolved to a speaker (names, titles, pronouns).
- `pull_quotes`: a web page's boxed words signed with a name on the next line, as that person's direct quote.
- `link_lines`: a page's links to other stories, lines in capitals, hold no quote of this article.
- `staff_owners`: whose staff a speaker given a role is ("Sanders campaign manager X"), as the affiliation.
- `unnamed_affiliations`: the organisation of an unnamed spokesman or official ("a spokesman for X", "an X
  spokesman"), as the affiliation; "the spokesman" after "an X spokesman" is that same source; a bare "a
  spokesman" in a story about one firm, the firm's.
- `union_voices`: "the union" and "a union spokesman" as the one union the article names.
- `company_speakers`: "the company said" left as the bare noun, as the firm that has been speaking; a firm's
  initials ("S and P") as its name.
- `hyphenated_names`: a speaker the model cut at a hyphen ("<Pre>-<Name> Inc" as "<Name> Inc") as the whole word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import forget_tokens
from ..guard import contained
from ..types import Quote
from .answer_paragraphs import answer_paragraphs, spoken_after_the_last_turn
from .attach import Cue, attach_direct, first_line_end, interview_turns
from .circumstance import quotation_then_circumstance
from .colon_blocks import colon_blocks
from .colon_labels import colon_label
from .company_countries import companies_without_home_country
from .company_speakers import companies_by_short_name, firms_by_their_initials, names_cut_short, the_company_by_its_name
from .cue_finder import CueFinder
from .cue_subjects import cue_source
from .described_roles import without_described_roles
from .direct import (
    DASHES,
    clip_at_closed_quotation,
    closed_quotation_after,
    cover,
    coverage,
    dash_byline,
    host_clause,
    merge_next_quotation,
    overlaps,
    within,
)
from .firm_it_again import firm_it_again
from .forecasts import forecasts_of_no_one
from .holders_before_cue import holders_before_their_cue
from .hyphenated_names import names_cut_at_a_hyphen
from .index import forget, text_of
from .initials_labels import asking, named_by_initials
from .latest_speaker import pronouns_after_a_named_speaker, pronouns_back_to_one_unnamed
from .lead_descriptions import lead_sources_named_next
from .lead_short_names import short_names_of_the_lead
from .link_lines import without_link_lines
from .lone_legal_forms import named_legal_forms
from .marks import find_quotes
from .named_after_quote import name_after_quote
from .own_cue import quotations_before_their_cue
from .own_outlet import without_the_writer
from .posts_as_sources import (
    epithets_of_the_last_speaker,
    posts_of_the_last_speaker,
    posts_the_article_gives,
    roles_from_posts_speaking,
)
from .pull_quotes import pull_quotes
from .run_together import without_narrated_pieces
from .scare_quotes import drop_nested, drop_scare_quotes, echoed_headings, titles_only
from .speaker_entities import speakers_as_entities
from .speaker_names import (
    brackets_cut_off,
    full_name,
    joint_sources,
    misspelt_surnames,
    outlets_by_their_name,
    owners_cut_off,
    people_cut_from_organisations,
    short_names_in_full,
    titles_cut_off,
    unnamed_in_lower_case,
    with_co_sources,
)
from .speaker_runs import continue_speakers, keep_run_speakers
from .speakers.group_pronouns import resolve_group_pronouns
from .speakers.informed_sources import informed_sources_in_full
from .speakers.resolver import SpeakerResolver
from .speakers.words import PRONOUNS
from .staff_owners import staff_affiliations
from .surname_speakers import surnames_of_full_names, surnames_the_text_names_in_full
from .ticker_subjects import subjects_through_a_ticker
from .trailing_fragments import fragments_ending_their_report
from .unattributed import speakers_from_paragraph
from .union_voices import union_voices
from .unmarked_breaks import over_unmarked_breaks
from .unnamed_affiliations import owned_affiliations, possessed_affiliations, the_same_source, unnamed_affiliations
from .untagged_antecedents import untagged_speakers_as_antecedents
from .untagged_speakers_described import untagged_speakers_described


@Language.factory("newsreader_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent(CueFinder):
    def __call__(self, doc: Doc) -> Doc:
        try:
            self.repair_lemmas(doc)
            quotes = union_voices(doc, the_same_source(doc, owned_affiliations(doc, possessed_affiliations(
                doc, unnamed_affiliations(doc, staff_affiliations(doc, roles_from_posts_speaking(doc, with_roles(
                    doc, untagged_speakers_described(doc, epithets_of_the_last_speaker(doc, posts_the_article_gives(
                        doc, posts_of_the_last_speaker(doc, pull_quotes(doc, self.extract(doc))))))))))))))
            doc._.quotes = informed_sources_in_full(doc, without_described_roles(firms_by_their_initials(
                doc, the_company_by_its_name(doc, quotes))))
        except Exception:  # noqa: BLE001 - a quote finder must never take the article down with it
            contained("the quote finder")
            doc._.quotes = []
        try:
            speakers_as_entities(doc, text_of(doc), doc._.quotes)
        except Exception:  # noqa: BLE001 - nor the entities its speakers add
            contained("the speakers' entities")
        forget(doc)
        forget_tokens(doc)  # the last component: the token list and the Doc refer to each other
        return doc

    def extract(self, doc: Doc) -> list[Quote]:
        text = text_of(doc)
        groups = without_narrated_pieces(doc, text, find_quotes(text))
        mask = bytearray(len(text) + 1)
        for group in groups:
            for s, e in group:
                mask[s:e] = b"\x01" * (e - s)
        resolver = SpeakerResolver(doc, self.titles, self.female_titles, mask)
        found = [c for c in (self._cue(tok, mask) for tok in self.openers(doc, mask)) if c is not None]
        quotes: list[Quote] = []
        direct_cues: dict[int, Cue] = {}  # group index -> cue of an enclosing content
        found = [c for c in found if clip_at_closed_quotation(text, c)]
        subjects_through_a_ticker(text, found)
        for cue in found:
            inside, total = coverage(text, mask, cue.spans)
            if total == 0:
                continue
            if inside and inside < 0.97 * total:
                cue.spans = _quotation_before_its_source(text, mask, cue.spans)
                cue.spans = quotation_then_circumstance(text, mask, cue.spans, cue.end)
                inside, total = coverage(text, mask, cue.spans)
            if inside >= 0.97 * total:
                for k, group in enumerate(groups):
                    if k not in direct_cues and overlaps(group, cue.spans):
                        direct_cues[k] = cue
                continue
            kind = "mixed" if inside else "indirect"
            if not inside and _ANONYMITY.match(text, cue.spans[0][0]):
                continue  # "declined to be identified": a wish for anonymity, no words reported
            if inside:  # the quoted words inside keep the content's source, and their closing mark
                cue.spans = cover(cue.spans, [g for g in groups if overlaps(g, cue.spans)])
                for k, group in enumerate(groups):
                    if k not in direct_cues and within(group, cue.spans):
                        direct_cues[k] = cue
            quotes.append(self._make(text, cue.spans, kind, cue, resolver))
        for spans, cue in attach_direct(doc, groups, direct_cues, mask, self.speech_verbs, cue_source):
            label = colon_label(doc, text, spans[0][0])
            if label is not None and (cue is None or cue.token.i < label.source.i):
                cue = label
            if cue is None:
                cue = dash_byline(doc, text, spans[-1][1])
            elif cue.source is None:  # only beside a quotation: "said X, a confidant who …" reports no clause
                cue.source = name_after_quote(cue.token)
            # 'In his memoir "Long Road" (Bay Books), Lind argues that X': a title in marks quotes no one, so the
            # words around it are no mixed quote of the source; the title itself is dropped with the scare quotes
            host = host_clause(doc, spans, cue, mask) if cue is not None and not cue.spans and \
                not titles_only(text, spans) else None
            if host is not None and host[0] < spans[-1][1]:
                cut = closed_quotation_after(text, max(cue.end, spans[-1][1] - 4), host[1])
                host = (host[0], cut) if cut is not None else host
            if host is not None:
                host = cover([host], [spans])[0]
                quotes.append(self._make(text, [host], "mixed", cue, resolver))
            quotes.append(self._make(text, spans, "direct", cue, resolver))
        quotes.sort(key=lambda q: (q.start, q.end))
        seeming = {c.start for c in found if c.source is None and self._impression(c.token)}
        quotes = [q for q in quotes if q.cue_start not in seeming or  # a sourced report says more than an impression
                  not any(o is not q and o.start < q.end and q.start < o.end for o in quotes)]
        quotes = merge_next_quotation(text, quotes)
        quotes = drop_nested(drop_scare_quotes(text, echoed_headings(text, quotes)))
        quotes = quotations_before_their_cue(text, groups, quotes)
        quotes = over_unmarked_breaks(doc, text, fragments_ending_their_report(text, quotes))
        quotes = without_link_lines(doc, text, self._interview(doc, text, quotes, resolver))
        quotes = colon_blocks(doc, text, quotes, lambda t, spans, kind, cue: self._make(t, spans, kind, cue, resolver))
        quotes = holders_before_their_cue(doc, text, quotes)
        # before the pronouns and runs that copy a speaker on: "Traders said … Kuwait, they said, …" gives traders
        quotes = names_cut_short(doc, companies_by_short_name(doc, named_legal_forms(doc, misspelt_surnames(
            doc, surnames_the_text_names_in_full(doc, surnames_of_full_names(doc, names_cut_at_a_hyphen(
            doc, quotes, resolver.lead_roles, resolver.lead_affiliations)))))))
        quotes = unnamed_in_lower_case(doc, short_names_in_full(doc, quotes))
        quotes = resolve_group_pronouns(resolver, quotes, lambda q, name: replace(q, speaker=name))
        quotes = keep_run_speakers(text, mask, continue_speakers(text, quotes), resolver.full_female)
        quotes = speakers_from_paragraph(doc, resolver, mask, quotes)
        quotes = pronouns_back_to_one_unnamed(text, resolver, untagged_speakers_as_antecedents(
            text, mask, resolver, pronouns_after_a_named_speaker(text, resolver, quotes)))
        quotes = firm_it_again(text, resolver, quotes)
        quotes = companies_without_home_country(with_co_sources(quotes, {c.start: c for c in found}, resolver))
        quotes = joint_sources(text, titles_cut_off(people_cut_from_organisations(outlets_by_their_name(
            doc, owners_cut_off(brackets_cut_off(doc, resolver.no_pronoun_speakers(quotes))))), doc._.referents or {}))
        quotes = forecasts_of_no_one(doc, lead_sources_named_next(doc, resolver, quotes))
        quotes = short_names_of_the_lead(text, quotes)  # on the final names: a joint lead is no one firm
        quotes = without_the_writer(quotes)  # on the final names: "it" may be the outlet named before
        return [replace(q, speaker_role=resolver.lead_roles[q.speaker],
                        affiliation=resolver.lead_affiliations.get(q.speaker))
                if q.speaker in resolver.lead_roles else q for q in quotes]

    def _impression(self, tok) -> bool:
        """A cue of no one's impression ('seems', 'reportedly', 'is thought to'); 'It is thought X', a verb of
        saying's own clause, is a report that stands even beside the sourced ones inside it."""
        lemma = tok.lemma_.lower()
        if lemma in self.passive_seeming and lemma in self.verbs:
            return any(c.dep_ == "xcomp" for c in tok.children)
        return lemma in self.seeming | self.passive_seeming or tok.lower_ == "reportedly"

    def _interview(self, doc: Doc, text: str, quotes: list[Quote], resolver: SpeakerResolver) -> list[Quote]:
        """A labelled answer is the labelled speaker's own words; what the parse found inside it goes."""
        answers = []
        labels, asked = interview_turns(text, self.not_names)
        turns = sorted([f[0] for f in labels] + [s for s, _ in asked])
        people = [e.canonical or e.text for e in resolver.ents if e.label == "PERSON"]
        questioned = len(asked) + sum(asking(text[f[4]:f[5]]) for f in labels) >= 2
        first_line = first_line_end(text)
        for c_start, c_end, n_start, n_end, b_start, b_end in labels:
            name = doc.char_span(n_start, n_end, alignment_mode="expand")
            label = doc.char_span(c_start, c_end, alignment_mode="expand")
            if name is None or label is None:
                continue
            source = next((t for t in reversed(name) if t.pos_ == "PROPN"), name[-1])
            cue = Cue(label[0], text[c_start:c_end], c_start, c_end, source, [])
            label_name = text[n_start:n_end]  # the label names the speaker whatever the parse made of it
            known = resolver.by_word.get(label_name.title()) or full_name(text, label_name) \
                if label_name.isupper() else resolver.by_word.get(label_name)  # "RUIZ:" for the Ana Ruiz introduced
            if known is None and label_name.isupper():  # "AR:" for the Ana Ruiz introduced
                known = named_by_initials(text, label_name, people)
            pieces = [(b_start, b_end)]
            wiki = text[c_start:c_end].startswith("((")
            if wiki or questioned and c_start > first_line:
                # Wikinews' own label; a colon may title a headline, but in an interview it opens a turn
                more = answer_paragraphs(text, b_end, turns, known or label_name)
                if not wiki and not any(t > b_end for t in turns):
                    more = spoken_after_the_last_turn(text, more)
                pieces += more
            answer = self._make(text, pieces, "direct", cue, resolver)
            answers.append(replace(answer, speaker=known or label_name,
                                   speaker_start=n_start, speaker_end=n_end))
        named = set(resolver.full)
        if asked:  # a question is no one's quote; only a named source's words it cites are ("… with "What is X?"")
            quotes = [q for q in quotes if q.speaker in named or not any(s <= q.start < e for s, e in asked)]
        if not answers:
            return quotes
        kept = [q for q in quotes if not any(_inside(text, q, a, named) for a in answers)]
        kept = _answers_go_on(text, kept, answers, asked)
        return sorted(kept + answers, key=lambda q: (q.start, q.end))

    def _make(self, text: str, spans, kind: str, cue: Cue | None, resolver: SpeakerResolver) -> Quote:
        spans = tuple(sorted((int(s), int(e)) for s, e in spans))
        start, end = spans[0][0], spans[-1][1]
        if kind == "indirect" and len(spans) > 1:
            spans = ((start, end),)  # reported content is one clause, cue and all; only quoted words come in pieces
        speaker = s_start = s_end = None
        if cue is not None and cue.source is not None:
            speaker, s_start, s_end = resolver.resolve(cue.source)
            while s_start < s_end and (text[s_start] in DASHES or text[s_start].isspace()):
                s_start += 1  # a dash the parser hung on a name that signs a quote
            if s_start >= s_end:  # "according to — Monday": a dash alone names no one
                speaker = s_start = s_end = None
            if speaker:
                speaker = speaker.lstrip(DASHES + " ") or speaker
            if speaker and ("((" in speaker or "))" in speaker):  # Wikinews' "((es))Spanish language:" mark
                speaker = s_start = s_end = None
            elif speaker and s_end <= cue.start and cue.text in speaker.split():
                # "Leaked Documents Reveal Democratic Campaign Donors": a headline the model took for one name runs
                # over its own cue; its subject is only the words before the cue
                speaker = text[s_start:s_end]
        return Quote(start, end, text[start:end], spans, kind, speaker, s_start, s_end,
                     cue.text if cue else None, cue.start if cue else None, cue.end if cue else None)


def _inside(text: str, q: Quote, answer: Quote, named: set) -> bool:
    """A report the parse found in the labelled paragraph goes; in the paragraphs the answer goes on in, a report
    of someone else the article names ('<Name> has said he wants …') is a record of its own."""
    first_start, first_end = answer.spans[0]
    if q.start < first_end and first_start < q.end:
        return True
    if not (q.start < answer.end and answer.start < q.end):
        return False
    mention = text[q.speaker_start:q.speaker_end].lower() if q.speaker_start is not None else ""
    return mention in PRONOUNS or q.speaker not in named or q.speaker == answer.speaker


def _answers_go_on(text: str, quotes: list[Quote], answers: list[Quote], asked: list[tuple[int, int]]) -> list[Quote]:
    """An answer goes on in the paragraphs under its label until the next label: an "I think …" or "we found …"
    there is the interviewee's, never a speaker called "I" nor a name the parse took "we" for."""
    labels = sorted([a.start for a in answers] + [s for s, _ in asked])
    out = []
    for q in quotes:
        if q.speaker_start is not None and text[q.speaker_start:q.speaker_end] in _FIRST_PERSON:
            owner = max((a for a in answers if a.end <= q.start), key=lambda a: a.start, default=None)
            if owner is not None and not any(owner.start < s <= q.start for s in labels):
                q = replace(q, speaker=owner.speaker)
        out.append(q)
    return out


_FIRST_PERSON = {"I", "me", "Me", "we", "We", "us"}
_ANONYMITY = re.compile(r"(?:not )?to be (?:identified|named)\b", re.IGNORECASE)


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


_TITLE_WORD = re.compile(r"[A-Z][\w.&'’-]*")


def _quotation_before_its_source(text: str, mask: bytearray, spans):
    """'“We are ready,” Coastal Watch senior researcher Tom Vary said': the parser may take the names that open
    the speaker's description for part of the content. A content that is a quotation closing on a comma,
    question or exclamation mark, then only capitalised words, is that quotation alone."""
    if len(spans) != 1:
        return spans
    s, e = spans[0]
    end = s
    while end < e and (mask[end] or not text[end].isalnum()):
        end += 1
    quoted = text[s:end].rstrip()
    if not quoted or not mask[s:end].count(1) or not re.search(r"[,?!][\"”’']+$", quoted):
        return spans
    rest = text[len(quoted) + s:e].split()
    if not rest or len(rest) > 5 or not all(_TITLE_WORD.fullmatch(w) for w in rest):
        return spans
    return [(s, s + len(quoted))]
