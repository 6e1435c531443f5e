"""Every mention of an acronym the article defines: 'the Kurdistan Democratic Party (KDP) ... The KDP said'. The
model tags a party's or an agency's letters it does not know in one sentence and not in the next, so the reader
highlighted some KDPs and not others, the one in brackets least of all; the article itself says what they stand
for, so each becomes a mention of the full name."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import column
from .mentions import Mention, covered, mention_of


def defined_acronyms(doc: Doc, mentions: list[Mention], canonical: dict[int, str],
                     defined: dict[str, str]) -> list[Mention]:
    """The untagged tokens spelling an acronym of `defined` (short form -> full name), as mentions of the full
    name with its label. Only capitals of two letters or more: 'Defra' written as a word is also a word."""
    forms = {short: full for short, full in defined.items() if len(short) > 1 and short.isupper() and short.isalpha()}
    if not forms:
        return mentions
    taken = covered(mentions)
    labels = {canonical.get(id(m), m.name): m.label for m in mentions if len(m.words) > 1}
    added: list[Mention] = []
    for i, text in enumerate(column(doc, "ORTH")):  # the words by index: no Token made per word
        if i not in taken and (full := forms.get(text)) is not None:
            mention = mention_of(doc[i : i + 1], labels.get(full, "ORG"))
            canonical[id(mention)] = full
            added.append(mention)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
