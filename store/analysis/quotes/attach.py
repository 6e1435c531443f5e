"""Give direct quotes their cues: nearby speech verbs, a colon lead-in, and split quotes merged."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from .cue_table import cues
from .index import sent_bounds, sent_root, text_of
from .initials_labels import INITIALS, asking, named_by_initials


class Cue:
    """An attribution found in the parse: cue word(s), source token, reported content spans."""

    __slots__ = ("end", "source", "spans", "start", "text", "token")

    def __init__(self, token: Token, text: str, start: int, end: int, source: Token | None, spans):
        self.token, self.text, self.start, self.end = token, text, start, end
        self.source, self.spans = source, spans


_NAMING = frozenset(cues()["naming_verbs"])


def naming(tok: Token, mask: bytearray) -> bool:
    """'a site called Abri Peyrony', 'Called the X Challenge, it …', 'the reason to call the OS Rocky Linux':
    giving something a name is not speech. A participle hanging on a noun or on the clause, a passive,
    or a name (a proper noun outside quote marks) as what the thing is called."""
    if tok.lower_ == "known" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "as":
        return True  # "a website known as “Welcome To Video”"
    if tok.lemma_.lower() not in _NAMING or any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.rights):
        return False  # "called for X", "called on X to Y" are demands
    if tok.tag_ == "VBN" and (tok.dep_ in ("acl", "advcl") or any(c.dep_ == "auxpass" for c in tok.children)):
        return True
    if tok.dep_ == "acl" and tok.tag_ != "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a super PAC called Future 45": the parser may tag the participle as a past tense
    for c in tok.rights:
        named = c if c.dep_ == "oprd" else next((p for p in c.children if p.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ == "as" else None
        if named is not None and named.pos_ == "PROPN" and not mask[named.idx] and \
                named.ent_type_ not in ("DATE", "TIME") and \
                all(t.pos_ == "PROPN" or t.is_punct for t in named.subtree) and \
                not any(not t.is_punct for t in tok.doc[named.right_edge.i + 1:tok.right_edge.i + 1]):
            return True  # the name ends the clause: "called Trump a liar" goes on
    return False


def _nearest_verb(doc: Doc, group, mask: bytearray, verbs: frozenset[str], subject) -> Cue | None:
    """A speech verb outside any quote, in the quote's sentences and paragraph ("…,” he said.")."""
    text = text_of(doc)
    first = doc.char_span(group[0][0], group[0][1], alignment_mode="expand")
    last = doc.char_span(group[-1][0], group[-1][1], alignment_mode="expand")
    if first is None or last is None:
        return None
    lo, hi = sent_bounds(doc, first.start)[0], sent_bounds(doc, last.end - 1)[1]
    prev = lo - 1
    while prev >= 0 and doc[prev].is_space and "\n" not in doc[prev].text:
        prev -= 1
    if prev >= 0 and not doc[prev].is_space and not doc[prev].is_punct:
        lo = sent_bounds(doc, prev)[0]  # 'he told the host “…”': the parser cut the sentence before the quote
    if hi < len(doc) and text[last.end_char:doc[hi].idx].count("\n") == 0:
        hi = sent_bounds(doc, hi)[1]  # the parser sometimes cuts "”, he said." into its own sentence
    q_start, q_end = group[0][0], group[-1][1]
    ends_sentence = _ENDS_SENTENCE.search(text, max(q_start, q_end - 4), q_end) is not None
    best, best_key = None, None
    for tok in doc[lo:hi]:
        if mask[tok.idx] or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or naming(tok, mask):
            continue
        if ends_sentence and tok.idx > q_end and _next_report(text, q_end, tok):
            continue
        a, b = (tok.idx, q_start) if tok.idx < q_start else (q_end, tok.idx)
        if "\n" in text[a:b]:
            continue
        src = subject(tok)
        if src is not None and mask[src.idx]:
            src = None
        key = (src is None, b - a)
        if best_key is None or key < best_key:
            best, best_key = Cue(tok, tok.text, tok.idx, tok.idx + len(tok), src, []), key
    return best


