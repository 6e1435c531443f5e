"""Titles the model cut short: a work's name holds the small words a title is made of ('<Word> Full of Grace',
'<Word> and Fears', '<Word> You Can't Make It On Your Own'), and the model ends the name at the first of them, or at
a word it reads as a verb. Where the work is named right after its kind ('the drama <Title>', 'her second album
<Title>'), the capitalised words that follow it, over those small words, are the title's, in every mention of it."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .vocabulary import HEADS

# the small words a title is written with in lower case between its capitalised ones
# (no preposition but 'of': 'the film <Title> in the UK', '<Title> for <Firm>' name the work and something else)
_JOINERS = {"of", "and", "the", "a", "an", "&"}
# what the tokenizer splits off a capitalised word ("Can't", "We'll"); not the possessive, which follows a name
# of its own ("<Country>'s <Side>")
_CLITICS = {"n't", "n’t", "'ll", "'re", "'ve", "'m", "'d"}


def titles_cut_short(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start: m for m in mentions}
    whole: set[tuple[str, ...]] = set()
    for m in mentions:
        if (
            m.label == "WORK_OF_ART"
            and m.start
            and doc[m.start - 1].lower_ in HEADS["work_nouns"]
            and doc[m.start - 1].text.islower()
            and (end := _title_end(doc, m, starts)) > m.end
        ):
            whole.add(tuple(t.text for t in doc[m.start : end]))
    if not whole:
        return mentions
    out: list[Mention] = []
    swallowed: set[int] = set()
    for m in mentions:
        if id(m) in swallowed:
            continue
        title = next(
            (
                w
                for w in whole
                if m.label == "WORK_OF_ART"
                and w[: len(m.words)] == m.words
                and len(w) > m.end - m.start
                and tuple(t.text for t in doc[m.start : m.start + len(w)]) == w
            ),
            None,
        )
        if title is None:
            out.append(m)
            continue
        end = m.start + len(title)
        swallowed.update(id(o) for o in mentions if o is not m and m.start <= o.start and o.end <= end)
        out.append(mention_of(doc[m.start : end], "WORK_OF_ART", m.role, m.affiliation))
    return [m for m in out if id(m) not in swallowed]


def _title_end(doc: Doc, m: Mention, starts: dict[int, Mention]) -> int:
    """Where the title ends: after the last capitalised word of a run of capitalised words and small words that
    follows the name in its sentence. After a small word, not over a word that opens a person's, a place's or a
    people's name, nor an acronym ('the comedy <Title> and <First> <Surname>' lists a film and a person); over 'and'
    only words no other name holds. A small word never ends the title ('<Title> of the year' stops before 'of')."""
    end = i = m.end
    sentence_end = doc[m.start].sent.end
    joiner = None
    while i < sentence_end and i - m.end < 8:
        t = doc[i]
        if t.text in _CLITICS and doc[i - 1].text[:1].isupper():
            i += 1
            end = i
            continue
        if t.lower_ in _JOINERS and t.text.islower():
            joiner = "and" if t.lower_ == "and" else joiner or t.lower_
            i += 1
            continue
        if t.text[:1].isupper() and t.is_alpha:
            other = starts.get(i)
            if joiner and (
                t.is_upper
                and len(t) > 1
                or other is not None
                and (joiner == "and" or other.label in ("PERSON", "GPE", "LOC", "NORP", "FAC"))
            ):
                break
            if joiner == "and" and i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].text in ("'s", "’s")):
                break  # "<Title> and Channel 4's <Title>": a second name, a broadcaster's
            i += 1
            end = i
            continue
        break
    return end
