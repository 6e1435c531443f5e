"""The words the model never tags as a date ("now", "recently", "this autumn", "by yearend", "daily"): a word list
(lexicon.json's lexical_candidates) and the context checks that keep each where it is a time, not a noun, a
conjunction, a rate or a newspaper ("the daily said").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .clause_tense import tense
from .day_parts import DAY_PARTS
from .last_days import opens_a_run
from .lexicon import LEXICAL_CANDIDATES, MONTHS, SEASONS, WEEKDAYS
from .quarter_shorthand import PART_ORDINALS

_LEX: dict[str, list[list[str]]] = {}  # lists, to compare with a slice of the Doc's lower-case words at once
for _phrase in sorted(LEXICAL_CANDIDATES, key=lambda s: -len(s.split())):
    _words = _phrase.split()
    _LEX.setdefault(_words[0], []).append(_words)

# spans reads the same words when the model tags one as a date, which it does for rates too
FREQUENCY = {"daily", "annually", "weekly", "monthly", "yearly"}
_PRESENT_TERMS = {"value", "values", "tense", "participle", "perfect"}
_PUBLICATIONS = {"magazine", "magazines", "newspaper", "newspapers", "paper", "papers", "journal", "newsletter",
                 "tabloid", "publication", "newsmagazine", "bulletin", "column", "show", "programme", "program"}
_SOON_BEFORE = {"as", "too", "so", "how"}
_SOON_AFTER = {"as", "after", "afterward", "afterwards", "thereafter", "before", "enough"}
_RATE_WORDS = {"average", "per", "%", "percent"}


def untagged_spans(doc: Doc, low: list[str], covered: set[int]) -> list[tuple[int, int]]:
    """The word list's expressions outside what is covered, longest phrase first at each word (covered grows)."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i, word in enumerate(low):
        options = _LEX.get(word)
        if not options or i in covered:
            continue
        for words in options:
            j = i + len(words)
            if j <= n and low[i:j] == words and covered.isdisjoint(range(i, j)):
                if lexical_ok(doc, i, j):
                    out.append((i, j))
                    covered.update(range(i, j))
                break
    return out


