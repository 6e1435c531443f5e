"""The newsroom of a wire story's sign-off: "-- Helsinki Newsroom +358 0 680 50 245", "-- Ann Moyes, London
Newsroom +44 171 542 0000". The desk that filed the story is an organisation, named whole, place and all; the
model tags it as a person ("Zagreb Newsroom"), tags only its place ("Moscow") or runs the telephone number into it.
Only on a line that opens with a dash, as a sign-off does: "told CNN Newsroom" inside a story is a programme."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, in_place_of
from .vocabulary import HEADS

# the line before the desk's name: a dash, then at most the reporter's name and a comma
_OPENING = re.compile(r"[-–—]{1,2}\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*)?")
_DESKS = {"Newsroom"}
_MAX_WORDS = 4  # "Reuter London Newsroom", "Buenos Aires Newsroom"


def newsrooms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    if "Newsroom" not in text:
        return mentions
    for tok in doc:
        if tok.text not in _DESKS or not tok.i:
            continue
        start = tok.i
        while start > 0 and tok.i - start < _MAX_WORDS and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if start == tok.i:
            continue
        line_start = text.rfind("\n", 0, doc[start].idx) + 1
        if not _OPENING.fullmatch(text[line_start : doc[start].idx].strip()):
            continue
        span = doc[start : tok.i + 1]
        # the model's mentions there go: the place alone, the desk as a person, the number run into it
        mentions = in_place_of(mentions, span, "ORG")
    return mentions


SIGNERS = "newsreader_signers"

# "-- Ann Moyes, London Newsroom +44 171 542 0000", "-- R Lee, New York Power Desk +1 212 859 1622": the reporter who
# signs, before the comma, then the desk and its telephone number closing the line
_REPORTER = re.compile(r"^[-–—]{1,2}[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]*)[ \t]*,[ \t]*[A-Z][^\n]*?"
                       r"[+(]?\d[\d \t()+-]{5,}\.?[ \t]*$", re.MULTILINE)


def reporters(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The reporter of a sign-off is a person, whatever the model made of the name (an organisation, or nothing).
    The desk and number after the comma are no post: the starts of the reporters' names go into the doc's user data
    for the descriptions to pass over."""
    text = text_of(doc)
    signers: set[int] = set()
    doc.user_data[SIGNERS] = signers
    if "-" not in text:
        return mentions
    for found in _REPORTER.finditer(text):
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
        if span is None:
            continue
        signers.add(span.start)
        if any(m.label == "PERSON" and m.start == span.start and m.end == span.end for m in mentions):
            continue
        mentions = in_place_of(mentions, span, "PERSON")
    return mentions


# a wire story's credits, in brackets at its foot: "(Reporting by <A> and <B> in <Town>; Additional reporting by <C>;
# Writing by <D>; Editing by <E>)": each part a kind of work, "by", then the names, each perhaps placed ("in <Town>")
_CREDITS = re.compile(r"\(([^()\n]{0,400}?\bby\b[^()\n]{0,400})\)")
_CREDIT = re.compile(r"(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|"
                     r"[Gg]raphics?|[Pp]hotos?|[Vv]ideo)(?:\s+and\s+(?:writing|editing|reporting))?\s+by\s+(.+)")
_CREDITED = re.compile(r"[A-ZÀ-ÞĀ-Ỹ][\w'’.-]*(?:\s+(?:(?:de|da|del|dos|van|von|bin|al|le|la)\s+)?[A-ZÀ-ÞĀ-Ỹ][\w'’.-]*){1,3}")

_NO_PERSONS_WORDS = HEADS["byline_desks"] | HEADS["org_words"] | HEADS["org_tails"] | HEADS["newspapers"] \
    | HEADS["broadcasters"] | HEADS["press"]
_CREDITED_APART = re.compile(r"(?:^|,|\s+and\s+)\s*([^,]+?)(?=,|\s+and\s+|$)")


def credited_reporters(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The reporters, writers and editors a wire story credits at its foot are persons, whatever the model made of
    their names (an organisation, a place, or nothing); the town after 'in' is left as the model read it. Their
    starts go with the sign-off's reporters, whose names give no post."""
    text = text_of(doc)
    if " by " not in text:
        return mentions
    signers = doc.user_data.setdefault(SIGNERS, set())
    for credits in _CREDITS.finditer(text):
        offset = credits.start(1)
        for part in re.finditer(r"[^;]+", credits.group(1)):
            credit = _CREDIT.fullmatch(part.group().strip())
            if credit is None:
                continue
            at = offset + part.start() + part.group().index(credit.group(1))
            # the names, parted by commas and 'and', each perhaps followed by its town ("<A> in <Town> and <B>")
            for piece in _CREDITED_APART.finditer(credit.group(1)):
                name = re.split(r"\s+(?:in|at|from)\s+", piece.group(1))[0]
                if _CREDITED.fullmatch(name.strip()) is None or any(
                        w.lower() in _NO_PERSONS_WORDS for w in name.split()):
                    continue  # "(Reporting by Asia Desk)": a desk or a body, no one's name
                start = at + piece.start(1) + len(name) - len(name.lstrip())
                span = doc.char_span(start, start + len(name.strip()), alignment_mode="contract")
                if span is None:
                    continue
                signers.add(span.start)
                if not any(m.label == "PERSON" and m.start == span.start and m.end == span.end for m in mentions):
                    mentions = in_place_of(mentions, span, "PERSON")
    return mentions
