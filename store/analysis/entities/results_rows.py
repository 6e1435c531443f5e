"""A company's results set out as a table, one figure a line against the year before: 'Shr 64 cts vs 41 cts',
'Revs 212.4 mln vs 188.6 mln', 'Avg shrs 5.2 mln vs 4.9 mln'. The model reads the row's abbreviated label, capitalised
because it opens the line, as a person's or a firm's name, and a figure 'not available' ('vs NA') as a firm's
initials. A row's label (heads.json 'results_rows') names no one: a mention made of it and the row's figures is
dropped; one that runs on from it into a capitalised name loses the label. Only at the head of a line that sets
one figure against another ('vs') or holds only figures: elsewhere the same letters may be a name."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import tokens
from .mentions import Mention, mention_of
from .vocabulary import HEADS, NAME_LABELS

_LABELS = HEADS["results_rows"]
_VERSUS = {"vs", "vs."}
_NOT_AVAILABLE = {"na", "n.a.", "n/a"}


def _opens_a_line(toks: list, i: int) -> bool:
    """At the head of a line, or straight after an item's dateline ('NEW YORK, Oct 20 - Shr 64 cts')."""
    return i == 0 or "\n" in toks[i - 1].text or "\n" in toks[i - 1].whitespace_ or toks[i - 1].text == "-"


def _a_row_of_figures(toks: list, i: int) -> bool:
    """The line sets one figure against another ('vs'), or holds nothing after its label but figures and words in
    lower case ('Shr loss 7.26 dlrs', in a table with no year-ago column)."""
    plain, figure = True, False
    for t in toks[i + 1 :]:
        if t.lower_ in _VERSUS:
            return True
        if "\n" in t.text:
            break
        figure = figure or any(c.isdigit() for c in t.text)
        plain = plain and not (t.is_alpha and t.text[:1].isupper() and t.lower_ not in _NOT_AVAILABLE)
        if "\n" in t.whitespace_:
            break
    return plain and figure


def results_rows(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    toks = tokens(doc)
    out: list[Mention] = []
    for m in mentions:
        first = toks[m.start]
        if m.label not in NAME_LABELS:
            out.append(m)
            continue
        if m.end - m.start == 1 and first.lower_ in _NOT_AVAILABLE and m.start > 0 \
                and toks[m.start - 1].lower_ in _VERSUS:
            continue  # 'Revs 20.8 mln vs NA': no figure for the year before
        if first.lower_ not in _LABELS or not _opens_a_line(toks, m.start) or not _a_row_of_figures(toks, m.start):
            out.append(m)
            continue
        rest = toks[m.start + 1 : m.end]
        names = [t for t in rest if t.is_alpha and t.text[:1].isupper() and t.lower_ not in _NOT_AVAILABLE]
        if names and names[0].i == m.start + 1:
            out.append(mention_of(doc[m.start + 1 : m.end], m.label, m.role, m.affiliation))  # 'Shr <Firm> Co'
        elif not names:
            continue
        else:
            out.append(m)
    return out
