"""An unnamed source described by what it knows ("people familiar with the matter", "sources close to the
talks", "a person with knowledge of the plan", "officials briefed on the deal"): the description is how the
article names the source, and unnamed sources are kept as written (tests/eval/names/README.md); the plain word
("people") says nothing of who spoke."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...types import Quote

_ADJECTIVES = frozenset({"familiar", "close", "knowledgeable", "privy"})
_PARTICIPLES = frozenset({"briefed"})
_KNOWLEDGE = frozenset({"knowledge"})
_LONGEST = 8  # words of the description: "familiar with the central bank's thinking on rates"


def informed_end(token: Token, end: int) -> int:
    """The end of the source's displayed name grown over a description of what it knows right after the head
    `token` (whose name ends at `end`); `end` itself when none follows."""
    if token.pos_ != "NOUN" or not token.text[1:].islower():  # "Sources" opening a sentence is still a common noun
        return end
    for child in token.rights:
        if child.i != end:
            continue
        if child.dep_ == "amod" and child.lower_ in _ADJECTIVES or \
                child.dep_ == "acl" and child.lower_ in _PARTICIPLES:
            if not any(c.dep_ == "prep" for c in child.children):
                return end
        elif child.dep_ == "prep" and child.lower_ == "with":
            if not any(c.dep_ == "pobj" and c.lemma_.lower() in _KNOWLEDGE for c in child.children):
                return end
        else:
            return end
        last = child.right_edge.i
        words = token.doc[child.i:last + 1]
        if last - token.i > _LONGEST or any(t.is_punct and t.tag_ not in ("POS", "HYPH") for t in words):
            return end
        return last + 1
    return end


def informed_sources_in_full(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """Each unnamed source written with what it knows after its head ("a diplomatic source close to the talks")
    shown with that description, on the final names (the walks that follow a source on, 'the source said', 'he
    said', read its head as the last word); the quotes the same bare source holds elsewhere in the article ("the
    source said") follow it when the article describes that source one way only."""
    grown: dict[int, str] = {}
    spans: dict[int, Span] = {}  # each source's words, read again below for the later quotes it holds
    for n, q in enumerate(quotes):
        if not q.speaker or q.speaker_start is None or q.speaker_end is None or q.speaker[:1].isupper():
            continue
        span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        spans[n] = span
        if span[-1].lower_ != q.speaker.split()[-1].lower():
            continue
        head = span[-1]
        end = informed_end(head, head.i + 1)
        if end > head.i + 1:
            grown[n] = q.speaker + " " + doc[head.i + 1:end].text
    if not grown:
        return quotes
    ways: dict[str, set[str]] = {}
    for n, name in grown.items():
        ways.setdefault(quotes[n].speaker, set()).add(name)
    first = min(quotes[n].speaker_start for n in grown)
    out = []
    for n, q in enumerate(quotes):
        name = grown.get(n)
        if name is None and len(ways.get(q.speaker, ())) == 1 and q.speaker_start is not None and \
                q.speaker_start > first and n in spans and _back_reference(spans[n]):
            name = next(iter(ways[q.speaker]))
        out.append(replace(q, speaker=name) if name else q)
    return out


def _back_reference(span: Span) -> bool:
    """'the source said', 'he said': a definite phrase or a pronoun goes back to the source written before; a bare
    'Traders said' may be other traders."""
    return span[0].lower_ in ("the", "this") or len(span) == 1 and span[0].pos_ == "PRON"
