"""Where a cue's reported clause begins and ends, however the small model parsed it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import tokens
from .cue_table import cues
from .speakers.words import SUBJECT_PRONOUNS

_HEARERS = frozenset(cues()["hearer_nouns"])  # the ones told: "told reporters X"


def past_hearer(doc: Doc, i: int) -> int | None:
    """'told NPR Hamza bin Laden had appeared …': the parse runs the one told into the clause's subject;
    a name that ends where another begins is the hearer, and the content starts after it."""
    first = doc[i]
    if first.head.dep_ in ("nsubj", "nsubjpass") and past_hearer_noun(first.head) == i + 1:
        return i + 1  # "told reporters prices rose": the ones told run into the clause's subject as a modifier
    if first.is_upper and len(first) > 1 and first.is_alpha and i + 1 < len(doc) and doc[i + 1].is_title and \
            doc[i + 1].pos_ == "PROPN":
        return i + 1  # "told NPR Hamza …", "told CNN Ana Ruiz …": an acronym run into a name (the model joins them)
    if first.ent_iob_ != "B" or first.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP"):
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in ("PERSON", "ORG", "GPE"):
        return end
    return None


_OUTLETS = frozenset(cues()["told_outlets"])
_CLAUSE_OPENERS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"}


def past_outlet(doc: Doc, lo: int, hi: int) -> int:
    """'told Reuters Chile had paid its interest': the agency told, one word, is run by the model into the name
    after it or hung on the clause's subject as a modifier, so the told clause seemed to open on it. The agency is
    the one told; what was told starts after it."""
    first = doc[lo]
    if lo < hi and first.lower_ in _OUTLETS and first.is_title and doc[lo + 1].pos_ in _CLAUSE_OPENERS and \
            doc[lo + 1].lower_ != "that":
        return lo + 1
    return lo


def past_hearer_noun(subject: Token) -> int:
    """Where a clause starts whose subject the parse took for the telling verb's object: 'told reporters prices
    rose' runs the ones told into that subject as a modifier ('reporters prices'), and the clause starts after them."""
    first = subject.left_edge
    if first.lower_ in _HEARERS and first.tag_ == "NNS" and first.dep_ == "compound" and first.head.i == subject.i:
        return first.i + 1
    return first.i


# Verbs whose object is almost always a clause: an object noun followed straight by a verb is the clause's subject.
CLAUSE_VERBS = frozenset(cues()["clause_object_verbs"])
FINITE = {"VBD", "VBZ", "VBP", "MD"}
# words a clause of its own does not open on: a relative pronoun, a participle, a preposition or a
# conjunction goes on describing what came before it ("According to X, who runs Y", "…, said Tom Hale, who …")
NOT_CLAUSE_OPENERS = {"WDT", "WP", "WP$", "WRB", "VBG", "VBN", "IN", "TO", "CC"}


def misparsed_clause(tok: Token, hi: int) -> int:
    """'predicted losses for 1987 will reach X': the small model hangs the clause's subject on the verb as its
    object and the rest elsewhere; the content goes on. (An adverbial clause after the object stays out: in
    "said rains since January interrupted X" it is the clause, in "stopped permits until X was done" it is not.)"""
    doc = tok.doc
    nxt = hi + 1
    for child in tok.rights:  # "said stocks, at 90,000 tonnes, were about average": the object's own verb, set off
        if child.dep_ in ("conj", "advcl") and child.i > hi and child.pos_ in ("VERB", "AUX") and \
                child.tag_ in FINITE and child.lemma_.lower() not in cues()["speech_verbs"] and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "mark" and child.dep_ == "advcl"
                        for c in child.children) and \
                _set_off(doc, nxt, child.i, child.dep_ == "advcl"):
            return max(hi, child.right_edge.i)
    if nxt >= len(doc) or doc[nxt].is_punct or doc[nxt].dep_ == "cc":
        return hi
    dated = _dated_clause(tok, nxt)
    if dated is not None:
        return max(hi, dated.right_edge.i)
    if tok.dep_ == "csubj" and tok.head.i > hi and tok.head.tag_ in FINITE | {"VB"} and \
            any(t.tag_ in FINITE for t in doc[nxt:tok.head.i + 1]):
        return max(hi, tok.head.right_edge.i)
    for child in tok.rights:
        if child.dep_ in ("ccomp", "dep") and child.left_edge.i == nxt and child.tag_ in FINITE | {"VBN"} \
                and any(t.tag_ in FINITE for t in doc[nxt:child.i + 1]):
            return max(hi, child.right_edge.i)
    return hi