_ENDS_SENTENCE = re.compile(r"[.!?][\"”'’]+$")
_NEW_SENTENCE = re.compile(r"\s+[A-Z]")


def _next_report(text: str, q_end: int, tok: Token) -> bool:
    """'“… far too late.” The report shows prices rising …': after a quotation that ends its sentence, a verb
    of the next one is its cue only as a bare attribution ('“Why now?” Ms Ruiz asked reporters, shaking her
    head.'); one that reports words of its own (a clause, an object other than the one told or asked, a second
    verb), or heads no sentence ('the proposed budget', 'The council, she said, will act'), belongs to
    that sentence's news."""
    if not _NEW_SENTENCE.match(text, q_end):
        return False
    if tok.dep_ != "ROOT":
        return True
    told = tok.lemma_.lower() in _HEARERS or tok.lemma_.lower() == "ask"  # the one told is no part of the words
    return any(c.i > tok.i and (c.dep_ in ("ccomp", "oprd") or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") or
                                c.dep_ == "xcomp" and c.tag_ != "VBG" or c.dep_ in ("dobj", "dative") and not told)
               for c in tok.children)


_HEARERS = frozenset(cues()["hearer_verbs"])


def _colon_cue(doc: Doc, group, mask: bytearray, subject) -> Cue | None:
    """'He told reporters: “…”' and a lead-in paragraph that ends with a colon."""
    text = text_of(doc)
    start = group[0][0]
    before = text[:start].rstrip()
    if not before.endswith(":") or before.count("\n", max(0, len(before) - 400)) > 0 and \
            "\n" in text[len(before):start] and text[len(before):start].count("\n") > 2:
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    root = sent_root(doc, colon.start)
    if root.pos_ in ("VERB", "AUX") and mask[root.idx]:
        # the parser ran the lead-in into the quotation and rooted both inside it: the lead-in's own verb
        lead_in = doc[colon.start].sent
        root = next((t for t in doc[lead_in.start:colon.start] if t.pos_ == "VERB" and not mask[t.idx] and
                     t.dep_ in ("advcl", "ccomp", "conj", "parataxis") and subject(t) is not None), root)
    if root.pos_ not in ("VERB", "AUX") or mask[root.idx]:
        return None
    src = subject(root)
    if src is None or mask[src.idx]:
        return None
    return Cue(root, root.text, root.idx, root.idx + len(root), src, [])


def attach_direct(doc: Doc, groups, given: dict, mask: bytearray, verbs: frozenset[str], subject):
    """(spans, cue) for every direct quote, split quotes ("…,” he said, “…”) merged into one."""
    text = text_of(doc)
    found: list[tuple[list, Cue | None]] = []
    for k, group in enumerate(groups):
        cue = given.get(k) or _nearest_verb(doc, group, mask, verbs, subject) or _colon_cue(doc, group, mask, subject)
        found.append((list(group), cue))
    merged: list[tuple[list, Cue | None]] = []
    for spans, cue in found:
        if merged:
            p_spans, p_cue = merged[-1]
            gap_a, gap_b = p_spans[-1][1], spans[0][0]
            gap = text[gap_a:gap_b]
            in_gap = [c for c in (p_cue, cue) if c is not None and gap_a <= c.start < gap_b]
            same = p_cue is None or cue is None or p_cue.token.i == cue.token.i or \
                p_cue in in_gap and (_reports_its_own(doc, text, spans, cue, mask) or _describes_source(p_cue, cue))
            if in_gap and same and "\n" not in gap and len(gap) <= 260 and \
                    _between_pieces(doc, gap, gap_a, in_gap[0]):
                merged[-1] = (p_spans + spans, in_gap[0])
                continue
        merged.append((spans, cue))
    return merged


def _reports_its_own(doc: Doc, text: str, spans, cue: Cue, mask: bytearray) -> bool:
    """'“…,” said X. “It ended.” With Y in view, Z has suggested that …': a quotation that closes its sentence
    goes on from the cue before it; a later sentence's verb with a clause of its own reports that clause."""
    end = spans[-1][1]
    if cue.start < end or text[end - 2 if text[end - 1] in "'`" else end - 1] not in "“”\"'’«»" or \
            not any(c in ".!?" for c in text[max(spans[-1][0], end - 4):end]):
        return False
    last = doc.char_span(spans[-1][0], end, alignment_mode="expand")
    if last is None or cue.token.sent.start <= last[-1].i:
        return False
    return any(c.dep_ == "ccomp" and not mask[c.idx] and c.i > cue.token.i for c in cue.token.children)


