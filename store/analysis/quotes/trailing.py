"""A report whose source comes last: "Prices could rise further, industry officials said."

News puts the source after the reported clause, set off by a comma, and ends the sentence there.
The small model often loses the link: it hangs the source inside the clause ("… interest in U.S.
corn, industry and government officials said": "officials" becomes the object of "in"), makes
the cue a conjunct of the clause's verb ("… in the U.K., Chairman Sir John Egan told a news
conference"), or makes the clause an adverbial of the cue ("Even if they diversify they will head
for the U.S. market, one dealer predicted"). The word order alone says what was reported and by
whom, so it is read from the tokens when the parse gives no sourced content of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..paragraphs import dateline_end
from .clauses import FINITE
from .cue_table import cues
from .index import sent_bounds, text_of
from .modified_source import SOURCE_GROUP_POS, modified_source
from .quoted_as_saying import quoting_of
from .speakers.words import TRAILING_PRONOUNS

_SOURCE_HEAD_POS = {"NOUN", "PROPN", "PRON"}
_ENDS = {".", "!", "?"}
_LONGEST_SOURCE = 10  # words between the comma and the cue
REPORT_VERBS = frozenset(cues()["trailing_verbs"])  # "…, dealers said", not "…, males find mates"
_HEARER_VERBS = frozenset(cues()["trailing_hearer_verbs"])  # "…, trade sources told Reuters."
_LONGEST_TAIL = 8  # words after the cue: "told Reuters in an interview on Monday"


def trailing_report(cue: Token, mask: bytearray) -> tuple[int, int, Token | None] | None:
    """(first, last, source) token indices of the clause a sentence-final '…, SOURCE CUE.' reports.

    Only a sentence that ends with the cue and what it governs directly (a hearer, a time or
    place: "told Reuters on Monday") qualifies, with a source of plain noun words (or a pronoun)
    between the comma and the cue, and a clause with a verb of its own before the comma. The source
    is None when the parse hung it inside the clause, where its phrase would take clause words in.
    """
    doc = cue.doc
    lemma = cue.lemma_.lower()
    perfect = _perfect_aux(cue)
    if perfect is None:
        perfect = _quoted_aux(cue)  # "…, the minister was quoted as saying."
    if cue.tag_ not in ("VBD", "VBZ", "VBP") and perfect is None or lemma not in REPORT_VERBS:
        return None
    lo, end = sent_bounds(doc, cue.i)
    while end > cue.i + 1 and doc[end - 1].is_space:
        end -= 1
    tail = doc[cue.i + 1:end]
    if not tail or tail[-1].text not in _ENDS or len(tail) > _LONGEST_TAIL + 1 or \
            any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.i != tail[-1].i or mask[t.idx] for t in tail) or \
            lemma not in _HEARER_VERBS and any(t.head.i == cue.i and t.dep_ in ("dobj", "attr", "oprd") for t in tail):
        return None
    at = perfect if perfect is not None else cue.i
    found = _plain_source(doc, at, lo, mask) or modified_source(doc, at, lo, mask)
    if found is None:
        return None
    comma, source = found
    first = clause_start(doc, lo, comma)
    last = comma - 1
    finite = sum(t.tag_ in FINITE for t in doc[first:comma])
    if not finite:
        lo = _cut_sentence_start(doc, lo)
        first = clause_start(doc, lo, comma)
        finite = sum(t.tag_ in FINITE for t in doc[first:comma])
    if last <= first or not finite or all(mask[t.idx] for t in doc[first:comma] if not t.is_punct):
        return None
    if finite < 2 and _opens_subordinate(doc, first):
        return None  # "When Congress cut funding, Mexico said enough": a time or condition set before the words
    if source.left_edge.i <= comma:
        source = None  # the parse made the source part of the clause: its phrase would run back into it
    return first, last, source


def _perfect_aux(cue: Token) -> int | None:
    """The index of 'has' in a present or past perfect cue ("…, a panel of judges has warned."), which the
    source ends before; None for any other form, a passive ("has been told") among them."""
    if cue.tag_ != "VBN" or cue.i == 0:
        return None
    aux = cue.doc[cue.i - 1]
    if aux.head.i != cue.i or aux.dep_ != "aux" or aux.lemma_.lower() != "have" or \
            aux.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "auxpass" for c in cue.children):
        return None
    return aux.i


def _quoted_aux(cue: Token) -> int | None:
    """The index of 'was' in '…, the minister was quoted as saying.', where 'saying' is the cue: wire copy
    passes on words another outlet printed this way, and the one quoted ends before 'was' as the source of
    '…, officials said.' ends before 'said'. None for any other 'saying'. The words must stand in this order,
    side by side, as the source's end is read from them (quoted_as_saying asks only that the passive has a
    subject)."""
    quoting = quoting_of(cue)
    as_ = cue.head
    if quoting is None or as_.i != cue.i - 1 or as_.i < 2 or quoting.i != as_.i - 1:
        return None
    aux = cue.doc[quoting.i - 1]
    if aux.dep_ != "auxpass" or aux.head.i != quoting.i or aux.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return aux.i


def _cut_sentence_start(doc: Doc, lo: int) -> int:
    """Where a sentence begins that the model cut in two without a full stop between: "Japan is seeking to keep
    its dispute with the U.S. From erupting into a trade war, officials said" ("U.S. From" read as a break),
    "… with the French concern <Petro Chemie>, the news agency said" (a ticker's "<" read as one). Only asked
    for when what follows the cut has no verb of its own, so it cannot be a sentence."""
    k = lo - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k < 0 or doc[k].is_space or doc[k].text in _ENDS or doc[k].is_quote:
        return lo
    return sent_bounds(doc, k)[0]


def _plain_source(doc: Doc, i: int, lo: int, mask: bytearray) -> tuple[int, Token] | None:
    """(the comma that opens it, the source's head) for plain noun words (or a pronoun) between a comma and the
    cue at i."""
    comma = _comma_before(doc, i, lo)
    if comma is None:
        return None
    words = doc[comma + 1:i]
    source = words[-1]
    if source.pos_ not in _SOURCE_HEAD_POS or mask[source.idx] or \
            source.pos_ == "PRON" and (len(words) > 1 or source.lower_ not in TRAILING_PRONOUNS) or \
            any(t.pos_ not in SOURCE_GROUP_POS for t in words[:-1]):
        return None
    return comma, source


def one_of_two_clauses(doc: Doc, span: tuple[int, int], first: int, last: int) -> bool:
    """The content `span` (characters) is one of two clauses joined by a conjunction that make up the sentence
    `first`..`last` (tokens): "X, but Y, they said" parsed as a report of X alone, or of Y alone."""
    start, end = span
    if not doc[first].idx <= start < end <= doc[last].idx + len(doc[last]):
        return False
    inside = [t for t in doc[first:last + 1] if start <= t.idx < end]
    if not inside:
        return False
    before, after = doc[first:inside[0].i], doc[inside[-1].i + 1:last + 1]
    if not before and not after or before and after:
        return False
    rest = before or after
    edge = [t for t in (list(rest)[-2:] + inside[:1] if before else inside[-2:] + list(rest)[:1]) if not t.is_punct]
    return any(t.dep_ == "cc" and t.lower_ in _JOINING for t in edge) and any(t.tag_ in FINITE for t in rest)


_JOINING = {"but", "and", "yet"}


_SUBORDINATORS = {"when", "if", "as", "because", "although", "though", "while", "after", "before", "since", "until",
                  "once", "unless", "whereas", "whenever"}


def _opens_subordinate(doc: Doc, first: int) -> bool:
    """The clause opens with a subordinator ("When …", "But even if …")."""
    for t in doc[first:first + 3]:
        if t.lower_ in _SUBORDINATORS:
            return True
        if t.pos_ not in ("CCONJ", "ADV"):
            return False
    return False


def _comma_before(doc: Doc, i: int, lo: int) -> int | None:
    """The comma that opens the source in front of the cue at i, at most a few words back."""
    for k in range(i - 1, max(lo, i - _LONGEST_SOURCE - 1) - 1, -1):
        if doc[k].text == ",":
            return k if k < i - 1 and k > lo else None
        if doc[k].is_punct and doc[k].text not in ("-", "'", "’"):
            return None
    return None


def clause_start(doc: Doc, lo: int, comma: int) -> int:
    """Where the reported clause begins: the sentence's start, past a paragraph break, a dateline
    ("TOKYO, March 25 - ") and a quotation mark the sentence opens with."""
    first = lo
    for k in range(comma - 1, lo - 1, -1):
        if doc[k].is_space and "\n" in doc[k].text:
            first = k + 1
            break
    dateline = dateline_end(text_of(doc))
    if dateline is not None and doc[first].idx < dateline <= doc[comma].idx:
        first = next(t.i for t in doc[first:comma + 1] if t.idx >= dateline)
    while first < comma and (doc[first].is_space or doc[first].is_punct and doc[first].text in "\"“‘'"):
        first += 1
    return first
