"""A day word that is part of a name: "USA Today", "The Tonight Show", "ABC's This Week", "One Wisconsin Now".

Newspapers, broadcasts and advocacy groups take their names from words of the present ("Today", "Now",
"This Week"); inside the name the word dates nothing. The mark of the name is the capital letter in mid
sentence right after another capitalised word of it ("USA TODAY", as the paper writes itself, in capitals after
capitals); a deictic opening its sentence or clause ("Now the Republicans...", "“Tonight was his night”") has no
such word before it. A title-case headline capitalises every word, so there the capital says nothing and the word
is left to the other rules. A show's title that fills its quotation marks (“This Week”, “Last Week Tonight”) is a
name too, whatever its first word, and so is a count in figures with a capitalised unit in quotation marks or before
a show's noun (the network's “90 Minutes”), which is no length of time.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..title_lines import line_at, long_words, title_case
from .lexicon import HOLIDAYS, MONTHS, UNITS, WEEKDAYS

_DEICTIC_HEADS = {"today", "tonight", "now", "tomorrow", "yesterday", "this", "right"}
_POSSESSIVE = ("'s", "’s")
# a capitalised word of these kinds before the day word is no part of a name with it ("But For Today")
_NOT_NAME_WORDS = {"ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PRON", "ADV", "PART"}
# what a broadcast is called after its title: "the Today programme", "NBC's Today show"
_SHOW_WORDS = {"programme", "program", "show"}
# words that follow a weekday in a newspaper's name ("Sunday Times", "Sunday Mirror"), and the papers called "the
# <Paper> on Sunday"
_PAPER_WORDS = {"Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Tribune", "People", "Mail", "Sport",
                "Independent", "Observer", "Star", "Business"}
_PAPERS_ON = {"Mail", "Independent"}
_OPENING_QUOTES = {'"', "“", "''", "``", "‘"}
_CLOSING_QUOTES = {'"', "”", "''", "’"}


def _headline(doc: Doc, i: int) -> bool:
    """Whether the line of token i is written in title case (most of its longer words capitalised); a line,
    not the parser's sentence, which may cut a headline in two."""
    # its words as runs of letters, and seven in ten capitalised, not the entity headlines' four in five: a
    # headline's "Trump's" or "“Today" counts here, and the day rules read any line, a subhead's too; either
    # reading of the entities' would change which day words are left to the other rules
    return title_case(long_words(line_at(doc, doc[i].idx).text, letters=True), 0.7, least=3)


