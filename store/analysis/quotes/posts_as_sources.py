"""The post a person speaks under: "<Name> said …" in the lead, then "The <Party> leader said …" for the same person.
The resolver gives the later quote to the person named, yet the Quotes panel showed the person with no role where
the article gives one (DESIGN.md: the role the article gives the speaker, beside the name)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..entities.vocabulary import HEADS, TITLES
from ..types import Quote
from .cue_table import cues
from .index import text_of


def roles_from_posts_speaking(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A person the article gives no role, whose quote it sources to "the <post>" (a title ending the words, no
    possessive: "the prime minister", "the Liberal Democrat leader"), has that post as the role in all quotes."""
    people = _people(doc)
    roled = {q.speaker for q in quotes if q.speaker_role}
    text = text_of(doc)
    found: dict[str, str] = {}
    named: set[str] = set()  # the people who have spoken under their own name so far
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker_start is None or q.speaker not in people:
            continue
        if q.speaker.split()[-1] in text[q.speaker_start : q.speaker_end]:
            named.add(q.speaker)
        # the post must follow the person's own words: after "<A> has denied he told <B> …", "the prime minister
        # said" went to <B>, the last person named, and the post would make the wrong man prime minister
        if q.speaker in roled or q.speaker in found or q.speaker not in named:
            continue
        span = _the_source(doc, q)
        if span is None or not all(t.text.replace("-", "").isalpha() for t in span[1:]):
            continue  # not "the watchdog's chairman": the post of another's, which the reader reads as a whole
        post = [t for t in span[1:]]
        while len(post) > 1 and post[0].ent_type_ in ("GPE", "LOC"):
            post.pop(0)  # "the Vermont senator" is a senator: a role is written without a place (names README)
        words = [t.text for t in post]
        if _ends_in_a_title(words):
            found[q.speaker] = " ".join(words)
    if not found:
        return quotes
    return [replace(q, speaker_role=found[q.speaker]) if q.speaker in found else q for q in quotes]


def _post_words(doc: Doc, q: Quote) -> list[str] | None:
    """The post of a source written "the <post>" ("the former <Party> leader", "the group's general secretary"), a
    title ending it; None for any other source."""
    span = _the_subject(doc, q)
    if span is None:
        return None
    words = [t for t in span[1:]]
    if sum(t.tag_ == "POS" for t in words) == 1:
        # "the political group's general secretary": an organisation described, not named, whose post it is; a
        # named owner ("<Firm>'s chairman") is a post of a firm the reader may not know was the speaker's
        owner = next(i for i, t in enumerate(words) if t.tag_ == "POS")
        if any(not t.is_lower for t in words[:owner]):
            return None
        words = words[owner + 1 :]
    if not words or not all(t.text.replace("-", "").isalpha() for t in words) or \
            not words[-1].is_lower and not _member_initials(words[-1]):
        return None
    capitals = [t for t in words[:-1] if not t.is_lower]
    if capitals and " ".join(t.text for t in capitals) not in HEADS["party_labels"] and \
            not all(t.ent_type_ == "NORP" for t in capitals):
        return None  # "the FBI director" after a candidate spoke: an organisation's post, most often someone else's
    post = [t.text for t in words]
    return post if _ends_in_a_title(post) else None


def _member_initials(tok: Token) -> bool:
    """"The MP", "the MEP": a seat in a house, written in capitals, is a post as "the senator" is; not "the CPL",
    a body's initials that spell a title too."""
    return tok.is_upper and tok.text.lower() in _MEMBER_INITIALS


_MEMBER_INITIALS = frozenset(cues()["member_initials"])


def _the_source(doc: Doc, q: Quote) -> Span | None:
    """The quote's source as written when it is "the" and words after it that end there: not "the former
    secretary of state", whose words stop short of the post."""
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "the":
        return None
    return None if span.end < len(doc) and doc[span.end].lower_ == "of" else span


