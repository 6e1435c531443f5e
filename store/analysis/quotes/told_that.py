"""What someone told a hearer named with a place or time: "told a crowd at a hotel in Dayton that she is not
quitting", "told reporters in the capital that the bill would pass".

After a hearer and a prepositional phrase the parse often reads the that-clause as a relative clause on the
last noun ("the capital that she is not quitting"), so the telling seemed to report nothing. A telling with no
clause of its own always reports one: a clause opened by "that" with a subject of its own, hung on a noun of the
hearer's phrase or of a phrase after it, is what was told.

Wire copy leaves "that" out ("told a news conference the bank was in talks"), and the parse then reads the clause
as a relative one on the hearer with no pronoun; a clause that opens on its own subject and has no gap is no
relative clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import FINITE
from .cue_table import cues

SUBJECTS = ("nsubj", "nsubjpass", "expl")


def told_clause(tok: Token) -> Token | None:
    """The clause the parse hung on a noun after the telling verb `tok`, when it is what was told."""
    for child in tok.rights:
        if child.dep_ not in ("dobj", "dative", "prep", "npadvmod"):
            continue
        for t in child.subtree:
            if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and _opens_with_that(t):
                return t
        if child.dep_ in ("dobj", "dative"):
            bare = _bare_clause(child)
            if bare is not None:
                return bare
    return None


def _bare_clause(hearer: Token) -> Token | None:
    """'told a news conference the bank was in talks': the clause right after the hearer's noun, opened by its
    subject, with nothing left for a relative to fill ('told the crowd he had met' keeps its gap)."""
    doc = hearer.doc
    for clause in hearer.rights:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        first = clause.left_edge
        before = doc[first.i - 1]
        if before.i != hearer.i and before.head.i != hearer.i or before.is_punct or \
                first.tag_ in RELATIVE_TAGS or first.lower_ == "that":
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
        if subject is None or subject.left_edge.i != first.i or subject.pos_ == "PRON":
            continue
        if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for c in clause.subtree):
            continue  # a stranded preposition: 'the conference the bank spoke at'
        if subject.dep_ == "nsubjpass" or \
                any(c.dep_ in FILLED or c.dep_ == "prep" and c.i > clause.i for c in clause.children):
            return clause
    return None


def _opens_with_that(clause: Token, taken: bool = False) -> bool:
    """'… that she expects to win': "that" opens it, right after the noun (no comma: ', that' is a relative), with
    a subject of its own and no gap for "that" to fill: "that" is a conjunction, or the verb has its object or
    complement already ('a town that the river had flooded' is a relative clause, its object the town). With
    `taken`, also when the parse gave "that" a slot the clause has filled already (see _slot_taken)."""
    doc = clause.doc
    first = clause.left_edge
    if first.lower_ != "that" or first.i < 1 or doc[first.i - 1].is_punct or \
            not clause.left_edge.i <= first.head.i <= clause.right_edge.i:
        return False
    if not any(c.dep_ in SUBJECTS and c.i != first.i for c in clause.children):
        return False
    # the gap is in the verb "that" hangs on ('that she expects to win the state': "that" is read as win's object)
    return first.dep_ in ("mark", "advmod") or \
        any(c.dep_ in FILLED and c.i != first.i for c in first.head.children) or \
        taken and _slot_taken(first, clause)


def _slot_taken(that: Token, clause: Token) -> bool:
    """'at a briefing that the budget would be cut', 'on a call that spending would come in at the low end': the
    parse gave "that" a slot the clause has filled already, an object beside a passive's subject or a second object
    of one preposition, or read it as the determiner of the clause's subject in a clause with nothing left for a
    relative to fill ('on a call that revenue would come in at X'), so it is the conjunction (or the subject's own
    word), and the clause no relative one."""
    head = that.head
    if clause.dep_ != "relcl":
        return False  # 'on the understanding that X': the noun's own clause, which says what it holds
    if that.dep_ == "pobj":
        return any(c.dep_ == "pobj" and c.i != that.i for c in head.children)
    if that.dep_ == "dobj":
        return any(c.dep_ == "nsubjpass" for c in head.children)
    if that.dep_ == "det" and head.dep_ in SUBJECTS and head.head.i == clause.i:
        return any(c.dep_ in FILLED or c.dep_ == "nsubjpass" or c.dep_ == "prep" and c.i > clause.i
                   for c in clause.children)
    return False


# the prepositions of a phrase that says where, when or by what means words were said ('at a briefing', 'on a
# call', 'in a review', 'during a visit'); not 'about' or 'of', whose noun is what the words were about
_OCCASION_PREPS = frozenset({"in", "at", "on", "during", "before", "after", "via", "through", "over", "from"})


def clause_after_occasion(verb: Token) -> Token | None:
    """'said at a briefing that the budget would be cut': a that-clause the parse read as a relative one on the
    noun of the verb's own phrase of place, time or occasion, closing that phrase, with no gap for "that" to fill,
    is what was said (a that read as a conjunction there is found already)."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _OCCASION_PREPS):
        for clause in prep.subtree:
            if clause.dep_ == "relcl" and clause.pos_ in ("VERB", "AUX") and \
                    clause.right_edge.i == prep.right_edge.i and _opens_with_that(clause, taken=True):
                return clause
    return None


