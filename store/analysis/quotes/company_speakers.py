"""A company speaking under a form of its name that no entity joined to the name, so the speakers do.

- A short name after the full name, when the model tagged neither as the company: 'ROY, Utah - Iomega Corp said ….
  Iomega said' (Iomega tagged a person), 'Chapman Energy INc said …. Chapman said' (Chapman a town): the short name
  is the one company whose legal name opens with it.
- A name cut short after a name with no legal form ("<Name> Bank said …. <Name> said", "<Name> Industries …. <Name>
  said"): the one name that spoke before and opens with it.
- "The company said" after a firm the model tagged as nothing: the firm that has been speaking.
- A two-name firm's initials ("S and P"): the firm whose names open on those letters."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc

from ..entities.referents import CORPORATE, ends_in_a_legal_form, key
from ..types import Quote
from .index import text_of
from .speakers.words import COMPANY_NOUNS


def companies_by_short_name(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    people = {e.canonical or e.text for e in doc._.entities or [] if e.label == "PERSON" and " " in (e.canonical or "")}
    # each legal name's key once, not once for every quote that may be its short name
    full = {q.speaker: key(tuple(q.speaker.split())) for q in quotes if q.speaker and len(q.speaker.split()) > 1
            and q.speaker[:1].isupper() and ends_in_a_legal_form(q.speaker)}
    if not full:
        return quotes
    out = []
    for q in quotes:
        name = q.speaker
        if name and name[:1].isupper() and name not in full and name not in people:
            words = key(tuple(name.split()))
            owners = {f for f, f_key in full.items() if f_key[:len(words)] == words and len(f_key) > len(words)}
            if len(owners) == 1:
                q = replace(q, speaker=owners.pop())
        out.append(q)
    return out


_NOT_FIRMS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _labels(doc: Doc) -> dict[str, set[str]]:
    """Each name the entities give (canonical where they give one) with every type it is given."""
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    return labels


def names_cut_short(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The entities keep a later short form as a name of its own when the full name has no legal form to strip
    ("<Name> Electric Industries" then "<Name> Electric"); a reader takes both for the one speaker. Only a name that
    spoke before and is the one organisation of the article opening on those words: a parent and its unit ("<Name>
    Corp's <Name> Motors Corp") leave "<Name> said" as written; a place or a people ("U.S.", "Japanese") opening a
    longer speaker ("U.S. officials") stays itself."""
    labels = _labels(doc)
    orgs = {n for n, kinds in labels.items() if "ORG" in kinds}
    said: dict[str, int] = {}
    for q in quotes:
        name = q.speaker
        if name and name[:1].isupper() and len(name.split()) > 1 and name.split()[-1][:1].isupper() \
                and not labels.get(name, set()) & _NOT_FIRMS and q.speaker_start is not None:
            said[name] = min(said.get(name, q.speaker_start), q.speaker_start)
    if not said:
        return quotes
    out = []
    for q in quotes:
        name = q.speaker
        if name and name[:1].isupper() and q.speaker_start is not None \
                and not labels.get(name, set()) & _NOT_FIRMS:
            words = key(tuple(name.split()))
            opening = {n for n in orgs | set(said) if n != name and len(n.split()) > len(words)
                       and key(tuple(n.split()))[:len(words)] == words and not _joint(n)}
            if len(opening) == 1:
                full = opening.pop()
                if said.get(full, q.speaker_start) < q.speaker_start:
                    q = replace(q, speaker=full)
        out.append(q)
    return out


def _joint(name: str) -> bool:
    """'<Name> Plc and <Other> Plc', '<Name> Plc <TICKER> and ...': two firms speaking together, whose first is no
    short form of the pair. A legal form goes on only into "of" ("<Name> Corp of America") or a second legal form."""
    words = key(tuple(name.split()))
    return "<" in name or any(w in CORPORATE and nxt != "of" and nxt not in CORPORATE
                              for w, nxt in pairwise(words))


# "the bank said" is a bank and "the thrift said" a savings house, whatever else spoke last; "the company" any firm
_KINDS = {"bank": re.compile(r"\bBan(?:k|c|que|ca|co)\w*"),
          "thrift": re.compile(r"\b(?:Savings|Loan|Federal|Thrift)\b")}
_FIRMS = COMPANY_NOUNS | {"thrift"}
_STANDING_IN = frozenset({"the", "this"})
_JOINERS = frozenset({"and", "of", "de", "&", "the", "for"})
# a capitalised word straight before a name on its line: the name was cut ("Air <Name>", "<Initials> Real Estate ...")
_CUT = re.compile(r"[A-Z][\w.&'-]*[ \t]+$")
# words after the noun that pick out a company of their own: "the company named in the suit", "the firm which ..."
_DESCRIBED = re.compile(r"\s+(?:named|cited|involved|accused|sued|which|that|in|of|at)\b")


