"""The tense of the clause a date is told in: which way a bare weekday or month points from the report.

"Friday" told in "will meet on Friday" lies ahead, in "met on Friday" behind; a participle or an infinitive
takes its time from the clause it serves, and a hedge ("could", "might") says nothing of when.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..doctext import doc_slice, lowers
from .ahead import bounded_ahead
from .lexicon import FORECAST_ADJECTIVES

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_MERIDIEM = {"am", "pm", "a.m.", "p.m."}
_HEDGE_AUX = {"would", "'d", "could", "might", "may", "should", "must", "can"}
_PLAN_VERBS = {
    "expect", "schedule", "slate", "plan", "set", "due", "be", "intend", "hope", "aim", "go", "want", "promise"
}
# verbs whose date is, in news, ahead of the report even in the past tense
_SCHEDULE_VERBS = {"plan", "schedule", "slate"}
# a participle after its noun that names what is to come ("results expected on Friday")
_AHEAD_PARTICIPLES = {"expect"}
# verbs whose infinitive happened, or failed to, when they did: "failed to sign the lease on Friday", told on a
# Wednesday, is last Friday; "agreed to buy the line in February" still looks ahead
_IMPLICATIVE_VERBS = {"fail", "manage", "refuse", "decline", "try", "attempt", "neglect"}
_DEFER_VERBS = {"reschedule", "postpone", "delay", "adjourn", "defer", "extend"}
# verbs whose simple present tells a term's end or start set ahead ("the lease expires in February", "the permit
# terminates Friday"); not when what ends is a calendar period, whose present is a habit ("its fiscal year ends in June")
_TERM_VERBS = {"expire", "lapse", "terminate", "commence"}
_CALENDAR_NOUNS = {"year", "quarter", "month", "week", "period", "season", "semester", "term", "day"}


def tense(span: Span) -> str | None:
    """past / future / present of the verb governing the span, "would" for a plan told with "would"; None when
    otherwise hedged or unknown.

    A participle without a tense of its own ("announcing", "being detained") takes the tense
    of the clause it hangs from: "When announcing the shutdown on Monday, he called..." is
    past. An infinitive keeps its own: "agreed to purchase the line in February" looks ahead."""
    tok = span.root
    if tok.lower_ in _MERIDIEM and tok.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head  # "posting at 12:54 am": the tagger read "am" as the verb "to be"
    deadline = False
    via = tok  # the word through which the span hangs from its verb
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.i != span.root.i:
            break
        if tok.head.i == tok.i:
            break
        via, tok = tok, tok.head
        deadline = deadline or tok.lower_ in ("until", "till", "through")
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    adjunct = via.dep_ in ("prep", "npadvmod", "advmod")
    if adjunct:
        tok = _likely_infinitive(tok)  # not a date in the subject: "February's weakness is not likely to persist"
    # "failed to sign the lease on Friday": the time of the infinitive is the time of the failing; not of a
    # thing in its object ("was refusing to cancel the Christmas concert")
    for _ in range(3):
        found = _verb_tense(tok, deadline, adjunct)
        if found != _UNTENSED:
            return found
        above = _governing_verb(tok)
        if above is None:
            break
        tok = above
    return None if tok.tag_ == "VBG" else "present"


_UNTENSED = "untensed"


def _likely_infinitive(tok: Token) -> Token:
    """The infinitive of "is / was likely to <verb>" when a date hangs on the copula: the date is the infinitive's."""
    if tok.lemma_ != "be":
        return tok
    for adj in tok.children:
        if adj.dep_ == "acomp" and adj.lower_ in FORECAST_ADJECTIVES:
            for verb in adj.children:
                if verb.dep_ == "xcomp" and verb.pos_ in ("VERB", "AUX") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in verb.children
                ):
                    return verb
    return tok