def _the_subject(doc: Doc, q: Quote) -> Span | None:
    """The source written "the <…>" when it is the subject of its clause and owns nothing: "the chancellor's
    announcement" quoted in another's words is not the post speaking."""
    span = _the_source(doc, q)
    if span is None or span.end < len(doc) and doc[span.end].tag_ == "POS" or \
            span[-1].dep_ not in ("nsubj", "nsubjpass"):
        return None
    return span


def _ends_in_a_title(words: list[str]) -> bool:
    return words[-1].lower() in TITLES or " ".join(words[-2:]).lower() in TITLES


def posts_of_the_last_speaker(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'"…," <Name> said. / The foreign secretary told MPs …': a post the resolver left speaking on its own, right
    after a person's quote in the same or the paragraph before, is that person, where no one else in the article
    holds that post and the person's own role, if any, ends in the same word."""
    people = _people(doc)
    ordered = sorted(quotes, key=lambda q: q.start)
    held: dict[str, set[str]] = {}  # the last word of each role the article gives each person
    charges: dict[str, set[str]] = {}  # every word of those roles
    roles = [(q.speaker, q.speaker_role) for q in ordered] + \
        [(e.canonical or e.text, e.role) for e in doc._.entities or [] if e.label == "PERSON"]
    for person, role in roles:
        if person in people and role:
            held.setdefault(person, set()).add(role.split()[-1].lower())
            charges.setdefault(person, set()).update(w.lower() for w in role.split())

    def holds_the_post(q: Quote, previous: Quote, person: str) -> bool:
        post = _post_words(doc, q) if q.speaker else None
        if not post:
            return False
        title = post[-1].lower()
        holders = {p for p, words in held.items() if title in words}
        # "<Candidate> said … . The FBI director chastised …": one the article gives another role is not the post;
        # "Transport Minister <Name> said … . The local health minister said": a post whose other words the
        # person's own role does not hold is another charge's holder
        other_charge = person in charges and any(w.lower() not in charges[person] for w in post[:-1])
        return held.get(person, {title}) == {title} and holders <= {person} and not other_charge

    given = _after_the_last_speaker(doc, ordered, people, holds_the_post)
    if not given:
        return quotes
    return [replace(q, speaker=given[id(q)]) if id(q) in given else q for q in quotes]


def _people(doc: Doc) -> set[str]:
    return {e.canonical or e.text for e in (doc._.entities or []) if e.label == "PERSON"}


def _after_the_last_speaker(doc: Doc, ordered: list[Quote], people: set[str],
                            is_them: Callable[[Quote, Quote, str], bool]) -> dict[int, str]:
    """The person each quote goes to (by the quote's id) whose source the resolver left no person, where it comes
    right after a quote of that person's, in the same or the paragraph before (a quote given so passes its person
    on), and `is_them(quote, previous quote, person)` says its source may be that person."""
    text = text_of(doc)
    given: dict[int, str] = {}
    previous: Quote | None = None
    for q in ordered:
        person = given.get(id(previous)) if previous is not None else None
        person = person or (previous.speaker if previous is not None and previous.speaker in people else None)
        if person and q.speaker not in people and q.speaker_start is not None and \
                text.count("\n\n", previous.start, q.speaker_start) <= 1 and is_them(q, previous, person):
            given[id(q)] = person
        previous = q
    return given


_DESCRIBED_BY = frozenset(cues()["epithet_words"]) | frozenset(cues()["position_words"])
_ARMBAND = frozenset(cues()["armband_words"])


def epithets_of_the_last_speaker(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'"…," said <Name>. / … the <Club> striker said he would stay', '"…," said the <Club> full-back', '"…," the
    21-year-old told a radio station': sports copy names a player and then calls them by their place in the team,
    their age or what they have won. The resolver looks for the person the paragraph made its subject, and where the
    story only spoke of them (an object, another's words) it left the description, the club it named or nothing
    speaking. Such a quote is the person who spoke the quote right before it, in the same or the paragraph before,
    unless the article gives that person a post the description is not (a coach is no striker)."""
    people = _people(doc)
    roles: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        if e.label == "PERSON" and e.role:
            roles.setdefault(e.canonical or e.text, set()).add(e.role.split()[-1].lower())
    narrated = _people_narrated(doc, quotes)

    def described(q: Quote, previous: Quote, person: str) -> bool:
        word = _described_by(doc, q)
        return word is not None and _may_be(word, roles.get(person, set())) and \
            not any(previous.end <= at < q.speaker_start and name != person for at, name in narrated)

    given = _after_the_last_speaker(doc, sorted(quotes, key=lambda q: q.start), people, described)
    if not given:
        return quotes
    return [replace(q, speaker=given[id(q)], speaker_role=None, affiliation=None) if id(q) in given else q
            for q in quotes]


def _described_by(doc: Doc, q: Quote) -> str | None:
    """The word a source written "the <…> <epithet>" ends in ("the England striker", "the <Club> full-back",
    "the 21-year-old"), read on past the source's words where the parse cut the phrase short at the club's name; None
    for any other source, or one that is no subject."""
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or span[0].lower_ != "the" or len(span) < 2:
        return None
    words: list[str] = []
    glued = False  # the tokenizer splits "full-back" and "21-year-old" at each hyphen
    end = span.start + 1
    for t in doc[span.start + 1 : min(len(doc), span.start + 9)]:
        if t.text == "-" and not t.whitespace_ and words and not doc[t.i - 1].whitespace_:
            glued = True
            continue
        if t.pos_ == "CCONJ":
            return None  # "the comic and actor": one of two descriptions, which may be another's
        if t.i >= span.end and (t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON", "DET", "SCONJ")):
            break
        if glued:
            words[-1] += "-" + t.text
            glued = False
        else:
            words.append(t.text)
        end = t.i + 1
    if not words or glued or end < len(doc) and doc[end].tag_ == "POS":
        return None
    phrase = doc[span.start:end]
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in phrase) and \
            not (q.cue_end is not None and not text_of(doc)[q.cue_end:q.speaker_start].strip()):
        return None  # "said the <Club> full-back": the cue right before the source; else the sentence's subject
    if any(t.ent_type_ == "PERSON" for t in phrase) or \
            any(not w[0].islower() and not w[0].isdigit() for w, t in zip(words[:-1], phrase[1:]) if not t.ent_type_):
        return None  # a capitalised word the entities did not tag may be a name of its own
    last = words[-1].lower()
    aged = re.fullmatch(r"\d+-year-old", last) is not None
    return last if aged or last in _DESCRIBED_BY else None


def _may_be(word: str, held: set[str]) -> bool:
    """The person may be described so: anyone has an age; a player's armband goes with a place on the pitch; a
    person the article gives another post ("coach <Name>") is not "the striker"."""
    return not held or word.endswith("-year-old") or word in held or held <= _ARMBAND


def _people_narrated(doc: Doc, quotes: list[Quote]) -> list[tuple[int, str]]:
    """Where the narrative names a person, and who: another person named between the last quote and the source
    may be the one described ("<A> said … . <A> began to work for <B> … . The singer said": <B>); one named inside
    quoted words is not. Made once per article, not per source."""
    inside = [(a, b) for q in quotes for a, b in q.spans or [(q.start, q.end)]]
    return [(e.start, e.canonical or e.text) for e in doc._.entities or []
            if e.label == "PERSON" and not any(a <= e.start < b for a, b in inside)]


def posts_the_article_gives(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'<Name>, <State> attorney general, said … . The attorney general alleges …': a post written "the [<place>]
    <post>" that the resolver left speaking on its own is the one person the article gives that very post as a role,
    wherever it speaks. The last-speaker rule reads a post only right after that person's quote; a report of no
    one's or another source in between left it speaking as itself, which the reader, told who holds the post, never
    reads it as. Not where the article writes the post for someone who held it ("former", "ex-"), nor with "a"
    ("a spokesman for <Body>"): the unnamed one may be another holder, whom the article never names; not a one-word
    post another person holds a longer form of ("chairman" beside "deputy chairman"), nor a post qualified by a name
    that is no place and not the person's own body. A post the resolver gave the only person the article has named
    so far is that person's too ('<Name> spoke to MPs … . The home secretary said …')."""
    people = _people(doc)
    text = text_of(doc)
    holders: dict[str, set[str]] = {}  # a post's words in lower case -> the people the article gives it
    bodies: dict[str, str] = {}  # a person -> the words of their affiliations and roles
    for e in doc._.entities or []:
        name = e.canonical or e.text
        if e.label == "PERSON" and e.role and name in people:
            holders.setdefault(e.role.lower(), set()).add(name)
            bodies[name] = bodies.get(name, "") + " " + e.role
    for q in quotes:
        if q.speaker in people and (q.speaker_role or q.affiliation):
            if q.speaker_role:
                holders.setdefault(q.speaker_role.lower(), set()).add(q.speaker)
            bodies[q.speaker] = bodies.get(q.speaker, "") + f" {q.speaker_role or ''} {q.affiliation or ''}"
    named: list[tuple[int, str]] = sorted(
        (e.start, e.canonical or e.text) for e in doc._.entities or [] if e.label == "PERSON")
    for q in quotes:
        # "<Name> spoke to MPs … . The home secretary said …", read as the only person named so far, holds the
        # post too; not where the lead names another ("<A> dismissed reports he told <B> …"): "the prime minister
        # told …" read as <B>, the man named last, would spread to every other quote of the prime minister
        found = _held_post(doc, q) if q.speaker in people and q.speaker_start is not None else None
        if found and all(who == q.speaker for start, who in named if start < q.speaker_start):
            holders.setdefault(" ".join(found[1]), set()).add(q.speaker)
    given: dict[int, str] = {}
    for q in quotes:
        if q.speaker in people or q.speaker_start is None:
            continue
        found = _held_post(doc, q)
        if found is None:
            continue
        qualifiers, post = found
        key = " ".join(post)
        who = holders.get(key, set())
        if len(who) != 1:
            continue
        person = next(iter(who))
        if len(post) == 1 and any(k != key and k.endswith(" " + key) for k in holders):
            continue
        if any(t.ent_type_ not in ("GPE", "LOC", "NORP") and t.text not in bodies.get(person, "") for t in qualifiers):
            continue  # "the FBI director" beside a firm's director: another body's post
        if re.search(rf"\b(?:former|ex|one-time|then|outgoing|late)[\s-]+(?:[\w-]+\s+){{0,2}}{re.escape(key)}\b",
                     text, re.IGNORECASE):
            continue
        if re.search(rf"\b(?:an?|another|one)\s+(?:(?!{_NOT_IN_A_POST})[\w&'-]+\s+){{0,3}}{re.escape(key)}\b", text,
                     re.IGNORECASE):
            continue  # "a spokesman for the <Ministry> said …": an unnamed holder, whom "the spokesman" goes on as
        given[id(q)] = person
    if not given:
        return quotes
    return [replace(q, speaker=given[id(q)], speaker_role=None, affiliation=None) if id(q) in given else q
            for q in quotes]


# words that end the noun phrase a post opens: "a friend of the chancellor's" brings in no chancellor
_NOT_IN_A_POST = r"(?:the|of|to|for|in|on|at|by|with|and|or|his|her|its|their)\b"


def _held_post(doc: Doc, q: Quote) -> tuple[list, list[str]] | None:
    """The capitalised words and the post (lower case) of a source written "the [<capitalised words>] <post>", the
    subject of its clause, the post all lower-case words ending in a title; None for any other source."""
    span = _the_subject(doc, q)
    if span is None:
        return None
    words = list(span[1:])
    qualifiers = []
    while words and not words[0].is_lower:
        qualifiers.append(words.pop(0))
    if not words or not all(t.is_lower and t.text.replace("-", "").isalpha() for t in words):
        return None
    post = [t.text for t in words]
    return (qualifiers, post) if _ends_in_a_title(post) else None
