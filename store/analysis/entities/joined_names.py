"""Two organisations the model read as one name across 'and'.

'talks between the Bank of Japan and Finance Ministry officials', 'a contract between FMC and Goldman Sachs and
Co', 'dailies such as The Times and The Guardian': the model tags one organisation over both names. They are two
when each side is a name the article also writes alone, or when the second side opens with its own 'The'. Firms
named after partners ('Kidder Peabody and Co', 'Securities and Exchange Commission') have no side written alone.
A firm's legal form closes its name, so a legal form before 'and' ('units Alpha Finance N.V. and Beta Corp', 'the
group of Gamma Inc and Delta') ends one firm and the next begins, even when neither is written alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .vocabulary import LEGAL_FORMS


def _without_legal_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Goldman Sachs and Co' -> 'Goldman Sachs': the firm as the article writes it alone."""
    if len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS:
        words = words[:-1]
        if len(words) > 1 and words[-1] == "and":
            words = words[:-1]
    return words


def _legal(word: str) -> bool:
    return word in LEGAL_FORMS or word.rstrip(".") in LEGAL_FORMS


def _two_firms(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    # 'Co' before 'and' may be a partnership's own word, so it does not end a firm here.
    return len(left) > 1 and len(right) > 1 and left[-1].rstrip(".") not in ("Co", "Company") \
        and _legal(left[-1]) and _legal(right[-1]) and right[0][:1].isupper() and not _legal(right[0])


# A partners' firm writes these after its own 'and' ('<A> and Sons Co'); no firm writes them after another's form.
_PARTNERS_WORDS = {"Sons", "Son", "Associates", "Partners", "Brothers", "Company", "Cie"}


def _closed_then_named(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'<A> Inc and <B>', '<A> Co and <B> Co': a legal form closes the first firm, so the capitalised words after
    its 'and' are another name, whether or not a form closes them too ('<A> Plc and NV' is one group)."""
    return len(left) > 1 and _legal(left[-1]) and right[0][:1].isupper() and not _legal(right[0]) \
        and right[0] not in _PARTNERS_WORDS


def organisations_joined_by_and(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    alone: dict[tuple[str, ...], str] = {}
    for m in mentions:
        alone.setdefault(m.words, m.label)
    out: list[Mention] = []
    for m in mentions:
        cut = _cut(m, alone) if m.label == "ORG" and "and" in m.words[1:-1] and len(m.words) == m.end - m.start \
            else 0
        if not cut:
            out.append(m)
            continue
        left, right = m.words[:cut], m.words[cut + 1:]
        out.append(mention_of(doc[m.start : m.start + cut], alone.get(left, "ORG"), m.role, m.affiliation))
        out.append(mention_of(doc[m.start + cut + 1 : m.end], alone.get(_without_legal_form(right), "ORG")))
    return out


def _cut(m: Mention, alone: dict[tuple[str, ...], str]) -> int:
    """Where 'and' parts two names inside this mention, else 0."""
    for k in range(1, len(m.words) - 1):
        if m.words[k] != "and":
            continue
        left, right = m.words[:k], m.words[k + 1:]
        if right[0] == "The" and left[0][:1].isupper():
            return k
        if _two_firms(left, right) or _closed_then_named(left, right):
            return k
        if left != m.words and left != right and left in alone and _without_legal_form(right) in alone \
                and _without_legal_form(right) != m.words and alone[left] in ("ORG", "GPE"):
            return k
    return 0
