"""newsreader_paragraphs: a line break ends a sentence, and so does a wire dateline, before the parser
decides otherwise; an abbreviation's full stop does not (abbreviations.py).

News text puts each paragraph, subheading and credit on its own line. Left alone, the
parser runs a subheading such as "Ukraine and accusations of support" into the next
paragraph's first sentence and makes it that sentence's subject. A dateline
("NEW YORK, March 9 - ", "WASHINGTON (AP) — ") would likewise become part of the first
sentence: its place turns into a subject, its date into a modifier, and a quote
reported in that sentence starts with it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import continuations
from .doctext import text_of

# a place in capitals (with a state or country after it), then a date or an agency, then a dash
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’}-]+(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?:, (?:the )?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"  # "GRONINGEN, the Netherlands, March 31 - "
    r"(?:, [A-Za-z]{3,9}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]{2,30}\))?"
    r" (?:-|--|–|—) "
    # or a place in any case when a date follows it: "New York, Feb 26 - "
    r"|\s*[A-Z][A-Za-z.'’]+(?: [A-Za-z][A-Za-z.'’]+){0,3},? [A-Za-z]{3,9}\.? \d{1,2} (?:-|--|–|—) "
)

# A wire story's first line, in shapes DATELINE misses: asterisks before it ("****PARIS, June 19 - "), a place
# pair ("TOKYO/JAKARTA, March 5 (Reuters) - ", the first the filing place), the day first ("2 March"), the agency
# after the date (", Reuter - "), a stray comma or space ("PARIS,March 16", "OAKLAND , N.J.", "March 4, - ")
OPENING_DATELINE = re.compile(
    r"[\s*]*[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3} ?,(?: ?[A-Z][A-Za-z.]*,?){0,4}(?: -)? ?"  # a state between
    r"(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?,?(?: \d{1,3})?"
    r"(?:,? \(?Reuters?\)?)?,? ?(?:-|--|–|—)\s"
)


@Language.component("newsreader_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    # found from the text's line breaks, not by reading every token: this runs on every article
    text = text_of(doc)
    starts = doc.to_array(IDX).tolist()
    spaces = doc.to_array(IS_SPACE).tolist() if "\n" in text else []
    n = len(starts)
    first_words = []
    at = text.find("\n")
    while at >= 0:
        k = bisect_right(starts, at) - 1  # the token holding this line break
        m = k + 1
        while m < n and spaces[m]:
            m += 1
        if m < n:
            first_words.append(m)  # the first word after the break
        at = text.find("\n", starts[k + 1]) if k + 1 < n else -1
    dateline = dateline_end(text)
    held: list[int] = []
    if dateline is not None:
        k = bisect_left(starts, dateline)
        if k < n:
            first_words.append(k)
            held = _dateline_lead(doc, k, set(first_words))
    _start_sentences(doc, first_words)
    _continue_sentences(doc, text, starts, first_words, held)
    return doc


_DATELINE_LEAD = 6  # in the free wire pools the parser's cut fell within two words of the dash in 882 of 894


def _dateline_lead(doc: Doc, first: int, starts: set[int]) -> list[int]:
    """The words just after a dateline's first one, held in its sentence: with that word marked as a start, the
    parser often made it a sentence of its own ('<CITY>, <date> - Chrysler || Corp said', '- President || Reagan
    said'), which cut a firm's or a person's name from its verb and a title from its name. Up to a full stop,
    a line break or another mark that can close a sentence, which leaves the parser its say."""
    held = []
    for i in range(first + 1, min(first + 1 + _DATELINE_LEAD, len(doc))):
        before = doc[i - 1]
        if i in starts or doc[i].is_space or before.is_space or before.text[-1:] in ".?!:;\"'”":
            break
        held.append(i)
    return held


def _continue_sentences(doc: Doc, text: str, idx: list[int], starts: list[int], held: list[int]) -> None:
    """Marks the word after an abbreviation as inside its sentence (see abbreviations.py), and the words `held`."""
    if doc.has_annotation("DEP"):
        return
    at = continuations(text, {idx[i] for i in starts}) + inside_brackets(text)
    wanted = set(at)
    words = [k for k in (bisect_left(idx, offset) for offset in at) if k < len(idx) and idx[k] in wanted] + held
    if not words:
        return
    marks = doc.to_array(SENT_START)
    marks.view("int64")[words] = -1  # "not a start" is -1, stored in the unsigned array as spaCy does
    doc.from_array([SENT_START], marks)


def inside_brackets(text: str) -> list[int]:
    """Where the words inside wire copy's angle brackets round a firm's name begin ('bought it from <Acme Holdings
    Inc> for cash'): the parser reads the bracket as a sentence's end and the name as the next one's root, which
    cuts a reported clause off at the bracket. A bracket after a line break or a sentence's last stop opens its
    sentence as before. A ticker ('<ACME.N>') is held by `inside_tickers`."""
    return [
        found.start(1) for found in _BRACKETED.finditer(text) if _mid_sentence(text, found.start())
    ] + inside_tickers(text)


def inside_tickers(text: str) -> list[int]:
    """Where the pieces of a ticker after a firm's name mid-sentence begin ('Acme Holdings <ACME.N> said'), and the
    word after it: the ticker's dot reads as a full stop, so the parser ended a sentence inside the ticker or at its
    closing bracket, and the firm lost its 'said'. All of them are held inside: holding only the ticker let its
    closing bracket open the next sentence. A ticker follows its firm's name on the same line, after a full stop too
    ('Halden Co. <HLD> jets'): only a line break before it opens a sentence."""
    at = []
    for found in _TICKER.finditer(text):
        if text[max(0, found.start() - 20) : found.start()].rstrip(" \t")[-1:] not in ("", "\n"):
            at.extend(found.start(g) for g in (0, 1, 2, 3) if found.start(g) >= 0)
    return at


def _mid_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" ")
    return bool(before) and before[-1] not in ".?!\n\"'”"


_BRACKETED = re.compile(r"<\s*([A-Z0-9][^<>\n]{0,80}?[a-z][^<>\n]{0,80}?)>")  # a name: a ticker has no lower case
TICKER_CODE = r"[A-Z0-9][A-Z0-9.&/-]{0,15}"  # a wire ticker inside its brackets: capitals, figures and dots
BRACKETED_TICKER = re.compile(f"<{TICKER_CODE}>")  # the whole ticker, "<SRD>"
_TICKER = re.compile(rf"<({TICKER_CODE})(>)(?:[ \t]+(\S))?")  # then the next word


def _start_sentences(doc: Doc, at: list[int]) -> None:
    """doc[i].is_sent_start = True for each i, at once: spaCy's setter scans the whole Doc for a parse
    on every call (1.7 ms of this component's 1.8 ms per corpus article)."""
    if not at:
        return
    if doc.has_annotation("DEP"):  # the setter refuses a parsed Doc; let it say so
        for i in at:
            doc[i].is_sent_start = True
        return
    marks = doc.to_array(SENT_START)
    marks[at] = 1
    doc.from_array([SENT_START], marks)


def dateline_end(text: str) -> int | None:
    """Where the text after a dateline starts: in the first paragraph, or the one after a headline
    ("CHINA CALLS FOR BETTER TRADE DEAL\n\nPEKING, March 3 - China called …")."""
    at = 0
    for _ in range(3):
        found = DATELINE.match(text, at, at + 120) or (not at and OPENING_DATELINE.match(text, 0, 120))
        if found:
            return found.end()
        line_end = text.find("\n", at)
        if line_end < 0 or line_end - at > 200:  # a paragraph of running text: no dateline comes after it
            return None
        at = line_end + 1
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
    return None
