"""A person's name with a stray capitalised word run onto its front ('Crooked Hillary Clinton' in a chant, 'Rip
Donald Trump' in a headline): when the rest is a full name the article has already given, the extra word is
no part of it; kept, it would become the person's name in every later mention.

A speech verb that opens a sentence before the speaker ('Said Lee, "We won."', 'Added Lee: …'): the model runs
the capitalised verb into the name ("Said Lee"); the speaker is the name after it.

A player's place in the side that opens a sentence or a headline ('Fly-half Ann Lee will start', 'Prop Lee ready'),
or a calling ('Rapper Kay Tee has topped the chart', 'Singers Ann Lee and …'): written with a capital only because it
comes first, it is the person's role, as "prop Ann Lee" is mid-sentence.

A form of address inside what the model took for one name ('the GDC Mr Lee', 'Analysing Mr Lee', 'the Policy Centre
Mr Lee'): no name holds "Mr" or "Dr" after its first word, so the words before it are another name or none, and the
person is the one addressed.

A firm's kind that opens a sentence ('Retailer Hollins said', 'May 3 - Insurer Varkol posted'): capitalised only
because it comes first, the model runs it into the name and reads a person; the firm is the name after it."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import given_name, is_first_name
from .particles import PARTICLES
from .untagged import kind_opens_the_sentence, story_start
from .vocabulary import HEADS, TITLES

# the forms of address, which only open a name ("Prof" is a post and "Lord" may be a name's own, as a peer's)
_ADDRESSES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}

_PLACES = HEADS["pitch_places"]
_CALLINGS = HEADS["callings"]


def stray_word_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, ...]] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.label == "PERSON" and len(m.words) >= 3 and m.words[1:] in seen and m.end - m.start == len(m.words) \
                and m.words[0].isalpha() and m.words[0][:1].isupper() and not given_name(m.words[0]) \
                and m.words[0].lower() not in PARTICLES:
            m = mention_of(doc[m.start + 1 : m.end], "PERSON", m.role, m.affiliation)
        if m.label == "PERSON" and len(m.words) >= 2:
            seen.add(m.words)
        out.append(m)
    return out


_SPEECH_VERBS = {"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted", "recalled",
                 "replied", "quipped", "tweeted", "countered", "continued"}


def speech_verb_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        first = doc[m.start]
        if m.label == "PERSON" and m.end - m.start >= 2 and first.lower_ in _SPEECH_VERBS and first.is_title \
                and (first.is_sent_start or m.start == 0 or doc[m.start - 1].is_quote or "\n" in doc[m.start - 1].text) \
                and m.end < len(doc) and doc[m.end].text in (",", ":"):
            m = mention_of(doc[m.start + 1 : m.end], "PERSON", m.role, m.affiliation)
        out.append(m)
    return out


def place_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    surnames = {m.words[-1] for m in mentions if m.label == "PERSON"}
    alone = {m.words[0] for m in mentions if m.label == "PERSON" and len(m.words) == 1}
    out: list[Mention] = []
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "PRODUCT"):
            out.append(m)
            continue
        first = doc[m.start]
        # "Fly-half" is three tokens to the tokenizer
        width = 3 if m.end - m.start > 3 and doc[m.start + 1].text == "-" and not first.whitespace_ \
            and not doc[m.start + 1].whitespace_ else 1
        place = doc[m.start : m.start + width].text
        rest = doc[m.start + width : m.end]
        if (len(rest) and (place.lower() in _PLACES or place.lower() in _CALLINGS) and first.is_title
                and (first.is_sent_start or m.start == 0 or "\n" in doc[m.start - 1].text)
                and rest[0].is_title and rest[0].lower_ not in TITLES
                and (m.label == "PERSON" or rest[-1].text in surnames)  # "Prop Lee ready" after "Ann Lee said"
                # a calling before one word only where the article writes it alone as a person: "Comic Relief" stays
                and (place.lower() in _PLACES or len(rest) > 1 or rest[0].text in alone)):
            # 'Singers Ann Lee and …': a calling of more than one is no post of hers
            word = place.lower()
            plural = word[:-1] in _CALLINGS or word[:-2] in _CALLINGS
            m = mention_of(rest, "PERSON", m.role or (None if plural else word), m.affiliation)
        out.append(m)
    return out


def address_inside_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        at = next((i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in _ADDRESSES and doc[i].is_title
                   and doc[i + 1].is_title), None) if m.label in ("PERSON", "ORG") else None
        if at is not None:
            if m.label == "ORG" and all(t.is_title or t.is_upper for t in doc[m.start : at]):
                out.append(mention_of(doc[m.start : at], "ORG"))  # "a speech to the Policy Centre Mr Lee said"
            m = mention_of(doc[at + 1 : m.end], "PERSON", m.role, m.affiliation)
        out.append(m)
    return out


def firm_kind_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    story = None
    out: list[Mention] = []
    for m in mentions:
        if m.label in ("PERSON", "ORG") and m.end - m.start >= 2 \
                and doc[m.start].text.lower() in HEADS["opening_kinds"]:
            story = story_start(doc) if story is None else story
            rest = doc[m.start + 1 : m.end]
            if kind_opens_the_sentence(doc, doc[m.start], story) and rest[0].is_title and rest[0].is_alpha \
                    and not is_first_name(rest[0].text) and rest[0].lower_ not in TITLES:
                m = mention_of(rest, "ORG")  # "Publisher Rupert Murdoch" keeps his first name and stays
        out.append(m)
    return out
