"""A document the article gives first without its maker ("…, says a report.", "research has suggested", "A study
revealed …") and whose maker it gives only further on, with the same document: "the study, done by X, found",
"Compiled by X, the study …", "the report by X" in the next sentence. DESIGN.md ("Canonical names") has a report
speak for whoever the article says made it; the later mention is the same document until another is brought in."""

from __future__ import annotations

from spacy.tokens import Token

from .documents_ahead import ANOTHER, INDEFINITE, name_after_maker
from .organisations import RESEARCH

_DEFINITE = {"the", "this"}
# further on, "another report" and "a new study" are other documents too
_ANOTHER = ANOTHER | {"another", "new"}
# the whole piece of work a lead's "a report" is, as the next sentence may word it
_WORK = RESEARCH | {"analysis"}
# verbs that make a piece of work someone's ("the messages seen by X" are not X's)
_MAKING = frozenset({"produce", "conduct", "commission", "carry", "compile", "publish", "release", "gather",
                     "collect", "write", "prepare", "issue", "undertake", "fund", "sponsor", "run", "do", "author"})


def _maker(t: Token) -> Token | None:
    """Who made the document t, as its own mention says: 'the study by X', 'the study, done by X,', and a
    participle opening the sentence, 'Compiled by X, the study …'."""
    for c in t.rights:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING:
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
    opener = next((w for w in t.sent if not w.is_space), t)
    if opener.tag_ == "VBN" and opener.lemma_.lower() in _MAKING and \
            (opener.i == t.head.i or t.dep_ == "nsubj" and opener.head.i == t.head.i):
        # "Compiled by X the study found" (the parse hangs the work on the participle) or "Compiled by X, the
        # study found" (the participle on the verb the work is the subject of)
        agent = next((a for a in opener.children if a.dep_ == "agent"), None)
        if agent is not None:
            return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def made_further_on(resolver, token: Token) -> str | None:
    """The maker of an unowned document, given with the same document further on: in the next sentence whatever
    its determiner, later only as "the study", "this report"; none once another document of its kind is brought in
    ("a separate report by X", "a second study") or the article names the work's maker nowhere."""
    if token.lemma_.lower() not in _WORK or _owned_or_another(token):
        return None
    doc = token.doc
    if any(c.lower_ in _DEFINITE for c in token.lefts):
        token = _introduced(token)  # "The report concluded" after "…, says a report.": the one the lead brought in
    sent = token.sent
    following = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for t in doc[sent.end:]:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _WORK:
            continue
        lefts = {c.lower_ for c in t.lefts if c.dep_ in ("det", "amod", "poss")}
        if lefts & (INDEFINITE | _ANOTHER) or any(c.dep_ == "poss" for c in t.lefts):
            return None  # another document, or one owned by someone the maker of this one need not be
        if t.i >= following and not lefts & _DEFINITE:
            continue
        maker = _maker(t)
        if maker is None:
            continue
        # "the study by the consultants, Harwell,": the name set after the maker's kind
        name = name_after_maker(resolver, maker) or resolver.resolve(maker)[0]
        if name and name[:1].isupper() and name != t.text:
            return name
        return None
    return None


def _introduced(token: Token) -> Token:
    """The mention that brought in the work "the study" stands for: the latest one before it not worded with "the"
    ("a report", bare "research"); itself when there is none, or when that one is owned by a name (another work)."""
    for t in reversed(token.doc[:token.sent.start]):
        if t.pos_ == "NOUN" and t.lemma_.lower() in _WORK:
            if _owned_or_another(t):
                return token
            if not any(c.lower_ in _DEFINITE for c in t.lefts):
                return t
    return token


def _owned_or_another(t: Token) -> bool:
    """'Acme's report', 'the Acme study', 'a separate report': a work someone owns, or one set apart from the one
    before, is no unowned document whose maker the article gives later."""
    return any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.lower_ in _ANOTHER for c in t.lefts)