def lexical_ok(doc: Doc, i: int, j: int) -> bool:
    """Context checks for the word-list expressions the model never tags."""
    word = doc[i].lower_
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[j].lower_ if j < len(doc) else ""
    if word == "the" and doc[j - 1].lower_ in ("before", "after"):
        # "The day before, he had met...": the day before the date just named; "the day before the
        # vote" is dated by an event, "the day after he left" by a clause
        return j == len(doc) or doc[j].is_punct and doc[j].text not in ("-", "–", "—")
    if word == "the" and doc[j - 1].lower_ in DAY_PARTS and j - i == 2:
        # "close on Tuesday in the afternoon": a part of the day named; not "the morning papers"
        return prev in ("in", "during") and not (j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN"))
    if word in ("last", "this") and doc[j - 1].lower_ in DAY_PARTS:
        # "Last night, the directors said...": a part of the report's day the model often leaves untagged;
        # not "the last night of the festival", "his last night in office", "this evening gown"
        return not (i > 0 and opens_a_run(doc[i - 1])) and not (
            j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].tag_ != "NNP" and doc[j].dep_ == "compound"
        )
    if word == "this" and doc[j - 1].lower_ in SEASONS:
        # the model tags "this spring" in most places but leaves it out where a clause runs on unpunctuated ("and
        # this autumn they...", "This spring the firm..."); "this fall in prices" is a drop, and "this spring of"
        # something names what it is of
        if nxt == "of":
            return False
        last = doc[j - 1]
        return not (last.lower_ == "fall" and (nxt in _FALL_AFTER or last.pos_ == "VERB"
                                               or last.dep_ in ("nsubj", "nsubjpass")))
    if doc[j - 1].lower_ == "autumn":
        # the model tags "the spring", "the summer", "the winter" after a preposition but leaves "in the autumn"
        # out; not "the autumn of his career" nor "the autumn session", whose noun says what the season is of
        return prev in _SEASON_PREPS and nxt != "of" and not (j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN"))
    if word == "that" and j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # "he said that morning traffic was heavy": a conjunction and a compound noun
    if word == "yearend":
        # Reuters writes "by yearend" as one word, which the model leaves untagged though it tags "year-end";
        # a firm's "fiscal yearend" is some other day of the year, which the word alone cannot tell, and
        # "yearend results" are a year's accounts, whose year the tense of their release does not give
        return prev != "fiscal" and nxt not in _ACCOUNTS
    if word == "soon":
        # "will soon begin", "may soon seek": a future reference; not "as soon as", "soon after",
        # and not narrated past ("was soon released")
        return prev not in _SOON_BEFORE and nxt not in _SOON_AFTER and tense(doc[i:j]) not in ("past",)
    if word == "current":
        # "the electrical current" is a noun; "current account", "current affairs" are fixed terms
        return doc[i].pos_ == "ADJ" and nxt not in ("account", "accounts", "affairs", "assets", "liabilities")
    if word == "present":
        # "at present", "its present calendar system" are now; not the verb ("will present the report"),
        # "were present at the ceremony", nor the finance term "present value"
        if prev == "at":
            return True
        before = doc[i - 1] if i > 0 else None
        return doc[i].pos_ == "ADJ" and before is not None and (before.pos_ == "DET" or before.tag_ in ("PRP$", "POS")) \
            and j < len(doc) and (doc[j].pos_ in ("NOUN", "ADJ") or doc[j].tag_ == "VBN") and nxt not in _PRESENT_TERMS
    if word == "recent":
        # "a recent trip", "the recent plunge": a past reference; "the most recent figures" picks the latest
        return doc[i].pos_ == "ADJ" and prev not in ("most", "more") and j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ")
    if word == "now" and nxt == "," and (i == 0 or doc[i].is_sent_start or prev in ('"', "“", "``")):
        return False  # "Now, he says, ...": a discourse marker that turns the story, not a time
    if doc[j - 1].lower_ == "term" and j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN"):
        return False  # "the long term effects" is a kind of effect
    if word in FREQUENCY and (nxt in _PUBLICATIONS or doc[i].pos_ != "ADJ" and j < len(doc) and doc[j].pos_ == "PROPN"):
        return False  # "the weekly magazine Der Spiegel", "the party daily Granma": a paper, not a schedule
    if word in _PAPER_WORDS and _a_paper(doc, i, j):
        return False
    if word in FREQUENCY:
        # rates ("average daily volume", "rise 8.5% annually", "10,000 units annually") are not schedules
        if prev in _RATE_WORDS:
            return False
        if word != "daily" and any((t.like_num and t.lower_ not in PART_ORDINALS) or t.text == "%" for t in doc[max(0, i - 4):i]):
            return False  # (not "the second edition of a monthly series": an ordinal counts no amount)
    return True


# the prepositions that put something in a season: "open in the autumn", "decide by the autumn"
_SEASON_PREPS = {"in", "by", "during", "until", "till", "through", "over", "before", "after", "for"}
# words after "fall" that make it a drop ("this fall in output", "this fall of 3 pct")
_FALL_AFTER = {"in", "of", "from", "to", "by", "was", "is", "has", "would", "will"}
_PAPER_WORDS = {"daily", "weekly", "monthly"}
_ACCOUNTS = {"results", "earnings", "figures", "profit", "profits", "loss", "losses", "statement", "statements",
             "report", "accounts", "dividend"}


def _a_paper(doc: Doc, i: int, j: int) -> bool:
    """ "the daily said", "the Polish daily reported", "Gazeta Nowa daily said", "the daily Le Monde",
    "The Sunrise Daily said": the word names a newspaper, not a schedule. A word of a paper's name
    ("Daily"), a name after "the daily", or the word closing its noun phrase after "the", or after an
    adjective or a name before the verb, tells it; "twice daily", "a daily aspirin", "drown in the sea
    daily, and" and "daily trading" stay schedules."""
    tok = doc[i]
    if tok.text in ("Daily", "Weekly") and not tok.is_sent_start:
        return True
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[j] if j < len(doc) else None
    if prev is None or nxt is None:
        return False
    if prev.lower_ == "the" and nxt.is_title and nxt.pos_ in ("PROPN", "DET", "X") and nxt.lower_ not in MONTHS \
            and nxt.lower_ not in WEEKDAYS and not nxt.is_sent_start:
        return True  # "the daily Le Populaire": the paper's name follows
    if nxt.pos_ == "PROPN" and nxt.lower_ not in MONTHS and nxt.lower_ not in WEEKDAYS and not nxt.is_sent_start and (
        prev.tag_ == "POS" or (prev.pos_ == "ADJ" and prev.is_title and not prev.is_sent_start)
        or (prev.tag_ == "VBG" and i > 1 and doc[i - 2].tag_ == "POS")
    ):
        return True  # "Norway's daily Fjordposten", "the Greek daily Proini Ora", "Peru's leading daily El Sol"
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "the daily fixing": a schedule of the noun after it
    return prev.lower_ == "the" or (prev.pos_ in ("ADJ", "PROPN") and nxt.pos_ in ("VERB", "AUX")) or _named_paper(doc, i)


# nouns that may stand in a paper's description ("a Belgian business daily", "a Lisbon evening daily")
_PAPER_KINDS = {"business", "financial", "economic", "evening", "morning", "party", "state", "government", "sunday",
                "english-language", "mass-circulation"}


def _named_paper(doc: Doc, i: int) -> bool:
    """ "a Swiss financial daily.", "Orchard Post, a Singapore daily, said": the word closes a noun phrase opened
    by "a", whose words before it describe a paper and name its country or city (a capitalised word); "a small
    dose daily" names none, "the terminal daily" is not opened by "a"."""
    named = False
    for k in range(i - 1, max(-1, i - 5), -1):
        tok = doc[k]
        if tok.lower_ in ("a", "an"):
            return named
        if tok.is_sent_start:
            return False
        if tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.is_title):
            named = True
        elif not (tok.pos_ == "ADJ" or tok.lower_ in _PAPER_KINDS or tok.text == "-"):
            return False
    return False