def _describes_source(p_cue: Cue, cue: Cue) -> bool:
    """"''…,'' said Ana Ruiz, who has backed the mayor for years. ''…''": a verb inside the phrase of the source
    of the cue before it (a relative clause or an apposition on the speaker) only describes the speaker; the next
    quotation goes on from that cue. (Opening marks typed as two apostrophes leave that quotation's sentence to the
    parse, which may reach back to the clause's verb as the nearest.)"""
    src, verb = p_cue.source, cue.token
    if src is None or not p_cue.start < cue.start or verb.i == src.i:
        return False
    return src.left_edge.i <= verb.i <= src.right_edge.i and not src.left_edge.i <= p_cue.token.i <= src.right_edge.i


def _between_pieces(doc: Doc, gap: str, gap_start: int, cue: Cue) -> bool:
    """The gap is an attribution clause between two pieces of one utterance ("…,” said X, a lawyer. “…”).

    When the gap runs straight into the second quote ("… called the senator a “nasty guy”") that quote
    is a fragment of the writer's sentence, not the speaker's next words, unless the gap is nothing
    but the cue and its source ("“We stand ready” tweeted Johnson “to help”"); a colon opens a new quotation.
    """
    tail = gap.rstrip()
    if not tail:
        return False
    if tail[-1] in ",.;!?—–":
        return True
    if cue.source is None or len(tail.split()) > 5:
        return False
    last = doc.char_span(gap_start, gap_start + len(tail), alignment_mode="expand")
    if last is None:
        return False
    end = last[-1]
    return end.i == cue.token.i or cue.source.left_edge.i <= end.i <= cue.source.right_edge.i


# "((Ana Ruiz)) We asked …" (Wikinews) or "Ana Ruiz: We asked …" opening a paragraph (a transcript may
# open it with a quote mark: '"WALLACE: If I may …').
TURN_LABEL = re.compile(
    r"[ \t]*(?:\(\((?P<wiki>[^()\n]{2,60})\)\)[ \t]*|[\"“]?(?P<name>[A-Z][\w'’-]*(?: [\w'’-]+){0,5}):[ \t]+)"
    r"(?=\S)"
)


def interview_turns(text: str, not_names: frozenset[str]) -> tuple[list[tuple[int, int, int, int, int, int]],
                                                                     list[tuple[int, int]]]:
    """The labelled answers and the interviewer's questions, from one reading of the paragraphs' labels.

    An answer is (cue start, cue end, name start, name end, answer start, answer end) for each labelled
    paragraph; a question is (start, end) of each paragraph the interviewer's bracket label asks (see
    _without_interviewer)."""
    found = _initials_in_an_interview(text, _labelled(text, not_names))
    answering = _without_interviewer(text, found)
    kept = set(answering)
    return _answer_labels(text, answering), [(f[0], f[5]) for f in found if f not in kept]


def _initials_in_an_interview(text: str, found: list[tuple]) -> list[tuple]:
    """'AR: …' under an introduction of Ana Ruiz: two capitals are a label only where another label asks
    the questions and the article names someone they are the initials of (see initials_labels)."""
    short = {text[f[2]:f[3]] for f in found if f[-1] == "name" and len(text[f[2]:f[3]]) == 2}
    if not short:
        return found
    asked, said = _asked_and_said(text, found)
    questions = {n for n in asked if asked[n] > said[n]}
    answers = set(said) - questions
    rest = _outside_labels(text, found)
    # the one interviewed beside a label that asks, or the interviewer ("JS:") asking one who answers
    kept = {n for n in short if (questions - {n} if n not in questions else answers - {n}) and
            named_by_initials(rest, n) is not None}
    return [f for f in found if f[-1] != "name" or text[f[2]:f[3]] not in short or text[f[2]:f[3]] in kept]