def _governing_verb(tok: Token) -> Token | None:
    """The verb of the clause a non-finite verb hangs from, a few steps up at most. A participle after its
    noun ("a committee representing its creditors") may sit deep in the object of that clause's verb: "will
    hold a meeting with members of a committee representing its creditors on Tuesday" looks ahead."""
    for _ in range(8 if tok.dep_ == "acl" else 4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _shares_first_verbs_tense(tok: Token, auxes: list[Token]) -> bool:
    """A bare verb joined to an earlier one, with no auxiliary or subject of its own, shares that verb's
    auxiliaries: "will be capitalised ... and start operations in October" looks ahead, and so does "plans to sell
    the unit and close the deal in November". Only a first verb with auxiliaries of its own lends them: the parser
    also joins a bare verb to a tensed one of a clause inside the first ("will study what analysts called a fair
    offer and answer it on Tuesday"), which says nothing of the bare verb's time."""
    head = tok.head
    return (
        tok.dep_ == "conj" and tok.tag_ == "VB" and not auxes and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
    )


# the model's lemmas for plan verbs it misreads: "hopes to sign in March" is lemmatised as "hop", "is slated to open"
# as "slat"
_PLAN_MISREAD = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope", "slated": "slate", "slates": "slate", "slating": "slate",
}


def _plan_lemma(tok: Token) -> str:
    """The lemma of a verb a plan hangs from, mended where the model misreads it."""
    return _PLAN_MISREAD.get(tok.lower_, tok.lemma_)


def _verb_tense(tok: Token, deadline: bool, adjunct: bool = False) -> str | None:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lows = {a.lower_ for a in auxes}
    if _shares_first_verbs_tense(tok, auxes):
        return _UNTENSED
    if lows & _FUTURE_AUX or (tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.children)):
        return "future"
    if any(a.lower_ == "to" for a in auxes) and tok.head.i != tok.i and tok.head.lower_ == "going":
        return "future"
    if lows & _HEDGE_AUX:
        # "the council would review it in September": reported plans look ahead of when they were
        # told, a little before the report; other hedges ("could", "might") say nothing of when
        return "would" if lows & _HEDGE_AUX <= {"would", "'d"} else None
    if "had" in lows:
        return "past"  # past perfect: "it had been due to expire Friday"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not auxes and tok.lemma_ in _AHEAD_PARTICIPLES:
        return "future"  # "with results expected on Friday"; "scheduled", "planned" can be past plans
    if tok.lemma_ == "expect" and tok.tag_ == "VBN" and lows & {"is", "are", "'s", "'re"}:
        return "future"  # "Sunday's vote is expected to be close"
    if tok.lemma_ in _DEFER_VERBS and deadline:
        return "future"  # "postponed until Tuesday morning"; "On Thursday, the mayor extended..." is past
    if _plan_lemma(tok) in _SCHEDULE_VERBS:
        # "has scheduled a news conference Thursday" looks ahead; "planned ... Saturday" may be either
        if not auxes and tok.tag_ == "VBN" and tok.dep_ == "acl":
            # "a rowing regatta scheduled for October", told in March: a plan named after its noun, read as one
            # told with "would" (ahead of the report, or a little before it), the weekday still the nearest
            return "would"
        return None if not auxes and tok.tag_ in ("VBD", "VBN") else "future"
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if deadline and tok.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in auxes):
        return None  # "has given them until Tuesday": the deadline may lie either side
    if tok.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes)):
        return "past"  # "has been", and reduced relatives: "the injunction issued Thursday"
    if any(a.lower_ == "to" for a in auxes) and tok.dep_ == "xcomp" and tok.head.tag_ == "VBG" and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.head.children
    ):
        # "expect the Fed to add reserves by offering to buy bills on Wednesday": an infinitive under a
        # gerund has the time of the clause the gerund serves
        return _UNTENSED
    if adjunct and any(a.lower_ == "to" for a in auxes) and tok.dep_ == "xcomp" and tok.head.lemma_ in _IMPLICATIVE_VERBS:
        return _UNTENSED  # "the tenants failed to sign the lease on Friday": the time of the failing
    if adjunct and any(a.lower_ == "to" for a in auxes) and tok.head.lower_ in FORECAST_ADJECTIVES \
            and tok.head.dep_ == "acomp" and not lows & {"have"}:
        # "the bank is likely to cut rates in the second quarter" looks ahead; "said the bank was likely to cut
        # rates in June" is a forecast told a little before the report, read as a plan told with "would"; "had been
        # likely to" is gone
        copula = tok.head.head
        told = {c.lower_ for c in copula.children if c.dep_ in ("aux", "auxpass")} | {copula.lower_}
        if "had" in told:
            return "past"
        if told & {"was", "were"}:
            return "would"
        if copula.tag_ in ("VBZ", "VBP") or told & {"will", "'ll"}:
            return "future"
    if any(a.lower_ == "to" for a in auxes) and _plan_lemma(tok.head) in _PLAN_VERBS:
        plan = tok.head
        # "had been scheduled to expire at midnight Friday"; "it had been due to expire Friday evening", where
        # the past perfect sits on the copula above the adjective
        copula = plan.head if plan.pos_ == "ADJ" and plan.dep_ == "acomp" else plan
        if any(c.lower_ == "had" for c in plan.children) or any(c.lower_ == "had" for c in copula.children):
            return "past"
        if plan.tag_ == "VBD" or any(c.lower_ in ("was", "were") for c in plan.children):
            # "the government planned to pay ... on Friday", "Humberto was expected to pass Bermuda late
            # Wednesday night": a plan told in the past lies on either side of the report
            return None
        return "future"  # "is scheduled to close Monday"
    if tok.tag_ == "VBG":
        if lows & {"has", "have", "'ve"}:
            return "past"  # "have been searching since the Oct. 23 slaying"
        if not auxes:
            return _UNTENSED  # a participle clause ("announcing the shutdown on Monday, he called")
    if tok.tag_ == "VBN" and lows <= {"being", "to"} and lows:
        return _UNTENSED  # "after being detained earlier Friday"
    if tok.tag_ in ("VBZ", "VBP") and not auxes and tok.lemma_ in _TERM_VERBS and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _CALENDAR_NOUNS for c in tok.children
    ):
        return "future"  # "the lease, which expires in February", told in May: next February
    return "present"


