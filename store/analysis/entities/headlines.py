"""Names in a title-case headline, where every word has a capital and the model cannot see where a name starts:
'Derelict Obama and Clinton', 'Gold Star Mom Corners Obama On His Refusal …' gave "Derelict Obama" and
"Star Mom Corners Obama", under which the body's "Obama" was then shown; 'Small Steps Toward College Savings'
was read as an organisation's name. `headline_names` ends such a name where a body name ends; `headline_words`
starts it where one starts, and drops a "name" that is the whole headline.

A run-in subhead in capitals opening a paragraph before a dash ("QUESTIONABLE MEDICAL CLAIMS — Oz has …") was read
as a place, as a dateline is ("NEWPORT NEWS, Va. —"); unless it is a known place, it names nothing."""

from __future__ import annotations

from spacy.tokens import Doc

from ..title_lines import first_line, title_case
from ..types import NUMERIC_LABELS
from .gazetteer import is_place
from .mentions import Mention, mention_of
from .names import given_name
from .vocabulary import DASHES


def headline_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Benghazi Widow Dorothy Woods Defends Trump', 'Trump Says He Never …': in a title-case headline the model
    runs a name into the words after it. A headline name that starts with a name the body uses ends there."""
    first = first_line(doc)
    # no `least` here: a first line without long words ('Yes We Can') passes, as it always has here, while
    # headline_words asks for one long word; one reading for both would change the names either gives
    if first is None or not title_case(first.long, _SHARE):
        return mentions  # a headline in sentence case ends its names where the model says
    line_end = first.end
    body = {m.words for m in mentions if doc[m.start].idx > line_end}
    out = []
    for m in mentions:
        if doc[m.start].idx < line_end and m.words not in body:
            cut = max((len(b) for b in body if len(b) < len(m.words) and m.words[:len(b)] == b), default=0)
            if cut:
                m = mention_of(doc[m.start:m.start + cut], m.label, m.role, m.affiliation)
        out.append(m)
    return out


def headline_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    line_end = _title_case_headline(doc)
    if not line_end:
        return mentions
    body: dict[tuple[str, ...], str] = {}
    for m in mentions:
        if doc[m.start].idx > line_end:
            body.setdefault(m.words, m.label)
    headline = []
    for t in doc:
        if t.idx >= line_end:
            break
        if t.is_alpha:
            headline.append(t)
    out = []
    for m in mentions:
        if doc[m.start].idx >= line_end or m.words in body:
            out.append(m)
            continue
        if len(headline) >= 3 and headline[0].i >= m.start and headline[-1].i < m.end:
            continue  # the whole headline, not a name in it
        cut = next((n for n in range(1, len(m.words)) if m.words[n:] in body
                    and not any(given_name(w) for w in m.words[:n])), 0)
        if cut and m.end - m.start == len(m.words):
            m = mention_of(doc[m.start + cut : m.end], body[m.words[cut:]], m.role, m.affiliation)
        out.append(m)
    return out


def headline_common_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'<Summit> Names <Name> as Keynote Speaker', '<Name> Predicts <Party> Will Win <State>': a title-case headline
    capitalises its nouns and verbs, and the model read two of them as a name the body never gives. The body
    writes each such word small and never with a capital outside its names: the article's own spelling says
    they are words. Not a date ('This Week'), nor a name whose last word is a word of a body name ('<Given>
    <Surname>' beside '<Surname>')."""
    line_end = _title_case_headline(doc)
    if not line_end:
        return mentions
    lower: set[str] = set()
    capitalised: set[str] = set()
    named: set[str] = set()
    body_names: set[tuple[str, ...]] = set()
    for m in mentions:
        if doc[m.start].idx > line_end:
            body_names.add(m.words)
            named.update(range(m.start, m.end))
    for t in doc:
        if t.idx < line_end or not t.is_alpha:
            continue
        if t.is_lower:
            lower.add(t.lower_)
        elif t.i not in named and not t.is_sent_start and "\n" not in doc[t.i - 1].text_with_ws \
                and not doc[t.i - 1].is_quote and not doc[t.i - 1].is_punct:
            capitalised.add(t.lower_)  # a capital the article gives the word where a sentence does not ask for one
    body_words = {w for words in body_names for w in words}
    return [m for m in mentions if not _headline_words_only(doc, m, line_end, lower, capitalised, body_names,
                                                            body_words)]


def _headline_words_only(doc: Doc, m: Mention, line_end: int, lower: set[str], capitalised: set[str],
                         body_names: set[tuple[str, ...]], body_words: set[str]) -> bool:
    if m.label in NUMERIC_LABELS or doc[m.start].idx >= line_end or m.words in body_names or m.words[-1] in body_words:
        return False
    words = [w for w in m.words if w.isalpha()]
    if not words or len(words) != len(m.words) or not all(w[:1].isupper() for w in words):
        return False
    content = [w.lower() for w in words if not doc.vocab[w.lower()].is_stop]
    return bool(content) and all(w in lower and w not in capitalised for w in content)


def _title_case_headline(doc: Doc) -> int:
    """Where the first line ends when it is a headline with a capital on most of its long words, else 0; a line
    without long words is none here."""
    first = first_line(doc)
    return first.end if first is not None and title_case(first.long, _SHARE, least=1) else 0


# a capital on four long words in five or more: how a title-case headline writes them (a linking word such as 'with'
# or 'from' may stay in small letters)
_SHARE = 0.8


def headline_end(doc: Doc) -> int:
    """The token where a headline set on the text's first line ends, 0 when the text opens on no headline: a first
    line of a few words that closes on no full stop, question or quotation mark, as a headline does and a lead
    paragraph or a dateline's first sentence does not."""
    first = first_line(doc)
    line = first.text.rstrip() if first is not None else ""
    if not line or len(line.split()) > 20 or line[-1] in _CLOSING:
        return 0
    return next((t.i for t in doc if t.idx >= first.end), len(doc))


_CLOSING = set(".?!:;\"'”’")


_IN_PLACE_NAMES = {"of", "the", "and", "on", "upon", "de", "la", "le", "del", "da", "do", "dos", "el", "al"}


def shouted_subheads(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    return [m for m in mentions if not _subhead(doc, m, places)]


def _subhead(doc: Doc, m: Mention, places: frozenset[str]) -> bool:
    if len(m.words) < 3 or not all(w.isupper() for w in m.words if w[:1].isalpha()):
        return False
    if m.start and "\n" not in doc[m.start - 1].text_with_ws:
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is None or after.text not in DASHES or is_place(" ".join(m.words).title(), places):
        return False
    # a town the gazetteer lacks ("SAN LUIS OBISPO -") has no word of a sentence in it: a subhead has one the
    # article also writes in lower case, or a word like "has" or "him"
    lower = {t.lower_ for t in doc if t.is_lower}
    return any(w.lower() in lower or doc.vocab[w.lower()].is_stop and w.lower() not in _IN_PLACE_NAMES
               for w in m.words)
