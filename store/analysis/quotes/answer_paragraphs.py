"""An interview answer goes on under its label. A transcript labels only the paragraph a speaker's turn opens
with; the paragraphs after it, up to the next label, are still that speaker's words (a long answer told in
several paragraphs), not the writer's, so the parse's reports found there ('we have a thread that shows …',
'you don't need to ask us …') are no one else's quotes."""

from __future__ import annotations

import re

from .attach import TURN_LABEL

_OPENS_TURN = re.compile(r"[ \t]*\(\(")  # "((WN))  Yes.": a turn too short to count as a label still ends the answer
_CLOSES = tuple(".!?;:…\"”'’)]")
_HEADING_WORDS = 8  # "Early life and career": a section heading between turns is the writer's, and ends the answer
_STAGE_NOTE = re.compile(r"[\"“]?[(\[][^()\[\]]*[)\]][.\"”]*")  # "(LAUGHTER)": a transcript's note, no one's words
_ASKED_WORDS = 10  # "And are you safe now?": a short question with no label is the interviewer's next turn


def answer_paragraphs(text: str, answer_end: int, turns: list[int], name: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph after the answer ending at answer_end that goes on with it: up to the next
    turn (a label's start in turns, or any line opening with a label), a heading, a paragraph that tells of the
    speaker by name, or the end of the text."""
    stop = min((s for s in turns if s >= answer_end), default=len(text))
    pieces = []
    pos = text.find("\n", answer_end)
    while 0 <= pos < stop:
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        body = line.strip()
        if body:
            if start >= stop or _OPENS_TURN.match(line) or _names_a_speaker(line) or \
                    len(body.split()) <= _HEADING_WORDS and not body.endswith(_CLOSES) or \
                    len(body.split()) <= _ASKED_WORDS and body.endswith("?") or _tells_of(body, name) or \
                    _STAGE_NOTE.fullmatch(body):
                break
            lead = len(line) - len(line.lstrip())
            pieces.append((start + lead, start + lead + len(body)))
        pos = end if end < len(text) else -1
    return pieces


def _names_a_speaker(line: str) -> bool:
    """'Ana Ruiz: …' opens a turn; 'It is a hard question: …' goes on with the answer."""
    m = TURN_LABEL.match(line)
    return m is not None and (m.group("wiki") is not None or all(w[0].isupper() for w in m.group("name").split()))


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur)\b")


def _tells_of(body: str, name: str) -> bool:
    """'<Name> also shared his views on …', 'Having won at home, <Name> decided …': the writer speaks of the
    speaker between the turns; 'a name that stood for me, <Name>' is still the speaker's own."""
    words = name.split()
    found = re.search(r"\b" + re.escape(words[-1]) + r"\b", body) if words else None
    if found is None:
        return False
    sentence = re.split(r"(?<=[.!?])\s+", body[found.start():], maxsplit=1)[0]
    opening = body[:found.start()].rsplit(". ", 1)[-1]
    return not _in_the_first_person(opening + sentence)


def _in_the_first_person(words: str) -> bool:
    """Whether the words, outside the quotations in them, speak in the first person ('I', 'we', 'our')."""
    return _FIRST_PERSON.search(_QUOTED.sub("", words)) is not None


def spoken_after_the_last_turn(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """After an interview's last turn the writer may close the article ('The ministry did not answer a request for
    comment.'): there a paragraph goes on with the answer only while it speaks in the first person ('Our members
    …'), as the one answering does."""
    kept = []
    for start, end in pieces:
        if not _in_the_first_person(text[start:end]):
            break
        kept.append((start, end))
    return kept
