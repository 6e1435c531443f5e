"""Where reported content ends: the writer's own additions trailing after it are not what was reported.

The parse gives a cue's whole complement subtree, but news prose hangs the writer's asides on
its end: a comma-led relative clause (", which forced her to leave"), a participle clause
(", focusing on …"), a concession (", although he again refused …"), a clause after a
semicolon, and a second speech verb joined by "and" in the cue's own tense ("said X and warned Y" reports
two things; "says the two met and decided …" is one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import tokens
from ..entities.vocabulary import PLAIN_HYPHEN, glued_hyphen
from .characterised import characterised
from .clauses import named_subject
from .contrasted_clauses import added_clause, contrasted_clause
from .cue_table import cues, report_verbs
from .forecasts import figure_change
from .foreseen_despite import foreseen_despite
from .index import sent_bounds
from .likewise import others_likewise
from .next_act import finite_after_base_form, finite_after_infinitive
from .open_questions import QUESTION_WORDS
from .relative import COMMA_RELATIVES
from .report_goes_on import report_goes_on
from .second_act import act_after_the_cue_clause, own_report, second_act

_CONCESSIVE = {"although", "though", "whereas"}  # not "while": "X rose, while Y fell" is often one report
_CONTRAST = {"while", "whereas", "whilst"}
_REASON_PREPS = {"due", "because", "owing"}
_REASON_OR_CONDITION = {"because", "if", "unless"}
_ELABORATING = frozenset(cues()["elaborating_verbs"])  # "without elaborating"
_GIVING = frozenset(cues()["detail_giving_verbs"])  # "without giving figures", "without naming them"
_DETAILS = frozenset(cues()["detail_nouns"])
_WITHHOLDING = frozenset(cues()["withholding_verbs"])  # "but declined to say whether"


def cut_tail(doc: Doc, cue: Token, lo: int, hi: int, cues: frozenset[str]) -> int:
    """The last token of the content lo..hi once trailing asides are cut off."""
    if hi <= cue.i:
        return hi  # content before its cue ("X, he said") ends where the writer's clause begins
    for t in tokens(doc)[max(lo, cue.i) + 1:hi + 1]:  # a list slice: no Span, no Token made per word
        if t.i > hi:
            break
        if t.text == ";" and t.i > lo:
            hi = t.i - 1
            break
        if t.i <= lo + 1 or t.right_edge.i < hi:
            continue
        start = t.left_edge.i
        if start <= lo + 1:
            continue
        if _aside(doc, t, start, cue, cues) and not figure_change(t, lo) or characterised(doc, t, start, hi):
            hi = start - 1
            break
    while hi > lo and (doc[hi].is_punct and doc[hi].text in ",;:—–-" or doc[hi].dep_ == "cc" or doc[hi].is_space):
        hi -= 1
    return hi


def whole_word(doc: Doc, hi: int) -> int:
    """'the rules must be re-written before X', 'vowed to co-operate with Y': the tagger may break a hyphenated word
    into three heads of their own and the content end on its first part or on the hyphen ('to co').
    A content that stops there runs on to the word after the hyphen and that word's phrase."""
    toks = tokens(doc)
    while True:
        if _glued_hyphen(toks, hi):
            hi += 1
        elif hi + 1 < len(toks) and _glued_hyphen(toks, hi + 1):
            hi += 2
        else:
            return hi
        hi = max(hi, toks[hi].right_edge.i)


def _glued_hyphen(toks: list[Token], i: int) -> bool:
    """toks[i] is a hyphen inside a word: letters either side, no space."""
    return glued_hyphen(toks, i, PLAIN_HYPHEN) and toks[i - 1].text[-1:].isalpha() and toks[i + 1].text[:1].isalpha()



