"""Newspapers named beside the paper's noun: "the opposition daily <Title>", "its sister publication <Title>", "the
<Title> daily reported". A paper's title is often a foreign phrase the model reads as a place or a person ("La <Word>"
a place, a one-word title a surname), or leaves untagged; the noun says it is the paper, an organisation, in every
mention the article makes of it. The model also takes the noun "daily" or "weekly" there for a date (how often
something happens); it names the paper, no time.
Only where the name stands alone after the noun (not "the weekly <Board> meeting", where the name qualifies a noun of
its own and the word says how often), and before it only where the noun is the subject of a reporting verb ("the
<Title> daily said"). A person named in full stays one; a country or a known place the noun names as a paper ("the
daily <Country> quoted") is the paper in that mention alone."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..doctext import tokens
from . import gazetteer
from .kinds import opens_with_first_name
from .mentions import Mention, covered, mention_of
from .referents import key
from .vocabulary import HEADS, TITLE_ARTICLES

_PAPER_NOUNS = HEADS["paper_nouns"]
# what a paper does as the subject of a sentence about its news ("the <Title> daily reported")
_REPORTS = HEADS["paper_verbs"]
_RETYPED = {"PERSON", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "ORG"}
_HOW_OFTEN = {"daily", "weekly"}  # the paper's nouns the model reads as dates
# a paper's title opens with its language's article, which the first names list holds ("Le", "El", "Il", "Al", and
# the Portuguese "O" and "A")
_TITLE_ARTICLES = TITLE_ARTICLES | {"O", "A"}
# a determiner, a possessive or a preposition before the noun: "the daily", "its sister publication", "in daily"
_BEFORE_NOUN = {"DET", "ADJ", "NOUN", "PRON", "ADP", "PROPN", "PART"}


def papers_by_their_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    toks = tokens(doc)
    if not any(t.lower_ in _PAPER_NOUNS for t in toks):
        return mentions
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    taken = covered(mentions)
    papers: set[tuple[str, ...]] = set()
    alone: list[Mention] = []
    added: list[Mention] = []
    no_dates: set[int] = set()
    replaced: set[int] = set()  # the tokens of the titles made anew, whose pieces tagged before go
    for i, noun in enumerate(toks):
        if noun.lower_ not in _PAPER_NOUNS or not noun.text.islower() or not i:
            continue
        found = _title_after(toks, i, by_start, taken) or _title_before(toks, i, by_end, taken)
        if found is None:
            if noun.lower_ in _HOW_OFTEN and _the_paper_reports(toks, i):
                no_dates.add(i)  # "the daily said": the paper the article named before
            continue
        if noun.lower_ in _HOW_OFTEN:
            no_dates.add(i)
        if isinstance(found, Mention):
            if gazetteer.country_code(found.name) or found.name in gazetteer.places():
                alone.append(found)  # "the daily <Country>": the paper here, the country elsewhere
            else:
                papers.add(key(found.words))
        else:
            m = mention_of(doc[found[0] : found[1]], "ORG")
            added.append(m)
            taken.update(range(found[0], found[1]))
            papers.add(key(m.words))
            replaced.update(range(found[0], found[1]))
    if not (papers or alone or added or no_dates):
        return mentions
    for m in alone:
        m.label = "ORG"
    kept = [
        m
        for m in mentions
        if not (m.label == "DATE" and m.end - m.start == 1 and m.start in no_dates)
        and not any(j in replaced for j in range(m.start, m.end))
    ]
    for m in kept:
        if key(m.words) in papers and m.label in _RETYPED and not m.role:
            m.label = "ORG"
    if added:
        kept = sorted(kept + added, key=lambda m: m.start)
    return kept


def _title_after(
    toks: list[Token], i: int, by_start: dict[int, Mention], taken: set[int]
) -> Mention | tuple[int, int] | None:
    """The name right after the noun, standing alone: "the opposition daily <Title> is", "daily <Title> on Sunday"."""
    before = toks[i - 1]
    if before.pos_ not in _BEFORE_NOUN and before.text not in ("'s", "’s"):
        return None
    if before.pos_ == "PROPN" and not before.ent_type_:
        return None  # "<Name> daily <Name>": no determiner, no nationality before the noun
    m = by_start.get(i + 1)
    if m is not None:
        if m.label not in _RETYPED or m.role:
            return None
        if (
            m.label == "PERSON"
            and len(m.words) > 1
            and opens_with_first_name(m.words)
            and m.words[0] not in _TITLE_ARTICLES
        ):
            return None  # "the weekly Ann Lee show" is a person's
        if m.end not in taken and (end := _capitalised_run(toks, m.end, taken)) is not None:
            # "the daily <Place> <Word> <Word>": the model tagged the title's first words alone
            return (i + 1, end) if _stands_alone(toks, end) else None
        if not _stands_alone(toks, m.end):
            return None
        return m
    if i + 1 in taken:
        return None
    end = _capitalised_run(toks, i + 1, taken)
    if end is None or not _stands_alone(toks, end):
        return None
    return (i + 1, end)


def _title_before(
    toks: list[Token], i: int, by_end: dict[int, Mention], taken: set[int]
) -> Mention | tuple[int, int] | None:
    """The name right before the noun that reports: "the <Title> daily said", "<Title> daily reported"."""
    if not _reports_after(toks, i):
        return None
    m = by_end.get(i)
    if m is not None:
        if m.label in ("ORG", "NORP", "GPE") or m.label not in _RETYPED or m.role:
            return None  # "the Albanian daily said", "the <Country> daily": a nationality or a place, no title
        if m.label == "PERSON" and len(m.words) > 1 and opens_with_first_name(m.words):
            return None
        return m
    start = i
    while start > 0 and i - start < 5 and start - 1 not in taken and _capital(toks[start - 1]):
        start -= 1
    if all(len(t.text) == 1 for t in toks[start:i]):
        return None  # no capital before the noun, or a letter alone
    opener = toks[start - 1] if start else None
    if opener is not None and not (opener.lower_ in ("the", "a") or opener.is_punct or opener.is_sent_end):
        return None  # "the Socialist <Title> daily": where the title starts is not sure
    return (start, i)


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and (t.is_alpha or "-" in t.text) and t.lower_ not in ("the", "a", "an")


def _capitalised_run(toks: list[Token], start: int, taken: set[int]) -> int | None:
    end = start
    while end < len(toks) and end - start < 5 and end not in taken and _capital(toks[end]):
        end += 1
    # a letter alone is no title ("T" of "T-bill")
    return end if any(len(t.text) > 1 for t in toks[start:end]) else None


def _stands_alone(toks: list[Token], end: int) -> bool:
    """Nothing after the name that it qualifies: a stop, a verb, a preposition; not "<Board> meeting"."""
    if end >= len(toks):
        return True
    after = toks[end]
    if not toks[end - 1].whitespace_ and after.text in ("-", "–", "/"):
        return False  # "each weekly T-bill auction": the capital opens a compound of its own
    # "its weekly Top 20 newsletter": a number runs on into the name of something else
    return not (after.text.islower() and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.like_num)


def _reports_after(toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].lemma_.lower() in _REPORTS and toks[i + 1].pos_ in ("VERB", "AUX")


def _the_paper_reports(toks: list[Token], i: int) -> bool:
    """'the daily said', 'The weekly reported': the noun after its determiner, the subject of a report."""
    return toks[i - 1].lower_ in ("the", "that", "this") and _reports_after(toks, i)
