"""'A group of investment firms led by <Firm> said it raised its stake in <Target> ... The group said': a bare "the
group" is the group the story opened on as its subject, never the firm whose shares the group trades, however often
that firm is named since. The group speaks as it did then: the firm named inside its phrase (led by, including), or,
with none named there, those it is a group of, as the resolver reads them."""

from __future__ import annotations

from spacy.tokens import Token

from ...entities.referents import ends_in_a_legal_form


def group_introduced(resolver, head: Token, before: int) -> str | None:
    """The speaker a bare 'the group' stands for when a sentence before it has 'a group of …' as its subject."""
    if head.lemma_.lower() != "group" or not all(c.lower_ in ("the", "this") for c in head.lefts):
        return None
    doc = resolver.doc
    for t in doc[:head.i]:
        if t.idx >= before:
            break
        if t.lower_ != "group" or t.dep_ not in ("nsubj", "nsubjpass") or t.ent_type_ or \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) or \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights):
            continue
        members = next(m for c in t.rights if c.dep_ == "prep" and c.lower_ == "of" for m in [*c.children, None]
                       if m is None or m.dep_ == "pobj")
        start, end = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
        for k, e in enumerate(resolver.ents):
            if start <= e.start and e.end <= end and e.label == "ORG" and \
                    ends_in_a_legal_form(resolver.full[k]) and not _held(doc.char_span(e.start, e.end), t):
                return resolver.full[k]
        # "a group of New York investors": the investors, as the lead's own report is theirs
        name, _, _ = resolver.resolve(members if members is not None else t)
        return name
    return None


def _held(span, group: Token) -> bool:
    """'a group holding a stake in <Firm>': a firm the group's phrase names as what it holds or deals in is no
    member."""
    if span is None:
        return True
    t = span.root
    while t.i != group.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in ("in", "on", "for", "with"):
            return True
        t = t.head
    return False