def stray_conjuncts(cue: Token, hi: int) -> int:
    """Widen the content to verbs the parser hung on the cue that cannot be the cue's own.

    "wants to triple the program, grow the Corps and create a reserve": a bare "grow" cannot
    share the subject of "wants"; "says the two met and decided": a verb in another tense
    than the cue, with no subject of its own, goes on with the reported clause. A second clause the
    parser hung on the cue beside the first, joined to it by "and" or a comma, is the rest of the one
    reported clause ("thinks X but said Y" is one report too).
    """
    sent_end = sent_bounds(cue.doc, cue.i)[1]
    for child in cue.rights:
        if child.dep_ == "ccomp" and child.left_edge.i > hi > cue.i and child.right_edge.i < sent_end and \
                _joined(cue.doc, hi, child.left_edge.i):
            hi = child.right_edge.i  # "said Trump has respect for X and his comment was Y": one clause parsed as two
            continue
        if child.dep_ == "conj" and child.left_edge.i > hi > cue.i and child.right_edge.i < sent_end and \
                child.left_edge.lower_ == "that" and child.left_edge.dep_ == "mark" and child.left_edge.head.i == child.i and \
                _joined(cue.doc, hi, child.left_edge.i):
            hi = child.right_edge.i  # "found that X, but that Y": the parse makes the second point the cue's conjunct
            continue
        if child.dep_ == "advcl" and child.left_edge.i > hi > cue.i and child.right_edge.i < sent_end and \
                child.left_edge.lower_ in _REASON_OR_CONDITION and _joined(cue.doc, hi, child.left_edge.i):
            hi = child.right_edge.i  # "said X, because Y", "vowed to X if Y": the reason or the condition goes with it
            continue
        if child.dep_ == "prep" and child.lower_ in _REASON_PREPS and child.left_edge.i > hi > cue.i and \
                child.right_edge.i < sent_end and _joined(cue.doc, hi, child.left_edge.i):
            hi = child.right_edge.i  # "added X, due to Y", "because of Y": so is a reason the parser hung on the verb
            continue
        if child.i > hi and child.dep_ in ("conj", "advcl") and child.pos_ in ("VERB", "AUX") and \
                child.tag_ != cue.tag_ and (child.dep_ == "conj" or child.tag_ == "VB") and not own_report(child) and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux") for c in child.children) and \
                not finite_after_infinitive(cue, child, hi):
            hi = child.right_edge.i
    return listed_examples(cue, added_clause(cue, contrasted_clause(cue, hi)))


def listed_examples(cue: Token, hi: int) -> int:
    """'condemned the invasion, including the annexation of Crimea': the parse hangs the examples on the cue;
    they go on with the content they list from."""
    doc = cue.doc
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ == "including" and cue.i < hi and doc[child.i - 1].text == "," and \
                hi + 1 <= child.i <= hi + 2 and any(c.dep_ == "pobj" for c in child.children):
            return child.right_edge.i
    return hi


def compared_figures(cue: Token, lo: int, hi: int) -> int:
    """'forecast 85 cts a share for the spring quarter, compared with 68 cts a year before': the parse hangs the
    comparison, and the date before it, on the cue; the figure a report gives is read against the one it is
    compared with, so both go on with the content. Only a comparison right after the content (a comma between or
    none), or after a date hung on the cue, counts."""
    doc = cue.doc
    if hi <= cue.i or lo <= cue.i:
        return hi
    for child in cue.rights:
        if child.lower_ not in _COMPARING or child.dep_ not in ("prep", "advcl") or child.i <= hi or \
                not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in child.children):
            continue
        between = doc[hi + 1:child.i - 1 if doc[child.i - 1].text == "," else child.i]
        if all(_date_word(t) and _hung_on(t, cue) for t in between):
            return child.right_edge.i
    return hi


_COMPARING = {"compared", "comparing"}


def _date_word(t: Token) -> bool:
    """A word of a date phrase: the date itself ('the second quarter'), or the preposition that opens it ('in')."""
    return t.ent_type_ == "DATE" or not t.is_punct and t.head.ent_type_ == "DATE" and t.dep_ in ("prep", "det") or \
        t.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in t.children)


def _hung_on(t: Token, cue: Token) -> bool:
    """t lies in a phrase the parse hung on the cue itself (a date of the report), not inside another clause."""
    while t.head.i != t.i and t.head.i != cue.i:
        t = t.head
    return t.head.i == cue.i


def _joined(doc: Doc, hi: int, start: int) -> bool:
    """Only a conjunction or a comma lies between the content so far and the next clause."""
    return all(t.dep_ == "cc" or t.text == "," or t.is_space for t in doc[hi + 1:start])