_SINCE = {"since", "until", "till"}


def _dated_clause(tok: Token, nxt: int) -> Token | None:
    """'said rains since January interrupted the harvest': the parse reads "since January" as a clause of its own,
    with the date as its subject, hung on the cue; a date is no subject, and the verb is the object's own."""
    for child in tok.rights:
        if child.dep_ == "advcl" and child.left_edge.i == nxt and child.tag_ in FINITE and \
                any(m.dep_ == "mark" and m.i == nxt and m.lower_ in _SINCE for m in child.children):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and all(t.ent_type_ in ("DATE", "TIME") for t in subject.subtree):
                return child
    return None


def _set_off(doc: Doc, start: int, verb: int, framed: bool) -> bool:
    """Between the object and its verb only a phrase without a verb of its own, or (framed) one set off by commas
    whose verbs are participles: "said the two men, after robbing the store, set fire to it"."""
    between = doc[start:verb]
    if any(t.dep_ == "cc" for t in between):
        return False
    if not framed:
        return not any(t.pos_ in ("VERB", "AUX") for t in between)
    return len(between) > 2 and between[0].text == "," and between[-1].text == "," and \
        not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in between)


_TOPIC_PREPS = {"about", "of", "against"}
_POINTING = frozenset(cues()["pointing_verbs"])
# "went against", "accused of"; "asked about X": a question put to someone, which the rulings do not count
_NOT_TOPIC = frozenset(cues()["not_topic_verbs"])


def topic_preposition(tok: Token) -> Token | None:
    """The preposition that opens what a speech verb was about, when it has a noun to govern."""
    if tok.lemma_.lower() in _NOT_TOPIC:
        return None
    for child in tok.rights:
        if child.dep_ == "prep" and (child.lower_ in _TOPIC_PREPS or child.lower_ == "to" and
                                     tok.lemma_.lower() in _POINTING) and \
                any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return child
    return None


def impersonal_infinitive(verb: Token) -> bool:
    """'it was reasonable to suggest X', 'it is too early to say whether X': a judgement about saying, with
    nobody who says it (the source of the sentence, if any, reports the whole judgement)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ == "ADJ":
        head = head.head if head.dep_ == "acomp" else head
    return head.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) \
        and any(c.dep_ == "acomp" for c in head.children)


_REFLEXIVES = {"itself", "himself", "herself", "themselves", "ourselves"}


def casts_itself(verb: Token) -> bool:
    """'to position itself as', 'to present himself as': how the writer reads a source's conduct."""
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def clause_apart(tok: Token, child: Token) -> bool:
    """'It is unlikely; her team says she will go on': a clause before a semicolon or colon is no cue's content,
    nor one opening with a conjunction or preposition and without a subject of its own ('While all agreed that time off was rare, Riddell emphasized …', 'In a
    press release issued the next day, the ministry denounced …'): the parse made a scene-setting phrase the clause."""
    doc = tok.doc
    if child.i > tok.i:
        return False
    return any(doc[k].text in (";", ":") for k in range(child.right_edge.i + 1, tok.i)) or \
        child.left_edge.pos_ == "SCONJ" and not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)


_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}


def bracket_between(tok: Token, child: Token) -> bool:
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


