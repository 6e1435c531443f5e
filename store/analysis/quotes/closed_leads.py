"""A wire lead closed by its source: "CITY, Month 1 - X happened, <the source, however described> said."

Reuters opens an item with one sentence and names its source last. When the source is long (a name and its post
with a clause of its own, a firm with its country and ticker, a party's initials in brackets) or the model reads a
verb of the report as a participle, neither the parse nor `trailing` finds the report, and the item's main claim is
lost. Only in the item's first sentence, right after its dateline, is the word order safe enough to read alone:
all after the dateline up to the comma that opens the source is what the source said.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..paragraphs import dateline_end
from .clauses import FINITE
from .index import text_of
from .trailing import REPORT_VERBS

_LONGEST_SOURCE = 24  # tokens between the comma and the cue
_LONGEST_TAIL = 8  # words after the cue: "told reporters", "said last night"
_SHORTEST_CLAUSE = 4
_ENDS = {".", "!", "?", ";"}
_NAME_TYPES = {"PERSON", "ORG"}
# after the comma these open a clause of the report or an aside, not its source
_NOT_OPENERS = {"which", "who", "whom", "whose", "that", "as", "but", "and", "or", "while", "when", "where", "because",
                "although", "though", "if", "it", "he", "she", "they", "we", "i", "you"}


def closed_lead(cue: Token, mask: bytearray) -> tuple[int, int, Token] | None:
    """(first, last, source) token indices of the lead a '…, SOURCE said.' cue closes, or None."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.lemma_.lower() not in REPORT_VERBS:
        return None
    dateline = dateline_end(text_of(doc))
    if dateline is None:
        return None
    first = next((t.i for t in doc if t.idx >= dateline), None)
    if first is None or cue.i - first < _SHORTEST_CLAUSE + 2:
        return None
    if any("\n" in t.text or mask[t.idx] or t.is_quote or t.text in _ENDS for t in doc[first:cue.i]):
        return None  # the lead is one sentence with no quotation in it
    tail = [t for t in doc[cue.i + 1:] if not t.is_space or "\n" in t.text]
    end = next((k for k, t in enumerate(tail) if "\n" in t.text), len(tail))
    tail = tail[:end]
    if not tail or tail[-1].text != "." or len(tail) > _LONGEST_TAIL + 1 or \
            any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in tail[:-1]):
        return None  # the cue and what it governs close the paragraph
    commas = [k for k in range(cue.i - 2, max(first, cue.i - _LONGEST_SOURCE) - 1, -1) if doc[k].text == ","]
    if not commas or doc[commas[0] + 1].lower_ in _NOT_OPENERS:
        return None
    comma = commas[0]
    if len(commas) > 1 and _a_name(doc[commas[1] + 1:comma]):
        comma = commas[1]  # "…, <Name>, <post> of <Firm> said": the name opens the source
    clause = doc[first:comma]
    if len([t for t in clause if not t.is_punct]) < _SHORTEST_CLAUSE or \
            not any(t.pos_ in ("VERB", "AUX") for t in clause) or \
            any(t.tag_ in ("VBD", "VBZ", "VBP") and t.lemma_.lower() in REPORT_VERBS for t in clause):
        return None  # "<Firm> said X, reversing a rise that they announced last week": the lead reports already
    source = _source(cue, comma)
    if source is None or source.pos_ not in ("NOUN", "PROPN") or \
            any(t.tag_ in FINITE for t in doc[comma + 1:source.i]):
        return None  # "…, the Atlantic, will report a loss lower than that reported": the clause goes on
    return first, comma - 1, source


def _a_name(words) -> bool:
    words = [t for t in words if t.pos_ != "DET"]
    return bool(words) and all(t.pos_ == "PROPN" for t in words) and any(t.ent_type_ in _NAME_TYPES for t in words)


def _source(cue: Token, comma: int) -> Token | None:
    """The cue's subject when the parse put it after the comma; else the head of the first noun group there."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ == "nsubj" and comma < child.i < cue.i:
            return child
    head = None
    for t in doc[comma + 1:cue.i]:
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
        elif head is not None or t.pos_ not in ("DET", "ADJ", "VERB", "NUM"):
            break  # "Ruling <Party>": a participle may open a name
    return head