def _aside(doc: Doc, t: Token, start: int, cue: Token, cues: frozenset[str]) -> bool:
    comma = doc[start - 1].text in (",", "—", "–", "--") or _comma_in_quotation(doc, start)
    if second_act(t, cue) or finite_after_base_form(t, cue) or act_after_the_cue_clause(t, cue):
        return True
    if t.lower_ == "according" and t.dep_ == "prep" and comma:
        return True  # "said the plan would cost $2 billion, according to two aides": who passed the report on
    if t.dep_ == "advcl" and others_likewise(doc, t, start):
        return True  # "…, as have several council members": the writer on who else holds the stance
    if t.dep_ == "prep" and t.lower_ == "despite" and (comma or _reports(t, cues)) and not foreseen_despite(t, cue):
        return True  # "…, despite photos showing …", "despite Znak.com claiming …": the writer weighing the report
    if t.dep_ == "conj" and doc[start - 1].lower_ == "but" and _held_back(t) and not _inner_report(t.head, cue, cues):
        return True  # "said it is weighing options but did not elaborate": the writer on what went unsaid
    if t.dep_ == "prep" and t.lower_ == "without" and any(c.dep_ == "pcomp" and _withholding(c) for c in t.children):
        return True  # "said he died in Britain without elaborating": the writer on how much was said, not the claim
    if t.dep_ in ("prep", "advcl", "mark") and t.lower_ in ("before", "after") and comma and \
            any(c.tag_ == "VBG" for c in t.children):
        return True  # "announced he would drop his bid, before reversing course the next day": what happened next
    if t.dep_ == "relcl" or doc[start].lower_ == "which":  # the parser often calls ", which …" an advcl
        return comma and doc[start].lower_ in COMMA_RELATIVES
    if t.dep_ in ("advcl", "acl", "xcomp", "conj") and t.tag_ == "VBG" and comma and doc[start].i == t.i:
        return True  # ", arguing that …", ", focusing on …"
    if t.dep_ == "appos" and comma:  # ", a former governor": the writer introducing someone
        return not _list_item(t) and not _restated_thing(t)
    if t.dep_ == "advcl" and not comma and t.lemma_.lower() in cues and \
            {c.lower_ for c in t.children if c.dep_ == "mark"} & (_CONCESSIVE | _CONTRAST) and \
            any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "ccomp" for c in t.children):
        return True  # "… on trading although they said the exchange might …": a second report, comma or none
    if t.dep_ == "advcl" and comma:
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if marks & _CONTRAST and t.lemma_.lower() in cues and \
                any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "ccomp" for c in t.children):
            return True  # ", while Beijing insists it is neutral": another source's report, not this one's
        return bool(marks & _CONCESSIVE)
    if t.dep_ == "conj" and t.tag_ == "VBD" and cue.tag_ in ("VBD", "VBN") and t.head.i != cue.i and \
            t.head.tag_ not in ("VBD", "VBN") and t.lemma_.lower() in report_verbs() and doc[t.i - 1].dep_ == "cc" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
        return True  # "have said the holdings were falling and rejected calls for …": no tense of the clause's own
    if _second_source(doc, t, cue, cues):
        return True
    if t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in cues and t.head.i != cue.i and t.tag_ == cue.tag_:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False  # "said prices rose and analysts expect more": one report with two clauses
        return any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children) and doc[t.i - 1].dep_ == "cc"
    return False


def _withholding(verb: Token) -> bool:
    """'without elaborating', 'without giving details', 'without naming them': how much the source said, not what
    ('would grow without borrowing more', 'without giving up its stake' are the claim's own)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prt", "ccomp")]
    lemma = verb.lemma_.lower()
    if lemma in _ELABORATING:
        return not objects or all(c.dep_ == "dobj" and c.lemma_.lower() in _DETAILS for c in objects)
    return lemma in _GIVING and bool(objects) and \
        all(c.dep_ == "dobj" and (c.lemma_.lower() in _DETAILS or c.pos_ == "PRON") for c in objects)


def _inner_report(verb: Token, cue: Token, cues: frozenset[str]) -> bool:
    """'reported that Ana Ruiz confirmed X but would not say Y': the one who held back is the named source of a
    report inside the content, whose words the outer source passes on whole."""
    while verb.i != cue.i:
        if verb.lemma_.lower() in cues and \
                any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _held_back(verb: Token) -> bool:
    """'but did not elaborate', 'but declined to give details', 'but he would not say why': a conjunct of the
    reported clause by which the source, no one else, held words back; not 'but did not raise prices' (the claim's)."""
    if named_subject(verb):
        return False
    if verb.lemma_.lower() in _WITHHOLDING:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    elif not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb is None:
        return False
    if verb.lemma_.lower() == "say":
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj")), None)
        return clause is None or clause.left_edge.lower_ in QUESTION_WORDS  # "did not say for how long", "say why"
    return _withholding(verb)


def _second_source(doc: Doc, t: Token, cue: Token, cues: frozenset[str]) -> bool:
    """'said the vote was fair and Democrats accused the GOP of stalling': a source named by a noun reporting in a
    clause of its own after "and"/"but" is another report, with its own cue, not more of this one's content."""
    if t.dep_ != "conj" or t.pos_ != "VERB" or t.head.i == cue.i or t.lemma_.lower() not in cues or \
            t.left_edge.i < 1 or doc[t.left_edge.i - 1].dep_ != "cc":
        return False
    if any(c.dep_ == "mark" for c in t.children):
        return False  # "said X and that the committee would Y": the one source's second point, "that" and all
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("PROPN", "NOUN") and subject.i > t.head.i and \
        any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children)