def _asked_and_said(text: str, labels: list[tuple]) -> tuple[Counter, Counter]:
    """How many of each label's paragraphs ask a question, and how many do not, by the label's name."""
    asked, said = Counter(), Counter()
    for f in labels:
        (asked if asking(text[f[4]:f[5]]) else said)[text[f[2]:f[3]]] += 1
    return asked, said


def first_line_end(text: str) -> int:
    """Where the text's first line ends (its length when it is one line): a label before it is a headline's."""
    return text.find("\n") % (len(text) + 1)


def _outside_labels(text: str, labels) -> str:
    rest = text
    for f in reversed(labels):
        rest = rest[:min(f[0], f[2])] + rest[f[1]:]
    return rest


def _answer_labels(text: str, found: list[tuple]) -> list[tuple[int, int, int, int, int, int]]:
    """An interview names who speaks at the head of each paragraph. A colon label counts only when the
    article has two or more of them (one "Update:" or "Photo:" line is no interview) and every word of it
    is capitalised (a name, not a sentence). A headline opening the text may name who claims what on its
    own ("Ana Ruiz: Budget Cuts Hurt Patients."); its full stop is the headline's, not the claim's.
    """
    times = Counter(text[f[2]:f[3]] for f in found if f[-1] == "name")  # a speaker answers more than once
    colon = [f for f in found if f[-1] == "name" and (times[text[f[2]:f[3]]] >= 2 and _name_like(text[f[2]:f[3]], 3)
                                                     or _introduced(text, text[f[2]:f[3]], found, 3))]
    first_line = first_line_end(text)
    return [f[:6] for f in found if f[-1] == "wiki" or len(colon) >= 2 and f in colon or
            f[-1] == "name" and f[2] < first_line and _introduced(text, text[f[2]:f[3]], found, 6)]


def _labelled(text: str, not_names: frozenset[str]) -> list[tuple]:
    found = []
    start = 0
    for line in text.split("\n"):
        m = TURN_LABEL.match(line)
        body = line[m.end():].rstrip() if m else ""
        if m and start == 0 and m.group("name"):
            body = body.rstrip(".")
        if m and len(body.split()) >= 3:
            group = "wiki" if m.group("wiki") else "name"
            name = m.group(group).strip()
            words = name.split()
            if group == "wiki" or not any(w.lower() in not_names for w in words) and \
                    all(w[0].isupper() or w in ("de", "van", "von", "bin", "al", "da") for w in words) and \
                    (len(name) > 2 or INITIALS.fullmatch(name)) and not any(c.isdigit() for c in name):
                ns = start + m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
                label_end = start + m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
                label_start = start + len(line) - len(line.lstrip(" \t")) if group == "wiki" else ns + len(name)
                found.append((label_start, label_end, ns, ns + len(name),
                              start + m.end(), start + m.end() + len(body), group))
        start += len(line) + 1
    return found


def _without_interviewer(text: str, found: list) -> list:
    """Wikinews marks its own questions "((WN))" or with the reporter's handle ("((WSS))"): a bracket label
    whose paragraphs are mostly questions is the interviewer asking, not a source's words, as "Q:" is none."""
    judged = [f for f in found if f[-1] == "wiki" or len(text[f[2]:f[3]]) == 2]  # or initials (the reporter's)
    asked, said = _asked_and_said(text, judged)
    return [f for f in found if f not in judged or asked[text[f[2]:f[3]]] <= said[text[f[2]:f[3]]]]


def _name_like(name: str, most: int) -> bool:
    words = name.split()
    return len(words) <= most and words[0].lower() != "the"


def _introduced(text: str, name: str, labels, most: int) -> bool:
    """A speaker's label is a short name whose last word the article also uses outside the labels.

    "Veto Power Impedes Peace Efforts:" is too long for a name; "The Latest:" is a title.
    """
    if not _name_like(name, most):
        return False
    words = name.split()
    rest = _outside_labels(text, labels)
    return re.search(r"\b" + re.escape(words[-1]) + r"\b", rest, re.IGNORECASE) is not None
