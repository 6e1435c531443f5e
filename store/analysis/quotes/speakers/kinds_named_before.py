"""'the ministry' after '<Country>'s health ministry': a bare kind of body is the one the article named before
with a lower-case word saying which ("health ministry", "foreign ministry"), when it named only one such body
of that kind. DESIGN.md: short forms map to the fullest name the article gives; a name written in lower case is
an unnamed source kept as written, so the short form is shown as that phrase."""

from __future__ import annotations

from spacy.tokens import Token

_KINDS = frozenset({"ministry"})
_REACH = 600  # tokens back


def kind_named_before(head: Token, before: int) -> str | None:
    """The lower-case phrase ('health ministry') naming the only body of `head`'s kind named before character
    `before`, when `head` is that kind with nothing but 'the' or 'a' before it; None otherwise."""
    if head.lower_ not in _KINDS or any(c.lower_ not in ("the", "a") for c in head.lefts):
        return None
    doc = head.doc
    found = set()
    for t in doc[max(0, head.i - _REACH):head.i]:
        if t.lower_ != head.lower_ or t.idx >= before:
            continue
        words = []
        k = t.i - 1
        while k >= 0 and doc[k].head.i == t.i and doc[k].dep_ in ("compound", "amod") and doc[k].is_lower and \
                doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ"):
            words.insert(0, doc[k].text)
            k -= 1
        if not words:
            if any(c.dep_ in ("compound", "amod", "nmod") and c.i < t.i for c in t.lefts) or \
                    any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in t.rights):
                return None  # "the Ministry of Health", "the ministry for energy", "state ministry": another form
            continue
        found.add(" ".join([*words, t.lower_]))
    return found.pop() if len(found) == 1 else None