def _restated_thing(t: Token) -> bool:
    """'called for tax fairness, the closure of loopholes and …': a thing named again or the next item of a
    list, not a person or body introduced ('the minister, a former general'; 'the company, a unit of X')."""
    head = t.head
    return head.pos_ == "NOUN" and t.pos_ == "NOUN" and t.lower_ not in _TITLES and not t.ent_type_ and \
        not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


_TITLES = frozenset(cues()["titles"])
_CLOSING = {"”", "\"", "''", "’"}


def _comma_in_quotation(doc: Doc, start: int) -> bool:
    """'things “should be wrapped up by Cleveland,” referring to …': the comma that sets the aside off sits
    inside the closing quotation mark."""
    mark, comma = doc[start - 1], doc[start - 2] if start >= 2 else None
    # a mark that closes leans on the comma before it (', "which …"' opens a quotation instead)
    return comma is not None and comma.text == "," and not comma.whitespace_ and mark.text in _CLOSING


def _list_item(t: Token) -> bool:
    """'plans include convention facilities, a business park, an office complex and other developments': the parse
    calls the second of a list of things an apposition of the first; a list goes on with "and" or "or"."""
    return t.head.pos_ == "NOUN" and t.pos_ == "NOUN" and any(
        c.dep_ == "conj" and any(k.dep_ == "cc" and k.lower_ in ("and", "or") for k in c.children) or c.dep_ == "cc"
        for c in t.children)


_GOES_ON_MARKS = {"if", "unless", "because", "so", "since"}


def continuation(cue: Token, content: Token) -> tuple[int, int] | None:
    """The rest of a report the cue clause interrupts: "The increase is necessary, he said, to attract investment",
    "The jet was not airworthy, investigators have said, and should not have taken off".

    Only when the content comes before the cue and the cue clause is set off by commas, and only what cannot
    be the writer's own: an infinitive, a verb without a subject of its own, a condition or a reason, running to
    the end of the sentence (not ", adding …", ", while …", nor a place or time in a prepositional phrase).
    """
    doc = cue.doc
    if content.i > cue.i or content.dep_ != "ccomp" and not (cue.dep_ == "parataxis" and cue.head.i == content.i):
        return None
    sent_end = sent_bounds(doc, cue.i)[1]
    last = sent_end - 1
    while last > cue.i and (doc[last].is_punct and not doc[last].is_quote or doc[last].is_space):
        last -= 1
    for child in cue.rights:
        start = child.left_edge.i
        between = doc[cue.i + 1:start]
        if report_goes_on(cue, child, last) and any(t.text == "," for t in between):
            return start, last
        if child.right_edge.i != last or not any(t.text == "," for t in between) or \
                not all(t.text == "," or t.dep_ == "cc" for t in between):
            continue
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.tag_ == "VBG" or own_subject and child.dep_ == "conj" or _cue_s_next_act(cue, child):
            return None
        if child.dep_ == "xcomp" and infinitive or child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") or \
                child.dep_ == "advcl" and (marks & _GOES_ON_MARKS or infinitive and not marks):
            return start, last
        return None
    return None


def _cue_s_next_act(cue: Token, verb: Token) -> bool:
    """'X, an official said, but declined to name the buyers': a verb with no subject and no auxiliary of its own, in
    the cue's own tense, is the source's next act ('said … but declined'), not the report going on, which takes its
    own tense or a modal ('X, inspectors have said, and should have been shut')."""
    return verb.dep_ == "conj" and verb.tag_ == cue.tag_ and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _reports(t: Token, cues: frozenset[str]) -> bool:
    """Another source's report hangs below t ('despite Znak.com claiming X')."""
    return any(v.lemma_.lower() in cues and v.pos_ == "VERB" and
               any(c.dep_ in ("nsubj", "ccomp") for c in v.children) for v in t.subtree if v.i != t.i)