def the_company_by_its_name(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'<Name> said … . The company said …', where the model tagged the name as no company and the resolver found no
    company before, left the bare noun as the speaker, and every 'it said' after it. A reader takes the company to
    be the one that has been speaking: the latest quote before whose speaker is a name written whole (every word
    capitalised but a legal form; not a person nor a place; not a name the model cut, which would spread a wrong
    name); in a lead that opens on the report ('… plants of <Name>, the company said'), the firm named in it that
    speaks next. "The company named in the suit" and "a company" are not the one that has been speaking."""
    if not any(_bare_noun(q.speaker) for q in quotes):
        return quotes
    text = text_of(doc)
    others = {n for n, kinds in _labels(doc).items() if kinds & _NOT_FIRMS}
    # a name as the text writes it there; one the speakers made whole ("<Name> said" as "<Name> Bancorp") is no cut
    cut = {q.speaker for q in quotes if q.speaker and q.speaker_start is not None and
           text.startswith(q.speaker, q.speaker_start) and
           _CUT.search(text, max(0, q.speaker_start - 40), q.speaker_start)}
    firms = [q for q in quotes if _whole_name(q.speaker) and q.speaker not in others | cut and not q.speaker_role]
    out = []
    for q in quotes:
        noun = _bare_noun(q.speaker)
        source = text[q.speaker_start:q.speaker_end].lower().split() if q.speaker_start is not None else []
        standing_in = source == [noun] or len(source) == 2 and source[0] in _STANDING_IN or source == ["it"]
        if noun and standing_in and not _described_after(text, q.speaker_end):
            kind = _KINDS.get(noun)
            fits = [f for f in firms if kind is None or kind.search(f.speaker)]
            before = [f for f in fits if f.start < q.start and q.start - f.start < 3000]
            after = [f for f in fits if f.start > q.start and f.speaker.split()[0] in text[q.start:q.speaker_start]]
            firm = before[-1] if before else after[0] if after and q.start == _lead_start(text) else None
            if firm is not None:
                q = replace(q, speaker=firm.speaker, speaker_role=None, affiliation=None)
        out.append(q)
    return out


def _bare_noun(speaker: str | None) -> str | None:
    return speaker if speaker in _FIRMS else None


def _whole_name(name: str | None) -> bool:
    words = (name or "").split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or not w[:1].isalpha() or w in _JOINERS or key((w,))[0] in CORPORATE for w in words)


def _described_after(text: str, end: int | None) -> bool:
    """'The company named in the suit denied …': a company the words after the noun pick out, not the speaking one."""
    return end is not None and _DESCRIBED.match(text, end) is not None


def _lead_start(text: str) -> int:
    """Where the first paragraph's report opens, after a dateline ('CITY, Month 1 - ')."""
    found = re.match(r"[^\n]{0,80}? - ", text)
    return found.end() if found else 0


# a firm written by its initials: "S and P", "A&P"
_INITIALS = re.compile(r"([A-Z])\s*(?:and|&)\s*([A-Z])")


def firms_by_their_initials(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'<Two-word> and <Name>'s Corp said … . S and P said …': wire copy's short form of a two-name firm is its
    initials, which no entity joins to the name; the speaker shown apart was a second firm. The initials are the
    one firm of the article, among its speakers and organisations, whose two names (joiners and legal forms left
    out) open on those letters."""
    if not any(q.speaker and _INITIALS.fullmatch(q.speaker) for q in quotes):
        return quotes
    names = {q.speaker for q in quotes if q.speaker} | {n for n, kinds in _labels(doc).items() if "ORG" in kinds}
    out = []
    for q in quotes:
        letters = _INITIALS.fullmatch(q.speaker or "")
        if letters is not None:
            owners = {n for n in names if _initials(n) == letters.group(1) + letters.group(2) and
                      not _INITIALS.fullmatch(n)}
            # "<A> and <B>" cut from "<A> and <B>'s Corp" is the same firm: the fuller name
            owners = {n for n in owners if not any(o != n and o.startswith(n) for o in owners)}
            if len(owners) == 1:
                q = replace(q, speaker=owners.pop(), speaker_role=None, affiliation=None)
        out.append(q)
    return out


def _initials(name: str) -> str:
    words = [w for w in name.split() if w not in _JOINERS]
    while words and key((words[-1],))[0] in CORPORATE:
        words.pop()
    return "".join(w[0] for w in words) if all(w[:1].isupper() for w in words) else ""