def that_clause_after_aside(verb: Token) -> Token | None:
    """'said in an interview that X', 'said in a statement on Monday that X': the parser hangs the reported
    clause on the aside's noun; a that-clause right after the verb's prepositional phrase is what was said."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for clause in prep.subtree:
            if clause.dep_ in ("acl", "relcl") and clause.right_edge.i == prep.right_edge.i and \
                    any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children):
                return clause
    return None


def gerund_subject_clause(verb: Token) -> Token | None:
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


def clause_after_adverb(verb: Token) -> Token | None:
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


_LEADING_MARKS = {"if", "unless", "though", "although", "because", "while", "whereas", "once", "until"}


def leading_clause(cue: Token) -> Token | None:
    """'If the rain goes on, officials said, the river will flood': the parse hangs the condition that opens the
    report on the cue set off by commas; with a subject of its own, it is part of what was said (not "When asked
    about X, she said, …", the writer's scene)."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    for child in cue.lefts:
        if child.dep_ == "advcl" and child.left_edge.i == cue.left_edge.i and \
                doc[child.right_edge.i + 1].text == "," and \
                any(m.dep_ == "mark" and m.lower_ in _LEADING_MARKS and m.i == child.left_edge.i
                    for m in child.children) and \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            return child
    return None


def subjectless_clause(verb: Token, obj: Token) -> Token | None:
    """'said fears that X were unfounded', parsed as said -> fears (object) and said -> were (clause): the
    reported clause after the object, when it has no subject of its own."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > obj.i), None)
    if clause is None or obj.left_edge.i != verb.i + 1:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    return clause


def paragraph_clip(tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """A headline or the paragraph before is never part of the content the cue reports."""
    toks = tokens(tok.doc)  # read word by word: a list index, not a new Token per word
    for i in range(tok.i - 1, lo - 1, -1):
        if toks[i].is_space and "\n" in toks[i].text:
            lo = i + 1
            break
    for i in range(tok.i + 1, hi + 1):
        if toks[i].is_space and "\n" in toks[i].text:
            hi = i - 1
            break
    return lo, hi


_KEEP_EDGE = set("“”\"'‘’«»") | {"''", "``"}


# Words by which the writer links a sentence to the one before ('However, X, she said'), set off by a comma.
_LINKING_OPENERS = tuple(tuple(p.split()) for p in (
    "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "also", "besides", "still",
    "yet", "finally", "additionally", "in addition", "likewise", "similarly"))


def linking_opener(doc: Doc, lo: int, hi: int) -> int:
    """'However, the plant will stay open, she said': a word that opens the sentence and links it to the one before,
    set off by a comma, is the writer's, not part of what was said (as a lone 'However' before a cue aside is not);
    where the content starts without it."""
    toks = tokens(doc)  # read word by word
    if lo >= hi:
        return lo
    if lo > 0 and not (toks[lo].is_sent_start or toks[lo - 1].is_space and "\n" in toks[lo - 1].text):
        return lo
    for phrase in _LINKING_OPENERS:
        end = lo + len(phrase)
        if end < hi and toks[end].text == "," and \
                tuple(t.lower_ for t in toks[lo:end]) == phrase:
            return end + 1
    return lo


def trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Drop punctuation (not quote marks) and conjunctions hanging at the edges of a content span, and a linking word
    that opens it ('However,')."""
    while lo <= hi and (doc[lo].is_punct and doc[lo].text not in _KEEP_EDGE or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    opened = linking_opener(doc, lo, hi)
    if opened != lo:
        lo = opened
        while lo <= hi and (doc[lo].is_punct and doc[lo].text not in _KEEP_EDGE or doc[lo].is_space):
            lo += 1
    while hi >= lo and (doc[hi].is_punct and doc[hi].text not in _KEEP_EDGE or doc[hi].is_space):
        if doc[hi].text == ")" and any(t.text == "(" for t in doc[lo:hi]) and \
                sum(t.text == "(" for t in doc[lo:hi]) > sum(t.text == ")" for t in doc[lo:hi]):
            break  # "winds near 180 mph (285 kph)": a bracket opened inside the content closes it
        hi -= 1
    return lo, hi


def named_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own that is no pronoun ('and the campaign would not say', not 'but he
    would not say'): one named, not the source a reported clause goes on with."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in SUBJECT_PRONOUNS for c in verb.children)


def pieces_around(doc: Doc, lo: int, hi: int, cut_lo: int, cut_hi: int) -> list[tuple[int, int]]:
    """Character spans of tokens lo..hi on either side of the cue clause cut_lo..cut_hi, trimmed."""
    pieces = []
    for s, e in ((lo, cut_lo - 1), (cut_hi + 1, hi)):
        if e >= s:
            s, e = trim(doc, s, e)
            if e >= s and any(not doc[i].is_punct for i in range(s, e + 1)):
                pieces.append((doc[s].idx, doc[e].idx + len(doc[e])))
    return pieces
