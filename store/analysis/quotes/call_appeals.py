"""'called on the allies to help', 'calls for a referendum': the 'on' or 'for' right after "call" is an appeal, and its
phrase is what the source asked for. After the verb's own object the same words are no appeal: "call" there names,
summons or issues something, and the phrase says where, when or for what ('a course called “Ethics” on her
website', 'calls buying tenders for March delivery'; an 'on' only after a quoted name, as the parse may hang the
object's own 'on' on the verb); nor is an 'on' whose object is a day or a time ('called on Tuesday for a recount':
the appeal is the 'for' after it).

A thing issued or convened with no name given it and a 'for' phrase after it ('calls sugar tenders for
March delivery', 'called a strike for tomorrow', as 'called elections for October') reports nothing at all; a name
given after the object ('called the scheme a scandal for the taxpayer') is read as any other naming.

'called for the mayor to resign': the parse makes the 'for' the mark of an infinitive clause with its own subject;
that clause is the appeal too (appeal_clause), unless a document that sets terms is the one calling.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..types import TIME_LABELS
from .cue_table import cues, report_verbs
from .set_terms import TERMS_NOUNS, put_forward_by_its_maker, subject_of_call

_OBJECTS = {"dobj", "oprd", "dative"}
_NAMES = {"oprd", "xcomp", "ccomp", "acomp"}


def appeal(verb: Token, prep: Token) -> bool:
    """Whether 'for' or 'on' hung on "call" opens what the source called for."""
    if prep.lower_ not in ("for", "on") or prep.i < verb.i:
        return False
    if any(c.dep_ in _OBJECTS and c.i < prep.i and c.ent_type_ not in TIME_LABELS for c in verb.children) and \
            (prep.lower_ == "for" or any(t.is_quote for t in verb.doc[verb.i:prep.i])):
        # not a bare day the parse took for the object ('called Friday for X'); an 'on' after an unquoted object
        # may be the object's own ('called the raids on two towns a provocation'), left to the object's reading
        return False
    return not (prep.lower_ == "on" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in prep.children))


def issued_for(verb: Token, prep: Token, mask: bytearray) -> bool:
    """'calls sugar tenders for March delivery': an object issued, then what for, and no name given it."""
    if prep.lower_ != "for":
        return False  # 'called the raids on two towns a provocation': the object's own 'on', hung on the verb
    # the tagger may read a compound before the object as a participle naming it ('buying tenders'), and hang the
    # object on that word: the first object or name before the phrase is what was issued
    obj = next((c for c in verb.children
                if c.dep_ in ("dobj", "oprd") and c.i < prep.i and c.ent_type_ not in TIME_LABELS), None)
    if obj is None:
        return False
    if any(c.dep_ in _NAMES and c.i > obj.right_edge.i for c in verb.children):
        return False  # "called the scheme a scandal for the taxpayer": a name given after the object
    doc = verb.doc
    return not any(mask[t.idx] or t.is_quote for t in doc[verb.i:prep.right_edge.i + 1])


def appeal_clause(verb: Token) -> Token | None:
    """'called for the mayor to resign', 'calls for the wage to be raised': the parse makes the 'for' the mark of an
    infinitive clause with a subject of its own, hung on "call" as an adverbial clause; that clause is the appeal.
    Only a 'for' right after the verb (or its particle), never after an object ('called a vote for members to
    decide': a thing convened, and what for)."""
    if any(c.dep_ in _OBJECTS for c in verb.children) or _sets_terms(verb):
        return None
    doc = verb.doc
    for clause in verb.rights:
        mark = clause.left_edge
        if clause.dep_ != "advcl" or mark.lower_ != "for" or mark.dep_ != "mark" or mark.head.i != clause.i:
            continue
        if any(t.dep_ not in ("prt", "advmod") for t in doc[verb.i + 1:mark.i]):
            return None  # 'called Tuesday for X to Y', 'called a meeting for X to Y': something between
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
            return clause
        return None
    return None


def _sets_terms(verb: Token) -> bool:
    """'The Paris Accord called for prices to be held', 'the pact, agreed in July, called for X to Y', 'a plan, which
    calls for X to Y': a document that sets terms, named or not, and whether the parse makes it the verb's subject,
    the subject of the clause the verb hangs on or the noun a relative clause describes; not a proposal with its
    maker ('his plan calls for X to Y'), which the speaker rules give to the maker. Wider than set_terms.sets_terms,
    which every other "call for" reads (a named document, the subject of the clause above)."""
    subject = subject_of_call(verb)
    if subject is None and verb.dep_ in ("advcl", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = subject.lemma_.lower() if subject.lemma_.lower() in TERMS_NOUNS else subject.lower_
    return noun in TERMS_NOUNS and not put_forward_by_its_maker(noun, subject)


def appeal_end(verb: Token, prep: Token) -> int:
    """Where the appeal of 'call for' ends: at its phrase, or past an infinitive right after it that the parse hung on
    the verb ('called for <Firm> | to hold a meeting': the phrase's object is the subject of what was asked)."""
    hi = prep.right_edge.i
    if prep.lower_ != "for":
        return hi
    after = next((c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i == hi + 1 and
                  c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"), None)
    return asked_end(after) if after is not None else hi


def asked_end(clause: Token) -> int:
    """The last token of the infinitive clause that says what was asked for. A dash or a semicolon in it opens the
    writer's own addition ('to teach history - with a survey showing X': the survey's finding is its own report), and
    a finite verb joined to it is something the source did ('for X to cut waste but blocked an audit'), not part
    of what was asked; a clause set off by a comma that reports on its own ('by 1999, when exports are expected to
    reach X') is no part of it either."""
    doc = clause.doc
    # a dash set apart (not the hyphen of "long-term"), a semicolon or a colon
    stops = [t.i for t in doc[clause.i:clause.right_edge.i + 1]
             if t.text in _BREAKS and (t.text in ";:" or doc[t.i - 1].whitespace_)] + \
        [c.left_edge.i for c in clause.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")] + \
        [t.left_edge.i for t in clause.subtree if t.dep_ in ("relcl", "advcl") and t.left_edge.i > clause.i and
         doc[t.left_edge.i - 1].text == "," and _reports(t)]
    if not stops:
        return clause.right_edge.i
    end = min(stops)
    while end - 1 > clause.i and doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1  # the 'but' or the comma before the addition
    return end - 1


def _reports(verb: Token) -> bool:
    """', by when exports are expected to reach X', ', which analysts say will fail': a report of its own."""
    lemma = verb.lemma_.lower()
    return lemma in report_verbs() or lemma in cues()["passive_seeming_verbs"] and \
        any(c.dep_ == "auxpass" for c in verb.children)


_BREAKS = {"-", "--", "\u2013", "\u2014", ";", ":"}
