"""Finding temporal expressions on the spaCy parse, and the tense that governs each.

spaCy's DATE/TIME entities are the main source, but their extents follow OntoNotes, not
TIMEX3: they swallow modifiers ("nearly five months"), possessives ("Wednesday's"),
ranges ("1991 to 1997") and whole clauses ("the quarter ended Sept. 30"), split
"Sunday night", and include ages. The fixes below are token rules on the same parse
(no second parse), plus a small word list for what the model never tags ("now", "recently").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .dates_lexicon import LEXICAL_CANDIDATES, MONTHS, SPLITTERS, TRIM_LEFT, UNITS, WEEKDAYS

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_HEDGE_AUX = {"would", "could", "might", "may", "should", "must", "can"}
_PLURAL_UNITS = {"years", "months", "weeks", "days", "quarters"}
_PLAN_VERBS = {"expect", "schedule", "plan", "set", "due", "be", "intend", "hope", "aim", "go", "want", "promise"}
_TRAILING = {"'s", "’s", "'", "’", ".", ",", ":", ";", "-", "–", "—", "(", ")", '"', "“", "”"}
_LEX: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(LEXICAL_CANDIDATES, key=lambda s: -len(s.split())):
    _words = tuple(_phrase.split())
    _LEX.setdefault(_words[0], []).append(_words)


def _dateish(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return tok.like_num or low in MONTHS or low in WEEKDAYS or low in UNITS or low in ("today", "yesterday")


def tense(span: Span) -> str | None:
    """past / future / present of the verb governing the span; None when hedged or unknown."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok is not span.root:
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lows = {a.lower_ for a in auxes}
    if lows & _FUTURE_AUX or (tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.children)):
        return "future"
    if any(a.lower_ == "to" for a in auxes) and tok.head is not tok and tok.head.lower_ == "going":
        return "future"
    if lows & _HEDGE_AUX:
        return None
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes)):
        return "past"  # "has been", and reduced relatives: "the injunction issued Thursday"
    if any(a.lower_ == "to" for a in auxes) and tok.head.lemma_ in _PLAN_VERBS:
        return "future"  # "is scheduled to close Monday"
    return "present"


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds without modifiers, prepositions and possessives that TIMEX3 leaves out."""
    while start < end and (doc[start].lower_ in TRIM_LEFT or doc[start].is_punct or doc[start].is_space):
        start += 1
    # "a two day (trip)": the article goes, "a year" stays
    if start + 1 < end and doc[start].lower_ in ("a", "an") and doc[start + 1].like_num:
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_space or doc[end - 1].lower_ in SPLITTERS):
        end -= 1
    return start, end


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges and clauses become their date-bearing parts: "1991 to 1997", "the quarter ended Sept. 30"."""
    parts, left = [], start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("-", "–") and not (doc[i - 1].is_digit and doc[i + 1].is_digit):
            continue  # "third-quarter", "year-ago" are one expression; "1991-1997" is two
        if doc[i].lower_ == "of" and doc[i - 1].lower_ in _PLURAL_UNITS and any(t.like_num for t in doc[left:i]):
            parts.append((left, i))  # "the first nine months | of 1997": a duration, then a date
            left = i + 1
            continue
        if doc[i].lower_ in SPLITTERS and any(_dateish(t) for t in doc[i + 1:end]) and any(
            _dateish(t) or t.lower_ in ("quarter", "year", "period") for t in doc[left:i]
        ):
            parts.append((left, i))
            left = i + 1
    parts.append((left, end))
    return parts


def _is_age(doc: Doc, start: int, end: int) -> bool:
    after = doc[end].lower_ if end < len(doc) else ""
    words = {t.lower_ for t in doc[start:end]}
    return after in ("old", "-old") or "old" in words or any(t.lower_.endswith("-old") for t in doc[start:end])


def candidates(doc: Doc) -> list[tuple[int, int]]:
    """Token spans (start, end) that may be temporal expressions, in text order, not overlapping."""
    raw: list[list] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        # glue "Sunday" + "night", "4 a.m. EDT" + "Thursday": the model splits what TIMEX3 joins
        if raw and raw[-1][1] == ent.start and (ent.label_ == "TIME" or raw[-1][2] == "TIME"):
            raw[-1][1] = ent.end
        else:
            raw.append([ent.start, ent.end, ent.label_])
    spans: list[tuple[int, int]] = []
    for s, e, _ in raw:
        if _is_age(doc, s, e):
            continue
        for a, b in _split(doc, s, e):
            a, b = _trim(doc, a, b)
            if a < b:
                spans.append((a, b))
    covered = {i for s, e in spans for i in range(s, e)}
    n = len(doc)
    for i, tok in enumerate(doc):
        options = _LEX.get(tok.lower_)
        if not options or i in covered:
            continue
        for words in options:
            j = i + len(words)
            if j <= n and all(doc[i + k].lower_ == w for k, w in enumerate(words)) and not covered & set(range(i, j)):
                if not (words[0] == "now" and j < n and doc[j].lower_ == "that"):
                    spans.append((i, j))
                    covered.update(range(i, j))
                break
    spans.sort()
    return spans