FILLED = ("dobj", "attr", "acomp", "xcomp", "ccomp")  # not oprd: "a city that she calls home"


# the ones a wire story says a source told: those the parse reads as plural hearers, gatherings, and a few more
_HEARER_HEADS = frozenset(cues()["hearer_nouns"]) | frozenset(cues()["gathering_nouns"]) | \
    frozenset(cues()["told_hearer_nouns"])
_NAMED = ("ORG", "PERSON", "NORP", "GPE")
RELATIVE_TAGS = {"WDT", "WP", "WP$", "WRB"}
_OPENERS = {"DET", "PROPN", "NOUN", "ADJ", "NUM"}
# 'told a news conference it had been decided X', 'told the board he would stay': a pronoun in the subject's case
# right after the one told opens what was told; 'them' or 'her' would be a second object
_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i"}


def told_after_hearer(tok: Token) -> tuple[int, int, Token] | None:
    """'told a news conference the fall of the dollar meant X', 'told Reuters the talks, which began in May,
    ended': with no "that", the parse often hangs the told clause's subject on the telling verb as a second object
    and its verb elsewhere, so the telling seemed to report nothing. Right after a hearer (a named one, reporters,
    a gathering), a noun phrase with a finite verb of its own later in the sentence is what was told; a relative
    clause on that noun ('the plan he backed') and the teller's next act ('and then left') are none. Gives the
    first and last token and the clause's verb."""
    doc = tok.doc
    hearer = _hearer(tok)
    if hearer is None:
        return None
    end = _hearer_end(hearer)
    if not (hearer.ent_type_ in _NAMED or hearer.lemma_.lower() in _HEARER_HEADS or hearer.lower_ in _HEARER_HEADS):
        return None
    last = tok.sent.end - 1
    while last > end and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    first = end + 1
    if first >= last or doc[first].lower_ == "that" or \
            doc[first].pos_ not in _OPENERS and doc[first].lower_ not in _SUBJECT_PRONOUNS:
        return None
    verb = _main_verb(doc, first, last)
    return (first, last, verb) if verb is not None else None


def _main_verb(doc, first: int, last: int) -> Token | None:
    """The first finite verb from `first` on that belongs to no relative clause: one after a relative pronoun
    with no comma between is that clause's; a pronoun subject right after a noun ('the plan he backed') makes the
    clause a relative one, and then nothing was told."""
    relative_open = False
    for t in doc[first:last + 1]:
        if t.tag_ in RELATIVE_TAGS:
            relative_open = True
        elif t.text == ",":
            relative_open = False
        elif t.tag_ in FINITE and not relative_open:
            if any(doc[k].pos_ == "CCONJ" for k in range(max(first, t.i - 2), t.i)):
                return None  # "told the board the figures and then left": the teller's next act
            subject = next((c for c in (t.head if t.dep_ in ("aux", "auxpass") else t).children
                            if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.pos_ == "PRON" and subject.i > first and \
                    doc[subject.i - 1].pos_ in ("NOUN", "PROPN"):
                return None
            return t
    return None


def after_hearer(tok: Token) -> int:
    """Where the words after the one told (right after the telling verb) start; right after the verb if none."""
    hearer = _hearer(tok)
    return tok.i + 1 if hearer is None else _hearer_end(hearer) + 1


def _hearer(tok: Token) -> Token | None:
    """The one told, right after the telling verb."""
    hearer = next((c for c in tok.rights if c.dep_ in ("dobj", "dative")), None)
    return hearer if hearer is not None and hearer.left_edge.i == tok.i + 1 else None


def _hearer_end(hearer: Token) -> int:
    """The last token of the one told: a named hearer runs to its name's end."""
    doc = hearer.doc
    end = hearer.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and hearer.ent_type_:
        end += 1
    return end