def _quoted_title(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e are two or more capitalised words that alone fill a pair of quotation marks, a
    comma or full stop aside, in mid sentence: on ABC's “This Week.”, the show ''This Week,'' (a quoted "Last night,
    he..." goes on after them; “Last week,” he said, opens its sentence), and none names a day of the calendar."""
    if e - s < 2 or s < 2 or doc[s - 1].text not in _OPENING_QUOTES or doc[s - 1].is_sent_start or doc[s].is_sent_start \
            or not all(t.is_alpha and t.is_title for t in doc[s:e]):
        return False
    if any(t.lower_ in WEEKDAYS or t.lower_ in MONTHS for t in doc[s:e]) or doc[s:e].text.lower() in HOLIDAYS:
        return False  # a day's own name quoted (the "Super Tuesday" primary) still dates it
    k = e + (e < len(doc) and doc[e].text in (",", "."))
    return k < len(doc) and doc[k].text in _CLOSING_QUOTES and not _headline(doc, s)


_CLOCK_UNITS = {"minutes", "hours", "seconds"}


def _counted_title(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e are a count in figures and a capitalised unit that name a broadcast, not a length: the
    network's “90 Minutes”, a report on ''48 Hours.'', its 90 Minutes show, CBS's 60 Minutes. Running text writes a
    unit after a figure in lower case ("for 90 minutes"), so the capital, with the quotation marks the title fills,
    a show's word after it, or (for a clock unit) a place away from a sentence's start, marks the name; a title-case
    headline capitalises every unit and is left to the other rules."""
    if e - s != 2 or not doc[s].is_digit or not doc[s + 1].is_title or doc[s + 1].lower_ not in UNITS:
        return False
    if _headline(doc, s):
        return False
    if e < len(doc) and doc[e].lower_ in _SHOW_WORDS:
        return True
    if doc[s + 1].lower_ in _CLOCK_UNITS and not doc[s].is_sent_start and not doc[s + 1].is_sent_start:
        return True
    if s == 0 or doc[s - 1].text not in _OPENING_QUOTES:
        return False
    k = e + (e < len(doc) and doc[e].text in (",", "."))
    return k < len(doc) and doc[k].text in _CLOSING_QUOTES


def _plural_weekday_name(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e end in a weekday in the plural that closes a name with the capitalised word before
    it, inside the span or just before it ("Happy Mondays"); a word the line opens with counts only as a proper
    noun ("Mondays are quiet", "On Mondays" stay)."""
    last = doc[e - 1]
    if not last.lower_.endswith("s") or last.lower_[:-1] not in WEEKDAYS or not last.is_title:
        return False
    k = e - 2
    if k < 0:
        return False
    before = doc[k]
    if not before.is_alpha or not before.is_title or before.pos_ in _NOT_NAME_WORDS or before.pos_ == "DET" \
            or before.lower_ in WEEKDAYS or before.lower_.rstrip("s") in WEEKDAYS or before.lower_ in MONTHS:
        return False
    if before.is_sent_start and before.pos_ != "PROPN":
        return False
    return not _headline(doc, k)


def _paper_name(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e are a capitalised weekday that names a newspaper with a word of a paper's name after it
    ("the Sunday Telegraph", "a Sunday Times report") or after "the <Paper> on" ("the Independent on Sunday"); a
    weekday before a lower-case word or a team's name ("on Sunday Newcastle won") stays."""
    if e - s != 1 or doc[s].lower_ not in WEEKDAYS or not doc[s].is_title:
        return False
    if e < len(doc) and doc[e].text in _PAPER_WORDS and not _headline(doc, s):
        return True
    return s > 2 and doc[s - 1].lower_ == "on" and doc[s - 2].text in _PAPERS_ON and doc[s - 3].lower_ == "the"


def in_a_name(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e ("Today", "This Week", "Happy Mondays") are a capitalised day word inside a name, or a
    count with a capitalised unit that names a broadcast (“90 Minutes”)."""
    if (
        _quoted_title(doc, s, e)
        or _plural_weekday_name(doc, s, e)
        or _paper_name(doc, s, e)
        or _counted_title(doc, s, e)
    ):
        return True
    if doc[s].lower_ not in _DEICTIC_HEADS or not all(t.is_alpha and (t.is_title or t.is_upper) for t in doc[s:e]):
        return False
    if doc[s].is_title and e - s == 1 and s > 0 and doc[s - 1].lower_ == "told" and not _headline(doc, s):
        # "<Name> told Today": whom one told, the programme (a time after "told" is written in lower case); the
        # parser may start a sentence at it
        return True
    if doc[s].is_sent_start:
        return False
    if e - s == 1 and doc[s].is_title and s > 0 and _running_word(doc[s - 1].text) and not _headline(doc, s):
        # "the ballad It's Now or Later", "she said on Today": running text gives a day word no capital
        # after a word in lower case; a deictic opening a clause follows a stop, a comma or a quotation mark
        return True
    if doc[s].is_title and _show_word_after(doc, s, e) and not _headline(doc, s):
        return True  # "told Radio 7's Today programme", "on the Today show": a broadcast's title
    k = s - 1
    if doc[k].text in _POSSESSIVE and k > 0:
        k -= 1  # "ABC's This Week", "CBS's This Morning"
        if doc[k].is_digit and k > 0 and doc[k - 1].is_title and doc[s].is_title:
            return not _headline(doc, s)  # "Radio 4's Today": a station's number, its name before it
    before = doc[k]
    if not before.is_alpha or not (before.is_title or before.is_upper) or before.pos_ in _NOT_NAME_WORDS:
        return False
    if not doc[s].is_title and (not before.is_upper or (k > 0 and doc[k - 1].is_upper and len(doc[k - 1]) > 1)):
        return False  # a day word in capitals is a name's after one name in capitals ("USA TODAY"), not in a line of them
    if before.is_sent_start and not (before.pos_ == "PROPN" or before.is_upper):
        return False  # "And Now, the results": a capital any opening word has
    if doc[s].is_upper:
        # "USA TODAY" in a byline ("Contributing: <Name>, USA TODAY") or a writer's note, lines whose names make
        # them look like a headline: a headline in title case writes "Today", so the capitals are the paper's own
        return True
    return not _headline(doc, s)


def _show_word_after(doc: Doc, s: int, e: int) -> bool:
    """Whether a show's noun follows tokens s:e, straight on or past the quotation marks that hold them (wire copy's
    'on NBC's "Today" program', where the noun comes after the closing mark)."""
    if e < len(doc) and doc[e].lower_ in _SHOW_WORDS:
        return True
    return s > 0 and doc[s - 1].text in _OPENING_QUOTES and e + 1 < len(doc) and doc[e].text in _CLOSING_QUOTES \
        and doc[e + 1].lower_ in _SHOW_WORDS


def _running_word(text: str) -> bool:
    """A word of running text in lower case ("on", "single", the "'s" of "It's"), not a stop, quote or name."""
    return any(c.islower() for c in text) and not any(c.isupper() for c in text)
