"""A document the lead gives only by its kind ("…, a government study said.") whose issuer the next sentence names
with the same document ("The Federal Trade Commission (FTC) report said …"): wire copy names the issuer a line
later, and DESIGN.md ("Canonical names") has a statement or a report speak for whoever issued it."""

from __future__ import annotations

from spacy.tokens import Token

from ...doctext import text_of
from .organisations import RESEARCH
from .words import COMPANY_NOUNS, INSTITUTIONS, PEOPLE

INDEFINITE = {"a", "an"}
# people and bodies a common noun names, who make a document ("a survey by the firm")
_MAKERS = frozenset(PEOPLE | COMPANY_NOUNS | INSTITUTIONS)
# words that make a document another one than the one before ("a similar poll", "a second study")
ANOTHER = {"similar", "second", "separate", "different", "other", "earlier", "previous"}


def named_just_after(resolver, token: Token) -> str | None:
    """The issuer of the same document named later in this sentence or the next: a name run into it ("the FTC
    report") or owning it ("Boeing's statement"); none for "a study" with no such document right after."""
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.lefts) or \
            any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.lower_ in ANOTHER for c in token.lefts):
        return None
    doc = token.doc
    sent = token.sent
    if "\n" in text_of(doc)[:sent.start_char]:
        return None  # only the lead names a document by kind and its issuer a line later; "a similar poll" further
        # on is another one, whose issuer the next sentence need not name
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    lemma = token.lemma_.lower()
    for t in doc[token.i + 1:end]:
        if t.pos_ != "NOUN" or not (t.lemma_.lower() == lemma or lemma in RESEARCH and t.lemma_.lower() in RESEARCH):
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in INDEFINITE for c in t.lefts):
            continue  # "a second study said": another document
        owner = next((c for c in t.lefts if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"), None)
        if owner is None:
            continue
        name, _, _ = resolver.resolve(t)
        if name and name[:1].isupper() and name != t.text:
            return name
    return None


def made_by_someone(source: Token) -> bool:
    """'a survey by the firm', 'a motion by his lawyers': a document made by people or a body the article words as a
    common noun is theirs, as "a statement by the commission" is the commission's; never a thing ("the pages
    hit by the virus") nor an indefinite someone ("a survey by a consultancy" names none the reader knows)."""
    return source.pos_ == "NOUN" and source.lemma_.lower() in _MAKERS and any(
        c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE for c in source.lefts)


def name_after_maker(resolver, source: Token) -> str | None:
    """'figures kept by energy regulator, Gridmark, …', 'a poll run by choir group the Wesley Society found':
    a maker worded first as what it is, its name set after it, which the parse hangs on the next clause; the name
    closed by a comma when a comma opens it, so that a new clause's subject ("…by the firm, Acme said") is not it."""
    doc = source.doc
    if source.pos_ != "NOUN" or not source.is_lower or source.i + 2 >= len(doc):
        return None
    comma = doc[source.i + 1].text == ","
    start = doc[source.i + 2] if comma else doc[source.i + 1]
    if not comma and start.lower_ != "the":
        return None
    k = resolver.overlapping(start.idx, start.idx + len(start))
    if k is None:
        k = resolver.overlapping(start.nbor().idx, start.nbor().idx + 1) if start.lower_ == "the" else None
        if k is None or resolver.ents[k].start != start.nbor().idx:
            return None
    elif resolver.ents[k].start != start.idx:
        return None
    if resolver.ents[k].label not in ("ORG", "PERSON"):
        return None
    end = resolver.ents[k].end
    if comma and text_of(doc)[end:end + 1] != ",":
        return None
    return resolver.full[k]