def told_tense(doc: Doc, s: int, span) -> str | None:
    """The tense a date expression starting at token s is told in (`span` its tokens): its clause's (tense), unless
    the words just before it set it ahead ("effective June 1", "as soon as Tuesday") or back ("back in February",
    "since March 3")."""
    # "a new labor pact effective June 1", "effective from Feb. 1": a start date, announced ahead
    # "payable Dec. 7", "notes due Nov. 15": a date the story looks ahead to
    ahead = next((t for t in doc_slice(doc, max(0, s - 2), s) if t.lower_ in ("effective", "payable", "due")), None)
    if ahead is not None:
        # "the rules became effective in February": the verb it completes says the day is gone ("the
        # report was due Friday" may still lie ahead)
        return "past" if ahead.lower_ == "effective" and _past_complement(ahead) else "future"
    if lowers(doc)[max(0, s - 2):s] == ["back", "in"]:
        if not _going_back(doc[s - 2]):
            return "past"  # "we heard about it back in February"
        if tense(span) == "present":
            return "future"  # "we go back in April": a trip told in the simple present is one planned
    if s > 0 and doc[s - 1].lower_ == "since":
        return "past"  # "the coach, in charge since March 3, will lead the side abroad": a start already gone
    if s > 0 and doc[s - 1].lower_ == "ended" and doc[s - 1].dep_ == "acl" and _told_ahead(doc[s - 1]):
        return "future"  # "Revenues for the year ended August 31 will be about 1.2 billion dlrs": a year not yet over
    told = tense(span)
    return "future" if bounded_ahead(doc, s, told) else told


# verbs of going whose "back" is the way they go, not a look into the past: "we go back in April" is a trip ahead
_GOING_BACK = {"go", "come", "head", "fly", "sail", "travel", "get", "move", "drive", "walk"}


def _going_back(back) -> bool:
    """Whether "back" of "back in <month>" tells where a verb of going goes ("the team goes back in September"),
    so the verb's own tense places the month; "we heard about it back in February" looks back whatever the verb."""
    return back.dep_ in ("advmod", "prt") and back.head.i != back.i and back.head.lemma_ in _GOING_BACK


def _past_complement(word) -> bool:
    """Whether "effective" completes a verb in the simple past or the perfect ("became effective", "has been
    effective"), not one ahead or none ("a pact effective June 1", "will become effective")."""
    head = word.head
    if word.dep_ not in ("acomp", "attr", "oprd") or head.i == word.i:
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return (head.tag_ == "VBD" and not auxes) or (head.tag_ == "VBN" and auxes <= {"has", "have", "had"} and bool(auxes))


def _told_ahead(participle) -> bool:
    """Whether the clause a participle ("the year ended ...") hangs in is in the future tense ("will be")."""
    tok = participle
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children)
    return False
